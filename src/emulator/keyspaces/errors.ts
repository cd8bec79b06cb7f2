/**
 * The error answers the Keyspaces behaviour modules hand to the protocol layer. They are plain
 * data: the proxy encodes them as CQL native-protocol v4 ERROR bodies (code, string message, and
 * for the timeout codes the extra fields below).
 */

/** The CQL native-protocol error codes the behaviour modules answer with. */
export const ErrorCode = {
  /** 0x1100: the coordinator timed out waiting for write acknowledgements. */
  WriteTimeout: 0x1100,
  /** 0x1200: the coordinator timed out waiting for read responses. */
  ReadTimeout: 0x1200,
  /** 0x2200: the statement is syntactically valid but invalid (Keyspaces' usual rejection). */
  Invalid: 0x2200,
} as const;

/** Protocol consistency levels (CQL native protocol v4 `[consistency]` values). */
export const Consistency = {
  ANY: 0x0000,
  ONE: 0x0001,
  TWO: 0x0002,
  THREE: 0x0003,
  QUORUM: 0x0004,
  ALL: 0x0005,
  LOCAL_QUORUM: 0x0006,
  EACH_QUORUM: 0x0007,
  SERIAL: 0x0008,
  LOCAL_SERIAL: 0x0009,
  LOCAL_ONE: 0x000a,
} as const;

/** The name of a protocol consistency value, e.g. `1` → `ONE`; unknown values print as hex. */
export function consistencyName(value: number): string {
  for (const [name, code] of Object.entries(Consistency)) {
    if (code === value) return name;
  }
  return `0x${value.toString(16).padStart(4, '0')}`;
}

/** A plain ERROR answer: code + message (codes other than the timeouts). */
export interface KeyspacesError {
  code: number;
  message: string;
}

/** A rejection decided by the statement policy; `inferred` is true when the text is ours, not AWS's. */
export interface Rejection extends KeyspacesError {
  /** Stable id of the rule in `rejectionCatalog` (policy.ts / catalog.ts). */
  rule: string;
  inferred: boolean;
}

/** WriteTimeout body fields (protocol v4 §9: cl, received, blockfor, writeType). */
export interface WriteTimeoutError {
  code: typeof ErrorCode.WriteTimeout;
  message: string;
  consistency: number;
  received: number;
  blockFor: number;
  writeType: 'SIMPLE' | 'BATCH' | 'UNLOGGED_BATCH' | 'COUNTER' | 'BATCH_LOG' | 'CAS' | 'VIEW' | 'CDC';
}

/** ReadTimeout body fields (protocol v4 §9: cl, received, blockfor, data_present). */
export interface ReadTimeoutError {
  code: typeof ErrorCode.ReadTimeout;
  message: string;
  consistency: number;
  received: number;
  blockFor: number;
  dataPresent: boolean;
}

/** What a capacity check answers when a request is over the limit. */
export type ThrottleError = WriteTimeoutError | ReadTimeoutError;
