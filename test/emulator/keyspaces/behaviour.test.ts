import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printStatement } from '../../../src/cql/ast/print.js';
import { parseScript } from '../../../src/cql/parse.js';
import { KeyspacesBehaviour } from '../../../src/emulator/keyspaces/behaviour.js';
import type { Decision } from '../../../src/emulator/keyspaces/behaviour.js';
import { Consistency } from '../../../src/emulator/keyspaces/errors.js';
import { decodeTextMap, encodeTextMap } from '../../../src/emulator/keyspaces/system-schema-mcs.js';
import { TypeCode } from '../../../src/emulator/protocol/constants.js';

function fakeClock(start = Date.UTC(2026, 10, 24, 8, 0, 0)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const LQ = Consistency.LOCAL_QUORUM;

function errorOf(decision: Decision): string | undefined {
  return decision.action === 'reject' ? decision.error.message : undefined;
}

/** Creates keyspace `app` and table `app.t` (id text, ck text, v text) through the behaviour. */
function withSchema(behaviour: KeyspacesBehaviour, tableOptions = ''): void {
  for (const cql of [
    "CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'}",
    `CREATE TABLE app.t (id text, ck text, v text, PRIMARY KEY (id, ck))${tableOptions}`,
  ]) {
    const decision = behaviour.decide({ cql, consistency: Consistency.ONE });
    if (decision.action !== 'forward' || decision.commit === undefined) throw new Error(`unexpected ${decision.action}`);
    decision.commit();
  }
}

describe('KeyspacesBehaviour', () => {
  it('checks consistency first, per operation class', () => {
    const behaviour = new KeyspacesBehaviour();
    expect(errorOf(behaviour.decide({ cql: "INSERT INTO app.t (id, ck) VALUES ('a', 'b')", consistency: Consistency.ONE }))).toBe(
      'Consistency level ONE is not supported for this operation. Supported consistency levels are: LOCAL_QUORUM',
    );
    expect(errorOf(behaviour.decide({ cql: 'SELECT * FROM app.t', consistency: Consistency.QUORUM }))).toBe(
      'Consistency level QUORUM is not supported for this operation. Supported consistency levels are: ONE, LOCAL_QUORUM, LOCAL_ONE',
    );
    expect(behaviour.decide({ cql: 'SELECT * FROM system.local', consistency: Consistency.ONE }).action).toBe('forward');
    // Unparseable text still gets the consistency rule (leading keyword), then goes to the backend.
    expect(errorOf(behaviour.decide({ cql: 'INSERT garbage', consistency: Consistency.ONE }))).toContain('Consistency level ONE');
    expect(behaviour.decide({ cql: 'INSERT garbage', consistency: LQ })).toEqual({ action: 'forward' });
  });

  it('maps DDL, remembers it, and rejects by the recorded features', () => {
    const behaviour = new KeyspacesBehaviour();
    withSchema(behaviour);
    const ttl = "INSERT INTO app.t (id, ck, v) VALUES ('a', 'b', 'c') USING TTL 10";
    expect(errorOf(behaviour.decide({ cql: ttl, consistency: LQ }))).toBe('TTL is not yet supported.');
    const enable = behaviour.decide({ cql: "ALTER TABLE app.t WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}}", consistency: LQ });
    expect(enable).toMatchObject({ action: 'schema-change', change: { change: 'UPDATED', target: 'TABLE', keyspace: 'app', name: 't' } });
    if (enable.action === 'schema-change') enable.commit();
    expect(behaviour.decide({ cql: ttl, consistency: LQ })).toEqual({ action: 'forward' });
  });

  it('refuses unsupported statements at PREPARE and answers system_schema_mcs PREPAREs locally', () => {
    const behaviour = new KeyspacesBehaviour();
    expect(errorOf(behaviour.decide({ cql: 'TRUNCATE app.t', prepare: true }))).toBe('TRUNCATE is not supported.');
    expect(behaviour.decide({ cql: 'SELECT * FROM app.t WHERE id = ?', prepare: true })).toEqual({ action: 'forward' });
    const prepared = behaviour.decide({ cql: 'SELECT status FROM system_schema_mcs.tables WHERE keyspace_name = ?', prepare: true });
    expect(prepared).toMatchObject({ action: 'prepare-locally', table: 'tables' });
    if (prepared.action === 'prepare-locally') {
      expect(prepared.bindColumns.map((c) => c.name)).toEqual(['keyspace_name']);
      expect(prepared.resultColumns?.map((c) => c.name)).toEqual(['status']);
    }
  });

  it('routes system_schema_mcs reads to the backend system_schema with the right values', () => {
    const behaviour = new KeyspacesBehaviour();
    const decision = behaviour.decide({
      cql: 'SELECT status FROM system_schema_mcs.tables WHERE keyspace_name = ? AND table_name = ?',
      consistency: LQ,
      values: [Buffer.from('app'), Buffer.from('t')],
    });
    expect(decision).toMatchObject({
      action: 'mcs',
      table: 'tables',
      query: {
        cql: 'SELECT * FROM system_schema.tables WHERE keyspace_name = ? AND table_name = ?',
        values: [Buffer.from('app'), Buffer.from('t')],
      },
    });
  });

  it('probes range deletes and refuses those over 1,000 rows', () => {
    const behaviour = new KeyspacesBehaviour();
    withSchema(behaviour);
    const decision = behaviour.decide({ cql: "DELETE FROM app.t WHERE id = 'a' AND ck > ?", consistency: LQ, values: [Buffer.from('m')] });
    expect(decision).toMatchObject({
      action: 'probe',
      probe: { cql: "SELECT id FROM app.t WHERE id = 'a' AND ck > ? LIMIT 1001", values: [Buffer.from('m')] },
    });
    if (decision.action !== 'probe') throw new Error('expected a probe');
    expect(errorOf(decision.afterProbe(1001))).toBe(
      'Range delete requests are limited by the amount of items that can be deleted in a single range.',
    );
    expect(decision.afterProbe(1000)).toEqual({ action: 'forward' });
  });

  it('throttles writes and reads per table and recovers after the refill', () => {
    const clock = fakeClock();
    const behaviour = new KeyspacesBehaviour({ writeCapacity: 2, readCapacity: 1, now: clock.now });
    withSchema(behaviour);
    const write = { cql: "INSERT INTO app.t (id, ck, v) VALUES ('a', 'b', 'c')", consistency: LQ };
    expect(behaviour.decide(write)).toEqual({ action: 'forward' });
    expect(behaviour.decide(write)).toEqual({ action: 'forward' });
    const throttled = behaviour.decide(write);
    expect(throttled).toMatchObject({
      action: 'reject',
      error: { code: 0x1100, message: 'Operation timed out - received only 0 responses.', consistency: LQ, received: 0, blockFor: 2, writeType: 'SIMPLE' },
    });
    clock.advance(500);
    expect(behaviour.decide(write)).toEqual({ action: 'forward' });

    const read = behaviour.decide({ cql: 'SELECT * FROM app.t', consistency: LQ });
    if (read.action !== 'forward' || read.settleRead === undefined) throw new Error('expected a metered read');
    read.settleRead(3 * 4096, 4096);
    expect(behaviour.decide({ cql: 'SELECT * FROM app.t', consistency: LQ })).toMatchObject({ action: 'reject', error: { code: 0x1200 } });
    clock.advance(3000);
    expect(behaviour.decide({ cql: 'SELECT * FROM app.t', consistency: LQ }).action).toBe('forward');
  });

  it("throttles a provisioned table at its own capacity units, ahead of the global setting, and follows ALTERs", () => {
    const clock = fakeClock();
    const behaviour = new KeyspacesBehaviour({ now: clock.now });
    withSchema(
      behaviour,
      " WITH CUSTOM_PROPERTIES = {'capacity_mode': {'throughput_mode': 'PROVISIONED', 'read_capacity_units': 1, 'write_capacity_units': 1}}",
    );
    const write = { cql: "INSERT INTO app.t (id, ck, v) VALUES ('a', 'b', 'c')", consistency: LQ };
    expect(behaviour.decide(write)).toEqual({ action: 'forward' });
    expect(behaviour.decide(write)).toMatchObject({ action: 'reject', error: { code: 0x1100 } });
    const alter = behaviour.decide({
      cql: "ALTER TABLE app.t WITH CUSTOM_PROPERTIES = {'capacity_mode': {'throughput_mode': 'PAY_PER_REQUEST'}}",
      consistency: LQ,
    });
    // Only Keyspaces properties change: answered by the emulator itself, committed on success.
    if (alter.action !== 'schema-change') throw new Error(`unexpected ${alter.action}`);
    alter.commit();
    for (let i = 0; i < 20; i++) expect(behaviour.decide(write)).toEqual({ action: 'forward' });

    const global = new KeyspacesBehaviour({ writeCapacity: 1, now: clock.now });
    withSchema(
      global,
      " WITH CUSTOM_PROPERTIES = {'capacity_mode': {'throughput_mode': 'PROVISIONED', 'read_capacity_units': 100, 'write_capacity_units': 100}}",
    );
    for (let i = 0; i < 20; i++) expect(global.decide(write)).toEqual({ action: 'forward' });
  });

  it('decides BATCH frames', () => {
    const behaviour = new KeyspacesBehaviour();
    withSchema(behaviour);
    const child = { cql: 'INSERT INTO app.t (id, ck, v) VALUES (?, ?, ?)' };
    const statements = Array.from({ length: 31 }, (_, i) => ({ ...child, values: [Buffer.from(`k${i}`), Buffer.from('c'), null] }));
    expect(errorOf(behaviour.decideBatch({ batchType: 1, consistency: LQ, statements }))).toBe(
      'An unlogged batch can contain at most 30 statements; this one has 31.',
    );
    expect(behaviour.decideBatch({ batchType: 1, consistency: LQ, statements: statements.slice(0, 30) })).toEqual({ action: 'forward' });
    expect(errorOf(behaviour.decideBatch({ batchType: 0, consistency: Consistency.ALL, statements: statements.slice(0, 2) }))).toBe(
      'Consistency level ALL is not supported for this operation. Supported consistency levels are: LOCAL_QUORUM',
    );
  });

  it('shows the requested replication in system_schema.keyspaces answers', () => {
    const behaviour = new KeyspacesBehaviour();
    withSchema(behaviour);
    const decision = behaviour.decide({ cql: 'SELECT keyspace_name, replication FROM system_schema.keyspaces', consistency: Consistency.ONE });
    if (decision.action !== 'forward' || decision.rewriteRows === undefined) throw new Error('expected a rewrite');
    const text = { code: TypeCode.Varchar };
    const rows = decision.rewriteRows({
      columns: [
        { keyspace: 'system_schema', table: 'keyspaces', name: 'keyspace_name', type: text },
        { keyspace: 'system_schema', table: 'keyspaces', name: 'replication', type: { code: TypeCode.Map, key: text, value: text } },
      ],
      rows: [[Buffer.from('app'), encodeTextMap({ class: 'org.apache.cassandra.locator.SimpleStrategy', replication_factor: '1' })]],
    });
    expect(decodeTextMap(rows[0]?.[1] ?? Buffer.alloc(4))).toEqual({ class: 'SingleRegionStrategy' });
    expect(behaviour.decide({ cql: 'SELECT * FROM system_schema.tables', consistency: Consistency.ONE })).toEqual({ action: 'forward' });
  });

  it('lowers the page size so a page of the largest rows seen stays within 1 MB', () => {
    const behaviour = new KeyspacesBehaviour();
    withSchema(behaviour);
    const select = { cql: 'SELECT * FROM app.t', consistency: LQ, pageSize: 5000 };
    expect(behaviour.decide(select)).not.toHaveProperty('pageSize');
    const write = { cql: 'INSERT INTO app.t (id, ck, v) VALUES (?, ?, ?)', consistency: LQ };
    expect(behaviour.decide({ ...write, values: [Buffer.from('a'), Buffer.from('b'), Buffer.alloc(300 * 1024)] }).action).toBe('forward');
    expect(behaviour.decide(select)).toMatchObject({ action: 'forward', pageSize: 3 });
    expect(behaviour.decide({ ...select, pageSize: 2 })).not.toHaveProperty('pageSize');
    expect(behaviour.decide({ cql: 'SELECT * FROM app.t', consistency: LQ })).not.toHaveProperty('pageSize');
    // Rows read count too.
    const read = behaviour.decide(select);
    if (read.action !== 'forward' || read.settleRead === undefined) throw new Error('expected a metered read');
    read.settleRead(600 * 1024, 600 * 1024);
    expect(behaviour.decide(select)).toMatchObject({ pageSize: 1 });
  });

  it('returns IN-list order for SELECTs on the partition key', () => {
    const behaviour = new KeyspacesBehaviour();
    withSchema(behaviour);
    const decision = behaviour.decide({ cql: "SELECT * FROM app.t WHERE id IN ('b', 'a')", consistency: Consistency.LOCAL_ONE });
    expect(decision).toMatchObject({ action: 'forward', inOrder: { column: 'id', values: [Buffer.from('b'), Buffer.from('a')] } });
  });

  it('decides every statement of the parser corpus without throwing, whatever the bound values', () => {
    const behaviour = new KeyspacesBehaviour({ readCapacity: 1000, writeCapacity: 1000 });
    const valueSets = [
      undefined,
      Array.from({ length: 16 }, (_, i) => (i % 3 === 0 ? null : Buffer.alloc(i))),
      Array.from({ length: 16 }, () => Buffer.from([0xff, 0xff, 0xff, 0xff, 0x80])),
    ];
    let decisions = 0;
    for (const dir of ['ok', 'ok-keyspaces', 'ok-cassandra3']) {
      const folder = new URL(`../../../fixtures/cql/${dir}/`, import.meta.url);
      for (const file of readdirSync(folder)) {
        for (const stmt of parseScript(readFileSync(new URL(file, folder), 'utf8')).statements) {
          const cql = printStatement(stmt);
          for (const values of valueSets) {
            for (const prepare of values === undefined ? [false, true] : [false]) {
              const decision = behaviour.decide({ cql, keyspace: 'app', consistency: LQ, values, prepare });
              if (decision.action === 'forward' || decision.action === 'schema-change') decision.commit?.();
              if (decision.action === 'forward') decision.settleRead?.(5000, 500);
              if (decision.action === 'probe') expect(['reject', 'forward']).toContain(decision.afterProbe(2000).action);
              if (decision.action === 'mcs') expect(decision.answer({ columns: [], rows: [] }).rows).toEqual([]);
              decisions++;
            }
          }
        }
      }
    }
    expect(decisions).toBeGreaterThan(1000);
  });
});

describe('parse cache', () => {
  it('keeps a bounded amount of statement text, however long and many the statements', () => {
    const behaviour = new KeyspacesBehaviour();
    const filler = 'x'.repeat(60_000);
    for (let i = 0; i < 300; i++) behaviour.decide({ cql: `SELECT * FROM system.local WHERE key = '${i}' -- ${filler}`, consistency: LQ });
    expect(behaviour.parseCacheText).toBeLessThanOrEqual(8 * 1024 * 1024);
    // A statement longer than 64 Ki code units is judged all the same, but not kept.
    const before = behaviour.parseCacheText;
    const long = `SELECT * FROM system.local -- ${'y'.repeat(70_000)}`;
    expect(behaviour.decide({ cql: long, consistency: LQ }).action).toBe('forward');
    expect(behaviour.parseCacheText).toBe(before);
  });
});
