/**
 * Optional hooks for tests and experiments: Keyspaces' per-connection request rate (3,000
 * requests/s by default, answered with the timeout matching the request) and fault injection
 * (latency, connections dropped after N requests).
 */
import { ConnectionRateLimiter } from './keyspaces/capacity.js';
import type { ThrottleError } from './keyspaces/errors.js';
import type { ConnectionContext, Request, RequestHook } from './pipeline.js';
import { Opcode } from './protocol/constants.js';
import { responseFrame } from './protocol/frame.js';
import { encodeError, type ErrorMessage } from './protocol/messages.js';

export interface FaultOptions {
  /** Delay every request by this many milliseconds before it goes on. */
  latencyMs?: number;
  /** Close each connection (without an answer) when it sends its Nth request after authentication. */
  dropAfterRequests?: number;
}

const WRITE = /^\s*(insert|update|delete|begin\s+(unlogged\s+|counter\s+)?batch)\b/i;

function isWrite(request: Request): boolean {
  if (request.opcode === 'BATCH') return true;
  if (request.opcode === 'QUERY') return WRITE.test(request.message.query);
  if (request.opcode === 'EXECUTE') return WRITE.test(request.statement?.query ?? '');
  return false;
}

/** Refuses requests over `requestsPerSecond` on one connection, as Keyspaces does (PerConnectionRequestRateExceeded). */
export function connectionRateHook(requestsPerSecond: number): RequestHook {
  const limiters = new WeakMap<ConnectionContext, ConnectionRateLimiter>();
  return (ctx, request) => {
    if (request.opcode !== 'QUERY' && request.opcode !== 'EXECUTE' && request.opcode !== 'BATCH') return undefined;
    let limiter = limiters.get(ctx);
    if (!limiter) limiters.set(ctx, (limiter = new ConnectionRateLimiter(requestsPerSecond)));
    const refused: ThrottleError | undefined = limiter.admit(isWrite(request) ? 'write' : 'read');
    if (!refused) return undefined;
    return { action: 'respond', frame: responseFrame(0, Opcode.Error, encodeError(refused as unknown as ErrorMessage)) };
  };
}

/** Injects latency and dropped connections. */
export function faultHook(options: FaultOptions): RequestHook {
  return (ctx) => {
    if (options.dropAfterRequests !== undefined && ctx.requestCount >= options.dropAfterRequests) return { action: 'drop' };
    if (options.latencyMs) {
      const ms = options.latencyMs;
      return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
    }
    return undefined;
  };
}
