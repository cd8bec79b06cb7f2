/**
 * Statements the inputs do not show but rate flags imply: `--reads ks.t=N` on a table with no read
 * statement is a single-row read by primary key, `--writes ks.t=N` with no write statement a write
 * of an average row. And the cost of a shape that several statements share (the mean of theirs).
 */
import { readUnits, ttlDeleteUnits, writeUnits } from '../keyspaces/metering.js';
import type { TableModel } from './row-model.js';
import type { Assumption, StatementCost, TableCharge } from './statement-cost.js';

/** A single-row read by primary key of an average row. */
export function syntheticRead(model: TableModel): { shape: string; cost: StatementCost } {
  const key = [...model.partitionKey, ...model.clustering];
  const where = key.length > 0 ? key.map((c) => `${c} = ?`).join(' and ') : '<primary key> = ?';
  const bytes = model.rowBytes;
  return {
    shape: `select * from ${model.id} where ${where}`,
    cost: {
      kind: 'read',
      charges: [{ table: model.id, readStrong: readUnits(bytes, 'strong'), readEventual: readUnits(bytes, 'eventual'), write: 0, ttlDeletes: 0 }],
      read: { table: model.id, path: 'point', subqueries: 1, bytesRead: bytes, emptyStoragePartitions: 0, rowsReturned: 1, bytesReturned: bytes, filterColumns: [], rangeFilter: false },
      assumptions: model.known ? [] : ['table-unknown'],
    },
  };
}

/** A write of an average row (its non-static columns). */
export function syntheticWrite(model: TableModel): { shape: string; cost: StatementCost } {
  const cells = model.averageCells().filter((c) => c.role !== 'static');
  const names = cells.length > 0 ? cells.map((c) => c.column) : ['…'];
  const bytes = model.rowBytes;
  return {
    shape: `insert into ${model.id} (${names.join(', ')}) values (${names.map(() => '?').join(', ')})`,
    cost: {
      kind: 'write',
      charges: [{ table: model.id, readStrong: 0, readEventual: 0, write: writeUnits(bytes), ttlDeletes: model.defaultTtlSeconds > 0 ? ttlDeleteUnits(bytes) : 0 }],
      write: { logged: false, mixedStatic: 0, splitUnits: writeUnits(bytes), unloggedUnits: writeUnits(bytes), bytes },
      assumptions: model.known ? [] : ['table-unknown'],
    },
  };
}

/** The mean cost of the statements that share one shape (literals of different sizes). */
export function meanCost(costs: readonly StatementCost[]): StatementCost {
  const first = costs[0];
  if (first === undefined) throw new RangeError('meanCost of no statements');
  if (costs.length === 1) return first;
  const n = costs.length;
  const byTable = new Map<string, TableCharge>();
  for (const cost of costs) {
    for (const c of cost.charges) {
      const t = byTable.get(c.table) ?? { table: c.table, readStrong: 0, readEventual: 0, write: 0, ttlDeletes: 0 };
      t.readStrong += c.readStrong / n;
      t.readEventual += c.readEventual / n;
      t.write += c.write / n;
      t.ttlDeletes += c.ttlDeletes / n;
      if (c.failedWrite !== undefined) t.failedWrite = (t.failedWrite ?? 0) + c.failedWrite / n;
      if (c.failedRead !== undefined) t.failedRead = (t.failedRead ?? 0) + c.failedRead / n;
      byTable.set(c.table, t);
    }
  }
  const assumptions = new Set<Assumption>(costs.flatMap((c) => c.assumptions));
  return { ...first, charges: [...byTable.values()], assumptions: [...assumptions] };
}
