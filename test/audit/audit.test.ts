import { describe, expect, it } from 'vitest';
import { auditSources, auditStatements } from '../../src/audit/audit.js';
import { buildCatalog } from '../../src/catalog/build.js';
import { parseScript } from '../../src/cql/parse.js';
import { parseBaseline, writeBaseline } from '../../src/audit/baseline.js';
import { KsmigError } from '../../src/shared/errors.js';

const NOW = new Date('2026-11-24T00:00:00.000Z');
const ids = (r: { findings: Array<{ ruleId: string }> }): string[] => r.findings.map((f) => f.ruleId);

describe('auditSources', () => {
  it('reports a syntax error at the exact token and goes on with the next statement', () => {
    const r = auditSources([{ file: 'a.cql', text: 'SELECT * FROM t WHERE;\nTRUNCATE t;\n' }], { now: NOW });
    const syntax = r.findings.find((f) => f.ruleId === 'KS0001')!;
    expect(syntax).toMatchObject({ rule: 'syntax-error', severity: 'error', topics: ['syntax'], line: 1, column: 22 });
    expect(ids(r)).toContain('KS1401');
    expect(r.summary).toMatchObject({ files: 1, statements: 2, errors: 2 });
  });

  it('builds the catalog from all sources first, so a query before its schema file still sees the table', () => {
    const r = auditSources(
      [
        { file: 'a-queries.cql', text: "INSERT INTO app.s (id, d) VALUES (1, 'x') USING TTL 5;" },
        { file: 'b-schema.cql', text: 'CREATE TABLE app.s (id int PRIMARY KEY, d text) WITH default_time_to_live = 10;' },
      ],
      { now: NOW },
    );
    expect(ids(r)).not.toContain('KS3021');
  });

  it('within one script, a feature an ALTER turns on later does not count for the statements before it', () => {
    const script = [
      'CREATE TABLE app.s (id int PRIMARY KEY, d text);',
      "INSERT INTO app.s (id, d) VALUES (1, 'early') USING TTL 5;",
      "UPDATE app.s USING TIMESTAMP 1764547200000000 SET d = 'early' WHERE id = 1;",
      "ALTER TABLE app.s WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}};",
      "ALTER TABLE app.s WITH CUSTOM_PROPERTIES = {'client_side_timestamps': {'status': 'enabled'}};",
      "INSERT INTO app.s (id, d) VALUES (2, 'late') USING TTL 5;",
      "UPDATE app.s USING TIMESTAMP 1764547200000000 SET d = 'late' WHERE id = 2;",
    ].join('\n');
    const r = auditSources([{ file: 'a.cql', text: script }], { now: new Date('2025-12-01T00:00:00Z') });
    const at = (id: string): number[] => r.findings.filter((f) => f.ruleId === id).map((f) => f.line);
    expect(at('KS3021')).toEqual([2]);
    expect(at('KS3022')).toEqual([3]);
    // Another file sees the schema as the whole run leaves it: there is no order between files.
    const other = auditSources(
      [
        { file: 'a.cql', text: script },
        { file: 'b.cql', text: "INSERT INTO app.s (id, d) VALUES (3, 'x') USING TTL 5;" },
      ],
      { now: NOW },
    );
    expect(other.findings.filter((f) => f.ruleId === 'KS3021').map((f) => f.file)).toEqual(['a.cql']);
  });

  it('a keyspace made multi-Region later in the script does not make an earlier TTL change a multi-Region one', () => {
    const head = [
      "CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'};",
      'CREATE TABLE app.s (id int PRIMARY KEY, d text);',
    ];
    const ttl = 'ALTER TABLE app.s WITH default_time_to_live = 60;';
    const multi = "ALTER KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': 3, 'eu-west-1': 3};";
    const before = auditSources([{ file: 'a.cql', text: [...head, ttl, multi].join('\n') }], { now: NOW });
    expect(ids(before)).not.toContain('KS4016');
    const after = auditSources([{ file: 'a.cql', text: [...head, multi, ttl].join('\n') }], { now: NOW });
    expect(after.findings.filter((f) => f.ruleId === 'KS4016').map((f) => f.line)).toEqual([4]);
  });

  it('schema-only sources feed the catalog and produce no findings', () => {
    const r = auditSources(
      [
        { file: 'schema.cql', text: 'CREATE TABLE app.s (id int PRIMARY KEY, d text) WITH gc_grace_seconds = 1;', kind: 'schema-only' },
        { file: 'q.cql', text: 'SELECT TTL(d) FROM app.s WHERE id = 1; SELECT * FROM app.nope;' },
      ],
      { now: NOW },
    );
    expect(r.findings.map((f) => f.file)).toEqual(['q.cql']);
    expect(ids(r)).toEqual(['KS9001']);
    expect(r.summary.files).toBe(1);
  });

  it('sorts findings by file, line, column and rule id', () => {
    const r = auditSources(
      [
        { file: 'b.cql', text: 'TRUNCATE t;' },
        { file: 'a.cql', text: "SELECT count(*) FROM t WHERE k = 1 ALLOW FILTERING;\nCREATE INDEX ON t (v);" },
      ],
      { now: NOW },
    );
    expect(r.findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`)).toEqual([
      'a.cql:1:1:KS3003', 'a.cql:1:8:KS3004', 'a.cql:2:1:KS1001', 'b.cql:1:1:KS1401',
    ]);
  });

  it('selects rules by topic, id or name, and disables by id or name', () => {
    const text = "SELECT count(*) FROM t WHERE k IN (1, 2) ALLOW FILTERING; TRUNCATE t;";
    expect(ids(auditSources([{ file: 'a', text }], { now: NOW, selection: { topics: ['truncate'] } }))).toEqual(['KS1401']);
    expect(ids(auditSources([{ file: 'a', text }], { now: NOW, selection: { rules: ['allow-filtering', 'KS1401'] } }))).toEqual(['KS3003', 'KS1401']);
    const disabled = ids(auditSources([{ file: 'a', text }], { now: NOW, selection: { disable: ['in-result-order', 'ks3004'] } }));
    expect(disabled).toEqual(['KS3003', 'KS1401']);
  });

  it('an unknown rule or option is a usage error naming how to list rules', () => {
    const bad = () => auditSources([{ file: 'a', text: 'TRUNCATE t;' }], { selection: { rules: ['no-such-rule'] } });
    expect(bad).toThrow(KsmigError);
    expect(bad).toThrow(/unknown rule: no-such-rule/);
    const badOption = () => auditSources([{ file: 'a', text: 'TRUNCATE t;' }], { selection: { options: { KS6001: { maxStatments: 3 } } } });
    expect(badOption).toThrow(/has no option "maxStatments"/);
    const badType = () => auditSources([{ file: 'a', text: 'TRUNCATE t;' }], { selection: { options: { 'logged-batch-size': { maxStatements: '3' } } } });
    expect(badType).toThrow(/must be a number/);
  });

  it('applies per-rule options', () => {
    const text = 'SELECT * FROM t WHERE a IN (1, 2, 3) AND b IN (1, 2);';
    expect(ids(auditSources([{ file: 'a', text }], { now: NOW, selection: { rules: ['KS3009'] } }))).toEqual([]);
    expect(ids(auditSources([{ file: 'a', text }], { now: NOW, selection: { rules: ['KS3009'], options: { KS3009: { maxSubqueries: 5 } } } }))).toEqual(['KS3009']);
  });

  it('honours ksmig-ignore comments and reports unused ones', () => {
    const text = '-- ksmig-ignore truncate: recreated by the job\nTRUNCATE t;\n-- ksmig-ignore KS1001: nothing here\nSELECT * FROM t WHERE k = 1;\n';
    const r = auditSources([{ file: 'a.cql', text }], { now: NOW });
    const truncate = r.findings.find((f) => f.ruleId === 'KS1401')!;
    expect(truncate.suppressed).toBe('recreated by the job');
    const unused = r.findings.find((f) => f.ruleId === 'KS9003')!;
    expect(unused).toMatchObject({ rule: 'unused-suppression', severity: 'info', line: 3, message: 'The suppression of KS1001 matches no finding.' });
    expect(r.summary.errors).toBe(0);
    expect(ids(auditSources([{ file: 'a.cql', text }], { now: NOW, suppressions: false }))).toEqual(['KS1401']);
  });

  it('marks findings new or existing against a baseline', () => {
    const first = auditSources([{ file: 'a.cql', text: 'TRUNCATE t;' }], { now: NOW });
    const baseline = parseBaseline(writeBaseline(first.findings));
    const next = auditSources([{ file: 'a.cql', text: 'TRUNCATE t;\nCREATE INDEX ON t (v);' }], { now: NOW, baseline });
    expect(next.findings.map((f) => `${f.ruleId}:${f.baseline}`)).toEqual(['KS1401:existing', 'KS1001:new']);
  });

  it('reports unreadable inputs as KS0002 and truncates statement excerpts to 200 characters', () => {
    const long = `SELECT ${'a, '.repeat(150)}b FROM t ALLOW FILTERING;`;
    const r = auditSources([{ file: 'a.cql', text: long }], { now: NOW, unreadable: [{ file: 'bad.cql', reason: 'invalid UTF-8' }] });
    expect(r.findings.find((f) => f.ruleId === 'KS0002')).toMatchObject({ file: 'bad.cql', message: 'The file could not be read: invalid UTF-8' });
    expect(r.findings.find((f) => f.ruleId === 'KS3003')!.statement.length).toBe(200);
    expect(r.summary.files).toBe(2);
  });

  it('audits query-log shapes once, at their first line, with count, consistency and session keyspace', () => {
    const r = auditSources([{ file: 'schema.cql', text: 'CREATE TABLE app.kv (k int PRIMARY KEY, v text);', kind: 'schema-only' }], {
      now: NOW,
      logShapes: [
        { file: 'q.log', shape: 'INSERT INTO kv (k, v) VALUES (?, ?) USING TTL ?', example: "INSERT INTO kv (k, v) VALUES (1, 'x') USING TTL 60", count: 42, firstLine: 7, keyspace: 'app', consistencies: { QUORUM: 40, LOCAL_QUORUM: 2 } },
        { file: 'q.log', shape: 'SELECT * FROM kv WHERE k = ?', count: 3, firstLine: 9, keyspace: 'app', consistencies: { LOCAL_ONE: 3 } },
      ],
    });
    expect(r.findings.map((f) => `${f.line}:${f.ruleId}:${f.count}:${f.firstLine}`)).toEqual(['7:KS3021:42:7', '7:KS7004:42:7']);
    const write = r.findings.find((f) => f.ruleId === 'KS7004')!;
    expect(write.message).toContain('QUORUM (40)');
    expect(write.statement).toBe('INSERT INTO kv (k, v) VALUES (?, ?) USING TTL ?');
    expect(write.example).toBe('INSERT INTO kv (k, v) VALUES (?, ?) USING TTL ?');
    const table = r.findings.find((f) => f.ruleId === 'KS3021')!;
    expect(table.message).toContain('app.kv');
  });

  it('keeps the logged values out of messages, without mangling names that equal a value', () => {
    const logShapes = [
      {
        file: 'q.log',
        shape: 'UPDATE kv USING TIMESTAMP ? SET v = ? WHERE k IN (?, ?)',
        example: "UPDATE kv USING TIMESTAMP 5 SET v = 'kv' WHERE k IN (1234, 5678)",
        count: 2,
        firstLine: 3,
        keyspace: 'app',
      },
      { file: 'q.log', shape: 'UPDATE kv SET v = ? WHERE k = ? IF v = ?', example: "UPDATE kv SET v = 'b' WHERE k = 1 IF v = 'secret-value'", count: 1, firstLine: 4, keyspace: 'app' },
    ];
    const schema = { file: 'schema.cql', text: 'CREATE TABLE app.kv (k int PRIMARY KEY, v text);', kind: 'schema-only' as const };
    const masked = auditSources([schema], { now: NOW, logShapes });
    const text = masked.findings.map((f) => `${f.message} ${f.help}`).join('\n');
    for (const value of ['1234', '5678', '1970-01-01', 'secret-value', "'kv'", 'TIMESTAMP 5']) expect(text).not.toContain(value);
    expect(masked.findings.find((f) => f.ruleId === 'KS3023')!.message).toMatch(/^USING TIMESTAMP \? \(\?\) lies outside/);
    expect(masked.findings.find((f) => f.ruleId === 'KS3008')!.message).toMatch(/^k IN \(\?, \?\)/);
    expect(masked.findings.find((f) => f.ruleId === 'KS3001')!.message).toContain("v = ?");
    expect(masked.findings.find((f) => f.ruleId === 'KS3022')!.message).toContain('app.kv');
    const shown = auditSources([schema], { now: NOW, logShapes, showLiterals: true });
    expect(shown.findings.find((f) => f.ruleId === 'KS3023')!.message).toContain('USING TIMESTAMP 5 (1970-01-01');
    expect(shown.findings.find((f) => f.ruleId === 'KS3008')!.message).toContain('k IN (1234, 5678)');
  });

  it('reports a multi-line log record at the first line of its shape', () => {
    const r = auditSources([], {
      now: NOW,
      logShapes: [{ file: 'q.log', shape: 'BEGIN UNLOGGED BATCH INSERT INTO t (k) VALUES (?) IF NOT EXISTS APPLY BATCH', example: 'BEGIN UNLOGGED BATCH\nINSERT INTO t (k) VALUES (1) IF NOT EXISTS\nAPPLY BATCH', count: 1, firstLine: 19 }],
    });
    const f = r.findings.find((x) => x.ruleId === 'KS6009')!;
    expect(f).toMatchObject({ line: 19, endLine: 19, firstLine: 19, column: 1 });
  });

  it('--show-literals shows the logged example', () => {
    const r = auditSources([], {
      now: NOW,
      showLiterals: true,
      logShapes: [{ file: 'q.log', shape: 'TRUNCATE t', example: 'TRUNCATE t', count: 1, firstLine: 1 }],
    });
    expect(r.findings[0]).toMatchObject({ ruleId: 'KS1401', example: 'TRUNCATE t' });
  });
});

describe('auditStatements', () => {
  it('runs the rules on parsed statements with a session keyspace and an execution record', () => {
    const schema = parseScript('CREATE TABLE ks.t (k int PRIMARY KEY, v text);').statements;
    const catalog = buildCatalog([{ file: 's.cql', statements: schema }]);
    const text = 'SELECT WRITETIME(v) FROM t WHERE k = ?';
    const findings = auditStatements(parseScript(text).statements, {
      file: 'log', text, catalog, keyspace: 'ks', kind: 'log', now: NOW, lineOffset: 9,
      execution: { count: 5, consistencies: { ALL: 5 }, serialConsistencies: {} },
    });
    expect(findings.map((f) => `${f.line}:${f.ruleId}`).sort()).toEqual(['10:KS3022', '10:KS7005']);
    expect(findings.find((f) => f.ruleId === 'KS3022')!.message).toContain('ks.t');
  });
});
