// The copy/verify benchmark table: its schema, a seeded row generator (row i is a pure function of
// the seed and i, so any process or order yields the same data), a fast loader, an exact row count
// over token ranges and a spot check of row contents between two clusters.
import cassandra from 'cassandra-driver';
import { rng } from '../random.js';

export const TABLE = 't';
export const COLUMNS = ['id', 'name', 'email', 'amount', 'created', 'payload'] as const;
const PAYLOAD_CHARS = 140; // with the other columns, about 200 bytes of values per row
const BASE_TIME = Date.UTC(2025, 0, 1);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

export function keyspaceDdl(ks: string): string {
  return `CREATE KEYSPACE IF NOT EXISTS ${ks} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`;
}

export function tableDdl(ks: string): string {
  return `CREATE TABLE IF NOT EXISTS ${ks}.${TABLE} (id bigint PRIMARY KEY, name text, email text, amount int, created timestamp, payload text)`;
}

export interface Row {
  id: cassandra.types.Long;
  name: string;
  email: string;
  amount: number;
  created: Date;
  payload: string;
}

/** Row `i` of the data set with this seed. */
export function row(seed: number, i: number): Row {
  const r = rng((seed + Math.imul(i, 0x9e3779b1)) >>> 0);
  const pick = (alphabet: string): string => alphabet[Math.floor(r() * alphabet.length)]!;
  const nameLength = 5 + Math.floor(r() * 8);
  let name = pick(LOWER).toUpperCase();
  for (let k = 1; k < nameLength; k++) name += pick(LOWER);
  let payload = '';
  for (let k = 0; k < PAYLOAD_CHARS; k++) payload += pick(ALNUM);
  return {
    id: cassandra.types.Long.fromNumber(i),
    name,
    email: `${name.toLowerCase()}.${i}@example.com`,
    amount: Math.floor(r() * 2_000_000) - 1_000_000,
    created: new Date(BASE_TIME + i * 1000 + Math.floor(r() * 1000)),
    payload,
  };
}

export function client(port: number): cassandra.Client {
  return new cassandra.Client({
    contactPoints: [`127.0.0.1:${port}`],
    localDataCenter: 'datacenter1',
    socketOptions: { readTimeout: 120_000 },
    pooling: { coreConnectionsPerHost: { [cassandra.types.distance.local]: 2 } },
  });
}

/** Creates (or recreates, dropping any data) the keyspace and the empty table. */
export async function recreate(c: cassandra.Client, ks: string): Promise<void> {
  await c.execute(`DROP KEYSPACE IF EXISTS ${ks}`);
  await c.execute(keyspaceDdl(ks));
  await c.execute(tableDdl(ks));
}

const INSERT = (ks: string): string => `INSERT INTO ${ks}.${TABLE} (${COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?)`;

/**
 * Writes rows `[from, to)` of the data set into every `(client, keyspace)` target: unlogged batches
 * of 20 rows (each about 4 KB, under Cassandra's 5 KiB batch warning), 16 batches in flight.
 */
export async function load(targets: readonly { client: cassandra.Client; ks: string }[], seed: number, from: number, to: number, progress?: (done: number) => void): Promise<void> {
  const BATCH = 20;
  const CONCURRENCY = 16;
  let next = from;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < to) {
      const start = next;
      next = Math.min(to, next + BATCH);
      const rows: Row[] = [];
      for (let i = start; i < next; i++) rows.push(row(seed, i));
      for (const t of targets) {
        await t.client.batch(
          rows.map((r) => ({ query: INSERT(t.ks), params: [r.id, r.name, r.email, r.amount, r.created, r.payload] })),
          { prepare: true, logged: false, consistency: cassandra.types.consistencies.one },
        );
      }
      done += rows.length;
      if (progress && done % 100_000 < BATCH) progress(done);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

const MIN_TOKEN = -(2n ** 63n);
const MAX_TOKEN = 2n ** 63n - 1n;

/**
 * Exact row count: `count(*)` over `splits` disjoint token ranges covering the Murmur3 ring, four
 * at a time (one `count(*)` over a million rows would risk the server's range timeout).
 */
export async function countRows(c: cassandra.Client, ks: string, splits = 64): Promise<number> {
  const width = (MAX_TOKEN - MIN_TOKEN) / BigInt(splits);
  const ranges: { lo: bigint; hi: bigint; last: boolean }[] = [];
  for (let k = 0; k < splits; k++) {
    const lo = MIN_TOKEN + width * BigInt(k);
    const last = k === splits - 1;
    ranges.push({ lo, hi: last ? MAX_TOKEN : lo + width, last });
  }
  let total = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ranges.length) {
      const r = ranges[next++]!;
      const cql = `SELECT count(*) FROM ${ks}.${TABLE} WHERE token(id) >= ? AND token(id) ${r.last ? '<=' : '<'} ?`;
      const rs = await c.execute(cql, [cassandra.types.Long.fromString(r.lo.toString()), cassandra.types.Long.fromString(r.hi.toString())], {
        prepare: true,
        consistency: cassandra.types.consistencies.one,
      });
      total += Number(rs.first()?.get('count') ?? 0);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return total;
}

function canonical(r: cassandra.types.Row | null | undefined): string {
  if (!r) return 'missing';
  return COLUMNS.map((col) => {
    const v: unknown = r.get(col);
    return v instanceof Date ? v.toISOString() : String(v);
  }).join('|');
}

/**
 * Compares `samples` rows, chosen from the seed, between two clusters; returns the ids that differ
 * (missing on one side, or any column not equal).
 */
export async function spotCheck(
  a: { client: cassandra.Client; ks: string },
  b: { client: cassandra.Client; ks: string },
  rows: number,
  seed: number,
  samples = 200,
): Promise<number[]> {
  const r = rng(seed ^ 0x5eed);
  const bad: number[] = [];
  for (let k = 0; k < Math.min(samples, rows); k++) {
    const id = Math.floor(r() * rows);
    const get = (side: { client: cassandra.Client; ks: string }): Promise<cassandra.types.ResultSet> =>
      side.client.execute(`SELECT ${COLUMNS.join(', ')} FROM ${side.ks}.${TABLE} WHERE id = ?`, [cassandra.types.Long.fromNumber(id)], { prepare: true });
    const [x, y] = await Promise.all([get(a), get(b)]);
    if (canonical(x.first()) !== canonical(y.first()) || !x.first()) bad.push(id);
  }
  return bad;
}
