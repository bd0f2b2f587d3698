/**
 * The pane's English texts load lazily (src/taskpane/i18n/catalogue.ts: the entry point
 * awaits loadLanguage before the first render). Tests render and translate in English
 * without that entry point, so they load the texts first, as the pane does.
 */
import { loadLanguage } from '../../src/taskpane/i18n/catalogue';

// At the top, not in beforeAll: some test files read the catalogue while they are collected.
if (!(await loadLanguage('en'))) throw new Error("the pane's English texts did not load");
