import { defineMessages, p } from './define';

/** What the browser host (standalone mode: download instead of Excel, localStorage) reports. */
export const hostMessages = defineMessages({
  'host.selectionUnavailable': {
    nl: () => 'Een selectie gebruiken kan alleen in Excel. Kies een bestand of plak de tekst.',
    en: () => 'Using a selection only works in Excel. Choose a file or paste the text.',
  },
  'host.storageFailed': {
    nl: (x) => `Opslaan in deze browser is niet gelukt (${p(x, 'reason')}).`,
    en: (x) => `Saving in this browser failed (${p(x, 'reason')}).`,
  },
  'host.downloadFailed': {
    nl: (x) => `Het Excel-bestand kon niet worden gemaakt: ${p(x, 'reason')}`,
    en: (x) => `The Excel file could not be made: ${p(x, 'reason')}`,
  },
  'host.cancelled': {
    nl: () => 'Gestopt op uw verzoek.',
    en: () => 'Stopped at your request.',
  },
});
