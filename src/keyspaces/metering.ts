/**
 * How Amazon Keyspaces meters requests (keyspaces-facts §3, §5, §16): a write request unit covers up
 * to 1 KB written, a read request unit up to 4 KB read at LOCAL_QUORUM (half a unit at ONE or
 * LOCAL_ONE); a logged batch writes every row twice. The same arithmetic bills on-demand request
 * units and draws on provisioned capacity units, so the emulator's throttling, the copier's rate
 * limiter and the estimator all use these functions.
 */

/** Bytes covered by one write unit. */
export const WRITE_UNIT_BYTES = 1024;
/** Bytes covered by one read unit at LOCAL_QUORUM. */
export const READ_UNIT_BYTES = 4096;

/** Read consistency as metering sees it: `eventual` is ONE / LOCAL_ONE (half price), `strong` is LOCAL_QUORUM. */
export type ReadMetering = 'strong' | 'eventual';

/** Write units for `bytes` written: ceil(bytes / 1 KB), at least 1; doubled in a logged batch. */
export function writeUnits(bytes: number, loggedBatch = false): number {
  const units = Math.max(1, Math.ceil(bytes / WRITE_UNIT_BYTES));
  return loggedBatch ? units * 2 : units;
}

/** Read units for `bytes` read: ceil(bytes / 4 KB), at least 1; halved for eventually consistent reads. */
export function readUnits(bytes: number, metering: ReadMetering = 'strong'): number {
  const units = Math.max(1, Math.ceil(bytes / READ_UNIT_BYTES));
  return metering === 'eventual' ? units / 2 : units;
}

/**
 * Write units of one write that sets static and non-static columns together: Keyspaces runs it as
 * two writes and meters 2 × WCU(non-static data) + 2 × WCU(static data) (DG static-columns-metering;
 * keyspaces-facts §10: 25.5 KB non-static + 1.5 KB static → 2 × 26 + 2 × 2 = 56). A write of only
 * one kind costs plain `writeUnits`. Doubled again in a logged batch.
 */
export function mixedWriteUnits(nonStaticBytes: number, staticBytes: number, loggedBatch = false): number {
  return writeUnits(nonStaticBytes, loggedBatch) * 2 + writeUnits(staticBytes, loggedBatch) * 2;
}

/** Bytes covered by one TTL delete. */
export const TTL_DELETE_BYTES = 1024;

/**
 * TTL deletes billed when a row of `bytes` expires: one per started KB (keyspaces-facts §9, DG
 * TTL.html: a 2.5 KB row with its column deletes → 3, a 3.5 KB row → 4), at least 1.
 */
export function ttlDeleteUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / TTL_DELETE_BYTES));
}

/**
 * Storage partitions of a new on-demand table. A full-table scan reads every storage partition,
 * empty ones included, at one read unit each (keyspaces-facts §6, DG table_scans.html: 3 rows in
 * one partition cost 3 RRU plus 3 RRU for the three empty partitions).
 */
export const NEW_TABLE_STORAGE_PARTITIONS = 4;
