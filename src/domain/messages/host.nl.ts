import type { Texts } from './define';
import { p } from './define';
/** What the browser host (standalone mode: download instead of Excel, localStorage) reports. */
export const hostNl = {
  'host.selectionUnavailable': () => 'Een selectie gebruiken kan alleen in Excel. Kies een bestand of plak de tekst.',
  'host.storageFailed': (x) => `Opslaan in deze browser is niet gelukt (${p(x, 'reason')}).`,
  'host.downloadFailed': (x) => `Het Excel-bestand kon niet worden gemaakt: ${p(x, 'reason')}`,
  'host.cancelled': () => 'Gestopt op uw verzoek.',
} satisfies Texts;
