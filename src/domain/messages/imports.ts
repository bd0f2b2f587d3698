import { defineMessages, p } from './define';

/** Import messages. Owned by the imports work; add keys here, never reuse one for another meaning. */
export const importMessages = defineMessages({
  'import.empty': {
    nl: () => 'Het bestand is leeg.',
    en: () => 'The file is empty.',
  },
});
