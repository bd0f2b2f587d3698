/** The command line's own problems and texts, from its catalogue (messages.nl.ts, messages.en.ts). */
import { render, type MessageParams } from '../domain/messages/define';
import { withLocation, type Location, type Problem } from '../domain/problems';
import type { Lang } from './args';
import { cliEn } from './messages.en';
import { cliNl, type CliCode } from './messages.nl';

export const cliText = (lang: Lang, code: CliCode, params: MessageParams = {}): string => render((lang === 'nl' ? cliNl : cliEn)[code], params);

export const cliError = (code: CliCode, params: MessageParams = {}, location?: Location): Problem => ({
  code,
  severity: 'error',
  params,
  ...(location ? { location } : {}),
  nl: withLocation(cliText('nl', code, params), location, 'nl'),
  en: withLocation(cliText('en', code, params), location, 'en'),
});
