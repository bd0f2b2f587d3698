/**
 * The columns of 'Ondertekenverzoeken per werkgever', found by their header texts with
 * the variants we expect (DOMAIN.md: the layout is an assumption). Status columns
 * ('Ondertekend', 'Verlopen') are kept for display and never billed.
 */
import { error, fail, ok, type Problem, type Result } from '../problems';
import { quotedHeaders, type Locator } from './cells';
import { ColumnMap, columnsByRole, normalizeHeader } from './header-row';
import type { SigningColumnMap, SigningExport, SigningField, SigningImportOptions } from './signing-types';

export type SigningHeaderRole = SigningField | 'numberOrName' | 'requestsFallback' | 'status' | 'dossiers' | 'sms';

/**
 * What a header says, forgiving case, spaces, accents and punctuation. Order matters:
 * 'Ondertekenaars' (signers) and 'Ondertekend' (a status) both start like
 * 'Ondertekenverzoeken' (the requests).
 */
export function classifySigningHeader(header: string): SigningHeaderRole | null {
  const n = normalizeHeader(header);
  if (!n) return null;
  if (/sms/.test(n)) return 'sms';
  if (/dossier|inactie/.test(n)) return 'dossiers';
  if (/ondertekenaar|signer|tekenaar/.test(n)) return 'signers';
  if (/verzoek|request/.test(n)) return 'requests';
  if (/^(aantal)?(ondertekend|getekend|afgerond|voltooid|signed|completed|afgewezen|geweigerd|rejected|declined|verlopen|expired|open|openstaand|lopend|inbehandeling|pending|geannuleerd|ingetrokken|cancelled|canceled|withdrawn)$/.test(n)) {
    return 'status';
  }
  if (/^(periode|period)?(van|vanaf|begin|begindatum|startdatum|datumvan|from|start|startdate|periodstart)$/.test(n)) return 'periodFrom';
  if (/^(periode|period)?(tot|totenmet|tm|einde|einddatum|datumtot|datumtm|to|end|enddate|periodend|until)$/.test(n)) return 'periodTo';
  if (/^(periode|period|kwartaal|quarter|maand|month)$/.test(n)) return 'period';
  if (/^(aantal|totaal|total|count|verzonden|verstuurd|sent|ondertekeningen|aantalondertekeningen)$/.test(n)) return 'requestsFallback';
  if (/relatie|administratie|provider|debiteur|vestiging|loonheffing/.test(n)) return null;
  if (/^(werkgevers?|wg|employer)?(nummer|nr|no|code|id|number)$/.test(n) || n === 'nummerwerkgever') return 'employerNumber';
  if (/^(naam(van)?(de)?(werkgever|bedrijf|onderneming)?|werkgeversnaam|werkgevernaam|bedrijfsnaam|handelsnaam|name|employername)$/.test(n)) {
    return 'employerName';
  }
  if (/^(werkgevers?|employer)$/.test(n)) return 'numberOrName';
  return null;
}

const FIELDS: SigningField[] = ['employerNumber', 'requests', 'signers', 'employerName', 'period', 'periodFrom', 'periodTo'];
const CODES = { twice: 'signing.columnTwice', outOfRange: 'signing.columnOutOfRange', ambiguous: 'signing.columnAmbiguous' } as const;

export function mapSigningColumns(
  loc: Locator,
  roles: readonly (SigningHeaderRole | null)[],
  width: number,
  options: SigningImportOptions,
  warnings: Problem[],
): Result<{ columns: SigningColumnMap; foundBy: SigningExport['columnsFoundBy'] }> {
  const byRole = columnsByRole(roles);
  // 'Werkgever' alone is the number when another column has the name, and vice versa.
  const bare = byRole.get('numberOrName');
  if (bare) {
    if (!byRole.has('employerNumber')) byRole.set('employerNumber', bare);
    else if (!byRole.has('employerName')) byRole.set('employerName', bare);
  }
  // 'Aantal' or 'Totaal' is the number of requests only when no column says 'verzoeken'.
  if (!byRole.has('requests') && byRole.has('requestsFallback')) byRole.set('requests', byRole.get('requestsFallback')!);

  const map = new ColumnMap<SigningField>(FIELDS, loc, CODES, warnings);
  // The number and the requests cannot be absent; null there means "guess".
  const mistake = map.applyUser(options.columns ?? {}, FIELDS, width, ['employerNumber', 'requests']);
  if (mistake) return fail(mistake);
  for (const f of FIELDS) map.fromCandidates(f, byRole.get(f));

  const { columns, foundBy } = map;
  if (columns.employerNumber === null) return fail(error('import.noEmployerNumberColumn', { headers: quotedHeaders(loc.headers) }, loc.at()));
  if (columns.requests === null) return fail(error('signing.noRequestsColumn', { headers: quotedHeaders(loc.headers) }, loc.at()));
  const statuses = (byRole.get('status') ?? []).filter((c) => !map.isUsed(c));
  return ok({
    columns: { ...columns, employerNumber: columns.employerNumber, requests: columns.requests, statuses },
    foundBy: foundBy as SigningExport['columnsFoundBy'],
  });
}
