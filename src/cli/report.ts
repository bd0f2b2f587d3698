import type { Problem } from '../domain/problems';

/** One clear line on stderr, in the user's language, naming file, row and column; exit code 2. */
export function report(p: Problem, lang: 'nl' | 'en'): number {
  process.stderr.write(`factuurcheck: ${p[lang]}\n`);
  return 2;
}
