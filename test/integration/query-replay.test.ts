// Query replay end to end: the origin is the shared Cassandra, the target the Keyspaces emulator in
// front of it (TLS + SigV4, IN results in IN-list order, Keyspaces' refusals). The same rows are
// written to an origin keyspace and to a target keyspace of another name, mapped with keyspaceMap;
// then one target row is changed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cassandra from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSources } from '../../src/audit/audit.js';
import type { QueryShapeResult } from '../../src/verify/events.js';
import { replayQueries, type NotReplayed, type QueryReplayOptions } from '../../src/verify/query-replay.js';
import { IN_ORDER_EXPLANATION } from '../../src/verify/replay-compare.js';
import { connectClient } from './helpers/cassandra.js';
import { keyspacesClient, startEmulator, type TestEmulator } from './helpers/emulator.js';
import { singleQueryRecord } from '../helpers/fql-dump.js';

const suffix = Date.now().toString(36);
const OKS = `rp_o_${suffix}`;
const TKS = `rp_t_${suffix}`;
const TENANTS = ['t0', 't1', 't2', 't3', 't4', 't5'];
const USERS = 40;

let emu: TestEmulator;
let origin: cassandra.Client;
let target: cassandra.Client;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-replay-'));
  emu = await startEmulator();
  origin = connectClient();
  target = keyspacesClient(emu);
  await origin.execute(`CREATE KEYSPACE ${OKS} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`);
  await target.execute(`CREATE KEYSPACE ${TKS} WITH replication = {'class': 'SingleRegionStrategy'}`);
  const tables = [
    `CREATE TABLE %s.events (tenant text, seq int, note text, tags set<text>, PRIMARY KEY (tenant, seq)) WITH CLUSTERING ORDER BY (seq DESC)`,
    `CREATE TABLE %s.users (id int PRIMARY KEY, name text, score bigint)`,
  ];
  for (const ddl of tables) {
    await origin.execute(ddl.replace('%s', OKS));
    await target.execute(ddl.replace('%s', TKS));
  }
  // The same rows on both sides (the emulator's backend is the same Cassandra).
  for (const ks of [OKS, TKS]) {
    for (const tenant of TENANTS) {
      for (let seq = 1; seq <= 4; seq++) {
        await origin.execute(`INSERT INTO ${ks}.events (tenant, seq, note, tags) VALUES (?, ?, ?, ?)`, [tenant, seq, `note-${tenant}-${seq}`, [`tag${seq}`]], { prepare: true });
      }
    }
    for (let id = 1; id <= USERS; id++) {
      await origin.execute(`INSERT INTO ${ks}.users (id, name, score) VALUES (?, ?, ?)`, [id, `user ${id}`, cassandra.types.Long.fromNumber(id * 1000)], { prepare: true });
    }
  }
  await origin.execute(`UPDATE ${TKS}.events SET note = 'CHANGED' WHERE tenant = 't2' AND seq = 3`);
}, 120_000);

afterAll(async () => {
  await origin?.execute(`DROP KEYSPACE IF EXISTS ${OKS}`).catch(() => undefined);
  await origin?.execute(`DROP KEYSPACE IF EXISTS ${TKS}`).catch(() => undefined);
  await origin?.shutdown();
  await target?.shutdown();
  await emu?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The audit's first error finding for a statement (what the workflow layer supplies as `findingFor`). */
function findingFor(statement: string): { ruleId: string; message: string } | undefined {
  const finding = auditSources([{ file: 'replay', text: statement }]).findings.find((f) => f.severity === 'error');
  return finding === undefined ? undefined : { ruleId: finding.ruleId, message: finding.message };
}

async function replayFile(name: string, text: string, options: Partial<QueryReplayOptions> = {}) {
  const path = join(dir, name);
  await writeFile(path, text);
  const emitted: QueryShapeResult[] = [];
  const notReplayed: NotReplayed[] = [];
  const summary = await replayQueries({
    origin,
    target,
    input: path,
    keyspaceMap: (ks) => (ks === OKS ? TKS : ks),
    findingFor,
    onResult: (r) => emitted.push(r),
    onNotReplayed: (n) => notReplayed.push(n),
    ...options,
  });
  expect(emitted).toHaveLength(summary.results.length);
  expect(summary.notReplayed).toEqual(notReplayed);
  const byShape = (prefix: string): QueryShapeResult => {
    const found = summary.results.find((r) => r.shape.startsWith(prefix));
    if (found === undefined) throw new Error(`no result for ${prefix}: ${summary.results.map((r) => r.shape).join(' | ')}`);
    return found;
  };
  return { summary, byShape };
}

describe('query replay against the emulator', () => {
  it('catches a changed row with a readable diff, and matches the rows that are the same', async () => {
    const { summary, byShape } = await replayFile(
      'changed.cql',
      [`USE ${OKS};`, "SELECT * FROM events WHERE tenant = 't2';", "SELECT * FROM events WHERE tenant = 't1';", "INSERT INTO events (tenant, seq) VALUES ('x', 1);"].join('\n'),
    );
    expect(summary.skipped).toEqual({ statements: 1, shapes: 1, byKind: { insert: 1 } });
    const r = byShape('select * from events where tenant = ?');
    expect(r).toMatchObject({ runs: 2, match: 1, mismatch: 1, errors: 0, explained: 0 });
    expect(r.firstMismatch?.statement).toBe(`SELECT * FROM ${OKS}.events WHERE tenant = 't2'\n  on the target: SELECT * FROM ${TKS}.events WHERE tenant = 't2'`);
    expect(r.firstMismatch?.diff.split('\n').slice(2)).toEqual([
      '  rows: origin 4, target 4; first difference at row 2 (CQL defines this order)',
      '- {"tenant":"t2","seq":3,"note":"note-t2-3","tags":["tag3"]}',
      '+ {"tenant":"t2","seq":3,"note":"CHANGED","tags":["tag3"]}',
      '  differs in: note',
    ]);
    expect(r.latency.origin.p50).toBeGreaterThan(0);
    expect(r.latency.target.p99).toBeGreaterThanOrEqual(r.latency.target.p50);
  });

  it('explains IN results in IN-list order instead of reporting them', async () => {
    // The IN list in the reverse of the order Cassandra answers in, so the emulator's IN-list order differs.
    const keys = ['t5', 't0', 't3', 't4'];
    const cassandraOrder = (await origin.execute(`SELECT tenant FROM ${OKS}.events WHERE tenant IN (${keys.map((k) => `'${k}'`).join(', ')}) AND seq = 1`)).rows.map((row) => row.get('tenant') as string);
    const inList = [...cassandraOrder].reverse();
    const statement = `SELECT tenant, seq, note FROM ${OKS}.events WHERE tenant IN (${inList.map((k) => `'${k}'`).join(', ')}) AND seq = 1`;
    const onTarget = (await target.execute(statement.replace(OKS, TKS))).rows.map((row) => row.get('tenant') as string);
    expect(onTarget).toEqual(inList);
    const { byShape } = await replayFile('in.cql', `${statement};\n`, { consistency: 'LOCAL_ONE' });
    const r = byShape('select tenant, seq, note from');
    expect(r).toMatchObject({ runs: 1, match: 0, mismatch: 0, explained: 1, errors: 0, explanations: [IN_ORDER_EXPLANATION] });
  });

  it('reports a statement the target refuses as an error on the target, with the audit finding', async () => {
    const { byShape } = await replayFile('refused.cql', `SELECT COUNT(*) FROM ${OKS}.events WHERE tenant = 't1';\n`);
    const r = byShape('select count');
    expect(r).toMatchObject({ runs: 1, match: 0, mismatch: 0, errors: 1 });
    expect(r.firstErrors).toHaveLength(1);
    const [error] = r.firstErrors!;
    expect(error!.side).toBe('target');
    expect(error!.message).toMatch(/aggregate|COUNT/i);
    expect(error!.finding).toEqual({ ruleId: 'KS3004', message: 'count() is an aggregate function; Amazon Keyspaces does not support aggregates.' });
    expect(r.latency.origin.p50).toBeGreaterThan(0);
  });

  it('samples values from the origin for shapes with bind markers', async () => {
    const { summary, byShape } = await replayFile(
      'markers.cql',
      [
        `SELECT * FROM ${OKS}.users WHERE id = ?;`,
        `SELECT id, name FROM ${OKS}.users WHERE id IN ?;`,
        `SELECT id, score FROM ${OKS}.users WHERE token(id) > ? LIMIT ?;`,
        `SELECT * FROM ${OKS}.events WHERE tenant = :tenant;`,
        `SELECT * FROM ${OKS}.events WHERE tenant = ? AND seq >= ?;`,
        `SELECT * FROM ${OKS}.events WHERE tags CONTAINS ? ALLOW FILTERING;`,
        'SELECT * FROM nowhere WHERE id = ?;',
      ].join('\n'),
      { samplesPerShape: 6 },
    );
    expect(byShape('select * from rp_o_').shape).toBe(`select * from ${OKS}.users where id = ?`);
    expect(byShape(`select * from ${OKS}.users`)).toMatchObject({ runs: 6, match: 6, mismatch: 0, errors: 0 });
    const inList = byShape(`select id, name from ${OKS}.users where id in ?`);
    expect(inList).toMatchObject({ runs: 6, mismatch: 0, errors: 0 });
    expect(inList.match + inList.explained).toBe(6);
    expect(byShape(`select id, score from ${OKS}.users where token`)).toMatchObject({ runs: 6, match: 6, mismatch: 0, errors: 0 });
    // Only partition-key columns bound: one sampled row per partition, so all six tenants; t2's partition differs.
    const events = byShape(`select * from ${OKS}.events where tenant = ?`);
    expect(events.shape).toBe(`select * from ${OKS}.events where tenant = ?`);
    expect(events).toMatchObject({ runs: 6, match: 5, mismatch: 1, errors: 0 });
    expect(events.firstMismatch?.statement).toBe(`SELECT * FROM ${OKS}.events WHERE tenant = :tenant  -- values: ["t2"]\n  on the target: SELECT * FROM ${TKS}.events WHERE tenant = :tenant`);
    const range = byShape(`select * from ${OKS}.events where tenant = ? and seq >= ?`);
    expect(range).toMatchObject({ runs: 6, errors: 0 });
    // Each sampled tag is its own run; only the run with tag3 meets t2's changed row.
    const contains = byShape(`select * from ${OKS}.events where tags contains`);
    expect(contains).toMatchObject({ runs: 4, match: 3, mismatch: 1, errors: 0 });
    expect(contains.firstMismatch?.statement).toContain('-- values: ["tag3"]');
    expect(summary.notReplayed).toEqual([
      { shape: 'select * from nowhere where id = ?', keyspace: undefined, reason: expect.stringContaining('not qualified') as unknown as string },
    ]);
  });

  it('reads a query log: an audit log with its session keyspace, and an fqltool dump with bound values', async () => {
    const entry = (n: number, type: string, category: string, op: string): string =>
      `INFO  [pool-1] 2025-01-01 00:00:0${n},000 FileAuditLogger.java:51 - user:app|host:127.0.0.1:7000|source:/127.0.0.1|port:5000${n}|timestamp:170000000000${n}|type:${type}|category:${category}|ks:${OKS}|scope:events|operation:${op}`;
    const audit = await replayFile(
      'audit.log',
      [
        entry(1, 'SELECT', 'QUERY', "SELECT note FROM events WHERE tenant = 't2' AND seq = 3"),
        entry(2, 'SELECT', 'QUERY', "SELECT note FROM events WHERE tenant = 't4' AND seq = 3"),
        entry(3, 'UPDATE', 'DML', "UPDATE events SET note = 'x' WHERE tenant = 't9' AND seq = 1"),
        entry(4, 'SELECT', 'QUERY', "SELECT note FROM events WHERE tenant = 't2' AND seq = 3"),
      ].join('\n'),
    );
    const notes = audit.byShape('select note from events');
    expect(notes).toMatchObject({ runs: 2, match: 1, mismatch: 1 });
    expect(notes.firstMismatch?.diff).toContain('- {"note":"note-t2-3"}\n+ {"note":"CHANGED"}');
    expect(audit.summary.skipped.statements).toBe(1);

    const int = (n: number): Buffer => {
      const b = Buffer.alloc(4);
      b.writeInt32BE(n);
      return b;
    };
    const fql = await replayFile(
      'fql-dump.txt',
      [
        singleQueryRecord(`SELECT id, name FROM ${OKS}.users WHERE id = ?`, [int(7)]),
        singleQueryRecord(`SELECT id, name FROM ${OKS}.users WHERE id = ?`, [int(8)]),
        singleQueryRecord(`SELECT id, name FROM ${OKS}.users WHERE id = ?`, [int(7)]),
        singleQueryRecord(`SELECT note FROM ${OKS}.events WHERE tenant = ? AND seq = ?`, [Buffer.from('t2'), int(3)]),
      ].join('\n'),
      { samplesPerShape: 5 },
    );
    // Each logged execution with its own values (the repeated one once): no sampling.
    expect(fql.byShape(`select id, name from ${OKS}.users`)).toMatchObject({ runs: 2, match: 2, mismatch: 0, errors: 0 });
    const logged = fql.byShape(`select note from ${OKS}.events`);
    expect(logged).toMatchObject({ runs: 1, mismatch: 1 });
    expect(logged.firstMismatch?.statement).toContain('-- values: ["t2",3]');
  });

  it('reports a result over the row limit as an error on both sides, and stops when asked', async () => {
    const { byShape } = await replayFile('big.cql', `SELECT * FROM ${OKS}.events WHERE tenant = 't1';\n`, { maxRows: 2 });
    const r = byShape('select * from');
    expect(r).toMatchObject({ runs: 1, errors: 1, match: 0, mismatch: 0 });
    expect(r.firstErrors?.[0]).toMatchObject({ side: 'both' });
    expect(r.firstErrors?.[0]?.message).toMatch(/^the result has more than 2 rows; not compared/);
    expect(r.firstErrors?.[0]?.finding).toBeUndefined();

    const stop = new AbortController();
    stop.abort();
    const { summary } = await replayFile('stopped.cql', `SELECT * FROM ${OKS}.users WHERE id = 1;\n`, { signal: stop.signal });
    expect(summary).toMatchObject({ results: [], stopped: true });
  });
});
