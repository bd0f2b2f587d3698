/**
 * The CLI's orchestration: read files, import, reconcile, and print or write. It holds
 * no rules of its own; everything it shows comes from the engine.
 */
import { basename } from 'node:path';
import type { DossierExport } from '../domain/imports/types';
import { buildQwoaterPlan, reconcileQwoater, type QwoaterInput, type Reconciliation } from '../domain/pipeline';
import { error, fail, ok, type Problem, type Result } from '../domain/problems';
import { settingsFromFile, settingsFileSchema, type SettingsFile } from '../domain/settings-file';
import { schemaProblem } from '../domain/settings-problem';
import { importDossierUpload } from '../readers/upload';
import type { ParsedArgs } from './args';
import { parsePeildatum } from './peildatum';
import { readBytes } from './files';
import { cliError } from './problem';

export interface Prepared {
  input: QwoaterInput;
  rec: Reconciliation;
  importWarnings: Problem[];
}

/** One export, as CSV or PDF. */
async function importFile(path: string, peildatum?: string): Promise<Result<DossierExport>> {
  const bytes = readBytes(path);
  if (!bytes.ok) return bytes;
  const name = basename(path);
  return importDossierUpload(bytes.value, { label: name, fileName: name }, peildatum ? { peildatum } : {});
}

function readSettingsFile(path: string | undefined): Result<SettingsFile> {
  if (!path) return ok({});
  const bytes = readBytes(path);
  if (!bytes.ok) return bytes;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes.value).replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(cliError('cli.settingsNotJson', { file: path, reason: (e as Error).message }));
  }
  const parsed = settingsFileSchema.safeParse(json);
  if (!parsed.success) {
    return fail(schemaProblem('settings.invalid', parsed.error, { file: path }));
  }
  return ok(parsed.data);
}

/** Options from the command line as a partial settings file, so both go through one validation. */
function overridesFrom(parsed: ParsedArgs): Result<SettingsFile> {
  const args = parsed.values;
  const o: SettingsFile = {};
  if (args.model !== undefined) {
    if (args.model !== '1' && args.model !== '2') return fail(cliError('cli.badValue', { option: '--model', value: args.model, expected: 'model' }));
    o.model = Number(args.model) as 1 | 2;
  }
  if (args.year !== undefined) {
    if (!/^\d{4}$/.test(args.year)) return fail(cliError('cli.badValue', { option: '--year', value: args.year, expected: 'year' }));
    o.year = Number(args.year);
  }
  if (args.price !== undefined) o.price = args.price;
  if (args.minimum !== undefined) o.minimum = args.minimum;
  if (args.vat !== undefined) o.vat = args.vat.replace(/%$/, '');
  if (args.tolerance !== undefined) o.tolerance = args.tolerance;
  return ok(o);
}

export async function prepare(parsed: ParsedArgs): Promise<Result<Prepared>> {
  const args = parsed.values;
  if (!args.current) return fail(cliError('cli.missingOption', { option: '--current' }));
  const file = readSettingsFile(args.settings);
  if (!file.ok) return file;
  const overrides = overridesFrom(parsed);
  if (!overrides.ok) return overrides;
  let peildatum: string | undefined;
  if (args.peildatum !== undefined) {
    const d = parsePeildatum(args.peildatum);
    if (!d) return fail(cliError('cli.badValue', { option: '--peildatum', value: args.peildatum, expected: 'date' }));
    peildatum = d;
  }
  const model = overrides.value.model ?? file.value.model ?? 2;
  // Model 1's --peildatum is the agreed peildatum, which the engine holds against the
  // export's own date; for model 2 it corrects the current export's date on import.
  const agreed = model === 1 && peildatum !== undefined;
  const settings = settingsFromFile(file.value, agreed ? { ...overrides.value, peildatum } : overrides.value);
  if (!settings.ok) return settings;
  if (agreed) peildatum = undefined;
  if (model === 2 && !args.previous) return fail(error('billing.previousMissing'));

  const current = await importFile(args.current, peildatum);
  if (!current.ok) return current;
  const previous = model === 2 && args.previous ? await importFile(args.previous) : null;
  if (previous && !previous.ok) return previous;

  const input: QwoaterInput = { current: current.value, previous: previous?.value ?? null, settings: settings.value };
  const rec = reconcileQwoater(input);
  if (!rec.ok) return rec;
  return ok({ input, rec: rec.value, importWarnings: [...current.warnings, ...(previous?.warnings ?? [])] });
}

export const planFor = (p: Prepared, lang: 'nl' | 'en') => buildQwoaterPlan(p.rec, p.input, lang, p.importWarnings);
