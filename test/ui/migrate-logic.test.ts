import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { originAnswers } from '../../src/ui/migrate/ConnectScreen.js';
import { parseRate } from '../../src/ui/migrate/CopyScreen.js';
import { docSections, findingRows, shortPlace, sortedFindings } from '../../src/ui/migrate/findings-view.js';
import { fieldEdit, formKey, initialForm, isTyping, withErrors, type Field } from '../../src/ui/migrate/form-state.js';
import { moveCursor, windowStart } from '../../src/ui/migrate/list.js';
import { migrationProblems } from '../../src/ui/migrate/ReportScreen.js';
import { capacityText, costText, pairDiff, parseReadWrite, schemaRows, wrapDdl } from '../../src/ui/migrate/schema-view.js';
import { screenOf, stepOf } from '../../src/ui/migrate/steps.js';
import { applyRows, targetAnswers, targetFields } from '../../src/ui/migrate/TargetScreen.js';
import { editText, visiblePart } from '../../src/ui/migrate/text-edit.js';
import { splitKeys } from '../../src/ui/migrate/use-keys.js';
import { lineDiff, reviewSchema } from '../../src/workflows/schema-review.js';
import { ESTIMATE, shopOutcome } from './migrate-fake.js';

const NONE: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};
const k = (over: Partial<Key>): Key => ({ ...NONE, ...over });

describe('editing a line', () => {
  it('inserts typed and pasted text at the cursor, without control characters', () => {
    expect(editText({ value: 'ac', cursor: 1 }, 'b', NONE)).toEqual({ value: 'abc', cursor: 2 });
    expect(editText({ value: '', cursor: 0 }, 'host\u001b[2J\u0007:9042', NONE)).toEqual({ value: 'host[2J:9042', cursor: 12 });
    expect(editText({ value: 'x', cursor: 1 }, '', NONE)).toBeUndefined();
  });

  it('deletes before the cursor (terminals send Backspace as DEL, which Ink calls delete), moves, and kills', () => {
    expect(editText({ value: 'abc', cursor: 3 }, '', k({ delete: true }))).toEqual({ value: 'ab', cursor: 2 });
    expect(editText({ value: 'abc', cursor: 0 }, '', k({ backspace: true }))).toEqual({ value: 'abc', cursor: 0 });
    expect(editText({ value: 'abc', cursor: 3 }, '', k({ leftArrow: true }))).toEqual({ value: 'abc', cursor: 2 });
    expect(editText({ value: 'abc', cursor: 1 }, 'e', k({ ctrl: true }))).toEqual({ value: 'abc', cursor: 3 });
    expect(editText({ value: 'abc', cursor: 1 }, 'u', k({ ctrl: true }))).toEqual({ value: 'bc', cursor: 0 });
    expect(editText({ value: 'abc', cursor: 1 }, 'k', k({ ctrl: true }))).toEqual({ value: 'a', cursor: 1 });
    expect(editText({ value: 'us-east-1 eu-west-1', cursor: 19 }, 'w', k({ ctrl: true }))).toEqual({ value: 'us-east-1 ', cursor: 10 });
    expect(editText({ value: 'abc', cursor: 1 }, '', k({ return: true }))).toBeUndefined();
  });

  it('keeps the cursor in view when the text is wider than its room, marking what is cut', () => {
    expect(visiblePart({ value: 'short', cursor: 5 }, 20)).toEqual({ before: 'short', under: ' ', after: '' });
    const long = visiblePart({ value: '/home/someone/certificates/keyspaces-ca.pem', cursor: 43 }, 20);
    expect(`${long.before}${long.under}${long.after}`.length).toBeLessThanOrEqual(20);
    expect(long.before.startsWith('…')).toBe(true);
    expect(long.before.endsWith('ca.pem')).toBe(true);
    const start = visiblePart({ value: '/home/someone/certificates/keyspaces-ca.pem', cursor: 0 }, 20);
    expect(start.under).toBe('/');
    expect(start.after.endsWith('…')).toBe(true);
  });
});

describe('forms', () => {
  const fields: Field[] = [
    { id: 'host', label: 'Host', kind: 'text' },
    { id: 'pw', label: 'Password', kind: 'secret' },
    { id: 'tls', label: 'TLS', kind: 'toggle' },
    { id: 'auth', label: 'Auth', kind: 'choice', choices: ['sigv4', 'password', 'none'] },
  ];

  it('moves the focus with Tab, ↓, Shift-Tab and ↑, wrapping around; Enter submits', () => {
    let state = initialForm(fields, {});
    expect(state.values).toEqual({ host: '', pw: '', tls: '', auth: 'sigv4' });
    state = formKey(fields, state, '', k({ tab: true })).state;
    expect(state.focus).toBe('pw');
    state = formKey(fields, state, '', k({ tab: true, shift: true })).state;
    state = formKey(fields, state, '', k({ upArrow: true })).state;
    expect(state.focus).toBe('auth');
    expect(formKey(fields, state, '', k({ return: true })).submit).toBe(true);
  });

  it('types into text fields, toggles with space, cycles choices; a change clears that field’s problem', () => {
    let state = withErrors(fields, initialForm(fields, {}), { pw: 'needed' });
    expect(state.focus).toBe('pw');
    expect(isTyping(fields, state)).toBe(true);
    state = formKey(fields, state, 'hunter2', NONE).state;
    expect(state.values['pw']).toBe('hunter2');
    expect(state.errors).toEqual({});
    expect(fieldEdit(state, 'pw')).toEqual({ value: 'hunter2', cursor: 7 });
    state = formKey(fields, { ...state, focus: 'tls' }, ' ', NONE).state;
    expect(state.values['tls']).toBe('yes');
    expect(isTyping(fields, state)).toBe(false);
    state = formKey(fields, { ...state, focus: 'auth' }, '', k({ leftArrow: true })).state;
    expect(state.values['auth']).toBe('none');
    state = formKey(fields, state, ' ', NONE).state;
    expect(state.values['auth']).toBe('sigv4');
  });
});

describe('keys that arrive together', () => {
  it('splits a run into its keys: characters one by one, Tab, Enter, Backspace and Ctrl-letters', () => {
    const keys = splitKeys('/ab\t\tC\r\u007f\u0003', NONE);
    expect(keys.map((x) => [x.input, x.key.tab, x.key.return, x.key.delete, x.key.ctrl, x.key.shift])).toEqual([
      ['/', false, false, false, false, false],
      ['a', false, false, false, false, false],
      ['b', false, false, false, false, false],
      ['', true, false, false, false, false],
      ['', true, false, false, false, false],
      ['C', false, false, false, false, true],
      ['', false, true, false, false, false],
      ['', false, false, true, false, false],
      ['c', false, false, false, true, false],
    ]);
  });

  it('leaves single keys and escape sequences as Ink parsed them', () => {
    const tab = k({ tab: true });
    expect(splitKeys('\t', tab)).toEqual([{ input: '\t', key: tab }]);
    expect(splitKeys('x', NONE)).toEqual([{ input: 'x', key: NONE }]);
    expect(splitKeys('\u001b[A', NONE)).toEqual([{ input: '\u001b[A', key: NONE }]);
  });
});

describe('origin and target answers', () => {
  it('checks the origin form: nodes as host[:port], a password only with a user name', () => {
    expect(originAnswers({ contactPoints: ' 10.0.0.1:9042, node2 ,[::1]:9043', username: 'u', password: 'p', ca: '', insecure: 'yes' })).toEqual({
      answers: { contactPoints: ['10.0.0.1:9042', 'node2', '[::1]:9043'], localDataCenter: undefined, username: 'u', ca: undefined, insecure: true },
      password: 'p',
    });
    expect(originAnswers({ contactPoints: '' })).toEqual({ errors: { contactPoints: 'give at least one node: host or host:port' } });
    expect(originAnswers({ contactPoints: 'a b:1' })).toEqual({ errors: { contactPoints: 'a b:1 is not host or host:port' } });
    expect(originAnswers({ contactPoints: 'h:99999' })).toEqual({ errors: { contactPoints: 'h:99999 is not host or host:port' } });
    expect(originAnswers({ contactPoints: 'h', password: 'p' })).toEqual({ errors: { username: 'a password needs a user name' } });
  });

  it('checks the target form by authentication, and shows the fields each needs', () => {
    expect(targetFields('sigv4').map((f) => f.id)).toEqual(['region', 'endpoint', 'auth', 'profile', 'ca', 'insecure']);
    expect(targetFields('password').map((f) => f.id)).toEqual(['region', 'endpoint', 'auth', 'username', 'password', 'ca', 'insecure']);
    expect(targetAnswers({ region: 'us-east-1', endpoint: '127.0.0.1:9142', auth: 'sigv4', profile: 'prod', password: 'ignored' })).toEqual({
      answers: { region: 'us-east-1', endpoint: '127.0.0.1:9142', auth: 'sigv4', username: undefined, profile: 'prod', ca: undefined, insecure: undefined },
      password: undefined,
    });
    expect(targetAnswers({ region: 'us-east', auth: 'sigv4' })).toEqual({ errors: { region: 'us-east is not an AWS Region name (us-east-1, eu-west-1, …)' } });
    expect(targetAnswers({ region: '', auth: 'password' })).toEqual({
      errors: { region: 'the Region is needed (it is part of the signature and the data center)', username: 'service-specific credentials have a user name', password: 'and a password' },
    });
    expect(targetAnswers({ auth: 'none' })).toEqual({ errors: { endpoint: 'a Cassandra target needs its host[:port]' } });
    expect(targetAnswers({ auth: 'none', endpoint: 'staging:9042' })).toMatchObject({ answers: { auth: 'none', endpoint: 'staging:9042', region: '' } });
  });

  it('follows the apply, object by object', () => {
    let rows = applyRows([], { type: 'statement', index: 0, total: 2, kind: 'CreateTable', object: 'table ks.t' });
    expect(rows).toEqual([{ object: 'table ks.t', status: 'creating', detail: 'statement 1 of 2' }]);
    rows = applyRows(rows, { type: 'waiting', object: 'table ks.t', status: 'creating', waitedMs: 1500 });
    expect(rows[0]).toEqual({ object: 'table ks.t', status: 'waiting', detail: 'CREATING for 1.5 s' });
    rows = applyRows(rows, { type: 'active', object: 'table ks.t', waitedMs: 2000 });
    rows = applyRows(rows, { type: 'statement-failed', index: 1, object: 'type ks.u', error: 'boom' });
    expect(rows.map((r) => r.status)).toEqual(['active', 'failed']);
  });

  it('reads a rate and read:write capacity as typed', () => {
    expect(parseRate('')).toBeUndefined();
    expect(parseRate(' 2_000 ')).toBe(2000);
    expect(parseRate('fast')).toBeNaN();
    expect(parseRate('-1')).toBeNaN();
    expect(parseReadWrite('100:50')).toEqual({ read: 100, write: 50 });
    expect(parseReadWrite(' 10 / 5 ')).toEqual({ read: 10, write: 5 });
    expect(parseReadWrite('0:5')).toBeUndefined();
    expect(parseReadWrite('100')).toBeUndefined();
  });
});

describe('the schema review', () => {
  it('diffs DDL line by line, pairing an option that moved behind WITH with its old line', () => {
    const diff = lineDiff("CREATE TABLE a (\n    id int PRIMARY KEY\n) WITH caching = {}\n    AND comment = ''", "CREATE TABLE IF NOT EXISTS a (\n    id int PRIMARY KEY\n) WITH comment = ''");
    expect(diff).toEqual([
      { op: '-', text: 'CREATE TABLE a (' },
      { op: '+', text: 'CREATE TABLE IF NOT EXISTS a (' },
      { op: ' ', text: '    id int PRIMARY KEY' },
      { op: '-', text: ') WITH caching = {}' },
      { op: '-', text: "    AND comment = ''", changed: true },
      { op: '+', text: ") WITH comment = ''", changed: true },
    ]);
    expect(pairDiff(diff).map((r) => [r.left?.text ?? '', r.right?.text ?? ''])).toEqual([
      ['CREATE TABLE a (', 'CREATE TABLE IF NOT EXISTS a ('],
      ['    id int PRIMARY KEY', '    id int PRIMARY KEY'],
      [') WITH caching = {}', ''],
      ["    AND comment = ''", ") WITH comment = ''"],
    ]);
    expect(lineDiff('', 'x')).toEqual([{ op: '+', text: 'x' }]);
  });

  it('pairs every origin object with its Keyspaces DDL, the notes that explain it, and what is left out; the keyspace mapped', () => {
    const review = reviewSchema(shopOutcome(), { from: 'shop', to: 'shop_ks' });
    expect(review.objects.map((o) => [o.kind, o.name, o.targetName ?? '-', o.target === undefined ? 'left out' : 'kept', o.notes.length])).toEqual([
      ['keyspace', 'shop', 'shop_ks', 'kept', 1],
      ['table', 'shop.customers', 'shop_ks.customers', 'kept', 2],
      ['table', 'shop.orders', 'shop_ks.orders', 'kept', 1],
      ['index', 'shop.orders_total', '-', 'left out', 1],
    ]);
    expect(review.objects[3]?.notes[0]).toContain('omitted CREATE INDEX orders_total ON shop.orders (total) (KS1001 secondary-index)');
    expect(review.objects[1]?.target).toContain('CREATE TABLE IF NOT EXISTS "shop_ks".customers (');
    expect([review.keyspaces, review.tables, review.types, review.omitted]).toEqual([1, 2, 0, 1]);
  });

  it('wraps a long DDL line instead of cutting it, the rest indented under its text', () => {
    expect(wrapDdl('- short', 20)).toEqual(['- short']);
    expect(wrapDdl("-     AND compaction = {'class': 'STCS', 'max_threshold': '32'}", 30)).toEqual([
      "-     AND compaction =",
      "          {'class': 'STCS',",
      "          'max_threshold':",
      "          '32'}",
    ]);
    expect(wrapDdl('- x'.padEnd(25, 'y'), 10)).toEqual(['- xyyyyyyy', '     yyyyy', '     yyyyy', '     yyyyy']);
  });

  it('lays the rows out side by side from 110 columns, as one column of -/+ below', () => {
    const review = reviewSchema(shopOutcome());
    expect(schemaRows(review.objects, 110).some((r) => r.kind === 'pair')).toBe(true);
    const narrow = schemaRows(review.objects, 80);
    expect(narrow.every((r) => r.kind === 'line')).toBe(true);
    expect(narrow.find((r) => r.kind === 'line' && r.text.startsWith('+ '))).toMatchObject({ tone: 'good' });
    expect(narrow.find((r) => r.kind === 'line' && r.text === 'index shop.orders_total · left out')).toMatchObject({ tone: 'warn', bold: true });
  });

  it('prices the capacity choice: provisioned capacity on every table, storage, requests only from a timestamped log', () => {
    expect(capacityText(undefined)).toBe('on-demand');
    expect(capacityText({ mode: 'provisioned', readCapacityUnits: 10, writeCapacityUnits: 5 })).toBe('provisioned 10:5 (read:write units/s per table)');
    expect(costText(ESTIMATE, undefined)).toBe('storage $12.50/month in us-east-1; requests need a timestamped query log');
    // (100 × 0.00013 + 100 × 0.00065) × 720 h × 2 tables
    expect(costText(ESTIMATE, { mode: 'provisioned', readCapacityUnits: 100, writeCapacityUnits: 100 })).toBe('≈ $124.82/month in us-east-1: capacity $112.32 (2 tables) + storage $12.50');
    expect(costText({ ...ESTIMATE, regions: 2, requests: { onDemand: 100, provisioned: 60, recommendation: 'provisioned' } }, { mode: 'on-demand' })).toBe(
      '≈ $112.50/month in 2 Regions on demand (storage $12.50); provisioned with auto scaling ≈ $72.50',
    );
  });
});

describe('findings and the report', () => {
  it('groups findings by severity, then topic, and says where each is in a few characters', () => {
    const sorted = sortedFindings(shopOutcome().report.findings);
    const rows = findingRows(sorted);
    expect(rows.map((r) => (r.kind === 'severity' ? r.severity.toUpperCase() : r.kind === 'topic' ? `  ${r.topic}` : `    ${r.finding.ruleId}`))).toEqual([
      'ERROR',
      '  secondary-index',
      '    KS1001',
      'WARNING',
      '  replication',
      '    KS4005',
      'INFO',
      '  compaction',
      '    KS4001',
      '  table-option',
      '    KS4003',
      '    KS4003',
    ]);
    expect(shortPlace({ file: 'origin:10.0.4.21/shop', line: 25 })).toBe('shop:25');
    expect(shortPlace({ file: '/var/log/app/queries.log', line: 3 })).toBe('queries.log:3');
  });

  it('reads a rule’s docs as sections of paragraphs', () => {
    expect(docSections('## Why\nOne\nline.\n\n## What to do\n- first\n  more\n- second\n')).toEqual([
      { title: 'Why', paragraphs: ['One line.'] },
      { title: 'What to do', paragraphs: ['• first more', '• second'] },
    ]);
  });

  it('counts what is left to look at in the end', () => {
    expect(migrationProblems({ version: 1, generatedAt: '' })).toEqual({ rejected: 0, differences: 0, queries: 0 });
    expect(
      migrationProblems({
        version: 1,
        generatedAt: '',
        copy: { tables: [{ table: 't', read: 3, written: 2, rejected: 1, seconds: 1 }] },
        verify: { mode: 'merge', tables: [{ table: 't', compared: 3, missing: 1, extra: 1, different: 0, repaired: 2, stillDifferent: 1 }], queries: [{ shape: 's', runs: 2, match: 1, mismatch: 1, errors: 0, explained: 0 }] },
      }),
    ).toEqual({ rejected: 1, differences: 1, queries: 1 });
  });
});

describe('lists and steps', () => {
  it('scrolls a long list to keep the cursor in view', () => {
    expect(windowStart(5, 4, 10)).toBe(0);
    expect(windowStart(100, 0, 10)).toBe(0);
    expect(windowStart(100, 50, 10)).toBe(45);
    expect(windowStart(100, 99, 10)).toBe(90);
    expect(moveCursor(0, -1, 3)).toBe(0);
    expect(moveCursor(2, 10, 3)).toBe(2);
  });

  it('maps the session’s steps to screens and back', () => {
    expect(screenOf('apply')).toBe('target');
    expect(screenOf('done')).toBe('report');
    expect(stepOf('target')).toBe('apply');
    expect(stepOf('copy')).toBe('copy');
  });
});
