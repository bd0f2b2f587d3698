/** The CLI's summaries in the reader's language (texts: summary.nl.ts and summary.en.ts). */
import { lookUp } from '../domain/messages/define';
import { summaryEn } from './summary.en';
import { summaryNl } from './summary.nl';

export const say = lookUp(summaryNl, summaryEn);
