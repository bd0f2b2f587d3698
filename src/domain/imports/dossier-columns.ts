/**
 * The columns of 'Dossiervorming Qwoater per werkgever'. Found by header text first; when
 * a header says nothing we know, by the letters F and G that the official article names.
 * A column whose header says something else ('Actieve …', a signing or SMS column) is
 * never free for a letter, so it can never become F or G.
 */
import { error, fail, ok, warning, type Problem, type Result } from '../problems';
import { quotedHeaders, seenHeaders, type Locator } from './cells';
import { ColumnMap, columnsByRole, normalizeHeader } from './header-row';
import type { DossierColumnMap, DossierExport, DossierImportOptions, Grid } from './types';

type Field = keyof DossierColumnMap;
export type HeaderRole = Field | 'numberOrName' | 'other' | 'signing' | 'sms';

/**
 * What a header says, forgiving case, spaces, accents and punctuation. Order matters:
 * 'inactief' contains 'actief', and an active column must never become F or G.
 */
export function classifyDossierHeader(header: string): HeaderRole | null {
  const n = normalizeHeader(header);
  if (!n) return null;
  // On the raw text: glued together, 'Werknemers Maandloon' would hold 'sms'.
  if (/(^|[^a-z])sms([^a-z]|$)/i.test(header)) return 'sms';
  if (/onderteken|handtekening|verzoek/.test(n)) return 'signing';
  if (/inactie|inactive|nietactie|^inact/.test(n)) return 'inactiveDossiers';
  if (/actie|active|^act$/.test(n)) return 'activeDossiers';
  if (/werkgever|employer/.test(n) && /dossier/.test(n)) return 'employerDossiers';
  if (/werknemer|employee/.test(n) && /dossier/.test(n)) return 'employeeDossiers';
  if (/peildatum|^datum$|^date$|referencedate/.test(n)) return 'peildatum';
  if (/relatie|administratie|provider|debiteur|vestiging|loonheffing/.test(n)) return 'other';
  if (/^(werkgevers?|wg|employer)?(nummer|nr|no|code|id|number)$/.test(n)) return 'employerNumber';
  if (/^(naam(van)?(de)?(werkgever|bedrijf|onderneming)?|werkgeversnaam|werkgevernaam|bedrijfsnaam|handelsnaam|name|employername)$/.test(n)) {
    return 'employerName';
  }
  if (/^(werkgevers?|employer)$/.test(n)) return 'numberOrName';
  return null;
}

const FIELDS: readonly Field[] = [
  'employerNumber', 'employeeDossiers', 'inactiveDossiers', 'employerDossiers', 'employerName', 'activeDossiers', 'peildatum',
];
const CODES = { twice: 'import.columnTwice', outOfRange: 'import.columnOutOfRange', ambiguous: 'import.columnAmbiguous' } as const;

export interface DossierColumns {
  columns: DossierColumnMap;
  foundBy: DossierExport['columnsFoundBy'];
}

export function mapDossierColumns(
  loc: Locator,
  roles: readonly (HeaderRole | null)[],
  width: number,
  head: Grid,
  options: DossierImportOptions,
  warnings: Problem[],
): Result<DossierColumns> {
  const headers = loc.headers;
  const byRole = columnsByRole(roles);
  // 'Werkgever' alone is the number when another column has the name, and vice versa.
  const bare = byRole.get('numberOrName');
  if (bare) {
    if (!byRole.has('employerNumber')) byRole.set('employerNumber', bare);
    else if (!byRole.has('employerName')) byRole.set('employerName', bare);
  }
  const map = new ColumnMap<Field>(FIELDS, loc, CODES, warnings);
  // The number and F cannot be absent; a null there means "guess", not "none".
  const mistake = map.applyUser(options.columns ?? {}, FIELDS, width, ['employerNumber', 'employeeDossiers']);
  if (mistake) return fail(mistake);
  for (const f of FIELDS) map.fromCandidates(f, byRole.get(f));

  // Letters, as the official article names them; only for a column whose header says
  // nothing we know, so an 'Actieve …' column can never become F or G.
  const { columns, foundBy } = map;
  const free = (c: number) => c < width && (roles[c] ?? null) === null && !map.isUsed(c);
  const byLetter = (f: Field, c: number, tell: boolean) => {
    map.take(f, c, 'letter');
    if (tell) warnings.push(warning('import.columnByLetter', { field: f, column: loc.label(c) }, loc.column(c)));
  };
  const seen = () => (headers.some((h) => h !== '') ? quotedHeaders(headers) : seenHeaders(head));
  if (!foundBy.employerNumber) {
    if (!free(0)) return fail(error('import.noEmployerNumberColumn', { headers: seen() }, loc.at()));
    byLetter('employerNumber', 0, headers.length > 0);
  }
  if (!foundBy.employeeDossiers) {
    if (!free(5)) return fail(error('import.noCountColumns', { headers: seen() }, loc.at()));
    byLetter('employeeDossiers', 5, true);
  }
  if (!foundBy.inactiveDossiers) {
    // G by letter only where the layout is the article's: F itself by letter, or F in F.
    const layoutIsLoket = foundBy.employeeDossiers === 'letter' || (columns.employeeDossiers === 5 && (headers[6] ?? '') !== '');
    if (layoutIsLoket && free(6)) byLetter('inactiveDossiers', 6, true);
  }
  if (!foundBy.employerName && free(1)) byLetter('employerName', 1, false);
  if (!foundBy.employerDossiers) warnings.push(warning('import.noEmployerDossierColumn', {}, loc.at()));

  // Each branch above either set the number and F or returned a failure.
  return ok({
    columns: { ...columns, employerNumber: columns.employerNumber!, employeeDossiers: columns.employeeDossiers! },
    foundBy: foundBy as DossierExport['columnsFoundBy'],
  });
}
