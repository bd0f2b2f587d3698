import { defineMessages, p } from './define';

/**
 * Messages for talking to Excel. Each names what the user can do next; `detail` carries
 * Excel's own code and text so nothing is lost when a user forwards the message to support.
 */
export const officeMessages = defineMessages({
  'office.invalidArgument': {
    nl: (x) => `Excel weigerde een opdracht van Factuurcheck als ongeldig (${p(x, 'detail')}). Dit is waarschijnlijk een fout in Factuurcheck: meld het met deze tekst. De werkmap is niet gewijzigd.`,
    en: (x) => `Excel refused a Factuurcheck command as invalid (${p(x, 'detail')}). This is probably a bug in Factuurcheck: please report it with this text. The workbook was not changed.`,
  },
  'office.itemAlreadyExists': {
    nl: (x) => `Er bestaat al een blad, tabel of naam met deze naam (${p(x, 'detail')}). Hernoem of verwijder het bestaande en probeer het opnieuw.`,
    en: (x) => `A sheet, table or name with this name already exists (${p(x, 'detail')}). Rename or delete the existing one and try again.`,
  },
  'office.itemNotFound': {
    nl: (x) => `Excel kon een blad of bereik niet vinden (${p(x, 'detail')}). Is er intussen een blad verwijderd of hernoemd? Probeer het opnieuw.`,
    en: (x) => `Excel could not find a sheet or range (${p(x, 'detail')}). Was a sheet deleted or renamed meanwhile? Try again.`,
  },
  'office.accessDenied': {
    nl: (x) => `Excel staat de wijziging niet toe: de werkmap of een blad is beveiligd, of de werkmap is alleen-lezen geopend (${p(x, 'detail')}). Hef de beveiliging op (Controleren > Beveiliging opheffen) of kies 'Werkmap bewerken', en probeer het opnieuw.`,
    en: (x) => `Excel does not allow the change: the workbook or a sheet is protected, or the workbook is open read-only (${p(x, 'detail')}). Unprotect it (Review > Unprotect) or choose 'Edit Workbook', and try again.`,
  },
  'office.cellEditing': {
    nl: (x) => `Excel is bezig met het bewerken van een cel (${p(x, 'detail')}). Druk op Enter of Esc en probeer het opnieuw.`,
    en: (x) => `Excel is editing a cell (${p(x, 'detail')}). Press Enter or Esc and try again.`,
  },
  'office.invalidSelection': {
    nl: (x) => `Excel kan de huidige selectie niet lezen (${p(x, 'detail')}). Selecteer één blok cellen op een werkblad (geen grafiek, vorm of meerdere gebieden) en probeer het opnieuw.`,
    en: (x) => `Excel cannot read the current selection (${p(x, 'detail')}). Select one block of cells on a worksheet (not a chart, a shape or several areas) and try again.`,
  },
  'office.payloadTooLarge': {
    nl: (x) => `Excel kan zo veel gegevens niet in één keer ontvangen of teruggeven, ook niet in kleinere stukken (${p(x, 'detail')}). Excel op het web staat 5 MB per keer toe. De werkmap is niet gewijzigd. Probeer het in Excel op Windows of Mac, of meld het met deze tekst.`,
    en: (x) => `Excel cannot take or return this much data at once, not even in smaller pieces (${p(x, 'detail')}). Excel on the web allows 5 MB at a time. The workbook was not changed. Try it in Excel on Windows or Mac, or report it with this text.`,
  },
  'office.formulaTooLong': {
    nl: (x) => `Een formule van Factuurcheck is te lang voor Excel (${p(x, 'detail')}). De werkmap is niet gewijzigd. Een staffel met veel schijven maakt formules lang: gebruik minder schijven, of meld het met deze tekst.`,
    en: (x) => `A Factuurcheck formula is too long for Excel (${p(x, 'detail')}). The workbook was not changed. A staffel with many tiers makes formulas long: use fewer tiers, or report it with this text.`,
  },
  'office.dialogOpen': {
    nl: (x) => `In Excel staat een venster open (${p(x, 'detail')}). Sluit het en probeer het opnieuw.`,
    en: (x) => `A dialog is open in Excel (${p(x, 'detail')}). Close it and try again.`,
  },
  'office.conflict': {
    nl: (x) => `Excel kon de wijziging niet doorvoeren: iets in de werkmap zit in de weg, of iemand anders bewerkt haar tegelijk (${p(x, 'detail')}). De werkmap is niet gewijzigd. Probeer het over een ogenblik opnieuw.`,
    en: (x) => `Excel could not make the change: something in the workbook is in the way, or someone else is editing it at the same time (${p(x, 'detail')}). The workbook was not changed. Try again in a moment.`,
  },
  'office.inactiveWorkbook': {
    nl: (x) => `Excel werkt alleen met de werkmap die voor staat (${p(x, 'detail')}). Klik in de werkmap waarin Factuurcheck openstaat en probeer het opnieuw.`,
    en: (x) => `Excel only works with the workbook in front (${p(x, 'detail')}). Click in the workbook where Factuurcheck is open and try again.`,
  },
  'office.linksBlocked': {
    nl: (x) => `Excel houdt koppelingen naar andere werkmappen of een gegevensbron in deze werkmap tegen (${p(x, 'detail')}). Sta ze toe via de melding boven de werkmap of via Gegevens, en probeer het opnieuw.`,
    en: (x) => `Excel is holding back links to other workbooks or a data source in this workbook (${p(x, 'detail')}). Allow them through the bar above the workbook or through Data, and try again.`,
  },
  'office.busy': {
    nl: (x) => `Excel kon de opdracht nu niet uitvoeren (${p(x, 'detail')}). Wacht even en probeer het opnieuw; lukt het dan nog niet, sla de werkmap op en open haar opnieuw.`,
    en: (x) => `Excel could not carry out the command just now (${p(x, 'detail')}). Wait a moment and try again; if it still fails, save the workbook and open it again.`,
  },
  'office.apiNotFound': {
    nl: (x) => `Deze versie van Excel mist een functie die Factuurcheck nodig heeft (${p(x, 'detail')}). Werk Excel bij (Microsoft 365 of Excel 2021 en nieuwer) of gebruik Excel op het web.`,
    en: (x) => `This version of Excel lacks a feature Factuurcheck needs (${p(x, 'detail')}). Update Excel (Microsoft 365 or Excel 2021 and later) or use Excel on the web.`,
  },
  'office.general': {
    nl: (x) => `Excel meldde een fout (${p(x, 'detail')}). Probeer het opnieuw; blijft het misgaan, sla de werkmap op en start Excel opnieuw.`,
    en: (x) => `Excel reported an error (${p(x, 'detail')}). Try again; if it keeps failing, save the workbook and restart Excel.`,
  },
  'office.unknown': {
    nl: (x) => `Onverwachte fout bij het werken met Excel (${p(x, 'detail')}). Meld het met deze tekst.`,
    en: (x) => `Unexpected error while working with Excel (${p(x, 'detail')}). Please report it with this text.`,
  },
  'office.aborted': {
    nl: () => 'Geannuleerd. De werkmap is niet gewijzigd.',
    en: () => 'Cancelled. The workbook was not changed.',
  },
  'office.rollbackFailed': {
    nl: (x) => `Het schrijven mislukte (${p(x, 'cause')}) en Factuurcheck kon de half geschreven bladen niet opruimen (${p(x, 'detail')}). Verwijder deze bladen zelf: ${p(x, 'sheets')}.`,
    en: (x) => `Writing failed (${p(x, 'cause')}) and Factuurcheck could not clean up the half-written sheets (${p(x, 'detail')}). Please delete these sheets yourself: ${p(x, 'sheets')}.`,
  },
  'office.finishedWithError': {
    nl: (x) => `Excel meldde een fout bij het afronden (${p(x, 'cause')}), maar de nieuwe bladen staan er volledig en de oude versies zijn verwijderd. Controleer de werkmap voor de zekerheid.`,
    en: (x) => `Excel reported an error while finishing (${p(x, 'cause')}), but the new sheets are complete and the old versions were removed. Check the workbook to be sure.`,
  },
  'office.tableRenamed': {
    nl: (x) => `De tabelnaam ${p(x, 'wanted')} is al in gebruik in deze werkmap; de tabel heet nu ${p(x, 'actual')}.`,
    en: (x) => `The table name ${p(x, 'wanted')} is already used in this workbook; the table is now called ${p(x, 'actual')}.`,
  },
  'office.nameInUse': {
    nl: (x) => `De naam ${p(x, 'name')} bestaat al in deze werkmap en is niet van Factuurcheck; die is gelaten zoals hij was. De formules van Factuurcheck gebruiken hem niet.`,
    en: (x) => `The name ${p(x, 'name')} already exists in this workbook and is not Factuurcheck's; it was left as it was. Factuurcheck's formulas do not use it.`,
  },
  'office.stateUnreadable': {
    nl: (x) => `De opgeslagen Factuurcheck-gegevens in deze werkmap zijn onleesbaar (${p(x, 'detail')}); ze worden niet gebruikt.`,
    en: (x) => `The Factuurcheck data saved in this workbook is unreadable (${p(x, 'detail')}); it is not used.`,
  },
});
