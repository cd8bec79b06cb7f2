import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseDumpedValues } from '../../src/sources/query-logs/fql-values.js';
import { readers, SkippedLines } from '../../src/sources/query-logs/readers.js';
import type { LogRecord } from '../../src/sources/query-logs/records.js';
import { valuesSection } from '../helpers/fql-dump.js';

describe('fqltool dump values', () => {
  it('reads values of any length back byte for byte, across lines and separators', () => {
    const uuid = Buffer.from('5b6962dd3f904c938f61eabfa4a803e2', 'hex');
    const text = Buffer.from('/checkout 41 42 ff', 'utf8');
    const long = Buffer.from(Array.from({ length: 70 }, (_, i) => (i * 37) % 256));
    expect(parseDumpedValues(valuesSection([uuid, text, long]))).toEqual([uuid, text, long]);
  });

  it('restores lines folded into `........`', () => {
    const value = Buffer.concat([Buffer.alloc(80, 0x61), Buffer.from('tail')]);
    const lines = valuesSection([value]);
    expect(lines).toContain('........');
    expect(parseDumpedValues(lines)).toEqual([value]);
  });

  it('marks a value cut at 1,024 bytes as unknown', () => {
    const big = Buffer.alloc(1500, 0x7a);
    const small = Buffer.from([0, 0, 0, 7]);
    expect(parseDumpedValues(valuesSection([big, small]))).toEqual([undefined, small]);
  });

  it('is exposed by the fqltool reader for single queries', async () => {
    const a = Buffer.from([0, 0, 0, 42]);
    const b = Buffer.from('hello, world; 00 11', 'utf8');
    const log = [
      'Type: single-query',
      'Query start time: 1763979600000',
      'Protocol version: 5',
      'Generated timestamp:-9223372036854775808',
      'Generated nowInSeconds:1763979600',
      'Query: SELECT * FROM ks.t WHERE k = ? AND c = ?',
      'Values: ',
      ...valuesSection([a, b]),
      '',
      'Type: single-query',
      'Query start time: 1763979600001',
      'Protocol version: 5',
      'Generated timestamp:-9223372036854775808',
      'Generated nowInSeconds:1763979600',
      'Query: SELECT * FROM ks.t',
      'Values: ',
      '',
    ].join('\n');
    const records: LogRecord[] = [];
    for await (const r of readers.fql(Readable.from([log]), new SkippedLines())) records.push(r);
    expect(records.map((r) => [r.query, r.values])).toEqual([
      ['SELECT * FROM ks.t WHERE k = ? AND c = ?', [a, b]],
      ['SELECT * FROM ks.t', []],
    ]);
  });
});
