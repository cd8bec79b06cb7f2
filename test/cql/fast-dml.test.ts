/**
 * The DML shortcut (src/cql/fast-dml.ts) is only a shortcut: whenever it answers, the statements
 * are exactly those of the full parse (same nodes, same field order, same ranges, no errors). Checked
 * over every corpus file and statement, over generated DML (names that are keywords, every literal
 * kind, odd spacing), and over random mutations of it; and it must answer for the common shapes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDmlScript } from '../../src/cql/fast-dml.js';
import { CqlLexer } from '../../src/cql/generated/CqlLexer.js';
import { parseScript, parseScriptFully } from '../../src/cql/parse.js';
import { ScriptReader, type ScriptWindow } from '../../src/cql/script-reader.js';
import { splitScript } from '../../src/cql/split.js';

const root = join(import.meta.dirname, '..', '..');

/** The property: no answer, or the full parse's statements exactly (compared as JSON, so field order counts). */
function check(text: string): 'fast' | 'full' {
  const fast = parseDmlScript(text);
  if (fast === undefined) return 'full';
  const full = parseScriptFully(text);
  expect(full.errors, `the shortcut accepted a script with syntax errors:\n${text}`).toEqual([]);
  expect(JSON.stringify(fast), text).toBe(JSON.stringify(full.statements));
  return 'fast';
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words the shortcut may see where a name goes: plain names, quoted names, and keywords (reserved or not).
const NAMES = [
  'a', 'b', 'user_id', 'Name', 'v2', '"Quoted"', '"with ""quote"""', '"a b"', '"é"', 'key', 'value', 'ttl', 'count',
  'writetime', 'json', 'distinct', 'cast', 'timestamp', 'date', 'text', 'type', 'values', 'filtering', 'exists',
  'contains', 'per', 'group', 'as', 'frozen', 'tags', 'login', 'token', 'select', 'from', 'where', 'limit', 'and',
  'in', 'set', 'if', 'not', 'null', 'nan', 'infinity', 'true', 'p1d', 'PT', 'expr', 'allow', 'using', 'K', 'order',
];
const VALUES = [
  '1', '-7', '0', '3.5', '1.', '-0.25', "'text'", "'it''s'", "''", "'ünïcødé'", "'multi\nline'", 'true', 'FALSE',
  'null', 'NULL', '?', ':v', ':"Q"', ':key', '5a1c395e-b41f-11e5-9f22-ba0be0483c18', 'DEADBEEF-0000-1111-2222-333344445555',
  'NaN', '-Infinity', '0x1f', '1h', '1e3', "$$x$$", 'now()', '[1]', '{1}', '(1, 2)', 'a', '- 1',
];
const SPACES = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n', ' \n  '];

function generator(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const sp = (): string => pick(SPACES);
  const name = (): string => (r() < 0.6 ? `${pick(['a', 'b', 'c', 'id', 'v', 'Col'])}_${Math.floor(r() * 9)}` : pick(NAMES));
  const table = (): string => (r() < 0.4 ? `${name()}.${name()}` : name());
  const value = (): string => (r() < 0.5 ? pick(VALUES.slice(0, 21)) : pick(VALUES));
  const list = (n: number, item: () => string): string => Array.from({ length: n }, item).join(`,${sp()}`);
  const op = (): string => pick(['=', '=', '<', '<=', '>', '>=', '!=']);
  const relation = (): string =>
    r() < 0.8 ? `${name()}${sp()}${op()}${sp()}${value()}` : `${name()} IN ${r() < 0.3 ? pick(['?', ':ids']) : `(${list(Math.floor(r() * 3), value)})`}`;
  const where = (): string => list(1 + Math.floor(r() * 3), relation).replaceAll(`,`, ' AND');
  const using = (): string => `USING ${list(1 + Math.floor(r() * 2), () => `${pick(['TTL', 'TIMESTAMP', 'ttl'])} ${pick(['86400', '?', ':ts', '-1'])}`).replaceAll(',', ' AND')}`;
  const statement = (): string => {
    switch (Math.floor(r() * 4)) {
      case 0:
        return `${pick(['SELECT', 'select', 'Select'])}${sp()}${r() < 0.2 ? '*' : list(1 + Math.floor(r() * 3), name)}${sp()}FROM${sp()}${table()}${r() < 0.8 ? `${sp()}WHERE${sp()}${where()}` : ''}${r() < 0.3 ? ` LIMIT ${pick(['10', '?', ':n'])}` : ''}${r() < 0.2 ? ' ALLOW FILTERING' : ''}`;
      case 1: {
        const n = 1 + Math.floor(r() * 4);
        return `INSERT INTO ${table()}${sp()}(${list(n, name)})${sp()}VALUES${sp()}(${list(n, value)})${r() < 0.2 ? ' IF NOT EXISTS' : ''}${r() < 0.3 ? ` ${using()}` : ''}`;
      }
      case 2:
        return `UPDATE ${table()}${r() < 0.3 ? ` ${using()}` : ''} SET ${list(1 + Math.floor(r() * 3), () => `${name()}${sp()}=${sp()}${value()}`)} WHERE ${where()}${r() < 0.2 ? ' IF EXISTS' : ''}`;
      default:
        return `DELETE${r() < 0.3 ? ` ${list(1 + Math.floor(r() * 2), name)}` : ''} FROM ${table()}${r() < 0.3 ? ` USING TIMESTAMP ${pick(['5', '?'])}` : ''} WHERE ${where()}${r() < 0.2 ? ' IF EXISTS' : ''}`;
    }
  };
  const script = (): string => {
    const n = 1 + Math.floor(r() * 3);
    return `${Array.from({ length: n }, statement).join(pick([';', ';\n', ' ;; ', ';\n\n']))}${pick(['', ';', ';\n', ' '])}`;
  };
  /** The script with one token-ish piece removed, doubled or inserted. */
  const mutate = (text: string): string => {
    const pieces = text.split(/(\s+|[(),;=<>!]+)/).filter((p) => p !== '');
    const at = Math.floor(r() * pieces.length);
    const extra = pick(['(', ')', ',', ';', '+', '-', '*', '.', '[1]', '--c\n', '/* c */', 'AND', 'WHERE', 'IF', 'IN', 'EXISTS', ':', '?', '1', "'", '"', 'x', '.y', '..', '!', 'é']);
    switch (Math.floor(r() * 3)) {
      case 0:
        pieces.splice(at, 1);
        break;
      case 1:
        pieces.splice(at, 0, pieces[at] ?? '');
        break;
      default:
        pieces.splice(at, 0, r() < 0.5 ? ` ${extra} ` : extra);
    }
    return pieces.join('');
  };
  return { statement, script, mutate };
}

describe('the DML shortcut', () => {
  it('answers exactly as the full parse on generated DML', () => {
    const g = generator(20261206);
    const outcomes = { fast: 0, full: 0 };
    for (let i = 0; i < 3000; i++) outcomes[check(g.script())]++;
    // Most generated scripts are in the shortcut's reach; the rest use a value or word it leaves alone.
    expect(outcomes.fast).toBeGreaterThan(300);
  });

  it('answers exactly as the full parse on mutated DML', () => {
    const g = generator(7);
    const outcomes = { fast: 0, full: 0 };
    for (let i = 0; i < 4000; i++) {
      let text = g.script();
      for (let k = 0; k < 1 + (i % 3); k++) text = g.mutate(text);
      outcomes[check(text)]++;
    }
    expect(outcomes.fast).toBeGreaterThan(50);
    expect(outcomes.full).toBeGreaterThan(1000);
  });

  it('answers exactly as the full parse on every corpus file and statement', () => {
    let statements = 0;
    for (const dir of ['fixtures/cql/ok', 'fixtures/cql/ok-keyspaces', 'fixtures/cql/ok-cassandra3', 'fixtures/cql/err']) {
      const abs = join(root, dir);
      if (!existsSync(abs)) continue;
      for (const file of readdirSync(abs).filter((f) => f.endsWith('.cql'))) {
        const text = readFileSync(join(abs, file), 'utf8');
        check(text);
        for (const s of splitScript(text).statements) {
          check(s.text);
          check(`${s.text};`);
          statements++;
        }
      }
    }
    expect(statements).toBeGreaterThan(500);
  });

  it('takes a keyword as a name exactly where the grammar does', () => {
    let fast = 0;
    for (const literal of CqlLexer.literalNames) {
      const word = literal?.slice(1, -1);
      if (word === undefined || !/^[A-Z_]+$/.test(word)) continue;
      for (const w of [word, word.toLowerCase()]) {
        for (const text of [
          `SELECT ${w} FROM ${w} WHERE ${w} = 1`,
          `SELECT a, ${w} FROM ${w}.${w} WHERE k IN (:${w}) LIMIT :${w}`,
          `INSERT INTO ${w} (${w}) VALUES (:${w})`,
          `UPDATE ${w} SET ${w} = 1 WHERE ${w} IN ? IF EXISTS`,
          `DELETE ${w} FROM ${w} WHERE ${w} < ?`,
        ]) {
          if (check(text) === 'fast') fast++;
        }
      }
    }
    expect(fast).toBeGreaterThan(500);
  });

  it('answers for the common shapes', () => {
    for (const text of [
      'SELECT a, b FROM ks.t WHERE k = ? AND c > 5 LIMIT 10',
      'select * from t where id = 5a1c395e-b41f-11e5-9f22-ba0be0483c18 allow filtering;',
      "INSERT INTO t (k, v, w) VALUES (?, 'x''y', 3.25) IF NOT EXISTS USING TTL 60 AND TIMESTAMP :ts",
      'UPDATE ks.t USING TTL 5 SET v = :v, w = null WHERE k IN (1, 2, 3) IF EXISTS',
      'DELETE v FROM t USING TIMESTAMP 1 WHERE k = ? AND "Key" IN ?',
      'SELECT key, value, ttl FROM "T" WHERE key = -1;\nSELECT count FROM t;',
      '',
      ';;',
    ]) {
      expect(check(text), text).toBe('fast');
    }
  });

  it('leaves everything else to the full parse', () => {
    for (const text of [
      'CREATE TABLE t (k int PRIMARY KEY)',
      'SELECT a FROM t -- comment',
      'SELECT count(*) FROM t',
      'SELECT JSON a FROM t',
      'UPDATE t SET a = 1, a = 2 WHERE k = 1',
      'UPDATE t SET a = a + 1 WHERE k = 1',
      'SELECT a FROM t WHERE k = 1 ORDER BY c',
      'SELECT a FROM t WHERE k = 1h',
      "SELECT a FROM t WHERE k = 'unterminated",
      'SELECT a FROM t WHERE',
      'BEGIN BATCH INSERT INTO t (a) VALUES (1); APPLY BATCH',
      'SELECT a FROM t WHERE k = P1D',
      'SELECT a FROM t WHERE k = 😀',
    ]) {
      expect(parseDmlScript(text), text).toBeUndefined();
    }
  });
});

/** Everything a ScriptReader gives for `text` fed in pieces of `piece` characters, as JSON (field order counts). */
function readWindows(text: string, options: { dmlShortcut: boolean; windowLength: number; piece: number }): string {
  const reader = new ScriptReader({ maxLength: 4000, windowLength: options.windowLength, dmlShortcut: options.dmlShortcut });
  const out: unknown[] = [];
  const take = (windows: ScriptWindow[]): void => {
    for (const w of windows) for (const s of w.statements) out.push({ index: s.index, range: s.range, keyword: s.keyword, parsed: s.parse() });
  };
  for (let at = 0; at < text.length; at += options.piece) take(reader.push(text.slice(at, at + options.piece)));
  take(reader.end());
  return JSON.stringify(out);
}

// Statements the shortcut leaves alone, so that a script holding them is read statement by statement.
const OTHERS = [
  'CREATE TABLE ks.t (k int PRIMARY KEY, v text)',
  '-- a comment\nUSE ks',
  "ALTER TABLE t WITH comment = 'x'",
  'BEGIN BATCH INSERT INTO t (a) VALUES (1); APPLY BATCH',
  'SELECT count(*) FROM t',
  "SELECT a FROM t WHERE k = 'unterminated\n",
  '/* block */ TRUNCATE t',
  'SELECT a FROM t WHERE k = 😀',
];

describe('the DML shortcut a statement at a time (ScriptReader)', () => {
  it('gives the full parse\'s statements, errors and positions in scripts that mix DML with the rest', () => {
    const g = generator(1412);
    const r = rng(99);
    let shortcut = 0;
    for (let i = 0; i < 600; i++) {
      const parts = Array.from({ length: 2 + Math.floor(r() * 5) }, () => (r() < 0.35 ? OTHERS[Math.floor(r() * OTHERS.length)]! : g.statement()));
      let text = parts.join(r() < 0.5 ? ';\n' : ';\n\n  ');
      if (i % 4 === 3) text = g.mutate(text);
      expect(JSON.stringify(parseScript(text)), text).toBe(JSON.stringify(parseScriptFully(text)));
      for (const s of ScriptReader.whole(text).statements) if (parseDmlScript(s.text) !== undefined) shortcut++;
    }
    expect(shortcut).toBeGreaterThan(500);
  });

  it('gives the same windows with and without it over every corpus file, read in pieces', () => {
    for (const dir of ['fixtures/cql/ok', 'fixtures/cql/ok-keyspaces', 'fixtures/cql/ok-cassandra3', 'fixtures/cql/err']) {
      const abs = join(root, dir);
      if (!existsSync(abs)) continue;
      for (const file of readdirSync(abs).filter((f) => f.endsWith('.cql'))) {
        const text = readFileSync(join(abs, file), 'utf8');
        const options = { windowLength: 700, piece: 173 };
        expect(readWindows(text, { ...options, dmlShortcut: true }), file).toBe(readWindows(text, { ...options, dmlShortcut: false }));
      }
    }
  });

  it('places a statement of a later window where the full parse does (lines, columns, offsets)', () => {
    const text = `${'CREATE TABLE t (k int PRIMARY KEY);\n'.repeat(40)}  SELECT a, b FROM t WHERE k = 1 AND c IN (1, 2);  INSERT INTO t (k, v)\n  VALUES (?, 'x');\n`;
    const options = { windowLength: 300, piece: 97 };
    expect(readWindows(text, { ...options, dmlShortcut: true })).toBe(readWindows(text, { ...options, dmlShortcut: false }));
  });

  /** The windows of `text` fed in pieces: they must tile it; returns how many statements the shortcut's windows hold. */
  function tiledWindows(text: string, windowLength: number, piece: number): number {
    const reader = new ScriptReader({ maxLength: 4000, windowLength });
    const windows: ScriptWindow[] = [];
    for (let at = 0; at < text.length; at += piece) for (const w of reader.push(text.slice(at, at + piece))) windows.push(w);
    for (const w of reader.end()) windows.push(w);
    let offset = 0;
    let shortcut = 0;
    for (const w of windows.filter((x) => x.text !== '')) {
      expect(w.offset).toBe(offset);
      expect(text.slice(w.offset, w.offset + w.text.length)).toBe(w.text);
      const before = text.slice(0, w.offset);
      expect(w.lines).toBe(before.split('\n').length - 1);
      expect(w.column).toBe(before.length - (before.lastIndexOf('\n') + 1));
      expect(w.text.length).toBeLessThan(windowLength + 4000 + 64 * 1024);
      offset += w.text.length;
      for (const st of w.statements) {
        const [a, b] = [st.parse(), st.parse()];
        // A statement of the shortcut's windows keeps its one AST; the lexer's windows parse on demand, anew.
        if ('statement' in a && 'statement' in b && a.statement === b.statement) shortcut++;
        expect(text.slice(st.range.start.offset, st.range.end.offset)).toBe(st.text);
      }
    }
    expect(offset).toBe(text.length);
    return shortcut;
  }

  it('reads plain DML as windows of its own (no lexer), tiling the script, with the statements of the lexer\'s windows', () => {
    const g = generator(31);
    const r = rng(5);
    const plain: string[] = [];
    while (plain.length < 3000) {
      const dml = g.statement();
      if (parseDmlScript(dml) !== undefined) plain.push(dml);
    }
    const text = `${plain.join(';\n')};\n`;
    // The same now and then broken by another statement. No unterminated string here: its quote would
    // pair with one far on, past the limit, and a skipped statement leaves a gap in the tiling.
    const others = OTHERS.filter((o) => !o.includes("'unterminated"));
    const mixed = `${plain.map((p) => (r() < 0.02 ? `${others[Math.floor(r() * others.length)]!};\n${p}` : p)).join(';\n')};\n`;
    for (const [windowLength, piece] of [[4000, 997], [20_000, 4096], [600, 61]] as const) {
      for (const script of [text, mixed]) {
        expect(readWindows(script, { dmlShortcut: true, windowLength, piece })).toBe(readWindows(script, { dmlShortcut: false, windowLength, piece }));
      }
      expect(tiledWindows(text, windowLength, piece)).toBe(plain.length);
      expect(tiledWindows(mixed, windowLength, piece)).toBeGreaterThan(0);
    }
  });

  it('leaves a statement past the length limit to the limit', () => {
    const text = `CREATE TABLE t (k int PRIMARY KEY);\nSELECT ${Array.from({ length: 200 }, (_, i) => `c${i}`).join(', ')} FROM t WHERE k = 1;\n`;
    const parsed = parseScript(text, { maxLength: 500 });
    expect(parsed.errors.map((e) => e.limit)).toEqual(['length']);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(parseScriptFully(text, { maxLength: 500 })));
    // A plain DML script as long as that is read statement by statement too, never whole by the shortcut.
    const dml = text.slice(text.indexOf('SELECT'));
    expect(parseScript(dml, { maxLength: 500 }).errors.map((e) => e.limit)).toEqual(['length']);
  });
});
