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
