// ANTLR loads on demand (src/cql/antlr.ts): the script reader's async methods and
// parseScriptOnDemand load it only when a statement needs it, and read exactly what the synchronous
// API reads with ANTLR loaded from the start (parse.ts loads it: this file's own imports do).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { schemaScript } from '../../bench/generate.js';
import { rng } from '../../bench/random.js';
import type * as AntlrModule from '../../src/cql/antlr.js';
import { parseScript } from '../../src/cql/parse.js';
import type * as OnDemandModule from '../../src/cql/parse-on-demand.js';
import type * as ReaderModule from '../../src/cql/script-reader.js';
import { ScriptReader, type ScriptReaderOptions, type ScriptWindow } from '../../src/cql/script-reader.js';

/** The cql modules afresh, as a process that has not loaded ANTLR sees them. */
async function unloaded(): Promise<{ antlr: typeof AntlrModule; reader: typeof ReaderModule; onDemand: typeof OnDemandModule }> {
  vi.resetModules();
  const antlr = await import('../../src/cql/antlr.js');
  expect(antlr.antlrLoaded()).toBe(false);
  return { antlr, reader: await import('../../src/cql/script-reader.js'), onDemand: await import('../../src/cql/parse-on-demand.js') };
}

/** Windows with their statements parsed, to compare. */
function settled(windows: readonly ScriptWindow[]): unknown[] {
  return windows.map((w) => ({ ...w, statements: w.statements.map(({ index, text, range, keyword, parse }) => ({ index, text, range, keyword, parsed: parse() })) }));
}

/** Pieces of `text` of random sizes, as a stream delivers them. */
function pieces(text: string, seed: number, most: number): string[] {
  const random = rng(seed);
  const out: string[] = [];
  for (let at = 0; at < text.length; ) {
    const n = 1 + Math.floor(random() * most);
    out.push(text.slice(at, at + n));
    at += n;
  }
  return out;
}

/** What the synchronous reader (ANTLR loaded) makes of the pieces. */
function readSync(parts: readonly string[], options: ScriptReaderOptions): unknown[] {
  const reader = new ScriptReader(options);
  const windows: ScriptWindow[] = [];
  for (const part of parts) windows.push(...reader.push(part));
  windows.push(...reader.end());
  return settled(windows);
}

const corpusDir = fileURLToPath(new URL('../../fixtures/cql/ok/', import.meta.url));
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.cql'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

/** A schema with statements the fast path declines among the ones it reads (a view, ALTERs, a GRANT, a syntax error, an unterminated string). */
function mixedSchema(tables: number, seed: number): string {
  const statements = schemaScript(tables, seed, { comments: true }).split(/\n\n/);
  const declined = [
    'CREATE MATERIALIZED VIEW app.v AS SELECT * FROM app.t1 WHERE id IS NOT NULL AND ck IS NOT NULL PRIMARY KEY (ck, id);',
    "ALTER TABLE app.t2 WITH comment = 'a;b';",
    'GRANT SELECT ON KEYSPACE app TO reader;',
    'CREATE TABLE broken (id int PRIMARY KEY,);',
    "INSERT INTO app.t3 (id, ck) VALUES (uuid(), 1) USING TTL 10 AND TIMESTAMP 5;\nUPDATE app.t3 SET v = 'open WHERE id = 1;",
  ];
  declined.forEach((d, i) => statements.splice(Math.floor(((i + 1) * statements.length) / (declined.length + 1)), 0, d));
  return statements.join('\n\n');
}

describe('ANTLR on demand', () => {
  it('a reader that meets only statements the fast path reads never loads ANTLR', async () => {
    const { antlr, reader } = await unloaded();
    const text = schemaScript(60, 20261124, { comments: true });
    const options = { maxLength: 8000, windowLength: 4096 };
    const r = new reader.ScriptReader(options);
    const windows: ScriptWindow[] = [];
    for (const part of pieces(text, 1, 700)) windows.push(...(await r.pushAsync(part)));
    windows.push(...(await r.endAsync()));
    expect(antlr.antlrLoaded()).toBe(false);
    expect(settled(windows)).toEqual(readSync(pieces(text, 1, 700), options));
  });

  it('pushAsync and endAsync load ANTLR at the first statement that needs it and read what push and end read', async () => {
    const text = mixedSchema(80, 7);
    for (const [seed, windowLength] of [[1, 2048], [2, 4096], [3, 64 * 1024]] as const) {
      const { antlr, reader } = await unloaded();
      const options = { maxLength: 6000, windowLength };
      const parts = pieces(text, seed, 900);
      const r = new reader.ScriptReader(options);
      const windows: ScriptWindow[] = [];
      for (const part of parts) windows.push(...(await r.pushAsync(part)));
      windows.push(...(await r.endAsync()));
      expect(antlr.antlrLoaded()).toBe(true);
      const read = settled(windows);
      expect(read).toEqual(readSync(parts, options));
      expect(read.length).toBeGreaterThan(3);
    }
  });

  it('ScriptReader.allAsync reads each corpus file as ScriptReader.all does', async () => {
    const { reader } = await unloaded();
    for (const text of corpus) expect(settled(await reader.ScriptReader.allAsync(text))).toEqual(settled(ScriptReader.all(text)));
  });

  it('the synchronous reader says so when a statement needs ANTLR and it is not loaded', async () => {
    const { antlr, reader } = await unloaded();
    expect(() => reader.ScriptReader.all('USE app;\nGRANT SELECT ON KEYSPACE app TO reader;')).toThrow(antlr.AntlrNotLoadedError);
    expect(() => antlr.antlr()).toThrow(/before it is loaded/);
    // Statements the fast path reads need nothing more.
    expect(reader.ScriptReader.all('USE app;\nSELECT * FROM t WHERE id = 1;')[0]!.statements).toHaveLength(2);
    expect(antlr.antlrLoaded()).toBe(false);
  });

  it('parseScriptOnDemand gives what parseScript gives, loading ANTLR only when a statement needs it', async () => {
    const { antlr, onDemand } = await unloaded();
    const plain = schemaScript(10, 3, { comments: true });
    expect(await onDemand.parseScriptOnDemand(plain)).toEqual(parseScript(plain));
    expect(await onDemand.parseScriptOnDemand('SELECT a FROM ks.t WHERE id = ? LIMIT 10')).toEqual(parseScript('SELECT a FROM ks.t WHERE id = ? LIMIT 10'));
    expect(antlr.antlrLoaded()).toBe(false);
    for (const text of [...corpus, mixedSchema(5, 9), 'SELECT a FROM t WHERE', "UPDATE t SET a = 'x"]) {
      expect(await onDemand.parseScriptOnDemand(text)).toEqual(parseScript(text));
      expect(await onDemand.parseScriptOnDemand(text, { maxLength: 40 })).toEqual(parseScript(text, { maxLength: 40 }));
    }
    expect(antlr.antlrLoaded()).toBe(true);
  });
});
