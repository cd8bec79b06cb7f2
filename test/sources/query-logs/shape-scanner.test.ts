import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShapeCache, statementShape } from '../../../src/sources/query-logs/shape-scanner.js';
import { referenceStatementShape } from './reference-shape.js';

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS = [
  "SELECT * FROM ks.t WHERE id = 5b6962dd-3f90-4c93-8f61-eabfa4a803e2 AND x IN (1, -2, 3.5e10) LIMIT 10;",
  "INSERT INTO t (a, \"B\", c) VALUES ('it''s; here', 0xCAFE, true) USING TTL 3600 AND TIMESTAMP 1700000000000000 -- note",
  'UPDATE t SET d = 1h30m, e = e - 1, f = :val WHERE k = :key /* c */',
  'SELECT a - 1, b FROM t WHERE k = ? AND t1 > -5 AND f = NaN;;',
  "INSERT INTO t (k, m, l) VALUES (1, {'a': 1.5, 'b': -2}, [0x01, 0x02])",
  'CREATE FUNCTION f (a int) RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java AS $$ return a; $$',
  'UPDATE t SET c = c + 3, l -= [1], m += {2: 3} WHERE id = ABCDEF01-3F90-4C93-8F61-EABFA4A803E2 IF x != -1 AND y <= 2 AND z >= .5',
  'SELECT * FROM t WHERE d = 1MO2W3d4h5m6s7ms8us9µs10ns11Y AND e = -3\u03bcs AND f = 2\u039cS AND g = Infinity AND h = FALSE',
  'BEGIN UNLOGGED BATCH INSERT INTO t (a) VALUES (:a); UPDATE t SET b = :b WHERE a = 1; APPLY BATCH ;',
];

// Fragments mutations splice in: every branch of the scanner and the seams between them.
const FRAGMENTS = [
  ' ', '\t', '\n', '\r\n', ';', ',', '(', ')', '[', ']', '{', '}', '.', ':', '::', '?', '-', '--', '//', '/*', '*/', '*', '/', '%', '+', '=',
  '<', '>', '<=', '>=', '!=', '+=', '-=', '!', "'", "''", '"', '""', '$$', '$', '0x', '0X1f', '1', '-1', '.5', '1e', '1e+5', '2E-3', '1.2.3',
  '1h', '3mo', '4ms', '5m', '6us', '7µs', '8ns', '9y', '1h30', '1hx', '12W', 'µ', '\u039c', '\u03bc', 'ſ', 'true', 'FALSE', 'nan', 'NaN', 'infinity',
  'in', 'AND', 'set', 'values', 'LIMIT', 'ttl', 'timestamp', 'select', 'x', '_a1', 'T2', 'é', '日本', '\ud800', '\udc00', '😀',
  '5b6962dd-3f90-4c93-8f61-eabfa4a803e2', 'abcdef01-3f90-4c93-8f61-eabfa4a803e', 'deadbeef-', 'cafe', ':name', ':1', '\u0000', '\u00a0',
];

function mutate(s: string, next: () => number): string {
  let out = s;
  const edits = 1 + Math.floor(next() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (out.length + 1));
    const kind = next();
    if (kind < 0.5) out = out.slice(0, at) + FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]! + out.slice(at);
    else if (kind < 0.8) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 4));
    else out = out.slice(0, at) + String.fromCharCode(Math.floor(next() * 0x180)) + out.slice(at);
  }
  return out;
}

function* cases(count: number): Generator<string> {
  const next = random(15);
  for (const seed of SEEDS) yield seed;
  for (let k = 0; k < count; k++) {
    if (next() < 0.3) {
      let s = '';
      const parts = 1 + Math.floor(next() * 25);
      for (let p = 0; p < parts; p++) s += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!;
      yield s;
    } else yield mutate(SEEDS[Math.floor(next() * SEEDS.length)]!, next);
  }
}

describe('statementShape against the reference scanner', () => {
  it('gives the same shape and literals for mutated and random statements', () => {
    for (const cql of cases(30_000)) {
      const literals: string[] = [];
      const expected: string[] = [];
      const shape = statementShape(cql, literals);
      expect({ cql, shape, literals }).toEqual({ cql, shape: referenceStatementShape(cql, expected), literals: expected });
    }
  });

  it('gives the same shapes for the fixtures’ statements', () => {
    const root = new URL('../../../fixtures/query-logs/', import.meta.url);
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      for (const line of readFileSync(join(f.parentPath, f.name), 'utf8').split('\n')) expect(statementShape(line)).toBe(referenceStatementShape(line));
    }
  });

  it('handles a statement longer than its reused buffer, and a short one after it', () => {
    const long = `SELECT * FROM t WHERE k IN (${Array.from({ length: 50_000 }, (_, i) => `${i}, 'x', a${i}`).join(', ')})`;
    expect(statementShape(long)).toBe(referenceStatementShape(long));
    expect(statementShape('SELECT 1;')).toBe('select ?');
  });
});

describe('ShapeCache', () => {
  it('returns one string per shape, equal to statementShape’s', () => {
    const cache = new ShapeCache();
    const a = cache.shape("SELECT * FROM t WHERE k = 'a'");
    const b = cache.shape("select *   from T where k='bb';");
    expect(a).toBe('select * from t where k = ?');
    expect(b).toBe(a);
    expect(cache.shape('SELECT * FROM t WHERE k = ? AND x = 1')).toBe('select * from t where k = ? and x = ?');
  });

  it('never merges different shapes whose hashes collide', () => {
    const colliding = new ShapeCache(Number.POSITIVE_INFINITY, () => 7);
    const fair = new ShapeCache();
    for (const cql of cases(5_000)) {
      const expected = referenceStatementShape(cql);
      expect(colliding.shape(cql)).toBe(expected);
      expect(fair.shape(cql)).toBe(expected);
    }
  });

  it('keeps at most its capacity, and still shapes statements past it', () => {
    const cache = new ShapeCache(2, () => 1);
    for (const k of ['a', 'b', 'c', 'd', 'a', 'c']) expect(cache.shape(`SELECT ${k} FROM t`)).toBe(`select ${k} from t`);
  });
});
