/** The English texts of the pane's one import; typed against the Dutch ones so a missing key fails the build. */
import type { importNl } from './import-nl';

export const importEn: Record<keyof typeof importNl, string> = {
  'import.readingBytes': '{file}: {loaded} of {total} MB read…',
  'import.cancelled': 'Reading cancelled.',
  'import.tooLarge': '{file} is too large ({size} MB); the maximum is {max} MB.',
  'import.readError': '{file} could not be read: {reason}',
  'import.crash': '{file} could not be read because of an internal error: {reason}',
};
