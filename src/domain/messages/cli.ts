import { defineMessages, p } from './define';

/** Command-line messages: usage and files. */
export const cliMessages = defineMessages({
  'cli.unknownCommand': {
    nl: (x) => `Onbekende opdracht '${p(x, 'command')}'. Kies uit: ${p(x, 'commands')} (zie --help).`,
    en: (x) => `Unknown command '${p(x, 'command')}'. Choose from: ${p(x, 'commands')} (see --help).`,
  },
  'cli.unknownOption': {
    nl: (x) => `Onbekende optie '${p(x, 'option')}' (zie --help).`,
    en: (x) => `Unknown option '${p(x, 'option')}' (see --help).`,
  },
  'cli.missingValue': {
    nl: (x) => `Optie ${p(x, 'option')} heeft een waarde nodig.`,
    en: (x) => `Option ${p(x, 'option')} needs a value.`,
  },
  'cli.badValue': {
    nl: (x) => `Ongeldige waarde '${p(x, 'value')}' voor ${p(x, 'option')}: ${p(x, 'reason')}`,
    en: (x) => `Invalid value '${p(x, 'value')}' for ${p(x, 'option')}: ${p(x, 'reason')}`,
  },
  'cli.missingOption': {
    nl: (x) => `Optie ${p(x, 'option')} ontbreekt.`,
    en: (x) => `Option ${p(x, 'option')} is missing.`,
  },
  'cli.fileNotFound': {
    nl: (x) => `Bestand niet gevonden: ${p(x, 'file')}`,
    en: (x) => `File not found: ${p(x, 'file')}`,
  },
  'cli.fileUnreadable': {
    nl: (x) => `Bestand kan niet gelezen worden: ${p(x, 'file')} (${p(x, 'reason')})`,
    en: (x) => `File cannot be read: ${p(x, 'file')} (${p(x, 'reason')})`,
  },
  'cli.settingsNotJson': {
    nl: (x) => `Het instellingenbestand ${p(x, 'file')} is geen geldige JSON: ${p(x, 'reason')}`,
    en: (x) => `The settings file ${p(x, 'file')} is not valid JSON: ${p(x, 'reason')}`,
  },
  'cli.writeFailed': {
    nl: (x) => `Kan ${p(x, 'file')} niet schrijven: ${p(x, 'reason')}. Is het bestand geopend in Excel?`,
    en: (x) => `Cannot write ${p(x, 'file')}: ${p(x, 'reason')}. Is the file open in Excel?`,
  },
});
