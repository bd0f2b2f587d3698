/**
 * Full zod registered its English messages by itself; zod/mini has none (every issue would
 * read 'Invalid input'). Some of those sentences reach users: an invoice line's reason, the
 * detail of a dropped Otherside month. So every module that builds a schema imports this
 * one, and the CLI, the pane, its workers and the tests all word an issue as before.
 * Only `en` is imported by name: the `locales` namespace would bring every language.
 */
import { config } from 'zod/mini';
import { en } from 'zod/locales';

config(en());
