import type { Texts } from './define';
import type { hostNl } from './host.nl';
import { p } from './define';
/** What the browser host (standalone mode: download instead of Excel, localStorage) reports. */
export const hostEn: Texts<keyof typeof hostNl> = {
  'host.selectionUnavailable': () => 'Using a selection only works in Excel. Choose a file or paste the text.',
  'host.storageFailed': (x) => `Saving in this browser failed (${p(x, 'reason')}).`,
  'host.downloadFailed': (x) => `The Excel file could not be made: ${p(x, 'reason')}`,
  'host.cancelled': () => 'Stopped at your request.',
};

