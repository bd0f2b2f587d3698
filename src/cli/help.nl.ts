/**
 * The Dutch texts of `factuurcheck --help` and `factuurcheck <command> --help`, by stable key,
 * in the one catalogue mechanism (domain/messages/define.ts). They live with the CLI because
 * nothing else shows them; help.ts puts them together.
 */
import type { Texts } from '../domain/messages/define';

export type HelpKey = keyof typeof helpNl;
export const helpNl = {
  // ─── Frame ───
  'help.title': 'factuurcheck — controleer facturen van Qwoater (Loket.nl) en Otherside at Work, en geef ze door per werkgever',
  'help.usage': 'Gebruik',
  'help.usageLine': 'factuurcheck <opdracht> [opties]',
  'help.commands': 'Opdrachten',
  'help.options': 'Opties',
  'help.general': 'Algemene opties',
  'help.perCommand': 'factuurcheck <opdracht> --help toont het gebruik en de opties van één opdracht.',
  'help.exitCodes': 'Foute invoer eindigt met exitcode 2 en één regel op stderr die bestand, rij en kolom noemt.',
  'help.group.year': 'Jaaropties (factuurregels, ondertekenen, voorschotten)',
  'help.group.sheets': 'Bladen per werkgever',

  // ─── Value placeholders ───
  'arg.file': 'BESTAND',
  'arg.files': 'BESTAND …',
  'arg.eur': 'EUR',
  'arg.pct': 'PCT',
  'arg.year': 'JAAR',
  'arg.date': 'DATUM',
  'arg.counts': 'DATUM=AANTAL …',
  'arg.numbers': 'NUMMERS',

  // ─── Commands: what they do, and how they are called ───
  'command.reconcile': 'telt de Qwoater-dossiers en rekent het bedrag uit; schrijft een korte samenvatting (of JSON met --json)',
  'usage.reconcile': 'factuurcheck reconcile --model 2 --current export-2024.csv --previous export-2023.csv --price 9,85 [--json]\nfactuurcheck reconcile --model 1 --current export-01-10-2024.csv --price 9,85',
  'command.spec': 'schrijft de specificatie als Excel-werkmap met formules, om naast de factuur te leggen;\nmet jaaropties ook de factuurcontrole en de doorbelasting',
  'usage.spec': 'factuurcheck spec --model 2 --current export-2024.csv --previous export-2023.csv --price 9,85 --out specificatie-2024.xlsx\nfactuurcheck spec … --invoices facturen-2024.txt --signing ondertekenen-Q1.csv --signing-price 0,50 --per-employer',
  'command.demo': 'draait spec op de meegeleverde, verzonnen voorbeeldexports (examples/) en zegt waar de werkmap staat',
  'usage.demo': 'factuurcheck demo [--price 9,85] [--out BESTAND]',
  'command.rebill': 'verdeelt het jaarbedrag per werkgever, tot op de cent gelijk aan het totaal, en schrijft het als CSV\n(puntkomma, decimale komma, UTF-8 met BOM) voor Excel of het boekhoudpakket',
  'usage.rebill': 'factuurcheck rebill --model 2 --current export-2024.csv --previous export-2023.csv --price 9,85\n    [--signing BESTAND … (--signing-price EUR | --signing-included)] [--invoices BESTAND] [--out doorbelasting-2024.csv]',
  'command.xpert': 'Otherside at Work: leest de maandspecificaties uit de Xpert Suite (CSV, PDF of .xlsx, één per maand),\nrekent per werkgever medewerkers × tarief + sms × sms-tarief, en toont het verloop per maand',
  'usage.xpert': 'factuurcheck xpert --in jan.csv feb.csv mar.xlsx --rate 1,25 --sms-rate 0,09 [--out otherside-2024.xlsx] [--json]',

  // ─── Options ───
  'option.lang': 'taal van meldingen, uitleg en werkmap (standaard nl)',
  'option.json': 'schrijf het resultaat als JSON',
  'option.help': 'deze uitleg',
  'option.version': 'het versienummer van factuurcheck',
  'option.model': 'prijsmodel: 1 = alle opgeslagen dossiers op de peildatum; 2 = actieve dossiers (standaard 2)',
  'option.current': 'de export van het jaar, CSV of PDF (model 2: peildatum 31-12 van het jaar; model 1: de afgesproken peildatum)',
  'option.previous': 'model 2: de export met peildatum 31-12 van het jaar ervoor, CSV of PDF (levert kolom G, inactieve dossiers)',
  'option.price': 'prijs per dossier per jaar, bijvoorbeeld 9,85 of 9.85 (tot 4 decimalen)',
  'option.price.demo': 'prijs per dossier per jaar (standaard 9,85, een verzonnen voorbeeldprijs)',
  'option.minimum': 'minimumbedrag per jaar (standaard 636)',
  'option.vat': 'btw-percentage (standaard 21)',
  'option.tolerance': "verschil dat in de vergelijking nog 'OK' heet (standaard 1,00)",
  'option.settings': 'JSON met instellingen, bijvoorbeeld een staffel:\n{ "model": 2, "staffel": { "kind": "graduated", "tiers": [ { "from": 1, "price": "10,50" },\n  { "from": 501, "price": "9,85" } ] }, "minimum": 636, "vat": 21 }\nkind "graduated": elke schijf tegen haar eigen prijs; "volume": één prijs, volgens de schijf van het totaal.\nOpties op de opdrachtregel gaan voor.',
  'option.year': 'het gefactureerde jaar, als de export geen peildatum noemt; spreekt de peildatum het tegen, dan is dat een fout',
  'option.peildatum': 'model 1: de afgesproken peildatum (dd-mm-jjjj), in hetzelfde jaar als die van de export;\nmodel 2: de peildatum van --current, als de export die niet noemt',
  'option.out.spec': 'waar de werkmap komt (standaard specificatie-<jaar>.xlsx in de huidige map); de map moet bestaan',
  'option.out.demo': 'waar de werkmap komt (standaard demo-output/specificatie-2024.xlsx in de projectmap)',
  'option.out.rebill': 'waar de CSV komt (standaard doorbelasting-<jaar>.csv in de huidige map); de map moet bestaan',
  'option.out.xpert': "schrijf de werkmap: 'Otherside <jaar>' per jaar en 'Otherside trend'; de map moet bestaan",
  'option.signing': "'Ondertekenverzoeken per werkgever' (CSV of PDF), één of meer;\nde periode komt uit het bestand of uit de naam (…-2024-Q1.csv)",
  'option.signing-price': 'prijs per ondertekenverzoek, bijvoorbeeld 0,50 (nodig bij --signing, tenzij --signing-included)',
  'option.signing-included': 'ondertekenen zit in het abonnement (geen aparte afrekening)',
  'option.signing-unit': 'waarover ondertekenen gefactureerd wordt: requests (verzoeken, standaard) of signers (ondertekenaars)',
  'option.invoices': 'de ontvangen factuurregels: de factuur-PDF van Qwoater, tekst uit het grootboek, of een tabel met\nSoort;Datum;Periode;Aantal;Prijs;Bedrag',
  'option.count': 'een telling waarop Qwoater een voorschot kan baseren, bijvoorbeeld 31-03-2024=1204;\nelk voorschot volgt de laatste telling vóór zijn kwartaal (zonder: de telling van het jaar)',
  'option.distribute': 'verdeel het berekende jaarbedrag (computed, standaard) of het gefactureerde totaal (invoiced)',
  'option.small-difference': "tot welk percentage minder dossiers 'vernietigde dossiers' heet (standaard 2)",
  'option.per-employer': 'één zelfstandig blad per werkgever, om naar een andere werkmap te kopiëren',
  'option.employers': 'alleen deze werkgevers, bijvoorbeeld 000101,000115',
  'option.yes': 'sta meer dan 250 werkgeversbladen toe',
  'option.in': 'een of meer maandrapporten (CSV, PDF of .xlsx); de maand komt uit de titel, een kolom, de peildatum of de bestandsnaam',
  'option.rate': 'tarief per medewerker per maand, bijvoorbeeld 1,25',
  'option.sms-rate': 'tarief per sms, bijvoorbeeld 0,09',
  'option.no-sms': 'rapporten zonder SMS-kolom toestaan (sms telt als 0; --sms-rate mag dan weg)',
  'option.vat.xpert': 'btw-percentage voor het vergelijkingsblok (standaard 21)',
  'option.tolerance.xpert': "verschil met de factuur dat nog 'OK' heet (standaard 1,00)",
} satisfies Texts;
