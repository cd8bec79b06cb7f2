/**
 * What one emulator lets its clients hold: connections, time, and memory for frames still being
 * received. Every limit has a `ksmig emulate` flag; the defaults suit a laptop or a CI runner.
 */

/** The limits of one emulator (all required once resolved; see DEFAULT_LIMITS). */
export interface ConnectionLimits {
  /**
   * Client connections open at once, counted from the TCP accept (TLS handshakes included). A
   * connection past the limit is closed at once, as Cassandra's `native_transport_max_concurrent_connections` does.
   */
  maxConnections: number;
  /** A connection that has not authenticated this long after its TLS handshake is closed (milliseconds; 0 never closes one). */
  authTimeoutMs: number;
  /**
   * An authenticated connection that has sent and received nothing, and has no request at the
   * backend, for this long is closed (milliseconds; 0 never closes one).
   */
  idleTimeoutMs: number;
  /**
   * Bytes held for frames not yet complete, across all connections. The connection whose bytes
   * would take the total past it gets an Overloaded error and is closed.
   */
  maxBufferedBytes: number;
}

export const MIB = 1024 * 1024;

/** Defaults: 1,000 connections, 10 s to authenticate, 10 minutes idle, 256 MiB of unfinished frames. */
export const DEFAULT_LIMITS: Readonly<ConnectionLimits> = Object.freeze({
  maxConnections: 1000,
  authTimeoutMs: 10_000,
  idleTimeoutMs: 10 * 60_000,
  maxBufferedBytes: 256 * MIB,
});

/** `partial` over the defaults. */
export function resolveLimits(partial: Partial<ConnectionLimits> = {}): ConnectionLimits {
  return {
    maxConnections: partial.maxConnections ?? DEFAULT_LIMITS.maxConnections,
    authTimeoutMs: partial.authTimeoutMs ?? DEFAULT_LIMITS.authTimeoutMs,
    idleTimeoutMs: partial.idleTimeoutMs ?? DEFAULT_LIMITS.idleTimeoutMs,
    maxBufferedBytes: partial.maxBufferedBytes ?? DEFAULT_LIMITS.maxBufferedBytes,
  };
}
