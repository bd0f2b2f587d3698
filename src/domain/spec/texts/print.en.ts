/** The English words every printed sheet carries, typed against the Dutch keys (print.nl.ts). */
import type { Texts } from '../../messages/define';
import type { PrintKey } from './print.nl';

export const printEn: Texts<PrintKey> = {
  'print.pageOf': 'page {page} of {pages}',
};
