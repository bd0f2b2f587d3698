/**
 * The pane's texts use the one catalogue mechanism (domain/messages/define.ts): a module per
 * language per area, stable keys, templates filled by the same fill(). Pane texts stay plain
 * templates, because tx() puts elements (a date that must not break) into their placeholders.
 */
export { fill } from '../../domain/messages/define';
export type { MessageParams as Params } from '../../domain/messages/define';

/** The placeholder names a template uses, for the catalogue tests. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
