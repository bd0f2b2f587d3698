import type { Texts } from './define';
import type { MessageParams } from '../messages';
import { n, p } from './define';

/** Column roles as a finance user knows them; params carry the key, each language names it. */
const FIELDS: Record<string, string> = {
  employerNumber: 'werkgeversnummer',
  employerName: 'naam werkgever',
  employerDossiers: 'werkgeversdossiers',
  employeeDossiers: 'werknemersdossiers (kolom F)',
  inactiveDossiers: 'inactieve werknemersdossiers (kolom G)',
  activeDossiers: 'actieve werknemersdossiers',
  peildatum: 'peildatum',
};
const field = (x: MessageParams) => FIELDS[p(x, 'field')] ?? p(x, 'field');

const REPORTS: Record<string, string> = {
  signing: "'Ondertekenverzoeken per werkgever' (Loket)",
  xpert: 'de SMS- en aantallenspecificatie van Otherside at Work (Xpert Suite)',
};
const report = (x: MessageParams) => REPORTS[p(x, 'report')] ?? p(x, 'report');
/** Import messages. Owned by the imports work; add keys here, never reuse one for another meaning. */
export const importsNl = {
  'import.empty': () => 'Het bestand is leeg.',
  'import.unexpected': (x) => `Er ging iets onverwachts mis bij het lezen (${p(x, 'reason')}). Er is niets geïmporteerd; meld dit aan de beheerder van Factuurcheck.`,

  // Reading bytes
  'import.pdf': () => 'Dit is een PDF, geen tekst of CSV: kies het als bestand (of noem het op de opdrachtregel), dan wordt de PDF gelezen.',
  'import.zip': () => 'Dit is een Excel-werkmap of een ander gecomprimeerd bestand dat hier niet gelezen kan worden. Sla het in Excel op als CSV en kies dat bestand.',
  'import.xls': () => 'Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of CSV en kies dat bestand.',
  'import.binary': () => 'Dit bestand is geen tekst of CSV (het bevat binaire gegevens). Kies de CSV-uitdraai uit Loket.',
  'import.mixedEncoding': (x) => `Het bestand mengt twee tekensets: regel ${p(x, 'utf8Line')} is UTF-8, regel ${p(x, 'cp1252Line')} Windows-1252. Elke regel is in zijn eigen tekenset gelezen; controleer de namen met accenten.`,
  'import.invalidUtf8': () => 'Het bestand zegt UTF-8 te zijn, maar enkele tekens zijn onleesbaar en worden als � getoond. Controleer de namen.',
  'import.truncatedUtf16': () => 'Het bestand (UTF-16) lijkt afgebroken: de laatste byte ontbreekt. Controleer of de laatste rij compleet is.',

  // Splitting into cells
  'import.unterminatedQuote': (x) => `Hier opent een aanhalingsteken (") dat nergens meer sluit, vanaf regel ${p(x, 'line')} tot het eind van het bestand. Is het bestand afgebroken?`,

  // Count cells
  'import.count.negative': (x) => `'${p(x, 'value')}' is negatief; een aantal dossiers is 0 of meer.`,
  'import.count.decimal': (x) => `'${p(x, 'value')}' heeft decimalen; een aantal dossiers is een heel getal. Een bedrag zoals '1.000,00' wijst meestal op een verkeerd gekoppelde kolom.`,
  'import.count.exponent': (x) => `'${p(x, 'value')}' is in wetenschappelijke notatie; zet de kolom in Excel op 'Getal' zonder decimalen.`,
  'import.count.grouping': (x) => `'${p(x, 'value')}': de scheidingstekens staan niet op duizendtallen zoals in '1.234'.`,
  'import.count.notNumber': (x) => `'${p(x, 'value')}' is geen aantal.`,
  'import.count.tooLarge': (x) => `'${p(x, 'value')}' is te groot voor een aantal dossiers.`,
  'import.count.emptyAsZero': (x) => `${n(x, 'count', 'nl', 'lege cel', 'lege cellen')}, de eerste op rij ${p(x, 'firstRow')}; die tellen als 0, zoals SOM in Excel ze telt.`,

  // Which report, which columns
  'import.otherReport': (x) => `Dit lijkt ${report(x)}, niet 'Dossiervorming Qwoater per werkgever'. Kies het bestand bij de juiste stap.`,
  'import.noCountColumns': (x) => `Geen kolom met het aantal werknemersdossiers gevonden. Gevonden kolomkoppen: ${p(x, 'headers')}. Kies de kolommen zelf.`,
  'import.noEmployerNumberColumn': (x) => `Geen kolom met het werkgeversnummer gevonden. Gevonden kolomkoppen: ${p(x, 'headers')}. Kies de kolom zelf.`,
  'import.columnOutOfRange': (x) => `Voor ${field(x)} is kolom ${p(x, 'column')} gekozen, maar de gegevens hebben maar ${p(x, 'width')} kolommen.`,
  'import.columnTwice': (x) => `Kolom ${p(x, 'column')} is gekozen voor zowel ${FIELDS[p(x, 'first')] ?? p(x, 'first')} als ${FIELDS[p(x, 'second')] ?? p(x, 'second')}.`,
  'import.columnAmbiguous': (x) => `Meer kolommen lijken op ${field(x)}; gekozen is ${p(x, 'chosen')}, niet ${p(x, 'other')}. Controleer de koppeling.`,
  'import.columnByLetter': (x) => `De kolomkop is niet herkend; voor ${field(x)} is op de letter kolom ${p(x, 'column')} genomen, zoals Loket die indeelt. Controleer de koppeling.`,
  'import.noEmployerDossierColumn': () => 'Geen kolom met werkgeversdossiers gevonden; die tellen als 0. Kies de kolom zelf als het bestand hem wel heeft.',

  // Rows
  'import.rowTooShort': (x) => `Deze rij houdt op na ${n(x, 'cells', 'nl', 'cel', 'cellen')}, vóór deze kolom. Is het bestand afgebroken, of staat deze regel met een ander scheidingsteken dan de rest?`,
  'import.rowTooLong': (x) => `Deze rij heeft ${p(x, 'cells')} cellen, de kopregel maar ${p(x, 'width')}: vanaf hier heeft deze rij cellen zonder kolomkop, dus haar cellen staan verschoven onder de koppen. Staat er een scheidingsteken in een naam zonder aanhalingstekens, of een cel dubbel?`,
  'import.quoteSpansRows': (x) => `Het aanhalingsteken (") aan het begin van deze cel sluit pas op regel ${p(x, 'line')}, zodat de rijen daartussen in deze ene cel staan en hun werkgevers niet meetellen. Staat er een losse " in het bestand?`,
  'import.quoteSwallowsSeparator': () => 'Het aanhalingsteken (") aan het begin van deze cel sluit pas na een scheidingsteken, midden in de rij: twee cellen staan nu in één cel en de cellen erna schuiven een kolom op. Staat er een losse " in het bestand?',
  'import.cellTooLong': (x) => `Deze cel is ${p(x, 'length')} tekens lang; Excel kan er hoogstens ${p(x, 'max')} in een cel kwijt. Klopt het bestand wel?`,
  'import.missingEmployerNumber': () => 'Deze rij heeft aantallen maar geen werkgeversnummer, en is geen kloppende totaalrij.',
  'import.inactiveAboveTotal': (x) => `Meer inactieve dossiers (${p(x, 'inactive')}) dan dossiers in totaal (${p(x, 'total')}) op dezelfde rij; dat kan in één uitdraai niet. Zijn kolommen F en G verwisseld?`,
  'import.duplicateEmployer': (x) => `Werkgever ${p(x, 'number')} staat ook op rij ${p(x, 'firstRow')}, met dezelfde aantallen; hij telt één keer.`,
  'import.employerRowsSummed': (x) => `Werkgever ${p(x, 'number')} staat op rij ${p(x, 'rows')}, met verschillende aantallen (bijvoorbeeld één rij per administratie). Wij tellen die rijen op tot één werkgever, zoals de factuur de kolomtotalen volgt.`,
  'import.employerRowsSummedMore': (x) => `En nog ${n(x, 'count', 'nl', 'werkgever staat', 'werkgevers staan')} op meer rijen; ook die zijn opgeteld. De rijen staan per werkgever in de toelichting.`,
  'import.totalsMismatch': (x) => `De totaalrij zegt ${p(x, 'file')} ${field(x)}, de rijen erboven tellen op tot ${p(x, 'computed')}. Wij rekenen met de rijen.`,
  'import.totalsUnreadable': (x) => `De totaalrij heeft hier '${p(x, 'value')}', geen aantal; dit totaal is niet gecontroleerd.`,
  'import.rowsAfterTotals': (x) => `Na de totaalrij (rij ${p(x, 'totalsRow')}) staan nog werkgevers. Staan er meer lijsten in één bestand? Haal de totaalrij of de extra rijen weg.`,
  'import.noEmployers': () => 'De kolomkoppen zijn gevonden, maar er staan geen werkgevers onder.',
  'import.skippedRow': (x) => `Deze rij is overgeslagen, want er staan geen aantallen in: '${p(x, 'text')}'.`,
  'import.activeUnreadable': (x) => `'${p(x, 'value')}' in de kolom actieve dossiers is geen aantal; die kolom is alleen ter informatie en telt niet mee.`,

  // Peildatum
  'import.peildatumInvalid': (x) => `'${p(x, 'value')}' is geen geldige datum (verwacht dd-mm-jjjj of jjjj-mm-dd).`,
  'import.peildatumMixed': (x) => `Deze rij heeft peildatum ${p(x, 'other')}, rij ${p(x, 'firstRow')} heeft ${p(x, 'first')}. Eén uitdraai heeft één peildatum.`,
  'import.peildatumTwoDigitConflict': (x) => `De kolom peildatum noemt ${p(x, 'column')}, met een jaar van twee cijfers, en de bestandsnaam ${p(x, 'fileDate')}. Die spreken elkaar tegen: welke klopt? Geef anders de peildatum op.`,
  'import.peildatumTwoDigitYear': (x) => `De kolom peildatum noemt ${p(x, 'column')}, met een jaar van twee cijfers (zo slaat Excel een CSV soms op), en niets anders in het bestand noemt een datum. Wij lezen ${p(x, 'read')}; klopt dat niet, geef dan de peildatum op.`,
  'import.peildatumConflict': (x) => `De titel noemt peildatum ${p(x, 'title')}, de kolom peildatum ${p(x, 'column')}. Welke klopt?`,
  'import.peildatumFileNameDiffers': (x) => `De bestandsnaam noemt ${p(x, 'fileDate')}, maar het bestand zelf peildatum ${p(x, 'found')}. Wij gebruiken ${p(x, 'found')}.`,
  'import.peildatumOverridden': (x) => `U koos peildatum ${p(x, 'user')}; het bestand noemt ${p(x, 'found')}. Wij gebruiken uw keuze.`,
  'import.peildatumOptionInvalid': (x) => `De gekozen peildatum '${p(x, 'value')}' is geen geldige datum.`,
} satisfies Texts;
