/**
 * MBean names in GRANT/REVOKE/LIST … ON MBEAN(S) '…': Cassandra's parser hands them to
 * javax.management.ObjectName. ksmig implements the same syntax; jmx-object-names.json holds the
 * JDK's own verdicts on edge cases and random names, and both must agree on every one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTrees } from '../../src/cql/parse-tree.js';
import { objectNamePattern } from '../../src/cql/validate.js';

const corpus = JSON.parse(readFileSync(join(import.meta.dirname, 'jmx-object-names.json'), 'utf8')) as {
  names: [string, 'fail' | 'ok' | 'pattern'][];
};

const verdict = (name: string): string => {
  const pattern = objectNamePattern(name);
  return pattern === null ? 'fail' : pattern ? 'pattern' : 'ok';
};

describe('JMX object names', () => {
  it('the corpus covers all three verdicts', () => {
    const counts = { fail: 0, ok: 0, pattern: 0 };
    for (const [, v] of corpus.names) counts[v]++;
    expect(counts.fail).toBeGreaterThan(100);
    expect(counts.ok).toBeGreaterThan(100);
    expect(counts.pattern).toBeGreaterThan(100);
  });

  it('agree with the JDK on every name of the corpus', () => {
    const disagreements = corpus.names.filter(([name, v]) => verdict(name) !== v).map(([name, v]) => `${JSON.stringify(name)}: JDK ${v}`);
    expect(disagreements).toEqual([]);
  });

  it('decide GRANT … ON MBEAN and ON MBEANS as Cassandra does', () => {
    const cql = (kind: string, name: string): string => `GRANT SELECT ON ${kind} '${name.replace(/'/g, "''")}' TO r`;
    for (const [name, v] of corpus.names) {
      if (name === '' || name === '*:*') continue; // rejected by Cassandra before ObjectName sees them
      const single = parseTrees(cql('MBEAN', name)).errors.map((e) => e.message);
      const plural = parseTrees(cql('MBEANS', name)).errors.map((e) => e.message);
      expect(single, `MBEAN ${JSON.stringify(name)}`).toEqual(v === 'fail' ? [`'${name}' is not a valid JMX object name`] : []);
      // The plural form takes patterns only.
      expect(plural.length, `MBEANS ${JSON.stringify(name)}`).toBe(v === 'pattern' ? 0 : 1);
    }
  });

  it('names that an earlier shape check got wrong', () => {
    expect(verdict('d:type=a,type=b')).toBe('fail'); // a key given twice
    expect(verdict('d:k="a,b"')).toBe('ok'); // a comma inside a quoted value
    expect(verdict('d:k="a\\*"')).toBe('ok'); // an escaped '*' is not a pattern
    expect(verdict('d:*,*')).toBe('fail'); // '*' twice
    expect(verdict('d:k="\\x"')).toBe('fail'); // an escape ObjectName does not know
  });
});
