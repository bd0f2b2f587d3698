/**
 * A message of the pane's own (by catalogue key, or by a counted text's base key; with an
 * id when it may be taken back), or a Problem from the engine.
 */
import type { Problem } from '../../domain/problems';
import type { MessageKey, PluralKey } from '../i18n/catalogue';
import type { Params } from '../i18n/format';

export type Severity = 'error' | 'warning' | 'info';

export type Notice =
  | { kind: 'message'; severity: Severity; key: MessageKey; params?: Params; id?: string }
  | { kind: 'counted'; severity: Severity; key: PluralKey; count: number; params?: Params }
  | { kind: 'problem'; problem: Problem };

export const noticeSeverity = (n: Notice): Severity => (n.kind === 'problem' ? n.problem.severity : n.severity);
