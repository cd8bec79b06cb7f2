import cassandra from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import {
  KeyspacesRetryPolicy,
  backoffDelayMs,
  retryThrottled,
  throttleKindOf,
  type ThrottleEvent,
} from '../../src/clusters/retry-policy.js';

const codes = cassandra.types.responseErrorCodes;
const LOCAL_QUORUM = cassandra.types.consistencies.localQuorum;
// The runtime exposes the decision constants on the class; the typings only as an enum namespace.
const { retry: RETRY, rethrow: RETHROW } = (cassandra.policies.retry.RetryPolicy as unknown as { retryDecision: { retry: number; rethrow: number } })
  .retryDecision;

function serverError(code: number, coordinator?: string): Error {
  const error = new cassandra.errors.ResponseError(code, 'Operation timed out - received only 0 responses.');
  if (coordinator) (error as unknown as { coordinator: string }).coordinator = coordinator;
  return error;
}

const info = (nbRetry: number) => ({ query: 'INSERT', executionOptions: {} as never, nbRetry });

describe('throttleKindOf', () => {
  it('classifies Keyspaces throttling signals', () => {
    expect(throttleKindOf(serverError(codes.writeTimeout))).toBe('write-timeout');
    expect(throttleKindOf(serverError(codes.readTimeout))).toBe('read-timeout');
    expect(throttleKindOf(serverError(codes.unavailableException))).toBe('unavailable');
    expect(throttleKindOf(serverError(codes.overloaded))).toBe('overloaded');
  });

  it('leaves other errors alone', () => {
    expect(throttleKindOf(serverError(codes.invalid))).toBeUndefined();
    expect(throttleKindOf(serverError(codes.syntaxError))).toBeUndefined();
    expect(throttleKindOf(new Error('timeout'))).toBeUndefined();
    expect(throttleKindOf(undefined)).toBeUndefined();
  });
});

describe('backoffDelayMs', () => {
  it('doubles the ceiling each retry, with half of it random, up to the cap', () => {
    const opts = { baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelayMs(1, { ...opts, random: () => 0 })).toBe(50);
    expect(backoffDelayMs(1, { ...opts, random: () => 0.999 })).toBe(99);
    expect(backoffDelayMs(2, { ...opts, random: () => 0 })).toBe(100);
    expect(backoffDelayMs(3, { ...opts, random: () => 0.5 })).toBe(300);
    expect(backoffDelayMs(10, { ...opts, random: () => 0 })).toBe(500);
    expect(backoffDelayMs(10, { ...opts, random: () => 0.999 })).toBe(999);
  });

  it('spreads clients that retry together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelayMs(4)));
    expect(delays.size).toBeGreaterThan(10);
  });
});

describe('retryThrottled', () => {
  it('backs off and retries throttled requests on the same coordinator until they succeed', async () => {
    const seen: Array<string | undefined> = [];
    const slept: number[] = [];
    const events: ThrottleEvent[] = [];
    let n = 0;
    const result = await retryThrottled(
      async (coordinator) => {
        seen.push(coordinator);
        n++;
        if (n <= 3) throw serverError(n === 2 ? codes.readTimeout : codes.writeTimeout, '10.0.0.7:9142');
        return 'ok';
      },
      { baseDelayMs: 10, random: () => 0, sleep: async (ms) => void slept.push(ms), onThrottle: (e) => events.push(e) },
    );
    expect(result).toBe('ok');
    expect(seen).toEqual([undefined, '10.0.0.7:9142', '10.0.0.7:9142', '10.0.0.7:9142']);
    expect(slept).toEqual([5, 10, 20]);
    expect(events.map((e) => [e.kind, e.retry])).toEqual([
      ['write-timeout', 1],
      ['read-timeout', 2],
      ['write-timeout', 3],
    ]);
  });

  it('gives up after maxAttempts with the last throttling error', async () => {
    let n = 0;
    const last = serverError(codes.writeTimeout);
    await expect(
      retryThrottled(
        async () => {
          n++;
          throw n === 4 ? last : serverError(codes.writeTimeout);
        },
        { maxAttempts: 4, sleep: async () => undefined },
      ),
    ).rejects.toBe(last);
    expect(n).toBe(4);
  });

  it('does not retry other errors', async () => {
    let n = 0;
    const invalid = serverError(codes.invalid);
    await expect(
      retryThrottled(async () => {
        n++;
        throw invalid;
      }),
    ).rejects.toBe(invalid);
    expect(n).toBe(1);
  });

  it('lets the caller refuse some kinds (non-idempotent writes)', async () => {
    let n = 0;
    await expect(
      retryThrottled(
        async () => {
          n++;
          throw serverError(codes.writeTimeout);
        },
        { isRetryable: (kind) => kind !== 'write-timeout', sleep: async () => undefined },
      ),
    ).rejects.toBeInstanceOf(cassandra.errors.ResponseError);
    expect(n).toBe(1);
  });
});

describe('KeyspacesRetryPolicy (driver level)', () => {
  const policy = new KeyspacesRetryPolicy({ maxTransportRetries: 2 });

  it('hands throttling to the backoff layer instead of resending at once', () => {
    expect(policy.onWriteTimeout(info(0), LOCAL_QUORUM, 0, 2, 'SIMPLE').decision).toBe(RETHROW);
    expect(policy.onReadTimeout(info(0), LOCAL_QUORUM, 0, 2, false).decision).toBe(RETHROW);
    expect(policy.onUnavailable(info(0), LOCAL_QUORUM, 2, false).decision).toBe(RETHROW);
    expect(policy.onRequestError(info(0), LOCAL_QUORUM, serverError(codes.overloaded)).decision).toBe(RETHROW);
  });

  it('retries transport failures on the same host, a bounded number of times', () => {
    const socketError = new Error('socket hang up');
    const first = policy.onRequestError(info(0), LOCAL_QUORUM, socketError) as unknown as { decision: number; useCurrentHost: boolean; consistency: number };
    expect(first).toMatchObject({ decision: RETRY, useCurrentHost: true, consistency: LOCAL_QUORUM });
    expect(policy.onRequestError(info(1), LOCAL_QUORUM, socketError).decision).toBe(RETRY);
    expect(policy.onRequestError(info(2), LOCAL_QUORUM, socketError).decision).toBe(RETHROW);
  });
});
