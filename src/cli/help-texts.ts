/**
 * The texts of `factuurcheck --help` and `factuurcheck <command> --help`, Dutch and English,
 * by stable key in the shape of the domain catalogue (domain/messages/define.ts). They live
 * with the CLI because nothing else shows them; help.ts puts them together.
 */
import { defineMessages } from '../domain/messages/define';

const t = (nl: string, en: string) => ({ nl: () => nl, en: () => en });

export const helpTexts = defineMessages({
  // ─── Frame ───
  'help.title': t(
    'factuurcheck — controleer facturen van Qwoater (Loket.nl) en Otherside at Work, en geef ze door per werkgever',
    'factuurcheck — check invoices from Qwoater (Loket.nl) and Otherside at Work, and pass them on per employer',
  ),
  'help.usage': t('Gebruik', 'Usage'),
  'help.usageLine': t('factuurcheck <opdracht> [opties]', 'factuurcheck <command> [options]'),
  'help.commands': t('Opdrachten', 'Commands'),
  'help.options': t('Opties', 'Options'),
  'help.general': t('Algemene opties', 'General options'),
  'help.perCommand': t('factuurcheck <opdracht> --help toont het gebruik en de opties van één opdracht.', 'factuurcheck <command> --help shows the usage and options of one command.'),
  'help.exitCodes': t(
    'Foute invoer eindigt met exitcode 2 en één regel op stderr die bestand, rij en kolom noemt.',
    'Bad input ends with exit code 2 and one line on stderr naming file, row and column.',
  ),
  'help.group.year': t('Jaaropties (factuurregels, ondertekenen, voorschotten)', 'Year options (invoice lines, signing, advances)'),
  'help.group.sheets': t('Bladen per werkgever', 'Sheets per employer'),

  // ─── Value placeholders ───
  'arg.file': t('BESTAND', 'FILE'),
  'arg.files': t('BESTAND …', 'FILE …'),
  'arg.eur': t('EUR', 'EUR'),
  'arg.pct': t('PCT', 'PCT'),
  'arg.year': t('JAAR', 'YEAR'),
  'arg.date': t('DATUM', 'DATE'),
  'arg.counts': t('DATUM=AANTAL …', 'DATE=COUNT …'),
  'arg.numbers': t('NUMMERS', 'NUMBERS'),

  // ─── Commands: what they do, and how they are called ───
  'command.reconcile': t(
    'telt de Qwoater-dossiers en rekent het bedrag uit; schrijft een korte samenvatting (of JSON met --json)',
    'counts the Qwoater dossiers and works out the amount; prints a short summary (or JSON with --json)',
  ),
  'usage.reconcile': t(
    'factuurcheck reconcile --model 2 --current export-2024.csv --previous export-2023.csv --price 9,85 [--json]\nfactuurcheck reconcile --model 1 --current export-01-10-2024.csv --price 9,85',
    'factuurcheck reconcile --model 2 --current export-2024.csv --previous export-2023.csv --price 9.85 [--json]\nfactuurcheck reconcile --model 1 --current export-01-10-2024.csv --price 9.85',
  ),
  'command.spec': t(
    'schrijft de specificatie als Excel-werkmap met formules, om naast de factuur te leggen;\nmet jaaropties ook de factuurcontrole en de doorbelasting',
    'writes the specification as an Excel workbook with formulas, to lay beside the invoice;\nwith year options also the invoice check and the re-billing',
  ),
  'usage.spec': t(
    'factuurcheck spec --model 2 --current export-2024.csv --previous export-2023.csv --price 9,85 --out specificatie-2024.xlsx\nfactuurcheck spec … --invoices facturen-2024.txt --signing ondertekenen-Q1.csv --signing-price 0,50 --per-employer',
    'factuurcheck spec --model 2 --current export-2024.csv --previous export-2023.csv --price 9.85 --out specification-2024.xlsx\nfactuurcheck spec … --invoices invoices-2024.txt --signing signing-Q1.csv --signing-price 0.50 --per-employer',
  ),
  'command.demo': t(
    'draait spec op de meegeleverde, verzonnen voorbeeldexports (examples/) en zegt waar de werkmap staat',
    'runs spec on the bundled, invented sample exports (examples/) and says where the workbook is',
  ),
  'usage.demo': t('factuurcheck demo [--price 9,85] [--out BESTAND]', 'factuurcheck demo [--price 9.85] [--out FILE]'),
  'command.rebill': t(
    'verdeelt het jaarbedrag per werkgever, tot op de cent gelijk aan het totaal, en schrijft het als CSV\n(puntkomma, decimale komma, UTF-8 met BOM) voor Excel of het boekhoudpakket',
    'splits the year’s amount per employer, adding up to the total to the cent, and writes it as CSV\n(semicolon, decimal comma, UTF-8 with BOM) for Excel or the accounting package',
  ),
  'usage.rebill': t(
    'factuurcheck rebill --model 2 --current export-2024.csv --previous export-2023.csv --price 9,85\n    [--signing BESTAND … (--signing-price EUR | --signing-included)] [--invoices BESTAND] [--out doorbelasting-2024.csv]',
    'factuurcheck rebill --model 2 --current export-2024.csv --previous export-2023.csv --price 9.85\n    [--signing FILE … (--signing-price EUR | --signing-included)] [--invoices FILE] [--out rebilling-2024.csv]',
  ),
  'command.xpert': t(
    'Otherside at Work: leest de maandspecificaties uit de Xpert Suite (CSV, PDF of .xlsx, één per maand),\nrekent per werkgever medewerkers × tarief + sms × sms-tarief, en toont het verloop per maand',
    'Otherside at Work: reads the monthly specifications from the Xpert Suite (CSV, PDF or .xlsx, one per month),\nworks out employees × rate + text messages × SMS rate per employer, and shows the trend per month',
  ),
  'usage.xpert': t(
    'factuurcheck xpert --in jan.csv feb.csv mar.xlsx --rate 1,25 --sms-rate 0,09 [--out otherside-2024.xlsx] [--json]',
    'factuurcheck xpert --in jan.csv feb.csv mar.xlsx --rate 1.25 --sms-rate 0.09 [--out otherside-2024.xlsx] [--json]',
  ),

  // ─── Options ───
  'option.lang': t('taal van meldingen, uitleg en werkmap (standaard nl)', 'language of messages, help and workbook (default nl)'),
  'option.json': t('schrijf het resultaat als JSON', 'print the result as JSON'),
  'option.help': t('deze uitleg', 'this help'),
  'option.version': t('het versienummer van factuurcheck', 'the version of factuurcheck'),
  'option.model': t(
    'prijsmodel: 1 = alle opgeslagen dossiers op de peildatum; 2 = actieve dossiers (standaard 2)',
    'price model: 1 = all dossiers stored on the reference date (peildatum); 2 = active dossiers (default 2)',
  ),
  'option.current': t(
    'de export van het jaar, CSV of PDF (model 2: peildatum 31-12 van het jaar; model 1: de afgesproken peildatum)',
    'the year’s export, CSV or PDF (model 2: reference date 31-12 of the year; model 1: the agreed reference date)',
  ),
  'option.previous': t(
    'model 2: de export met peildatum 31-12 van het jaar ervoor, CSV of PDF (levert kolom G, inactieve dossiers)',
    'model 2: the export dated 31-12 of the year before, CSV or PDF (gives column G, inactive dossiers)',
  ),
  'option.price': t('prijs per dossier per jaar, bijvoorbeeld 9,85 of 9.85 (tot 4 decimalen)', 'price per dossier per year, for example 9.85 or 9,85 (up to 4 decimals)'),
  'option.price.demo': t('prijs per dossier per jaar (standaard 9,85, een verzonnen voorbeeldprijs)', 'price per dossier per year (default 9.85, an invented sample price)'),
  'option.minimum': t('minimumbedrag per jaar (standaard 636)', 'minimum amount per year (default 636)'),
  'option.vat': t('btw-percentage (standaard 21)', 'VAT percentage (default 21)'),
  'option.tolerance': t("verschil dat in de vergelijking nog 'OK' heet (standaard 1,00)", "difference the comparison still calls 'OK' (default 1.00)"),
  'option.settings': t(
    'JSON met instellingen, bijvoorbeeld een staffel:\n{ "model": 2, "staffel": { "kind": "graduated", "tiers": [ { "from": 1, "price": "10,50" },\n  { "from": 501, "price": "9,85" } ] }, "minimum": 636, "vat": 21 }\nkind "graduated": elke schijf tegen haar eigen prijs; "volume": één prijs, volgens de schijf van het totaal.\nOpties op de opdrachtregel gaan voor.',
    'JSON with settings, for example tiers (staffel):\n{ "model": 2, "staffel": { "kind": "graduated", "tiers": [ { "from": 1, "price": "10,50" },\n  { "from": 501, "price": "9,85" } ] }, "minimum": 636, "vat": 21 }\nkind "graduated": each band at its own price; "volume": one price, by the band of the total.\nOptions on the command line take precedence.',
  ),
  'option.year': t(
    'het gefactureerde jaar, als de export geen peildatum noemt; spreekt de peildatum het tegen, dan is dat een fout',
    'the invoiced year, when the export names no reference date; a year the reference date contradicts is an error',
  ),
  'option.peildatum': t(
    'model 1: de afgesproken peildatum (dd-mm-jjjj), in hetzelfde jaar als die van de export;\nmodel 2: de peildatum van --current, als de export die niet noemt',
    'model 1: the agreed reference date (dd-mm-yyyy), in the same year as the export’s;\nmodel 2: the reference date of --current, when the export names none',
  ),
  'option.out.spec': t(
    'waar de werkmap komt (standaard specificatie-<jaar>.xlsx in de huidige map); de map moet bestaan',
    'where the workbook goes (default specificatie-<year>.xlsx in the current folder); the folder must exist',
  ),
  'option.out.demo': t('waar de werkmap komt (standaard demo-output/specificatie-2024.xlsx in de projectmap)', 'where the workbook goes (default demo-output/specificatie-2024.xlsx in the project folder)'),
  'option.out.rebill': t(
    'waar de CSV komt (standaard doorbelasting-<jaar>.csv in de huidige map); de map moet bestaan',
    'where the CSV goes (default doorbelasting-<year>.csv in the current folder); the folder must exist',
  ),
  'option.out.xpert': t(
    "schrijf de werkmap: 'Otherside <jaar>' per jaar en 'Otherside trend'; de map moet bestaan",
    "write the workbook: 'Otherside <year>' per year and 'Otherside trend'; the folder must exist",
  ),
  'option.signing': t(
    "'Ondertekenverzoeken per werkgever' (CSV of PDF), één of meer;\nde periode komt uit het bestand of uit de naam (…-2024-Q1.csv)",
    "'Ondertekenverzoeken per werkgever' (signing requests per employer, CSV or PDF), one or more;\nthe period comes from the file or from its name (…-2024-Q1.csv)",
  ),
  'option.signing-price': t('prijs per ondertekenverzoek, bijvoorbeeld 0,50 (nodig bij --signing, tenzij --signing-included)', 'price per signing request, for example 0.50 (needed with --signing, unless --signing-included)'),
  'option.signing-included': t('ondertekenen zit in het abonnement (geen aparte afrekening)', 'signing is part of the subscription (no separate charge)'),
  'option.signing-unit': t('waarover ondertekenen gefactureerd wordt: requests (verzoeken, standaard) of signers (ondertekenaars)', 'what signing is billed by: requests (default) or signers'),
  'option.invoices': t(
    'de ontvangen factuurregels: de factuur-PDF van Qwoater, tekst uit het grootboek, of een tabel met\nSoort;Datum;Periode;Aantal;Prijs;Bedrag',
    'the invoice lines received: Qwoater’s invoice PDF, text from the ledger, or a table with\nSoort;Datum;Periode;Aantal;Prijs;Bedrag (kind, date, period, count, price, amount)',
  ),
  'option.count': t(
    'een telling waarop Qwoater een voorschot kan baseren, bijvoorbeeld 31-03-2024=1204;\nelk voorschot volgt de laatste telling vóór zijn kwartaal (zonder: de telling van het jaar)',
    'a count Qwoater can base an advance on, for example 31-03-2024=1204;\neach advance follows the last count before its quarter (without: the year’s count)',
  ),
  'option.distribute': t('verdeel het berekende jaarbedrag (computed, standaard) of het gefactureerde totaal (invoiced)', 'split the computed year amount (computed, default) or the invoiced total (invoiced)'),
  'option.small-difference': t("tot welk percentage minder dossiers 'vernietigde dossiers' heet (standaard 2)", "up to which percentage fewer dossiers count as 'destroyed dossiers' (default 2)"),
  'option.per-employer': t('één zelfstandig blad per werkgever, om naar een andere werkmap te kopiëren', 'one self-contained sheet per employer, to copy into another workbook'),
  'option.employers': t('alleen deze werkgevers, bijvoorbeeld 000101,000115', 'only these employers, for example 000101,000115'),
  'option.yes': t('sta meer dan 250 werkgeversbladen toe', 'allow more than 250 employer sheets'),
  'option.in': t(
    'een of meer maandrapporten (CSV, PDF of .xlsx); de maand komt uit de titel, een kolom, de peildatum of de bestandsnaam',
    'one or more monthly reports (CSV, PDF or .xlsx); the month comes from the title, a column, the reference date or the file name',
  ),
  'option.rate': t('tarief per medewerker per maand, bijvoorbeeld 1,25', 'rate per employee per month, for example 1.25'),
  'option.sms-rate': t('tarief per sms, bijvoorbeeld 0,09', 'rate per text message, for example 0.09'),
  'option.no-sms': t('rapporten zonder SMS-kolom toestaan (sms telt als 0; --sms-rate mag dan weg)', 'allow reports without an SMS column (text messages count as 0; --sms-rate may then be left out)'),
  'option.vat.xpert': t('btw-percentage voor het vergelijkingsblok (standaard 21)', 'VAT percentage for the comparison block (default 21)'),
  'option.tolerance.xpert': t("verschil met de factuur dat nog 'OK' heet (standaard 1,00)", "difference from the invoice that is still 'OK' (default 1.00)"),
});

export type HelpKey = keyof typeof helpTexts;
