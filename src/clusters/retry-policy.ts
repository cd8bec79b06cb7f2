/**
 * Retries for Amazon Keyspaces. Keyspaces reports insufficient capacity with the standard
 * Cassandra ReadTimeout / WriteTimeout errors (keyspaces-facts.md §16), so those — and Unavailable /
 * Overloaded — are throttling: wait with exponential backoff and jitter, then send the same statement
 * to the same host again, a bounded number of times. Throttling is never data loss.
 *
 * Two layers, because the driver's retry policy decides synchronously and cannot wait:
 * - {@link KeyspacesRetryPolicy} (inside the driver) passes throttling errors straight up and only
 *   handles transport failures of idempotent statements;
 * - {@link retryThrottled} (around each request) sleeps with backoff, pins the coordinator that
 *   answered, and retries.
 */
import cassandra from 'cassandra-driver';

const { RetryPolicy } = cassandra.policies.retry;
const codes = cassandra.types.responseErrorCodes;

/** Which throttling signal a server error is. */
export type ThrottleKind = 'write-timeout' | 'read-timeout' | 'unavailable' | 'overloaded';

/** Classifies a driver error as throttling, or `undefined` for anything else. */
export function throttleKindOf(error: unknown): ThrottleKind | undefined {
  if (!(error instanceof cassandra.errors.ResponseError)) return undefined;
  switch (error.code) {
    case codes.writeTimeout:
      return 'write-timeout';
    case codes.readTimeout:
      return 'read-timeout';
    case codes.unavailableException:
      return 'unavailable';
    case codes.overloaded:
      return 'overloaded';
    default:
      return undefined;
  }
}

/** Backoff settings. */
export interface BackoffOptions {
  /** Total attempts including the first. Default 10. */
  maxAttempts?: number;
  /** Delay ceiling for the first retry, in ms; doubles each retry. Default 50. */
  baseDelayMs?: number;
  /** Upper bound of any single delay, in ms. Default 5,000. */
  maxDelayMs?: number;
  /** Uniform random source in [0, 1), for tests. */
  random?: () => number;
}

const DEFAULTS = { maxAttempts: 10, baseDelayMs: 50, maxDelayMs: 5_000 } as const;

/**
 * Delay before retry number `retry` (1-based): "equal jitter" — half of the exponential ceiling
 * fixed, half random — so retries always back off but clients that were throttled together spread out.
 */
export function backoffDelayMs(retry: number, options: BackoffOptions = {}): number {
  const base = options.baseDelayMs ?? DEFAULTS.baseDelayMs;
  const max = options.maxDelayMs ?? DEFAULTS.maxDelayMs;
  const random = options.random ?? Math.random;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, retry - 1));
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}

/** One throttled attempt, reported before the wait. */
export interface ThrottleEvent {
  kind: ThrottleKind;
  /** The retry about to happen (1 = first retry). */
  retry: number;
  delayMs: number;
  /** Address of the host that answered, when known. */
  coordinator: string | undefined;
}

/** Options for {@link retryThrottled}. */
export interface RetryThrottledOptions extends BackoffOptions {
  /** Called before each wait; use it to count throttling separately from failures. */
  onThrottle?: (event: ThrottleEvent) => void;
  /** Which throttling signals to retry; default all. A caller turns off write timeouts for non-idempotent writes. */
  isRetryable?: (kind: ThrottleKind) => boolean;
  /** Sleep, for tests. */
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` and, while it fails with a throttling error, waits and runs it again (at most
 * `maxAttempts` in all). `attempt` receives the coordinator address of the previous throttled try
 * (undefined on the first) so the caller can send the retry to the same host. Any other error, or
 * the last throttling error once attempts run out, is rethrown unchanged.
 */
export async function retryThrottled<T>(
  attempt: (previousCoordinator: string | undefined) => Promise<T>,
  options: RetryThrottledOptions = {},
): Promise<T> {
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULTS.maxAttempts);
  const sleep = options.sleep ?? sleepFor;
  let coordinator: string | undefined;
  for (let n = 1; ; n++) {
    try {
      return await attempt(coordinator);
    } catch (error) {
      const kind = throttleKindOf(error);
      if (kind === undefined || n >= maxAttempts || options.isRetryable?.(kind) === false) throw error;
      coordinator = coordinatorOf(error);
      const delayMs = backoffDelayMs(n, options);
      options.onThrottle?.({ kind, retry: n, delayMs, coordinator });
      await sleep(delayMs);
    }
  }
}

function coordinatorOf(error: unknown): string | undefined {
  const value = (error as { coordinator?: unknown }).coordinator;
  return typeof value === 'string' ? value : undefined;
}

/** Options for {@link KeyspacesRetryPolicy}. */
export interface KeyspacesRetryPolicyOptions {
  /** Immediate retries of an idempotent statement after a socket error or client-side timeout. Default 2. */
  maxTransportRetries?: number;
}

/**
 * The driver-level policy. Throttling (read/write timeout, unavailable, overloaded) is rethrown at
 * once so {@link retryThrottled} can wait before retrying — retrying inside the driver would resend
 * immediately and deepen the throttling. A socket error or client timeout on an idempotent
 * statement is retried on the same host (the driver takes a fresh connection from its pool).
 */
export class KeyspacesRetryPolicy extends RetryPolicy {
  private readonly maxTransportRetries: number;

  constructor(options: KeyspacesRetryPolicyOptions = {}) {
    super();
    this.maxTransportRetries = options.maxTransportRetries ?? 2;
  }

  override onReadTimeout(
    _info: cassandra.policies.retry.OperationInfo,
    _consistency: cassandra.types.consistencies,
    _received: number,
    _blockFor: number,
    _isDataPresent: boolean,
  ): cassandra.policies.retry.DecisionInfo {
    return this.rethrowResult();
  }

  override onWriteTimeout(
    _info: cassandra.policies.retry.OperationInfo,
    _consistency: cassandra.types.consistencies,
    _received: number,
    _blockFor: number,
    _writeType: string,
  ): cassandra.policies.retry.DecisionInfo {
    return this.rethrowResult();
  }

  override onUnavailable(
    _info: cassandra.policies.retry.OperationInfo,
    _consistency: cassandra.types.consistencies,
    _required: number,
    _alive: boolean,
  ): cassandra.policies.retry.DecisionInfo {
    return this.rethrowResult();
  }

  override onRequestError(
    info: cassandra.policies.retry.OperationInfo,
    consistency: cassandra.types.consistencies,
    error: Error,
  ): cassandra.policies.retry.DecisionInfo {
    if (throttleKindOf(error) !== undefined) return this.rethrowResult();
    if (info.nbRetry >= this.maxTransportRetries) return this.rethrowResult();
    return this.retryResult(consistency, true);
  }
}
