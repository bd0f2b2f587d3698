/**
 * zod's settings, in one place; every module that builds a schema imports this one first,
 * so the CLI, the pane, its workers and the tests all parse alike and no entry can forget it.
 *  - English messages: full zod registered them by itself; zod/mini has none (every issue
 *    would read 'Invalid input'). Some reach users: an invoice line's reason, the detail of
 *    a dropped Otherside month. Only `en` is imported by name: the `locales` namespace
 *    would bring every language.
 *  - jitless: zod 4 compiles object parsers with `new Function` unless told not to, and
 *    decides so when a schema is built. The pane's CSP forbids eval. zod/mini's objects do
 *    not compile today; the setting stays so that a zod update cannot bring it back unnoticed.
 */
import { config } from 'zod/mini';
import { en } from 'zod/locales';

config({ ...en(), jitless: true });
