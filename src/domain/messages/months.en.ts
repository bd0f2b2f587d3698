import type { Texts } from './define';
import type { monthsNl } from './months.nl';

/** Month names where a month is shown: 'January 2024', 'Jan' in a column header. */
export const monthsEn: Texts<keyof typeof monthsNl> = {
  'month.long.1': 'January',
  'month.long.2': 'February',
  'month.long.3': 'March',
  'month.long.4': 'April',
  'month.long.5': 'May',
  'month.long.6': 'June',
  'month.long.7': 'July',
  'month.long.8': 'August',
  'month.long.9': 'September',
  'month.long.10': 'October',
  'month.long.11': 'November',
  'month.long.12': 'December',
  'month.short.1': 'Jan',
  'month.short.2': 'Feb',
  'month.short.3': 'Mar',
  'month.short.4': 'Apr',
  'month.short.5': 'May',
  'month.short.6': 'Jun',
  'month.short.7': 'Jul',
  'month.short.8': 'Aug',
  'month.short.9': 'Sep',
  'month.short.10': 'Oct',
  'month.short.11': 'Nov',
  'month.short.12': 'Dec',
};
