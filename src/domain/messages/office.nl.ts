import type { Texts } from './define';
import { p } from './define';
/**
 * Messages for talking to Excel. Each names what the user can do next; `detail` carries
 * Excel's own code and text so nothing is lost when a user forwards the message to support.
 */
export const officeNl = {
  'office.invalidArgument': (x) => `Excel weigerde een opdracht van Factuurcheck als ongeldig (${p(x, 'detail')}). Dit is waarschijnlijk een fout in Factuurcheck: meld het met deze tekst. De werkmap is niet gewijzigd.`,
  'office.itemAlreadyExists': (x) => `Er bestaat al een blad, tabel of naam met deze naam (${p(x, 'detail')}). Hernoem of verwijder het bestaande en probeer het opnieuw.`,
  'office.itemNotFound': (x) => `Excel kon een blad of bereik niet vinden (${p(x, 'detail')}). Is er intussen een blad verwijderd of hernoemd? Probeer het opnieuw.`,
  'office.accessDenied': (x) => `Excel staat de wijziging niet toe: de werkmap of een blad is beveiligd, of de werkmap is alleen-lezen geopend (${p(x, 'detail')}). Hef de beveiliging op (Controleren > Beveiliging opheffen) of kies 'Werkmap bewerken', en probeer het opnieuw.`,
  'office.cellEditing': (x) => `Excel is bezig met het bewerken van een cel (${p(x, 'detail')}). Druk op Enter of Esc en probeer het opnieuw.`,
  'office.invalidSelection': (x) => `Excel kan de huidige selectie niet lezen (${p(x, 'detail')}). Selecteer één blok cellen op een werkblad (geen grafiek, vorm of meerdere gebieden) en probeer het opnieuw.`,
  'office.payloadTooLarge': (x) => `Excel kan zo veel gegevens niet in één keer ontvangen of teruggeven, ook niet in kleinere stukken (${p(x, 'detail')}). Excel op het web staat 5 MB per keer toe. De werkmap is niet gewijzigd. Probeer het in Excel op Windows of Mac, of meld het met deze tekst.`,
  'office.formulaTooLong': (x) => `Een formule van Factuurcheck is te lang voor Excel (${p(x, 'detail')}). De werkmap is niet gewijzigd. Een staffel met veel schijven maakt formules lang: gebruik minder schijven, of meld het met deze tekst.`,
  'office.dialogOpen': (x) => `In Excel staat een venster open (${p(x, 'detail')}). Sluit het en probeer het opnieuw.`,
  'office.conflict': (x) => `Excel kon de wijziging niet doorvoeren: iets in de werkmap zit in de weg, of iemand anders bewerkt haar tegelijk (${p(x, 'detail')}). De werkmap is niet gewijzigd. Probeer het over een ogenblik opnieuw.`,
  'office.inactiveWorkbook': (x) => `Excel werkt alleen met de werkmap die voor staat (${p(x, 'detail')}). Klik in de werkmap waarin Factuurcheck openstaat en probeer het opnieuw.`,
  'office.linksBlocked': (x) => `Excel houdt koppelingen naar andere werkmappen of een gegevensbron in deze werkmap tegen (${p(x, 'detail')}). Sta ze toe via de melding boven de werkmap of via Gegevens, en probeer het opnieuw.`,
  'office.busy': (x) => `Excel kon de opdracht nu niet uitvoeren (${p(x, 'detail')}). Wacht even en probeer het opnieuw; lukt het dan nog niet, sla de werkmap op en open haar opnieuw.`,
  'office.apiNotFound': (x) => `Deze versie van Excel mist een functie die Factuurcheck nodig heeft (${p(x, 'detail')}). Werk Excel bij (Microsoft 365 of Excel 2021 en nieuwer) of gebruik Excel op het web.`,
  'office.general': (x) => `Excel meldde een fout (${p(x, 'detail')}). Probeer het opnieuw; blijft het misgaan, sla de werkmap op en start Excel opnieuw.`,
  'office.unknown': (x) => `Onverwachte fout bij het werken met Excel (${p(x, 'detail')}). Meld het met deze tekst.`,
  'office.aborted': () => 'Geannuleerd. De werkmap is niet gewijzigd.',
  'office.rollbackFailed': (x) => `Het schrijven mislukte (${p(x, 'cause')}) en Factuurcheck kon de half geschreven bladen niet opruimen (${p(x, 'detail')}). Verwijder deze bladen zelf: ${p(x, 'sheets')}.`,
  'office.finishedWithError': (x) => `Excel meldde een fout bij het afronden (${p(x, 'cause')}), maar de nieuwe bladen staan er volledig en de oude versies zijn verwijderd. Controleer de werkmap voor de zekerheid.`,
  'office.tableRenamed': (x) => `De tabelnaam ${p(x, 'wanted')} is al in gebruik in deze werkmap; de tabel heet nu ${p(x, 'actual')}.`,
  'office.nameInUse': (x) => `De naam ${p(x, 'name')} bestaat al in deze werkmap en is niet van Factuurcheck; die is gelaten zoals hij was. De formules van Factuurcheck gebruiken hem niet.`,
  'office.stateUnreadable': (x) => `De opgeslagen Factuurcheck-gegevens in deze werkmap zijn onleesbaar (${p(x, 'detail')}); ze worden niet gebruikt.`,
} satisfies Texts;
