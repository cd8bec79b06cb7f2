/**
 * The error answers the Keyspaces behaviour modules hand to the protocol layer. They are plain
 * data: the proxy encodes them as CQL native-protocol v4 ERROR bodies (code, string message, and
 * for the timeout codes the extra fields below).
 */
import { consistencyName as protocolConsistencyName, ErrorCode } from '../protocol/constants.js';

// The protocol's own tables: the behaviour modules answer with its error codes and read its consistency values.
export { Consistency } from '../protocol/constants.js';
export { ErrorCode };

/** The name of a protocol consistency value, e.g. `1` → `ONE`; unknown values print as hex. */
export function consistencyName(value: number): string {
  return protocolConsistencyName(value) ?? `0x${value.toString(16).padStart(4, '0')}`;
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
