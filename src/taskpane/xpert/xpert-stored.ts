/**
 * The Otherside part of the pane's stored state: which source the user works with, the
 * monthly history, and the rates.
 *
 * stored-state.ts only checks that the part is an object. The real checks are here, piece
 * by piece, because anyone can edit a workbook and a tampered Otherside part must cost at
 * most that part (or just its bad months), never the Qwoater settings stored beside it.
 * The history itself goes through the engine's serializeHistory/parseHistory, so it stays
 * versioned (with the engine's migrations) and every month is validated on the way in.
 */
import '../../domain/zod-config';
import { enum as enumOf, literal, optional, record, strictObject, string, unknown, type output } from 'zod/mini';
import { warning, type Problem } from '../../domain/problems';
// Not the domain/xpert front door: it would bring the Otherside workbook builders into the pane's first chunk.
import { emptyHistory, parseHistory, serializeHistory, type XpertHistory } from '../../domain/xpert/history';
import { parseXpertSettings, type XpertSettings } from '../../domain/xpert/settings';

export const XPERT_PART_VERSION = 1;

/** Loose on purpose: see above. `readXpertPart` does the validation. */
export const xpertStoredSchema = record(string(), unknown());
export type XpertStored = output<typeof xpertStoredSchema>;

export type XpertSource = 'qwoater' | 'xpert';

export interface XpertPart {
  source: XpertSource;
  history: XpertHistory;
  /** Only settings that validated are kept, as with the Qwoater settings. */
  settings: XpertSettings | null;
  /**
   * True when the Qwoater settings stored beside this part are a stand-in: the stored
   * state requires valid Qwoater settings, and someone who only uses Otherside never
   * fills them in. A stand-in is not restored into the Qwoater form.
   */
  qwoaterPlaceholder: boolean;
}

export function toStoredPart(part: XpertPart): XpertStored {
  return {
    version: XPERT_PART_VERSION,
    source: part.source,
    // As an object, not a JSON string inside JSON: the workbook's state stays readable.
    history: JSON.parse(serializeHistory(part.history)) as unknown,
    ...(part.settings ? { settings: part.settings } : {}),
    ...(part.qwoaterPlaceholder ? { qwoaterPlaceholder: true } : {}),
  };
}

const envelope = strictObject({
  version: literal(XPERT_PART_VERSION),
  source: enumOf(['qwoater', 'xpert']),
  history: unknown(),
  settings: optional(unknown()),
  qwoaterPlaceholder: optional(literal(true)),
});

const partWarning = (detail: string): Problem => warning('xpert.history.invalid', { detail });

export interface ReadPart {
  part: XpertPart;
  /** The engine's words for what was left out of the history. */
  warnings: Problem[];
  /** Stored rates that did not validate and were left out (the pane says so in its own words). */
  settingsDropped: boolean;
}

/** Never throws: what does not validate is left out, with a warning saying what. */
export function readXpertPart(raw: XpertStored | undefined): ReadPart {
  const empty: XpertPart = { source: 'qwoater', history: emptyHistory(), settings: null, qwoaterPlaceholder: false };
  if (raw === undefined) return { part: empty, warnings: [], settingsDropped: false };
  const parsed = envelope.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { part: empty, warnings: [partWarning(first ? first.path.map(String).join('.') || first.code : '?')], settingsDropped: false };
  }
  const warnings: Problem[] = [];
  const history = parseHistory(JSON.stringify(parsed.data.history ?? null));
  warnings.push(...history.warnings);
  const s = parsed.data.settings === undefined ? null : parseXpertSettings(parsed.data.settings);
  const settings: XpertSettings | null = s?.ok ? s.value : null;
  return {
    part: {
      source: parsed.data.source,
      history: history.ok ? history.value : emptyHistory(),
      settings,
      qwoaterPlaceholder: parsed.data.qwoaterPlaceholder === true,
    },
    warnings,
    settingsDropped: s !== null && !s.ok,
  };
}
