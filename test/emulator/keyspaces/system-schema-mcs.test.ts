import { describe, expect, it } from 'vitest';
import { TypeCode } from '../../../src/emulator/protocol/constants.js';
import type { ColumnSpec } from '../../../src/emulator/protocol/messages.js';
import type { Select } from '../../../src/cql/ast/nodes.js';
import {
  answerMcs,
  decodeTextMap,
  encodeTextMap,
  mcsBackendQuery,
  mcsBindColumns,
  mcsResultColumns,
  mcsTarget,
  rewriteSchemaKeyspaces,
} from '../../../src/emulator/keyspaces/system-schema-mcs.js';
import { EmulatorState } from '../../../src/emulator/keyspaces/state.js';
import { parse, tableState } from './helpers.js';

const now = 1_000_000;
const text = { code: TypeCode.Varchar };
const spec = (table: string, name: string, type: ColumnSpec['type'] = text): ColumnSpec => ({
  keyspace: 'system_schema',
  table,
  name,
  type,
});
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const int = (n: number) => {
  const out = Buffer.alloc(4);
  out.writeInt32BE(n);
  return out;
};

function select(cql: string): Select {
  const stmt = parse(cql);
  if (stmt.kind !== 'Select') throw new Error('not a select');
  return stmt;
}

/** `map<text, frozen<map<text, text>>>` decoded to nested objects. */
function decodeNested(cell: Buffer | null): Record<string, Record<string, string>> {
  if (cell === null) throw new Error('null cell');
  const out: Record<string, Record<string, string>> = {};
  let at = 4;
  const next = () => {
    const length = cell.readInt32BE(at);
    const value = cell.subarray(at + 4, at + 4 + length);
    at += 4 + length;
    return value;
  };
  for (let i = 0; i < cell.readInt32BE(0); i++) {
    const key = next().toString('utf8');
    out[key] = decodeTextMap(next());
  }
  return out;
}

const tablesBackend = {
  columns: [
    spec('tables', 'keyspace_name'),
    spec('tables', 'table_name'),
    spec('tables', 'bloom_filter_fp_chance', { code: TypeCode.Double }),
    spec('tables', 'comment'),
    spec('tables', 'default_time_to_live', { code: TypeCode.Int }),
  ],
  rows: [
    [utf8('app'), utf8('fresh'), Buffer.alloc(8), utf8(''), int(0)],
    [utf8('app'), utf8('old'), Buffer.alloc(8), utf8('made outside'), int(0)],
  ],
};

function state(): EmulatorState {
  const s = EmulatorState.open(undefined);
  s.putKeyspace({ keyspace: 'app', createdAt: now, replication: { class: 'SingleRegionStrategy' }, tags: {} });
  s.putTable(tableState('fresh', { createdAt: now, customProperties: { ttl: { status: 'enabled' } } }));
  return s;
}

describe('system_schema_mcs', () => {
  it('recognises the three tables, qualified or through USE', () => {
    expect(mcsTarget(parse('SELECT * FROM system_schema_mcs.tables'))).toBe('tables');
    expect(mcsTarget(parse('SELECT * FROM keyspaces'), 'system_schema_mcs')).toBe('keyspaces');
    expect(mcsTarget(parse('SELECT * FROM system_schema_mcs.columns'))).toBe('columns');
    expect(mcsTarget(parse('SELECT * FROM system_schema.tables'))).toBeUndefined();
    expect(mcsTarget(parse('SELECT * FROM system_schema_mcs.other'))).toBeUndefined();
  });

  it('asks the backend for system_schema rows without Keyspaces-only columns', () => {
    const stmt = select(
      "SELECT status FROM system_schema_mcs.tables WHERE keyspace_name = ? AND table_name = ? AND status = 'ACTIVE' LIMIT 1",
    );
    expect(mcsBackendQuery(stmt, 'tables')).toEqual({
      cql: 'SELECT * FROM system_schema.tables WHERE keyspace_name = ? AND table_name = ? ALLOW FILTERING',
      valueIndexes: [0, 1],
    });
    const marked = select('SELECT * FROM system_schema_mcs.tables WHERE status = ? AND keyspace_name = ?');
    expect(mcsBackendQuery(marked, 'tables').valueIndexes).toEqual([1]);
  });

  it('answers status CREATING until the DDL delay has passed, then ACTIVE', () => {
    const stmt = select('SELECT keyspace_name, table_name, status FROM system_schema_mcs.tables WHERE keyspace_name = ?');
    const early = answerMcs(stmt, 'tables', tablesBackend, { state: state(), now: now + 10, ddlDelayMs: 1000 });
    expect(early.columns.map((c) => `${c.keyspace}.${c.table}.${c.name}`)).toEqual([
      'system_schema_mcs.tables.keyspace_name',
      'system_schema_mcs.tables.table_name',
      'system_schema_mcs.tables.status',
    ]);
    expect(early.rows.map((r) => r.map((c) => c?.toString('utf8')))).toEqual([
      ['app', 'fresh', 'CREATING'],
      ['app', 'old', 'ACTIVE'],
    ]);
    const later = answerMcs(stmt, 'tables', tablesBackend, { state: state(), now: now + 1000, ddlDelayMs: 1000 });
    expect(later.rows.map((r) => r[2]?.toString('utf8'))).toEqual(['ACTIVE', 'ACTIVE']);
  });

  it('filters on status locally, literal or bound', () => {
    const ctx = { state: state(), now, ddlDelayMs: 1000 };
    const literal = answerMcs(select("SELECT table_name FROM system_schema_mcs.tables WHERE status = 'ACTIVE'"), 'tables', tablesBackend, ctx);
    expect(literal.rows.map((r) => r[0]?.toString('utf8'))).toEqual(['old']);
    const bound = answerMcs(select('SELECT table_name FROM system_schema_mcs.tables WHERE status = ?'), 'tables', tablesBackend, {
      ...ctx,
      values: [utf8('CREATING')],
    });
    expect(bound.rows.map((r) => r[0]?.toString('utf8'))).toEqual(['fresh']);
  });

  it('shows custom_properties as Keyspaces does, with defaults for tables made outside the emulator', () => {
    const answer = answerMcs(select('SELECT * FROM system_schema_mcs.tables'), 'tables', tablesBackend, {
      state: state(),
      now,
      ddlDelayMs: 0,
    });
    expect(answer.columns.map((c) => c.name)).toEqual([
      'keyspace_name',
      'table_name',
      'comment',
      'custom_properties',
      'default_time_to_live',
      'status',
    ]);
    expect(answer.columns[3]?.type).toEqual({ code: TypeCode.Map, key: text, value: { code: TypeCode.Map, key: text, value: text } });
    const [fresh, old] = answer.rows;
    expect(decodeNested(fresh?.[3] ?? null)).toEqual({
      capacity_mode: { throughput_mode: 'PAY_PER_REQUEST', last_update_to_pay_per_request_timestamp: String(now) },
      encryption_specification: { encryption_type: 'AWS_OWNED_KMS_KEY' },
      point_in_time_recovery: { status: 'disabled' },
      ttl: { status: 'enabled' },
    });
    expect(decodeNested(old?.[3] ?? null).ttl).toBeUndefined();
    expect(old?.[2]?.toString('utf8')).toBe('made outside');
    expect(old?.[4]?.readInt32BE(0)).toBe(0);
  });

  it('answers keyspaces with the replication the client asked for, and applies LIMIT and aliases', () => {
    const backend = {
      columns: [spec('keyspaces', 'keyspace_name'), spec('keyspaces', 'durable_writes', { code: TypeCode.Boolean }), spec('keyspaces', 'replication', { code: TypeCode.Map, key: text, value: text })],
      rows: [
        [utf8('app'), Buffer.from([1]), encodeTextMap({ class: 'org.apache.cassandra.locator.SimpleStrategy', replication_factor: '1' })],
        [utf8('system'), Buffer.from([1]), encodeTextMap({ class: 'org.apache.cassandra.locator.LocalStrategy' })],
      ],
    };
    const answer = answerMcs(select('SELECT keyspace_name AS name, replication FROM system_schema_mcs.keyspaces LIMIT 1'), 'keyspaces', backend, {
      state: state(),
      now,
      ddlDelayMs: 0,
    });
    expect(answer.columns.map((c) => c.name)).toEqual(['name', 'replication']);
    expect(answer.rows).toHaveLength(1);
    expect(decodeTextMap(answer.rows[0]?.[1] ?? Buffer.alloc(4))).toEqual({ class: 'SingleRegionStrategy' });
    const rewritten = rewriteSchemaKeyspaces(backend, state());
    expect(decodeTextMap(rewritten[0]?.[2] ?? Buffer.alloc(4))).toEqual({ class: 'SingleRegionStrategy' });
    expect(rewritten[1]).toEqual(backend.rows[1]);
  });

  it('passes system_schema.columns rows through under the mcs name', () => {
    const backend = { columns: [spec('columns', 'keyspace_name'), spec('columns', 'column_name')], rows: [[utf8('app'), utf8('id')]] };
    const answer = answerMcs(select('SELECT * FROM system_schema_mcs.columns'), 'columns', backend, { state: state(), now, ddlDelayMs: 0 });
    expect(answer.columns.map((c) => `${c.keyspace}.${c.table}.${c.name}`)).toEqual([
      'system_schema_mcs.columns.keyspace_name',
      'system_schema_mcs.columns.column_name',
    ]);
    expect(answer.rows).toEqual(backend.rows);
  });

  it('describes prepared statements without the backend', () => {
    const stmt = select('SELECT status FROM system_schema_mcs.tables WHERE keyspace_name = ? AND table_name = ?');
    expect(mcsBindColumns(stmt, 'tables').map((c) => c.name)).toEqual(['keyspace_name', 'table_name']);
    expect(mcsResultColumns(stmt, 'tables')).toEqual([{ keyspace: 'system_schema_mcs', table: 'tables', name: 'status', type: text }]);
    expect(mcsResultColumns(select('SELECT * FROM system_schema_mcs.columns'), 'columns')).toBeUndefined();
  });
});
