import type { Client } from 'cassandra-driver';
import { KsmigError } from '../shared/errors.js';
import type { SourceText } from './source-text.js';

/** Keyspaces whose schema and prepared statements belong to Cassandra or Keyspaces themselves. */
const SYSTEM_KEYSPACES = new Set([
  'system',
  'system_schema',
  'system_auth',
  'system_distributed',
  'system_traces',
  'system_views',
  'system_virtual_schema',
  'system_schema_mcs',
  'system_multiregion_info',
]);

const SYSTEM_TABLE_REFERENCE = /(^|[\s,(])"?(system|system_schema|system_auth|system_distributed|system_traces|system_views|system_virtual_schema|system_schema_mcs)"?\s*\./i;

const QUALIFIED_TABLE = /\b(?:FROM|INTO|UPDATE|TABLE)\s+(?:"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_]*))\s*\./i;

/** The header line that separates a keyspace's schema from the statements applications prepared on it. */
export const PREPARED_HEADER = '-- statements prepared by applications (system.prepared_statements)';

/** One keyspace of a live cluster as CQL text: its DDL, then (from `preparedFrom`) the statements applications prepared on it. */
export interface LiveSource extends SourceText {
  /** Offset in `text` of the prepared statements' header line; absent when none were found. */
  preparedFrom?: number;
}

/** A live cluster's schema and prepared statements, rendered as CQL text per keyspace. */
export interface LiveSchema {
  sources: LiveSource[];
  /** Distinct prepared statements found across all nodes. */
  preparedStatements: number;
  /** Nodes whose prepared statements could not be read, with the reason. */
  unreadNodes: Array<{ host: string; reason: string }>;
}

/**
 * Reads the schema of a running cluster with server-side `DESCRIBE SCHEMA` (Cassandra 4.0+) and
 * the statements applications have prepared (`system.prepared_statements`, read from every node
 * since the table is node-local), and renders one source per keyspace named
 * `origin:<host>/<keyspace>`: the keyspace's DDL, then its prepared statements, one per line.
 * System keyspaces are skipped, and so are statements that only read system tables (drivers
 * prepare those for themselves).
 */
export async function readLiveSchema(client: Client, hostLabel: string): Promise<LiveSchema> {
  const ddlByKeyspace = await describeSchema(client);
  const { byKeyspace: prepared, unreadNodes, total } = await readPreparedStatements(client);
  const keyspaces = [...new Set([...ddlByKeyspace.keys(), ...prepared.keys()])].sort();
  const sources: LiveSource[] = [];
  for (const keyspace of keyspaces) {
    const ddl = (ddlByKeyspace.get(keyspace) ?? []).map((s) => terminate(s)).join('\n\n');
    const statements = prepared.get(keyspace) ?? [];
    const file = `origin:${hostLabel}/${keyspace === '' ? '-' : keyspace}`;
    if (statements.length === 0) {
      sources.push({ file, text: `${ddl}\n` });
      continue;
    }
    const head = ddl === '' ? '' : `${ddl}\n\n`;
    const tail = [PREPARED_HEADER, ...(keyspace === '' ? [] : [`USE ${quoteName(keyspace)};`]), ...statements.map((q) => terminate(q.replace(/\s*\n\s*/g, ' ')))].join('\n');
    sources.push({ file, text: `${head}${tail}\n`, preparedFrom: head.length });
  }
  return { sources, preparedStatements: total, unreadNodes };
}

async function describeSchema(client: Client): Promise<Map<string, string[]>> {
  let rows;
  try {
    rows = (await client.execute('DESCRIBE SCHEMA')).rows;
  } catch (err) {
    throw new KsmigError('connection', 'KSMIG_DESCRIBE_UNSUPPORTED', `the origin cluster could not describe its schema: ${(err as Error).message}`, {
      cause: err,
      tryMessage: 'server-side DESCRIBE needs Cassandra 4.0 or later; for older clusters run `cqlsh -e "DESCRIBE SCHEMA" > schema.cql` and audit that file',
    });
  }
  const out = new Map<string, string[]>();
  for (const row of rows) {
    const keyspace = String(row['keyspace_name'] ?? '');
    if (SYSTEM_KEYSPACES.has(keyspace)) continue;
    const statement = String(row['create_statement'] ?? '').trim();
    if (statement === '') continue;
    const list = out.get(keyspace) ?? [];
    list.push(statement);
    out.set(keyspace, list);
  }
  return out;
}

async function readPreparedStatements(client: Client): Promise<{ byKeyspace: Map<string, string[]>; unreadNodes: LiveSchema['unreadNodes']; total: number }> {
  const seen = new Set<string>();
  const byKeyspace = new Map<string, string[]>();
  const unreadNodes: LiveSchema['unreadNodes'] = [];
  for (const host of client.hosts.values()) {
    let rows;
    try {
      rows = (await client.execute('SELECT logged_keyspace, query_string FROM system.prepared_statements', [], { host, prepare: false })).rows;
    } catch (err) {
      unreadNodes.push({ host: host.address, reason: (err as Error).message });
      continue;
    }
    for (const row of rows) {
      const logged = row['logged_keyspace'] === null || row['logged_keyspace'] === undefined ? '' : String(row['logged_keyspace']);
      const query = String(row['query_string'] ?? '').trim();
      // Statements prepared without a session keyspace name their table in full; file them under that keyspace.
      const keyspace = logged !== '' ? logged : unquotedKeyspace(QUALIFIED_TABLE.exec(query));
      if (query === '' || SYSTEM_KEYSPACES.has(keyspace) || SYSTEM_TABLE_REFERENCE.test(query)) continue;
      const key = `${keyspace}\u0000${query}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byKeyspace.get(keyspace) ?? [];
      list.push(query);
      byKeyspace.set(keyspace, list);
    }
  }
  for (const list of byKeyspace.values()) list.sort();
  return { byKeyspace, unreadNodes, total: seen.size };
}

function unquotedKeyspace(m: RegExpExecArray | null): string {
  if (m === null) return '';
  return m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? '').toLowerCase();
}

function terminate(statement: string): string {
  const s = statement.trimEnd();
  return s.endsWith(';') ? s : `${s};`;
}

function quoteName(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
