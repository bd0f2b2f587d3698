/**
 * Dates as the pane's fields hold them: dd-mm-jjjj, as typed. Read the way the importers
 * read dates (domain/imports/dates.ts): day first, only real calendar days.
 */
import { formatDutchDate, parseDate } from '../../domain/imports/dates';

/** The ISO date a typed text means, or null when it is no real date. */
export const dateFromText = (text: string): string | null => parseDate(text.trim());
/** An ISO date as a field shows it: '31-12-2024'. */
export const dateText = (iso: string | null | undefined): string => (iso ? formatDutchDate(iso) : '');
