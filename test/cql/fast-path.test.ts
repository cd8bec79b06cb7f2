/**
 * The parser's fast path (src/cql/fast-path.ts) is only a shortcut: whenever it answers, the
 * statements are exactly those of the full parse (same nodes, same field order, same ranges, no
 * errors). Checked over every corpus file and statement, over generated DML and schema statements
 * (names that are keywords, every literal kind and column type, odd spacing), and over random
 * mutations of them; and it must answer for the common shapes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/random.js';
import { Token } from 'antlr4ng';
import { charStream } from '../../src/cql/char-stream.js';
import { wordType } from '../../src/cql/fast-lex.js';
import { parseFastScript } from '../../src/cql/fast-path.js';
import { CqlLexer } from '../../src/cql/generated/CqlLexer.js';
import { parseScript, parseScriptFully } from '../../src/cql/parse.js';
import { ScriptReader, type ScriptWindow } from '../../src/cql/script-reader.js';
import { splitScript } from '../../src/cql/split.js';

const root = join(import.meta.dirname, '..', '..');

/** The property: no answer, or the full parse's statements exactly (compared as JSON, so field order counts). */
function check(text: string): 'fast' | 'full' {
  const fast = parseFastScript(text);
  if (fast === undefined) return 'full';
  const full = parseScriptFully(text);
  expect(full.errors, `the shortcut accepted a script with syntax errors:\n${text}`).toEqual([]);
  expect(JSON.stringify(fast), text).toBe(JSON.stringify(full.statements));
  return 'fast';
}

/** A generator of scripts: statements, scripts of one to three of them, and mutations of a script. */
interface Generator {
  statement(): string;
  script(): string;
  mutate(text: string): string;
}

/**
 * The script and mutation halves of a generator of `statement`s: scripts of one to three statements
 * with odd separators, and a script with one token-ish piece (split by `separators`) removed,
 * doubled, or one of `extras` inserted.
 */
function scripts(r: () => number, statement: () => string, separators: RegExp, extras: readonly string[]): Generator {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const script = (): string => {
    const n = 1 + Math.floor(r() * 3);
    return `${Array.from({ length: n }, statement).join(pick([';', ';\n', ' ;; ', ';\n\n']))}${pick(['', ';', ';\n', ' '])}`;
  };
  const mutate = (text: string): string => {
    const pieces = text.split(separators).filter((p) => p !== '');
    const at = Math.floor(r() * pieces.length);
    const extra = pick(extras);
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

/** How `count` scripts of `g`, each mutated `mutations(i)` times, came out of `check`. */
function outcomes(g: Generator, count: number, mutations: (i: number) => number): { fast: number; full: number } {
  const out = { fast: 0, full: 0 };
  for (let i = 0; i < count; i++) {
    let text = g.script();
    for (let k = 0; k < mutations(i); k++) text = g.mutate(text);
    out[check(text)]++;
  }
  return out;
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
// Blanks between tokens, comments among them (the lexer hides both; `é` and the surrogate pair stand for text outside ASCII, whose positions count as the lexer's do).
const SPACES = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n', ' \n  ', ' -- c\n', '// d\r\n', '/* e */', '/**/', ' /* f\n * g */ ', '-- é\n', '/* 😀 */', '/* a -- b */', '-- /* c\n'];

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
  return scripts(r, statement, /(\s+|[(),;=<>!]+)/, ['(', ')', ',', ';', '+', '-', '*', '.', '[1]', '--c\n', '/* c */', 'AND', 'WHERE', 'IF', 'IN', 'EXISTS', ':', '?', '1', "'", '"', 'x', '.y', '..', '!', 'é']);
}

describe('the fast path on DML', () => {
  it('answers exactly as the full parse on generated DML', () => {
    const out = outcomes(generator(20261206), 3000, () => 0);
    // Most generated scripts are in the shortcut's reach; the rest use a value or word it leaves alone.
    expect(out.fast).toBeGreaterThan(300);
  });

  it('answers exactly as the full parse on mutated DML', () => {
    const out = outcomes(generator(7), 4000, (i) => 1 + (i % 3));
    expect(out.fast).toBeGreaterThan(50);
    expect(out.full).toBeGreaterThan(1000);
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
      'CREATE MATERIALIZED VIEW v AS SELECT * FROM t WHERE k IS NOT NULL PRIMARY KEY (k)',
      'ALTER TABLE t ADD v int',
      'SELECT a FROM t /* unterminated',
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
      expect(parseFastScript(text), text).toBeUndefined();
    }
  });
});

/** Schema statements as schema files and DESCRIBE output write them, with the odd shapes the grammar allows. */
function schemaGenerator(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const sp = (): string => pick(SPACES);
  const name = (): string => (r() < 0.7 ? `${pick(['id', 'k', 'c', 'v', 'Col', 'ts'])}_${Math.floor(r() * 6)}` : pick(NAMES));
  const native = (): string => pick(['int', 'text', 'TEXT', 'bigint', 'uuid', 'timeuuid', 'timestamp', 'blob', 'boolean', 'double', 'decimal', 'varchar', 'date', 'time', 'inet', 'counter', 'duration', 'smallint', 'tinyint', 'varint', 'ascii', 'float']);
  const type = (depth = 0): string => {
    const roll = depth > 2 ? 0 : r();
    if (roll < 0.55) return native();
    if (roll < 0.62) return pick(['address', 'ks.address', '"Addr"', 'byte', 'map', 'text.t', 'frozen']);
    if (roll < 0.7) return `map<${type(depth + 1)},${sp()}${type(depth + 1)}>`;
    if (roll < 0.78) return `${pick(['list', 'set', 'LIST'])}<${type(depth + 1)}>`;
    if (roll < 0.84) return `tuple<${Array.from({ length: 1 + Math.floor(r() * 3) }, () => type(depth + 1)).join(', ')}>`;
    if (roll < 0.88) return `vector<${pick(['float', 'int'])}, ${pick(['3', '1024', '-1'])}>`;
    if (roll < 0.89) return "'org.apache.cassandra.db.marshal.DateType'";
    return `frozen<${type(depth + 1)}>`;
  };
  const constant = (): string => pick(["'x'", "'it''s'", "''", '1', '-7', '0.01', '1.0', 'true', 'false', "'99p'", '864000', "'é'", 'null', 'NaN', '1h', "$$x$$", '0x1f', 'a']);
  const map = (depth = 0): string => {
    const n = Math.floor(r() * 4);
    const entries = Array.from({ length: n }, () => `${pick(["'class'", "'keys'", "'dc1'", "'enabled'", '1', "'a''b'"])}:${sp()}${depth < 2 && r() < 0.15 ? map(depth + 1) : constant()}`);
    return `{${entries.join(`,${sp()}`)}}`;
  };
  const option = (): string =>
    `${pick(['comment', 'gc_grace_seconds', 'compaction', 'caching', 'default_time_to_live', 'bloom_filter_fp_chance', 'extensions', '"Quoted"', 'cdc', 'speculative_retry', 'compression', 'key', 'clustering', 'compact'])}${sp()}=${sp()}${r() < 0.4 ? map() : constant()}`;
  const tableOptions = (columns: string[]): string => {
    const items: string[] = [];
    const n = Math.floor(r() * 5);
    for (let i = 0; i < n; i++) {
      const roll = r();
      if (roll < 0.2 && columns.length > 0) items.push(`CLUSTERING ORDER BY (${Array.from({ length: 1 + Math.floor(r() * 2) }, () => `${pick(columns)} ${pick(['ASC', 'DESC', 'desc'])}`).join(', ')})`);
      else if (roll < 0.25) items.push('COMPACT STORAGE');
      else items.push(option());
    }
    return items.length === 0 ? '' : `${sp()}WITH ${items.join(`${sp()}AND${sp()}`)}`;
  };
  const createTable = (): string => {
    const n = 1 + Math.floor(r() * 5);
    const columns = Array.from({ length: n }, name);
    const defs = columns.map((c, i) => `${c} ${type()}${r() < 0.05 ? ' STATIC' : ''}${i === 0 && r() < 0.25 ? ' PRIMARY KEY' : ''}${r() < 0.02 ? ' MASKED WITH DEFAULT' : ''}`);
    const key = r() < 0.75 ? `PRIMARY KEY (${r() < 0.3 ? `(${columns.slice(0, 2).join(', ')})` : columns[0]}${columns.length > 2 ? `, ${columns.slice(2, 3).join(', ')}` : ''})` : undefined;
    const elements = key === undefined ? defs : [...defs, key];
    const trailing = r() < 0.05 ? ',' : '';
    return `${pick(['CREATE TABLE', 'create table', 'CREATE TABLE IF NOT EXISTS'])} ${r() < 0.5 ? `${name()}.${name()}` : name()}${sp()}(${sp()}${elements.join(`,${sp()}`)}${trailing})${tableOptions(columns)}`;
  };
  const statement = (): string => {
    const roll = r();
    if (roll < 0.5) return createTable();
    if (roll < 0.68) return `CREATE TYPE${r() < 0.3 ? ' IF NOT EXISTS' : ''} ${pick(['address', 'ks.address', '"Addr"', 'byte', 'ks.byte', 'map', 'a.b.c'])} (${Array.from({ length: 1 + Math.floor(r() * 3) }, () => `${name()} ${type()}`).join(`,${sp()}`)}${r() < 0.1 ? ',' : ''})`;
    if (roll < 0.76) {
      const target = pick(['v', 'values', 'keys(m)', 'VALUES(m)', 'entries(m)', 'full(f)', 'key', 'keys', '"Q"', '']);
      return `CREATE ${r() < 0.3 ? 'CUSTOM ' : ''}INDEX${r() < 0.2 ? ' IF NOT EXISTS' : ''}${r() < 0.6 ? ` ${name()}` : ''} ON ${r() < 0.5 ? `${name()}.${name()}` : name()} (${target}${r() < 0.1 ? ', w' : ''})${r() < 0.3 ? ` USING ${pick(["'sai'", "'StorageAttachedIndex'", '$$x$$', 'sai'])}` : ''}${r() < 0.2 ? ` WITH options = ${map()}` : ''}`;
    }
    if (roll < 0.88) return `CREATE ${pick(['KEYSPACE', 'SCHEMA', 'keyspace'])}${r() < 0.3 ? ' IF NOT EXISTS' : ''} ${name()} WITH replication = ${map()}${r() < 0.4 ? ` AND durable_writes = ${pick(['true', 'false', "'x'"])}` : ''}`;
    return `${pick(['USE', 'use'])} ${name()}`;
  };
  return scripts(r, statement, /(\s+|[(),;=<>{}:]+)/, ['(', ')', ',', ';', '<', '>', '{', '}', ':', '=', '.', 'AND', 'WITH', 'PRIMARY KEY', 'KEY', 'STATIC', 'frozen<', 'int', '1', "'", '"', '--c\n', 'x', '[1]']);
}

/** The token type the CQL lexer itself gives `word`, or -1 when it does not lex it as one token. */
function lexedWordType(word: string): number {
  const lexer = new CqlLexer(charStream(word, false));
  lexer.removeErrorListeners();
  const token = lexer.nextToken();
  const next = lexer.nextToken();
  return token.start === 0 && token.stop === word.length - 1 && next.type === Token.EOF ? token.type : -1;
}

describe('the fast path\'s words', () => {
  it('types every word as the lexer does: keywords in any case, names, and words like durations', () => {
    const r = rng(3);
    const words = new Set<string>(['P', 'p', 'PT', 'P1D', 'PT2H', 'Pa', 'PW', 'columnfamily', 'ColumnFamilies', 'True', 'FALSE', 'nan', 'Infinity', 'expr', 'a_1', 'x9']);
    // Every word the lexer's grammar quotes (keywords with two spellings have no literal name).
    const grammar = readFileSync(join(root, 'grammar', 'CqlLexer.g4'), 'utf8');
    for (const [, word] of grammar.matchAll(/'([A-Z_]+)'/g)) {
      words.add(word!).add(word!.toLowerCase()).add(word![0] + word!.slice(1).toLowerCase()).add(`${word}_X`).add(`${word}1`);
    }
    const letters = 'abcdefghijklmnopqrstuvwxyzPTDHMSWY_0123456789';
    for (let i = 0; i < 3000; i++) {
      let w = letters[Math.floor(r() * 26)]!;
      for (let n = Math.floor(r() * 6); n > 0; n--) w += letters[Math.floor(r() * letters.length)];
      words.add(r() < 0.5 ? w : w.toUpperCase());
    }
    let durations = 0;
    for (const word of words) {
      const lexed = lexedWordType(word);
      // The fast lexer gives up on `P` then a digit or `T` (durations and what may start one) before asking wordType.
      if (/^P[0-9T]/.test(word)) {
        if (lexed === CqlLexer.DURATION) durations++;
        continue;
      }
      // Words the lexer does not take as one token are not asked of wordType either.
      if (lexed >= 0) expect(wordType(word), word).toBe(lexed);
    }
    // Every duration-like word the lexer took as a duration was one the fast lexer gives up on.
    expect(durations).toBeGreaterThan(0);
    for (const word of words) if (lexedWordType(word) === CqlLexer.DURATION) expect(word, word).toMatch(/^P[0-9T]/);
  });
});

describe('the fast path on schema statements', () => {
  it('answers exactly as the full parse on generated schema statements', () => {
    const out = outcomes(schemaGenerator(20261207), 3000, () => 0);
    expect(out.fast).toBeGreaterThan(300);
    expect(out.full).toBeGreaterThan(300);
  });

  it('answers exactly as the full parse on mutated schema statements', () => {
    const out = outcomes(schemaGenerator(11), 4000, (i) => 1 + (i % 3));
    expect(out.fast).toBeGreaterThan(50);
    expect(out.full).toBeGreaterThan(1000);
  });

  it('takes a keyword as a name exactly where the grammar does', () => {
    let fast = 0;
    for (const literal of CqlLexer.literalNames) {
      const word = literal?.slice(1, -1);
      if (word === undefined || !/^[A-Z_]+$/.test(word)) continue;
      for (const w of [word, word.toLowerCase()]) {
        for (const text of [
          `CREATE TABLE ${w}.${w} (${w} int PRIMARY KEY, v ${w}) WITH ${w} = 1`,
          `CREATE TABLE t (${w} ${w}, c frozen<${w}>, PRIMARY KEY ((${w}), c)) WITH CLUSTERING ORDER BY (${w} ASC)`,
          `CREATE KEYSPACE ${w} WITH ${w} = {'class': ${w}}`,
          `USE ${w}`,
          `CREATE TYPE ${w}.${w} (${w} ${w})`,
          `CREATE INDEX ${w} ON ${w}.${w} (${w}(${w}))`,
          `CREATE INDEX ON ${w} (${w}) USING 'sai' WITH ${w} = {'a': 1}`,
        ]) {
          if (check(text) === 'fast') fast++;
        }
      }
    }
    expect(fast).toBeGreaterThan(200);
  });

  it('answers for the shapes of schema files and DESCRIBE output', () => {
    for (const text of [
      "CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': '3'} AND durable_writes = true;\nUSE app;",
      'CREATE TABLE IF NOT EXISTS app.events (id uuid, ts timeuuid, tags set<text>, attrs map<text, frozen<list<int>>>, loc frozen<app.address>, v vector<float, 3>, PRIMARY KEY ((id), ts)) WITH CLUSTERING ORDER BY (ts DESC)',
      'CREATE TABLE t (k int PRIMARY KEY, s text STATIC, "Quoted ""name""" tuple<int, text>,)',
      `CREATE TABLE ks.users (
    id uuid PRIMARY KEY,
    email text
) WITH additional_write_policy = '99p'
    AND bloom_filter_fp_chance = 0.01
    AND caching = {'keys': 'ALL', 'rows_per_partition': 'NONE'}
    AND cdc = false
    AND comment = ''
    AND compaction = {'class': 'org.apache.cassandra.db.compaction.SizeTieredCompactionStrategy', 'max_threshold': '32', 'min_threshold': '4'}
    AND compression = {'chunk_length_in_kb': '16', 'class': 'org.apache.cassandra.io.compress.LZ4Compressor'}
    AND memtable = 'default'
    AND crc_check_chance = 1.0
    AND default_time_to_live = 0
    AND extensions = {}
    AND gc_grace_seconds = 864000
    AND max_index_interval = 2048
    AND speculative_retry = '99p';`,
      "CREATE TABLE t (a int, b int, PRIMARY KEY (a, b)) WITH COMPACT STORAGE AND custom_properties = {'capacity_mode': {'throughput_mode': 'PAY_PER_REQUEST'}}",
      'CREATE TYPE IF NOT EXISTS app.address (street text, city text, zip frozen<list<int>>)',
      "CREATE CUSTOM INDEX IF NOT EXISTS by_email ON app.users (email) USING 'StorageAttachedIndex' WITH options = {'case_sensitive': 'false'}",
      'CREATE INDEX ON app.users (keys(attrs))',
    ]) {
      expect(check(text), text).toBe('fast');
    }
  });

  it('leaves to the full parse what Cassandra refuses although the grammar accepts it', () => {
    for (const text of [
      'CREATE TABLE t (k int PRIMARY KEY, k text)',
      'CREATE TABLE t (k int PRIMARY KEY, v int, PRIMARY KEY (v))',
      'CREATE TABLE t (k int, c int, PRIMARY KEY (k, c)) WITH CLUSTERING ORDER BY (c ASC, c DESC)',
      "CREATE TABLE t (k int PRIMARY KEY) WITH comment = 'a' AND comment = 'b'",
      "CREATE KEYSPACE k WITH replication = {'class': 'x', 'class': 'y'}",
      'CREATE TABLE t (k int PRIMARY KEY, f frozen<int>)',
      'CREATE TABLE t (k int PRIMARY KEY, b byte)',
      'CREATE TABLE t (k int PRIMARY KEY, m text MASKED WITH DEFAULT)',
    ]) {
      expect(parseFastScript(text), text).toBeUndefined();
      expect(parseScriptFully(text).errors.length + parseScriptFully(text).statements.length, text).toBe(1);
    }
  });
});

/** Everything a ScriptReader gives for `text` fed in pieces of `piece` characters, as JSON (field order counts). */
function readWindows(text: string, options: { fastPath: boolean; windowLength: number; piece: number }): string {
  const reader = new ScriptReader({ maxLength: 4000, windowLength: options.windowLength, fastPath: options.fastPath });
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
  'CREATE FUNCTION f (a int) RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java AS $$return a;$$',
  'CREATE TABLE ks.t (k int PRIMARY KEY, v text) WITH comment = $$x$$',
  '-- a comment\nUSE ks',
  "ALTER TABLE t WITH comment = 'x'",
  'BEGIN BATCH INSERT INTO t (a) VALUES (1); APPLY BATCH',
  'SELECT count(*) FROM t',
  "SELECT a FROM t WHERE k = 'unterminated\n",
  '/* block */ TRUNCATE t',
  'SELECT a FROM t WHERE k = 😀',
];

describe('the fast path a statement at a time (ScriptReader)', () => {
  it('gives the full parse\'s statements, errors and positions in scripts that mix DML with the rest', () => {
    const g = generator(1412);
    const r = rng(99);
    let shortcut = 0;
    for (let i = 0; i < 600; i++) {
      const parts = Array.from({ length: 2 + Math.floor(r() * 5) }, () => (r() < 0.35 ? OTHERS[Math.floor(r() * OTHERS.length)]! : g.statement()));
      let text = parts.join(r() < 0.5 ? ';\n' : ';\n\n  ');
      if (i % 4 === 3) text = g.mutate(text);
      expect(JSON.stringify(parseScript(text)), text).toBe(JSON.stringify(parseScriptFully(text)));
      for (const s of ScriptReader.whole(text).statements) if (parseFastScript(s.text) !== undefined) shortcut++;
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
        expect(readWindows(text, { ...options, fastPath: true }), file).toBe(readWindows(text, { ...options, fastPath: false }));
      }
    }
  });

  it('places a statement of a later window where the full parse does (lines, columns, offsets)', () => {
    const text = `${'CREATE TABLE t (k int PRIMARY KEY);\n'.repeat(40)}  SELECT a, b FROM t WHERE k = 1 AND c IN (1, 2);  INSERT INTO t (k, v)\n  VALUES (?, 'x');\n`;
    const options = { windowLength: 300, piece: 97 };
    expect(readWindows(text, { ...options, fastPath: true })).toBe(readWindows(text, { ...options, fastPath: false }));
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
      if (parseFastScript(dml) !== undefined) plain.push(dml);
    }
    const text = `${plain.join(';\n')};\n`;
    // The same now and then broken by another statement. No unterminated string here: its quote would
    // pair with one far on, past the limit, and a skipped statement leaves a gap in the tiling.
    const others = OTHERS.filter((o) => !o.includes("'unterminated"));
    const mixed = `${plain.map((p) => (r() < 0.02 ? `${others[Math.floor(r() * others.length)]!};\n${p}` : p)).join(';\n')};\n`;
    for (const [windowLength, piece] of [[4000, 997], [20_000, 4096], [600, 61]] as const) {
      for (const script of [text, mixed]) {
        expect(readWindows(script, { fastPath: true, windowLength, piece })).toBe(readWindows(script, { fastPath: false, windowLength, piece }));
      }
      expect(tiledWindows(text, windowLength, piece)).toBe(plain.length);
      expect(tiledWindows(mixed, windowLength, piece)).toBeGreaterThan(0);
    }
  });

  it('takes up again after a statement it does not know, lexing little more than that one', () => {
    const r = rng(17);
    const parts: string[] = [];
    let known = 0;
    // An unterminated string is the exception: the lexer reads on to find where it ends.
    const others = OTHERS.filter((o) => !o.includes("'unterminated"));
    for (let i = 0; i < 400; i++) {
      if (r() < 0.15) parts.push(`${others[Math.floor(r() * others.length)]!};`);
      else if (r() < 0.05) parts.push(`-- a note; with a semicolon\n/* and ; here */ CREATE TABLE c${i} (k int PRIMARY KEY, "a;b" text);`);
      else {
        parts.push(`CREATE TABLE t${i} (k int PRIMARY KEY, v text) WITH comment = 'x;y';`);
        known++;
      }
    }
    const text = `${parts.join('\n')}\n`;
    for (const [windowLength, piece] of [[Number.POSITIVE_INFINITY, text.length], [4000, 997], [600, 61]] as const) {
      expect(readWindows(text, { fastPath: true, windowLength, piece })).toBe(readWindows(text, { fastPath: false, windowLength, piece }));
    }
    // In memory (what parseScript reads), nearly every statement the fast path knows is taken by it
    // (a few after a batch are settled by the lexer with it).
    let fast = 0;
    for (const w of ScriptReader.all(text)) {
      for (const st of w.statements) {
        const [a, b] = [st.parse(), st.parse()];
        if ('statement' in a && 'statement' in b && a.statement === b.statement) fast++;
      }
    }
    expect(fast).toBeGreaterThanOrEqual(Math.floor(known * 0.95));
    expect(JSON.stringify(parseScript(text))).toBe(JSON.stringify(parseScriptFully(text)));
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
