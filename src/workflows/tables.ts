/** Which origin tables a copy or verify works on. */
import type cassandra from 'cassandra-driver';
import { readTableShape, type TableShape } from '../scan/table-shape.js';
import { usageError } from '../shared/errors.js';

/**
 * The origin tables of `keyspaces` (all of them, or only `tables`: `table` or `keyspace.table`), in
 * keyspace then name order. A keyspace or table the origin does not have is a usage error naming it.
 */
export async function resolveTables(client: cassandra.Client, keyspaces: readonly string[], tables: readonly string[]): Promise<TableShape[]> {
  const options = { keyspaces, tables };
  const out: TableShape[] = [];
  const wanted = options.tables.map((t) => (t.includes('.') ? t : undefined));
  for (const keyspace of options.keyspaces) {
    const rs = await client.execute('SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?', [keyspace], { prepare: true });
    const names = rs.rows.map((r) => String(r.get('table_name'))).sort();
    if (names.length === 0) {
      const ks = await client.execute('SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?', [keyspace], { prepare: true });
      if (ks.rowLength === 0) throw usageError(`the origin has no keyspace ${keyspace}`, 'name keyspaces as the origin spells them (case-sensitive)');
    }
    for (const name of names) {
      if (options.tables.length > 0 && !options.tables.some((t) => t === name || t === `${keyspace}.${name}`)) continue;
      const shape = await readTableShape(client, keyspace, name);
      if (shape !== undefined) out.push(shape);
    }
  }
  for (const t of options.tables) {
    const found = out.some((s) => s.name === t || id(s) === t);
    if (!found) throw usageError(`no table ${t} in keyspace ${options.keyspaces.join(', ')} on the origin`, wanted.length > 0 ? 'name tables as table or keyspace.table' : undefined);
  }
  if (out.length === 0) throw usageError(`keyspace ${options.keyspaces.join(', ')} has no tables to copy`);
  return out;
}

const id = (t: { keyspace: string; name: string }): string => `${t.keyspace}.${t.name}`;
