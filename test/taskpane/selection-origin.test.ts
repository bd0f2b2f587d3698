import { describe, expect, it } from 'vitest';
import { selectionOrigin } from '../../src/taskpane/state/selection-origin';

describe('selection origin', () => {
  it('reads the first cell of the address Excel reports', () => {
    expect(selectionOrigin('Blad1!C5:H40')).toEqual({ row: 5, column: 2 });
    expect(selectionOrigin("'Mijn blad!'!AA10")).toEqual({ row: 10, column: 26 });
    expect(selectionOrigin('$A$1:$B$2')).toEqual({ row: 1, column: 0 });
    expect(selectionOrigin('')).toBeNull();
  });
});
