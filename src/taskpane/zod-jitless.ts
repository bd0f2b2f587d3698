/**
 * Imported first by every entry (the pane and its workers). zod 4 compiles object parsers
 * with `new Function` unless told not to, and decides so when each schema is built, at
 * module load. The page's CSP forbids eval, so this must run before any module that
 * builds a schema; ES modules run in import order, hence a module of its own.
 * (zod/mini's objects do not compile today; the setting stays so that a zod update cannot
 * bring `new Function` back unnoticed.)
 */
import { config } from 'zod/mini';

config({ jitless: true });
