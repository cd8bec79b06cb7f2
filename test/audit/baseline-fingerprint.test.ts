import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/rules/finding.js';
import { assignFingerprints, computeFingerprints, fingerprintOf, normaliseFile } from '../../src/audit/fingerprint.js';

function finding(extra: Partial<Finding>): Finding {
  return {
    ruleId: 'KS3401',
    rule: 'truncate',
    severity: 'error',
    topics: ['truncate'],
    message: 'm',
    help: '',
    file: 'a.cql',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 9,
    statement: 'TRUNCATE t;',
    ...extra,
  };
}

describe('fingerprints', () => {
  it('ignore positions, message and whitespace, but not rule, file or statement', () => {
    const base = fingerprintOf(finding({}), 0);
    expect(base).toMatch(/^[0-9a-f]{32}$/);
    expect(computeFingerprints([finding({ line: 99, column: 5, message: 'other' })])[0]).toBe(base);
    expect(fingerprintOf(finding({ statement: '  TRUNCATE\n\tt;  ' }), 0)).toBe(base);
    expect(fingerprintOf(finding({ file: './a.cql' }), 0)).toBe(base);
    expect(fingerprintOf(finding({ ruleId: 'KS3402' }), 0)).not.toBe(base);
    expect(fingerprintOf(finding({ file: 'b.cql' }), 0)).not.toBe(base);
    expect(fingerprintOf(finding({ statement: 'TRUNCATE u;' }), 0)).not.toBe(base);
    expect(fingerprintOf(finding({}), 1)).not.toBe(base);
  });

  it('number equal findings by position, whatever their input order', () => {
    const a = finding({ line: 3 });
    const b = finding({ line: 8 });
    const c = finding({ line: 8, column: 20 });
    const forward = computeFingerprints([a, b, c]);
    const shuffled = computeFingerprints([c, a, b]);
    expect(new Set(forward).size).toBe(3);
    expect(shuffled).toEqual([forward[2], forward[0], forward[1]]);
    expect(forward[0]).toBe(fingerprintOf(a, 0));
    expect(forward[2]).toBe(fingerprintOf(c, 2));
  });

  it('length-prefix the parts so shifted boundaries do not collide', () => {
    expect(fingerprintOf({ ruleId: 'KS1', file: '1a', statement: 's' }, 0)).not.toBe(
      fingerprintOf({ ruleId: 'KS11', file: 'a', statement: 's' }, 0),
    );
  });

  it('normalise Windows separators and leading ./', () => {
    expect(normaliseFile('.\\schema\\a.cql')).toBe('schema/a.cql');
    expect(normaliseFile('././a.cql')).toBe('a.cql');
  });

  it('assignFingerprints returns copies with the field set', () => {
    const input = [finding({})];
    const out = assignFingerprints(input);
    expect(out[0]!.fingerprint).toBe(fingerprintOf(input[0]!, 0));
    expect(input[0]!.fingerprint).toBeUndefined();
  });
});
