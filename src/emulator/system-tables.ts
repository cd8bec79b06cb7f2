/**
 * Presents the emulator as a single node: answers from `system.local` are rewritten so the node's
 * addresses are the emulator's, its data center is the Region and its versions are the ones
 * Keyspaces reports; `system.peers` and `system.peers_v2` come back empty, so drivers never learn
 * the backend's addresses and never route around the emulator.
 */
import { Opcode, RowsFlag, TypeCode } from './protocol/constants.js';
import { openEnvelope, replaceMessage } from './protocol/envelope.js';
import type { Frame } from './protocol/frame.js';
import { decodeResult, encodeResult, type ColumnSpec, type RowsMetadata } from './protocol/messages.js';
import { inetFromString } from './protocol/notation.js';
import type { PreparedStatementInfo, RequestHook, ResponseTransform } from './pipeline.js';

/** Versions Amazon Keyspaces reports (cqlsh banner: `Cassandra 3.11.2 | CQL spec 3.4.4 | Native protocol v4`). */
export const KEYSPACES_RELEASE_VERSION = '3.11.2';
export const KEYSPACES_CQL_VERSION = '3.4.4';
export const KEYSPACES_PARTITIONER = 'org.apache.cassandra.dht.Murmur3Partitioner';

export type SystemTable = 'local' | 'peers' | 'peers_v2';

/** How the single node presents itself. */
export interface NodeIdentity {
  /** IP address clients reach the emulator on. */
  address: string;
  port: number;
  /** AWS Region, shown as the data center. */
  region: string;
  /** The account's partitioner (Keyspaces: Murmur3 by default; Random or DefaultPartitioner when changed). */
  partitioner?: string | undefined;
}

const SYSTEM_TABLE = /\bfrom\s+(?:"?system"?\s*\.\s*)("?)(local|peers_v2|peers)\1(?=[\s;]|$)/i;
const UNQUALIFIED_SYSTEM_TABLE = /\bfrom\s+("?)(local|peers_v2|peers)\1(?=[\s;]|$)/i;

/**
 * The system table a SELECT reads (`system.local`, `system.peers`, `system.peers_v2`), if any;
 * `keyspace` is the session's (after `USE system`, `FROM local` is the same table).
 */
export function systemTableOf(query: string, keyspace?: string): SystemTable | undefined {
  const m = SYSTEM_TABLE.exec(query) ?? (keyspace === 'system' ? UNQUALIFIED_SYSTEM_TABLE.exec(query) : null);
  if (!m || !/^\s*select\b/i.test(query)) return undefined;
  return (m[2] as string).toLowerCase() as SystemTable;
}

function cellFor(column: ColumnSpec, node: NodeIdentity, current: Buffer | null): Buffer | null {
  const text = (v: string): Buffer => Buffer.from(v, 'utf8');
  switch (column.name) {
    case 'rpc_address':
    case 'broadcast_address':
    case 'listen_address':
    case 'native_address':
      return column.type.code === TypeCode.Inet ? inetFromString(node.address) : current;
    case 'rpc_port':
    case 'native_port': {
      if (column.type.code !== TypeCode.Int) return current;
      const b = Buffer.alloc(4);
      b.writeInt32BE(node.port, 0);
      return b;
    }
    case 'data_center':
      return text(node.region);
    case 'release_version':
      return text(KEYSPACES_RELEASE_VERSION);
    case 'cql_version':
      return text(KEYSPACES_CQL_VERSION);
    case 'native_protocol_version':
      return text('4');
    case 'partitioner':
      return text(node.partitioner ?? KEYSPACES_PARTITIONER);
    default:
      return current;
  }
}

/**
 * Rewrites a RESULT body read from `table`. `knownMetadata` supplies the columns when the answer
 * skipped its metadata (EXECUTE with skip_metadata). Bodies that are not Rows come back unchanged.
 */
export function rewriteSystemResult(table: SystemTable, message: Buffer, node: NodeIdentity, knownMetadata?: RowsMetadata): Buffer {
  const result = decodeResult(message);
  if (result.kind !== 'rows') return message;
  if (table !== 'local') {
    const metadata: RowsMetadata = { ...result.metadata, flags: result.metadata.flags & ~RowsFlag.HasMorePages };
    delete metadata.pagingState;
    return encodeResult({ kind: 'rows', metadata, rows: [] });
  }
  const columns = result.metadata.columns ?? knownMetadata?.columns;
  if (!columns) return message;
  const rows = result.rows.map((row) => row.map((cell, i) => {
    const column = columns[i];
    return column ? cellFor(column, node, cell) : cell;
  }));
  return encodeResult({ kind: 'rows', metadata: result.metadata, rows });
}

function transformFor(table: SystemTable, node: NodeIdentity, knownMetadata?: RowsMetadata): ResponseTransform {
  return (response: Frame) => {
    if (response.opcode !== Opcode.Result) return response;
    const env = openEnvelope(response);
    return replaceMessage(response, env, rewriteSystemResult(table, env.message, node, knownMetadata));
  };
}

/** Hook that rewrites answers from the system tables describing the cluster, for QUERY and EXECUTE. */
export function systemTablesHook(node: NodeIdentity): RequestHook {
  // A prepared statement is executed many times: its system table is found once per keyspace.
  const prepared = new WeakMap<PreparedStatementInfo, Map<string | undefined, SystemTable | undefined>>();
  const preparedTable = (statement: PreparedStatementInfo, keyspace: string | undefined): SystemTable | undefined => {
    let byKeyspace = prepared.get(statement);
    if (byKeyspace === undefined) prepared.set(statement, (byKeyspace = new Map()));
    if (byKeyspace.has(keyspace)) return byKeyspace.get(keyspace);
    const table = systemTableOf(statement.query, keyspace);
    byKeyspace.set(keyspace, table);
    return table;
  };
  return (ctx, request) => {
    if (request.opcode === 'QUERY') {
      const table = systemTableOf(request.message.query, ctx.keyspace);
      return table ? { action: 'forward', onResponse: transformFor(table, node) } : undefined;
    }
    if (request.opcode === 'EXECUTE' && request.statement) {
      const table = preparedTable(request.statement, request.statement.keyspace ?? ctx.keyspace);
      return table ? { action: 'forward', onResponse: transformFor(table, node, request.statement.resultMetadata) } : undefined;
    }
    return undefined;
  };
}
