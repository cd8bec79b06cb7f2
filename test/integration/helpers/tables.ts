// Reads whole tables as plain JSON data keyed by primary key, so tests can say "identical on both
// sides" exactly: every row, every column, nulls and empty values apart.
import cassandra from 'cassandra-driver';
import { jsonSafe } from '../../../src/scan/values.js';

/** A client that reads maps as `Map` and sets as `Set`, as copy and verify do. */
export function dumpClient(options: cassandra.ClientOptions): cassandra.Client {
  return new cassandra.Client({ ...options, encoding: { map: Map, set: Set } });
}

/** Every row of `keyspace.table` as `key → row` (JSON text), with the key columns in `keyColumns`. */
export async function dumpTable(client: cassandra.Client, keyspace: string, table: string, keyColumns: readonly string[]): Promise<Map<string, string>> {
  const rows = new Map<string, string>();
  const query = `SELECT * FROM "${keyspace}"."${table}"`;
  for await (const row of client.stream(query, [], { prepare: true, fetchSize: 2000, consistency: cassandra.types.consistencies.localQuorum }) as unknown as AsyncIterable<cassandra.types.Row>) {
    const data: Record<string, unknown> = {};
    for (const key of row.keys()) data[key] = jsonSafe(row.get(key));
    const sorted = Object.fromEntries(Object.keys(data).sort().map((k) => [k, data[k]]));
    rows.set(JSON.stringify(keyColumns.map((k) => data[k])), JSON.stringify(sorted));
  }
  return rows;
}

/** The keys whose rows differ (missing on either side, or unequal), at most `limit` of them. */
export function differences(a: Map<string, string>, b: Map<string, string>, limit = 10): string[] {
  const out: string[] = [];
  for (const [key, row] of a) {
    if (out.length >= limit) break;
    if (!b.has(key)) out.push(`missing in target: ${key}`);
    else if (b.get(key) !== row) out.push(`different: ${key}\n  origin ${row}\n  target ${b.get(key)}`);
  }
  for (const key of b.keys()) {
    if (out.length >= limit) break;
    if (!a.has(key)) out.push(`extra in target: ${key}`);
  }
  return out;
}
