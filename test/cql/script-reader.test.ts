import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/cql/parse.js';
import { ScriptReader, type ScriptWindow } from '../../src/cql/script-reader.js';
import { rng } from '../../bench/random.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = ['fixtures/cql/ok', 'fixtures/cql/ok-keyspaces', 'fixtures/cql/err'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((n) => n.endsWith('.cql'))
    .sort()
    .map((n) => ({ path: `${dir}/${n}`, text: readFileSync(join(ROOT, dir, n), 'utf8') })),
);

interface Read {
  statements: unknown[];
  errors: unknown[];
  indexes: number[];
  /** Window texts placed at their offsets, to check they tile the script. */
  windows: Array<{ offset: number; text: string; lines: number; column: number }>;
}

/** Reads `text` through a ScriptReader fed in chunks of random sizes, parsing each window at once. */
function readInChunks(text: string, seed: number, options: { maxLength: number; windowLength: number }): Read {
  const random = rng(seed);
  const reader = new ScriptReader(options);
  const out: Read = { statements: [], errors: [], indexes: [], windows: [] };
  const take = (windows: ScriptWindow[]): void => {
    for (const w of windows) {
      out.windows.push({ offset: w.offset, text: w.text, lines: w.lines, column: w.column });
      for (const s of w.statements) {
        out.indexes.push(s.index);
        const r = s.parse();
        if ('error' in r) out.errors.push(r.error);
        else out.statements.push(r.statement);
      }
    }
  };
  for (let at = 0; at < text.length; ) {
    const n = 1 + Math.floor(random() * 400);
    take(reader.push(text.slice(at, at + n)));
    at += n;
  }
  take(reader.end());
  return out;
}

describe('ScriptReader', () => {
  it.each(CORPUS.map((f) => [f.path, f.text] as const))('reads %s in windows exactly as parseScript reads it whole', (_path, text) => {
    const whole = parseScript(text);
    for (const seed of [1, 2, 3]) {
      const read = readInChunks(text, seed, { maxLength: 4000, windowLength: 1000 + seed * 500 });
      expect(read.statements).toEqual(whole.statements);
      expect(read.errors).toEqual(whole.errors);
      expect(read.indexes).toEqual(read.indexes.map((_, i) => i));
      // The windows tile the script: each starts where the previous one ended, at its line and column.
      let offset = 0;
      for (const w of read.windows.filter((x) => x.text !== '')) {
        expect(w.offset).toBe(offset);
        expect(text.slice(w.offset, w.offset + w.text.length)).toBe(w.text);
        const before = text.slice(0, w.offset);
        expect(w.lines).toBe(before.split('\n').length - 1);
        expect(w.column).toBe(before.length - (before.lastIndexOf('\n') + 1));
        offset += w.text.length;
      }
    }
  });

  it('reads a long single-line script in windows with exact positions', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `INSERT INTO ks.t (k, v) VALUES (${i}, 'v;${i}');`).join(' ');
    const whole = parseScript(text);
    const read = readInChunks(text, 7, { maxLength: 2000, windowLength: 8000 });
    expect(read.statements).toEqual(whole.statements);
    expect(read.errors).toEqual([]);
  });

  it('skips a statement longer than the limit with one error spanning it, and reads on', () => {
    const big = `INSERT INTO ks.t (k, v) VALUES (1, '${'x'.repeat(50_000)};\n')`;
    const text = `SELECT * FROM ks.a;\n${big};\nSELECT * FROM ks.b;\n`;
    const read = readInChunks(text, 3, { maxLength: 10_000, windowLength: 20_000 });
    expect(read.statements.map((s) => (s as { table: { name: { text: string } } }).table.name.text)).toEqual(['a', 'b']);
    expect(read.errors).toHaveLength(1);
    const error = read.errors[0] as { limit: string; range: { start: { line: number; column: number }; end: { line: number } }; message: string };
    expect(error.limit).toBe('length');
    expect(error.range.start).toMatchObject({ line: 2, column: 1 });
    expect(error.range.end.line).toBe(3);
    expect(error.message).toMatch(/50,0\d\d characters long, longer than the 10,000/);
    // Whole-text parsing reports the same statement past the same limit.
    const whole = parseScript(text, { maxLength: 10_000 });
    expect(whole.errors.map((e) => e.limit)).toEqual(['length']);
  });

  it('skips a batch longer than the limit up to its APPLY BATCH', () => {
    const inner = Array.from({ length: 400 }, (_, i) => `INSERT INTO ks.t (k) VALUES (${i});`).join('\n');
    const text = `BEGIN BATCH\n${inner}\nAPPLY BATCH;\nSELECT * FROM ks.after;`;
    const read = readInChunks(text, 5, { maxLength: 2000, windowLength: 4000 });
    expect(read.errors).toHaveLength(1);
    expect(read.statements).toHaveLength(1);
  });

  it('cuts windows of about the window length however the text arrives, not of what arrived since the last cut', () => {
    // Statements the fast path leaves to the lexer, so that every window is lexed.
    const statement = "ALTER TABLE ks.t WITH comment = 'abcdefghijklmnopqrstuvwxyz' AND gc_grace_seconds = 10;\n";
    const text = statement.repeat(8000);
    for (const piece of [4096, 65_536]) {
      const reader = new ScriptReader({ maxLength: 16 * 1024, windowLength: 64 * 1024 });
      const sizes: number[] = [];
      for (let at = 0; at < text.length; at += piece) for (const w of reader.push(text.slice(at, at + piece))) sizes.push(w.text.length);
      for (const w of reader.end()) sizes.push(w.text.length);
      expect(sizes.length).toBeGreaterThan(4);
      for (const size of sizes.slice(0, -1)) expect(size, `${piece}: ${sizes.join(' ')}`).toBeGreaterThan(60 * 1024);
    }
  });

  it('keeps memory to a window: a long script is read a window at a time', () => {
    const statement = "INSERT INTO ks.t (k, v) VALUES (1, 'abcdefghijklmnopqrstuvwxyz');\n";
    const chunk = statement.repeat(500);
    const reader = new ScriptReader({ maxLength: 16 * 1024, windowLength: 64 * 1024 });
    let statements = 0;
    let largest = 0;
    for (let i = 0; i < 40; i++) {
      for (const w of reader.push(chunk)) {
        statements += w.statements.length;
        largest = Math.max(largest, w.text.length);
      }
    }
    for (const w of reader.end()) statements += w.statements.length;
    expect(statements).toBe(20_000);
    expect(largest).toBeLessThan(128 * 1024);
  });
});
