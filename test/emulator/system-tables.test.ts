import { describe, expect, it } from 'vitest';
import { RowsFlag, TypeCode } from '../../src/emulator/protocol/constants.js';
import { decodeResult, encodeResult, type ColumnSpec } from '../../src/emulator/protocol/messages.js';
import { rewriteSystemResult, systemTableOf } from '../../src/emulator/system-tables.js';

const col = (name: string, code: number): ColumnSpec => ({ keyspace: 'system', table: 'local', name, type: { code } });
const node = { address: '127.0.0.1', port: 9142, region: 'eu-central-1' };

describe('systemTableOf', () => {
  it('recognises the node tables, quoted or not, and nothing else', () => {
    expect(systemTableOf("SELECT * FROM system.local WHERE key='local'")).toBe('local');
    expect(systemTableOf('select peer, rpc_address from "system"."peers"')).toBe('peers');
    expect(systemTableOf('SELECT * FROM system.peers_v2')).toBe('peers_v2');
    expect(systemTableOf('SELECT * FROM system.local_things')).toBeUndefined();
    expect(systemTableOf('SELECT * FROM ks.local')).toBeUndefined();
    expect(systemTableOf("UPDATE system.local SET partitioner = 'x' WHERE key = 'local'")).toBeUndefined();
  });

  it('after USE system, an unqualified name is the same table; in other keyspaces it is not', () => {
    expect(systemTableOf('SELECT * FROM local', 'system')).toBe('local');
    expect(systemTableOf('SELECT * FROM "peers"', 'system')).toBe('peers');
    expect(systemTableOf('SELECT * FROM local', 'app')).toBeUndefined();
    expect(systemTableOf('SELECT * FROM local')).toBeUndefined();
  });
});

describe('rewriteSystemResult', () => {
  it('rewrites system.local as the single Keyspaces node', () => {
    const columns = [
      col('key', TypeCode.Varchar),
      col('rpc_address', TypeCode.Inet),
      col('rpc_port', TypeCode.Int),
      col('data_center', TypeCode.Varchar),
      col('release_version', TypeCode.Varchar),
      col('partitioner', TypeCode.Varchar),
      col('rack', TypeCode.Varchar),
    ];
    const body = encodeResult({
      kind: 'rows',
      metadata: { flags: RowsFlag.GlobalTablesSpec, columnCount: columns.length, columns },
      rows: [[Buffer.from('local'), Buffer.from([10, 0, 0, 5]), Buffer.from([0, 0, 0x23, 0x52]), Buffer.from('datacenter1'), Buffer.from('5.0.8'), Buffer.from('x.RandomPartitioner'), Buffer.from('rack1')]],
    });
    const out = decodeResult(rewriteSystemResult('local', body, node));
    expect(out.kind === 'rows' && out.rows[0]?.map((c) => c?.toString('hex'))).toEqual([
      Buffer.from('local').toString('hex'),
      '7f000001',
      '000023b6',
      Buffer.from('eu-central-1').toString('hex'),
      Buffer.from('3.11.2').toString('hex'),
      Buffer.from('org.apache.cassandra.dht.Murmur3Partitioner').toString('hex'),
      Buffer.from('rack1').toString('hex'),
    ]);
  });

  it('uses the prepared metadata when the answer skipped it', () => {
    const columns = [col('data_center', TypeCode.Varchar)];
    const body = encodeResult({ kind: 'rows', metadata: { flags: RowsFlag.NoMetadata, columnCount: 1 }, rows: [[Buffer.from('datacenter1')]] });
    const out = decodeResult(rewriteSystemResult('local', body, node, { flags: 0, columnCount: 1, columns }));
    expect(out).toEqual({ kind: 'rows', metadata: { flags: RowsFlag.NoMetadata, columnCount: 1 }, rows: [[Buffer.from('eu-central-1')]] });
  });

  it('empties system.peers and drops its paging state', () => {
    const columns = [col('peer', TypeCode.Inet)];
    const body = encodeResult({
      kind: 'rows',
      metadata: { flags: RowsFlag.HasMorePages, columnCount: 1, columns, pagingState: Buffer.from([1]) },
      rows: [[Buffer.from([10, 0, 0, 6])]],
    });
    expect(decodeResult(rewriteSystemResult('peers', body, node))).toEqual({ kind: 'rows', metadata: { flags: 0, columnCount: 1, columns }, rows: [] });
  });
});
