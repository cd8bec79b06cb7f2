import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/cql/ast/nodes.js';
import { BackgroundParser, type StatementParser } from '../../src/emulator/background-parser.js';
import { backgroundParseFrom, KeyspacesBehaviour } from '../../src/emulator/keyspaces/behaviour.js';
import { parseOne } from '../../src/emulator/keyspaces/parse-one.js';
import { Consistency } from '../../src/emulator/protocol/constants.js';

const entry = new URL('../../src/emulator/parse-worker.ts', import.meta.url);
const failing = new URL('./fixtures/failing-parse-worker.ts', import.meta.url);

describe('the background parser', () => {
  it('answers each text with its own statement, as the event loop would parse it', async () => {
    const parser = new BackgroundParser(entry);
    try {
      const texts = [
        "UPDATE ks.t SET v = 'x' WHERE k IN (1, 2) IF v = 'y'",
        'SELECT a FROM ks.t WHERE k = ?',
        'BEGIN BATCH INSERT INTO ks.t (k) VALUES (1); APPLY BATCH',
        'SELECT FROM nowhere',
        'USE ks; USE ks2',
      ];
      const parsed = await Promise.all(texts.map((t) => parser.parse(t)));
      expect(parsed).toEqual(texts.map((t) => parseOne(t)));
      expect(parsed.map((s) => s?.kind ?? null)).toEqual(['Update', 'Select', 'Batch', null, null]);
    } finally {
      await parser.close();
    }
  });

  it('rejects what waits on a thread that exits or throws, and starts a new one for the next text', async () => {
    const parser = new BackgroundParser(failing);
    try {
      const before = parser.parse('SELECT a FROM ks.t');
      const lost = parser.parse('exit');
      expect((await before)?.kind).toBe('Select');
      await expect(lost).rejects.toThrow(/exited with code 3/);
      expect((await parser.parse('SELECT b FROM ks.t'))?.kind).toBe('Select');
      await expect(parser.parse('throw')).rejects.toThrow(/the parser thread broke/);
      expect((await parser.parse('DELETE FROM ks.t WHERE k = 1'))?.kind).toBe('Delete');
    } finally {
      await parser.close();
    }
  });

  it('refuses texts once closed', async () => {
    const parser = new BackgroundParser(entry);
    await parser.parse('SELECT a FROM ks.t');
    await parser.close();
    await expect(parser.parse('SELECT a FROM ks.t')).rejects.toThrow(/closed/);
  });
});

/** A parser that records the texts it is given and answers with `answer`'s statement (a fake: no thread). */
function recordingParser(answer: (cql: string) => Statement | null | Error): StatementParser & { texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    parse: (cql) => {
      texts.push(cql);
      const a = answer(cql);
      return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
    },
    close: () => Promise.resolve(),
  };
}

/** A SELECT at least `length` characters long (a long IN list). */
function longSelect(length: number, table = 'ks.t'): string {
  let values = '0';
  for (let i = 1; values.length < length; i++) values += `, ${i}`;
  return `SELECT a FROM ${table} WHERE k IN (${values})`;
}

describe('parsing ahead in the Keyspaces behaviour', () => {
  it('sends only long texts, not yet cached, to the background parser', async () => {
    const parser = recordingParser(parseOne);
    const behaviour = new KeyspacesBehaviour({ backgroundParser: parser });
    expect(behaviour.parseAhead(['SELECT a FROM ks.t', longSelect(backgroundParseFrom - 200)])).toBeUndefined();
    const long = longSelect(backgroundParseFrom);
    const ahead = await behaviour.parseAhead(['SELECT a FROM ks.t', long]);
    expect(parser.texts).toEqual([long]);
    expect(ahead?.get(long)?.kind).toBe('Select');
    // Kept in the parse cache: the next request with it is decided at once.
    expect(behaviour.parseAhead([long])).toBeUndefined();
    expect(new KeyspacesBehaviour().parseAhead([long])).toBeUndefined();
  });

  it('decides with what was parsed ahead, not by parsing again', async () => {
    // The fake answers every long text with another table's SELECT: the decision shows which was used.
    const other = parseOne('SELECT a FROM system_schema_mcs.tables');
    const parser = recordingParser(() => other);
    const behaviour = new KeyspacesBehaviour({ backgroundParser: parser });
    const long = longSelect(backgroundParseFrom, 'ks.t');
    const ahead = await behaviour.parseAhead([long]);
    expect(behaviour.decide({ cql: long, consistency: Consistency.LOCAL_ONE }, ahead).action).toBe('mcs');
    // Parsed here, it names ks.t, which this behaviour knows nothing of.
    expect(new KeyspacesBehaviour().decide({ cql: long, consistency: Consistency.LOCAL_ONE }).action).toBe('reject');
  });

  it('leaves a text the thread failed on to be parsed where it is decided', async () => {
    const behaviour = new KeyspacesBehaviour({ backgroundParser: recordingParser(() => new Error('thread gone')) });
    const long = longSelect(backgroundParseFrom, 'system_schema_mcs.tables');
    const ahead = await behaviour.parseAhead([long]);
    expect(ahead?.size).toBe(0);
    expect(behaviour.decide({ cql: long, consistency: Consistency.LOCAL_ONE }, ahead).action).toBe('mcs');
  });
});
