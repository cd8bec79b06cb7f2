import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/rules/finding.js';
import { applyBaseline, parseBaseline, writeBaseline } from '../../src/audit/baseline.js';
import { KsmigError } from '../../src/shared/errors.js';

function finding(ruleId: string, file: string, line: number, statement: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    rule: `rule-${ruleId.toLowerCase()}`,
    severity: 'error',
    topics: ['syntax'],
    message: `${ruleId} message`,
    help: '',
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 10,
    statement,
    ...extra,
  };
}

const run1 = [
  finding('KS1101', 'schema/a.cql', 10, 'CREATE MATERIALIZED VIEW v AS SELECT * FROM t PRIMARY KEY (a);'),
  finding('KS3401', 'schema/a.cql', 20, 'TRUNCATE t;'),
  finding('KS3401', 'schema/a.cql', 30, 'TRUNCATE t;'),
  finding('KS3101', 'q.cql', 1, 'UPDATE t SET a = 1 WHERE k = 1 IF EXISTS;', { suppressed: 'ok' }),
];

describe('baselines', () => {
  it('writes sorted, readable entries for every unsuppressed finding', () => {
    const json = writeBaseline(run1);
    const parsed = parseBaseline(json);
    expect(parsed.findings.map((e) => [e.file, e.ruleId, e.line])).toEqual([
      ['schema/a.cql', 'KS1101', 10],
      ['schema/a.cql', 'KS3401', 20],
      ['schema/a.cql', 'KS3401', 30],
    ]);
    expect(new Set(parsed.findings.map((e) => e.fingerprint)).size).toBe(3);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toMatchObject({ version: 1, tool: 'ksmig' });
  });

  it('the same findings in another order and with moved lines are all existing', () => {
    const baseline = parseBaseline(writeBaseline(run1));
    const moved = [...run1].reverse().map((f) => ({ ...f, line: f.line + 7, endLine: f.endLine + 7 }));
    const { findings, fixed } = applyBaseline(moved, baseline);
    expect(findings.map((f) => f.baseline)).toEqual([undefined, 'existing', 'existing', 'existing']);
    expect(findings.every((f) => typeof f.fingerprint === 'string')).toBe(true);
    expect(fixed).toEqual([]);
  });

  it('marks new findings new, and lists baseline entries that are gone as fixed', () => {
    const baseline = parseBaseline(writeBaseline(run1));
    const run2 = [
      run1[0]!,
      run1[1]!,
      // A third identical TRUNCATE: the first two keep their occurrence indexes, the third is new.
      finding('KS3401', 'schema/a.cql', 30, 'TRUNCATE  t;'),
      finding('KS3401', 'schema/a.cql', 40, 'TRUNCATE t;'),
      finding('KS1101', 'schema/b.cql', 10, 'CREATE MATERIALIZED VIEW v AS SELECT * FROM t PRIMARY KEY (a);'),
    ];
    const { findings } = applyBaseline(run2, baseline);
    expect(findings.map((f) => f.baseline)).toEqual(['existing', 'existing', 'existing', 'new', 'new']);

    const { fixed } = applyBaseline([run1[1]!], baseline);
    expect(fixed.map((e) => [e.ruleId, e.line])).toEqual([
      ['KS1101', 10],
      ['KS3401', 30],
    ]);
  });

  it('rejects files that are not ksmig baselines with a config error naming the problem', () => {
    const bad = (text: string) => {
      try {
        parseBaseline(text, '.ksmig-baseline.json');
      } catch (error) {
        expect(error).toBeInstanceOf(KsmigError);
        expect((error as KsmigError).exitCode).toBe(2);
        return (error as Error).message;
      }
      throw new Error('expected parseBaseline to throw');
    };
    expect(bad('{')).toMatch(/^\.ksmig-baseline\.json: not valid JSON/);
    expect(bad('[]')).toBe('.ksmig-baseline.json: expected a JSON object');
    expect(bad('{"version":2,"findings":[]}')).toBe('.ksmig-baseline.json: "version" must be 1, got 2');
    expect(bad('{"version":1}')).toBe('.ksmig-baseline.json: "findings" must be an array');
    expect(bad('{"version":1,"findings":[{"fingerprint":1}]}')).toBe('.ksmig-baseline.json: findings[0].fingerprint must be a string');
  });
});
