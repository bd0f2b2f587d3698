import type { Texts } from './define';

/**
 * Month names where a month is shown: 'januari 2024' in the pane and the Otherside sheets, 'jan' in a
 * column header. Looked up by xpert/period.ts; not part of the problem catalogue (nl.ts), whose keys are codes.
 */
export const monthsNl = {
  'month.long.1': 'januari',
  'month.long.2': 'februari',
  'month.long.3': 'maart',
  'month.long.4': 'april',
  'month.long.5': 'mei',
  'month.long.6': 'juni',
  'month.long.7': 'juli',
  'month.long.8': 'augustus',
  'month.long.9': 'september',
  'month.long.10': 'oktober',
  'month.long.11': 'november',
  'month.long.12': 'december',
  'month.short.1': 'jan',
  'month.short.2': 'feb',
  'month.short.3': 'mrt',
  'month.short.4': 'apr',
  'month.short.5': 'mei',
  'month.short.6': 'jun',
  'month.short.7': 'jul',
  'month.short.8': 'aug',
  'month.short.9': 'sep',
  'month.short.10': 'okt',
  'month.short.11': 'nov',
  'month.short.12': 'dec',
} satisfies Texts;
