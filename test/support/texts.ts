/**
 * A catalogue area's two language modules seen per key, as { nl(params), en(params) }, so a
 * test can hold a Dutch text beside its English one.
 */
import { render, type MessageParams, type Text } from '../../src/domain/messages/define';

export type TextPair = { nl: (x: MessageParams) => string; en: (x: MessageParams) => string };

export function pairs<K extends string>(nl: Record<K, Text>, en: Record<K, Text>): Record<K, TextPair> {
  return Object.fromEntries(
    (Object.keys(nl) as K[]).map((k) => [k, { nl: (x: MessageParams = {}) => render(nl[k], x), en: (x: MessageParams = {}) => render(en[k], x) }]),
  ) as Record<K, TextPair>;
}
