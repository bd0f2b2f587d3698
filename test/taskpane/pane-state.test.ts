import { describe, expect, it } from 'vitest';
import { initialPaneState, neededSlots, paneReducer, type PaneAction, type PaneState } from '../../src/taskpane/state/pane-state';

const run = (actions: PaneAction[], from: PaneState = initialPaneState('nl')) => actions.reduce(paneReducer, from);

describe('pane reducer', () => {
  it('edits tiers by id and counts every change that can alter the result', () => {
    const s0 = initialPaneState('nl');
    const first = s0.price.tiers[0]!;
    const s = run([
      { type: 'tier.add' },
      { type: 'tier.change', id: first.id, patch: { price: '9,85' } },
      { type: 'tier.remove', id: s0.price.tiers[1]!.id },
      { type: 'choice', patch: { model: 1 } },
    ], s0);
    expect(s.price.tiers.map((t) => t.price)).toEqual(['9,85', '']);
    expect(s.revision).toBe(4);
    expect(run([{ type: 'notice.add', notice: { kind: 'message', severity: 'info', key: 'state.restored' } }]).revision).toBe(0);
    expect(neededSlots(1)).toEqual(['current']);
    expect(neededSlots(2)).toEqual(['current', 'previous']);
  });
});
