/**
 * Provisioned-capacity throttling as Keyspaces does it (keyspaces-facts §3, §5, §16): per table,
 * a read and a write token bucket refilled continuously at the configured units per second, with a
 * burst of one second's worth. A request over the limit is answered with the standard Cassandra
 * timeout errors Keyspaces uses for throttling. Optionally, each connection is held to a request
 * rate (Keyspaces: 3,000 CQL requests per second per connection). Metering and the bucket are
 * Keyspaces' own (`src/keyspaces/`). Pure and deterministic: time comes from the injected `now`.
 */
import { limits } from '../../keyspaces/limits.js';
import { readUnits, writeUnits, type ReadMetering } from '../../keyspaces/metering.js';
import { TokenBucket, type Clock } from '../../keyspaces/token-bucket.js';
import { rejectionEntry } from './rejections.js';
import { Consistency, ErrorCode } from './errors.js';
import type { ReadTimeoutError, ThrottleError, WriteTimeoutError } from './errors.js';


/** The WriteTimeout Keyspaces answers when write capacity is exceeded. */
export function writeThrottle(): WriteTimeoutError {
  return {
    code: ErrorCode.WriteTimeout,
    message: rejectionEntry('write-throttled').template,
    consistency: Consistency.LOCAL_QUORUM,
    received: 0,
    blockFor: 2,
    writeType: 'SIMPLE',
  };
}

/** The ReadTimeout Keyspaces answers when read capacity is exceeded. */
export function readThrottle(): ReadTimeoutError {
  return {
    code: ErrorCode.ReadTimeout,
    message: rejectionEntry('read-throttled').template,
    consistency: Consistency.LOCAL_QUORUM,
    received: 0,
    blockFor: 2,
    dataPresent: false,
  };
}

/** One table's share of a write request (a batch has one per statement). */
export interface WriteCharge {
  /** `keyspace.table`, names as stored (case-normalised). */
  table: string;
  /** Bytes written: the encoded sizes of keys and values. */
  bytes: number;
}

/** Units charged to one table: read units of settled reads, write units of admitted writes. */
export interface ChargedUnits {
  readonly read: number;
  readonly write: number;
}

/** Capacity settings; an absent capacity means unlimited (on-demand). */
export interface CapacityOptions {
  /** Units per second for every table without a provisioned capacity of its own (`--read-capacity`). */
  readCapacity?: number | undefined;
  writeCapacity?: number | undefined;
  /** A table's own provisioned units (from its CUSTOM_PROPERTIES), which take precedence. */
  provisioned?: (table: string) => { read?: number; write?: number } | undefined;
  now?: Clock;
}

/**
 * Per-table read/write buckets. Writes are charged up front (their size is known from the
 * request); a batch is admitted only if every table it touches has capacity, and then charged on
 * every table. Reads are admitted on the minimum cost and settled once the answer's size is known.
 */
export class CapacityLimiter {
  private readonly readBuckets = new Map<string, TokenBucket>();
  private readonly writeBuckets = new Map<string, TokenBucket>();
  private readonly charged = new Map<string, { read: number; write: number }>();
  private readonly now: Clock;

  constructor(private readonly options: CapacityOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Admits and charges a write (single statement: one charge; batch: one per statement). */
  admitWrite(charges: readonly WriteCharge[], loggedBatch: boolean): WriteTimeoutError | undefined {
    if (charges.length === 1) {
      // The common case (one statement) without the per-table sums.
      const { table, bytes } = charges[0] as WriteCharge;
      const units = writeUnits(bytes, loggedBatch);
      const bucket = this.bucket(this.writeBuckets, table, this.rate(table, 'write'));
      if (bucket !== undefined && !bucket.take(units)) return writeThrottle();
      this.tally(table).write += units;
      return undefined;
    }
    const perTable = new Map<string, number>();
    for (const charge of charges) {
      perTable.set(charge.table, (perTable.get(charge.table) ?? 0) + writeUnits(charge.bytes, loggedBatch));
    }
    const buckets: [TokenBucket, number][] = [];
    for (const [table, units] of perTable) {
      const bucket = this.bucket(this.writeBuckets, table, this.rate(table, 'write'));
      if (bucket === undefined) continue;
      if (!bucket.canTake(units)) return writeThrottle();
      buckets.push([bucket, units]);
    }
    for (const [bucket, units] of buckets) bucket.charge(units);
    for (const [table, units] of perTable) this.tally(table).write += units;
    return undefined;
  }

  /** Admits a read of `table`, taking the cheapest read's units; settle the rest with `settleRead`. */
  admitRead(table: string, consistency: number): ReadTimeoutError | undefined {
    const bucket = this.bucket(this.readBuckets, table, this.rate(table, 'read'));
    if (bucket === undefined) return undefined;
    return bucket.take(readUnits(0, metering(consistency))) ? undefined : readThrottle();
  }

  /** Charges the remainder of a read once `bytes` (the data read) is known. */
  settleRead(table: string, bytes: number, consistency: number): void {
    this.tally(table).read += readUnits(bytes, metering(consistency));
    this.bucket(this.readBuckets, table, this.rate(table, 'read'))?.charge(readUnits(bytes, metering(consistency)) - readUnits(0, metering(consistency)));
  }

  /**
   * What `table` (`keyspace.table`) has been charged since the emulator started, whether or not a
   * capacity is set: the units Keyspaces would bill on demand for the requests the emulator admitted.
   */
  charges(table: string): ChargedUnits {
    const c = this.charged.get(table);
    return { read: c?.read ?? 0, write: c?.write ?? 0 };
  }

  private tally(table: string): { read: number; write: number } {
    let c = this.charged.get(table);
    if (c === undefined) this.charged.set(table, (c = { read: 0, write: 0 }));
    return c;
  }

  private rate(table: string, kind: 'read' | 'write'): number | undefined {
    return this.options.provisioned?.(table)?.[kind] ?? (kind === 'read' ? this.options.readCapacity : this.options.writeCapacity);
  }

  /** The table's bucket at `rate` (a new one when the table's capacity changed); none when unlimited. */
  private bucket(buckets: Map<string, TokenBucket>, table: string, rate: number | undefined): TokenBucket | undefined {
    if (rate === undefined) return undefined;
    let bucket = buckets.get(table);
    if (bucket === undefined || bucket.ratePerSecond !== rate) {
      bucket = new TokenBucket(rate, this.now);
      buckets.set(table, bucket);
    }
    return bucket;
  }
}

/**
 * A per-connection request-rate limit (one per client connection). Over the limit, the request is
 * answered with the timeout matching what it does, as Keyspaces does (PerConnectionRequestRateExceeded).
 */
export class ConnectionRateLimiter {
  private readonly bucket: TokenBucket;

  constructor(requestsPerSecond: number = limits.requestsPerConnection, now: Clock = Date.now) {
    this.bucket = new TokenBucket(requestsPerSecond, now);
  }

  /** Admits one request; `write` picks WriteTimeout over ReadTimeout for the refusal. */
  admit(kind: 'read' | 'write'): ThrottleError | undefined {
    if (this.bucket.take(1)) return undefined;
    return kind === 'write' ? writeThrottle() : readThrottle();
  }
}

/** How a read at the protocol's consistency code is metered: ONE and LOCAL_ONE at half price. */
function metering(consistency: number): ReadMetering {
  return consistency === Consistency.ONE || consistency === Consistency.LOCAL_ONE ? 'eventual' : 'strong';
}
