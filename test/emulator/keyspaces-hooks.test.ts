import { describe, expect, it } from 'vitest';
import { positionalValues } from '../../src/emulator/keyspaces-hooks.js';
import { QueryFlag } from '../../src/emulator/protocol/constants.js';

const b = (s: string): Buffer => Buffer.from(s);

describe('positionalValues', () => {
  it('keeps positional values (unset becomes null)', () => {
    expect(positionalValues({ consistency: 6, flags: QueryFlag.Values, values: [b('a'), undefined, null] })).toEqual([b('a'), null, null]);
  });

  it('puts named values in marker order, case-insensitively', () => {
    const params = { consistency: 6, flags: QueryFlag.Values | QueryFlag.NamesForValues, values: [b('v'), b('k')], names: ['V', 'k'] };
    expect(positionalValues(params, ['k', 'v'])).toEqual([b('k'), b('v')]);
  });

  it('gives up (no values) without marker names or when a name is missing', () => {
    const params = { consistency: 6, flags: QueryFlag.Values | QueryFlag.NamesForValues, values: [b('k')], names: ['k'] };
    expect(positionalValues(params)).toBeUndefined();
    expect(positionalValues(params, ['k', 'v'])).toBeUndefined();
  });
});
