import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/rules/finding.js';
import {
  applySuppressions,
  parseSuppressions,
  unusedSuppressionFindings,
  type ResolveRule,
  type UnusedSuppressionRule,
} from '../../src/audit/suppress.js';

const known: Record<string, string> = {
  ks1101: 'KS1101',
  'materialized-view': 'KS1101',
  ks3301: 'KS3301',
  'allow-filtering': 'KS3301',
  ks4201: 'KS4201',
  'compaction-ignored': 'KS4201',
};
const resolve: ResolveRule = (ref) => known[ref.toLowerCase()];

function finding(ruleId: string, line: number, column = 1, file = 'a.cql'): Finding {
  const rule = Object.entries(known).find(([k, v]) => v === ruleId && !k.startsWith('ks'))?.[0] ?? 'other';
  return {
    ruleId,
    rule,
    severity: 'warning',
    topics: ['cost'],
    message: `${ruleId} here`,
    help: '',
    file,
    line,
    column,
    endLine: line,
    endColumn: column + 5,
    statement: 'SELECT 1',
  };
}

const unusedRule: UnusedSuppressionRule = {
  severity: 'info',
  topics: ['syntax'],
  message: (ref, _s, isKnown) => (isKnown ? `unused ${ref.ref}` : `unknown rule ${ref.ref}`),
  help: 'Remove the directive.',
};

describe('parseSuppressions', () => {
  it('reads the three comment forms, ids and names, several per directive, and reasons', () => {
    const text = [
      '-- ksmig-ignore KS1101: views are handled by hand', // 1
      'CREATE MATERIALIZED VIEW v AS SELECT * FROM t', // 2
      '  PRIMARY KEY (a, b);', // 3
      '// ksmig-ignore allow-filtering, KS4201', // 4
      'SELECT * FROM t WHERE x = 1 ALLOW FILTERING;', // 5
      '/* ksmig-ignore-file compaction-ignored: options are stripped', // 6
      '   by the converter */', // 7
    ].join('\n');
    const s = parseSuppressions(text, 'a.cql');
    expect(s).toHaveLength(3);
    expect(s[0]).toMatchObject({
      kind: 'statement',
      file: 'a.cql',
      reason: 'views are handled by hand',
      line: 1,
      column: 1,
      rules: [{ ref: 'KS1101', line: 1, column: 17, endColumn: 23 }],
      statement: { line: 2, column: 1, endLine: 3, endColumn: 22 },
    });
    expect(s[1]!.rules.map((r) => r.ref)).toEqual(['allow-filtering', 'KS4201']);
    expect(s[1]!.reason).toBeUndefined();
    expect(s[1]!.statement).toEqual({ line: 5, column: 1, endLine: 5, endColumn: 45 });
    expect(s[2]).toMatchObject({ kind: 'file', reason: 'options are stripped by the converter', line: 6, endLine: 7 });
    expect(s[2]!.statement).toBeUndefined();
  });

  it('ignores directives that do not open the comment, sit in strings, or name no rule', () => {
    const text = [
      '-- see ksmig-ignore KS1101 for how to suppress',
      "INSERT INTO t (a) VALUES ('-- ksmig-ignore KS1101: no');",
      '-- ksmig-ignore',
      '-- ksmig-ignored KS1101',
      'SELECT $$ -- ksmig-ignore KS1101 $$ FROM t;',
    ].join('\n');
    expect(parseSuppressions(text)).toEqual([]);
  });

  it('covers a whole batch, and the statement a comment sits inside', () => {
    const text = [
      '-- ksmig-ignore KS3301', // 1
      'BEGIN BATCH', // 2
      "  INSERT INTO t (a) VALUES (';');", // 3
      '  INSERT INTO t (a) VALUES (2);', // 4
      'APPLY BATCH;', // 5
      'SELECT *', // 6
      '  -- ksmig-ignore KS3301: inside', // 7
      '  FROM t ALLOW FILTERING;', // 8
    ].join('\n');
    const [batch, inside] = parseSuppressions(text);
    expect(batch!.statement).toEqual({ line: 2, column: 1, endLine: 5, endColumn: 13 });
    expect(inside!.statement).toEqual({ line: 6, column: 1, endLine: 8, endColumn: 26 });
  });

  it('handles CRLF line ends and a last statement without a semicolon', () => {
    const text = '-- ksmig-ignore KS1101: r\r\nSELECT 1\r\n  FROM t';
    const [s] = parseSuppressions(text);
    expect(s!.reason).toBe('r');
    expect(s!.text).toBe('-- ksmig-ignore KS1101: r');
    expect(s!.statement).toEqual({ line: 2, column: 1, endLine: 3, endColumn: 9 });
  });
});

describe('applySuppressions', () => {
  const text = [
    '-- ksmig-ignore KS1101: by hand', // 1
    'CREATE MATERIALIZED VIEW v AS SELECT * FROM t PRIMARY KEY (a);', // 2
    'SELECT * FROM t ALLOW FILTERING; SELECT * FROM u ALLOW FILTERING;', // 3
    '-- ksmig-ignore allow-filtering, KS4201, no-such-rule: mixed', // 4
    'SELECT * FROM t WHERE b = 1 ALLOW FILTERING;', // 5
  ].join('\n');

  it('suppresses findings of the next statement only, by id or name, and reports what was unused', () => {
    const findings = [finding('KS1101', 2, 1), finding('KS3301', 3, 17), finding('KS3301', 5, 29)];
    const { findings: out, unused } = applySuppressions(findings, parseSuppressions(text, 'a.cql'), resolve);
    expect(out.map((f) => f.suppressed)).toEqual(['by hand', undefined, 'mixed']);
    expect(unused).toHaveLength(1);
    expect(unused[0]!.rules.map((r) => r.ref)).toEqual(['KS4201', 'no-such-rule']);

    const meta = unusedSuppressionFindings(unused, 'a.cql', unusedRule, resolve);
    expect(meta.map((f) => [f.ruleId, f.rule, f.severity, f.line, f.column, f.endColumn, f.message])).toEqual([
      ['KS9003', 'unused-suppression', 'info', 4, 34, 40, 'unused KS4201'],
      ['KS9003', 'unused-suppression', 'info', 4, 42, 54, 'unknown rule no-such-rule'],
    ]);
    expect(meta[0]!.statement).toBe('-- ksmig-ignore allow-filtering, KS4201, no-such-rule: mixed');
  });

  it('a second statement on the same line is not covered', () => {
    const t = '-- ksmig-ignore KS3301\nSELECT * FROM t ALLOW FILTERING; SELECT * FROM u ALLOW FILTERING;';
    const { findings: out } = applySuppressions([finding('KS3301', 2, 17), finding('KS3301', 2, 50)], parseSuppressions(t), resolve);
    expect(out.map((f) => f.suppressed !== undefined)).toEqual([true, false]);
  });

  it('file suppressions cover the whole file, and only that file', () => {
    const s = parseSuppressions('SELECT 1;\n/* ksmig-ignore-file KS4201 */\n', 'a.cql');
    const { findings: out, unused } = applySuppressions(
      [finding('KS4201', 1), finding('KS4201', 40), finding('KS4201', 1, 1, 'b.cql')],
      s,
      resolve,
    );
    expect(out.map((f) => f.suppressed)).toEqual(['ksmig-ignore-file at line 2', 'ksmig-ignore-file at line 2', undefined]);
    expect(unused).toEqual([]);
  });

  it('keeps input order and leaves other findings and the unused-suppression rule alone', () => {
    const meta = { ...finding('KS9003', 2), rule: 'unused-suppression' };
    const s = parseSuppressions('-- ksmig-ignore-file KS9003, KS1101\nSELECT 1;');
    const { findings: out, unused } = applySuppressions([meta, finding('KS1101', 2)], s, resolve);
    expect(out[0]).toBe(meta);
    expect(out[1]!.suppressed).toBe('ksmig-ignore-file at line 1');
    expect(unused[0]!.rules.map((r) => r.ref)).toEqual(['KS9003']);
  });

  it('without a resolver entry, ids and names still match the finding directly', () => {
    const s = parseSuppressions('-- ksmig-ignore ks7777, Seven-Up, unrelated: r\nSELECT 1;');
    const f = { ...finding('KS7777', 2), rule: 'seven-up' };
    const { findings: out, unused } = applySuppressions([f], s, () => undefined);
    expect(out[0]!.suppressed).toBe('r');
    expect(unused[0]!.rules.map((r) => r.ref)).toEqual(['unrelated']);
  });
});
