import { parseDate } from '../domain/imports/dates';

/** A date typed on the command line, in the same forms the exports use. */
export const parsePeildatum = (text: string): string | null => parseDate(text.trim());
