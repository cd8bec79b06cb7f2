/**
 * What `ksmig copy` and `ksmig verify` share before their work begins: the options that name the
 * two clusters and the tables, the sessions to both (opened and closed together), and the origin's
 * token ring.
 */
import type cassandra from 'cassandra-driver';
import { connectOrigin, type OriginSession, type OriginSessionOptions } from '../clusters/origin-session.js';
import { connectTarget, type TargetSession, type TargetSessionOptions } from '../clusters/target-session.js';
import type { Shard } from '../scan/plan.js';
import { readRing, type Ring } from '../scan/ring.js';
import type { Partitioner } from '../scan/tokens.js';
import { usageError } from '../shared/errors.js';

/** The options of a job over the tables of origin keyspaces, scanned by token range. */
export interface TableJobOptions {
  origin: OriginSessionOptions;
  target: TargetSessionOptions;
  /** Origin keyspaces; every table of each unless `tables` narrows it. */
  keyspaces: readonly string[];
  /** `table` or `keyspace.table`. */
  tables: readonly string[];
  targetKeyspace: string | undefined;
  splits: number | undefined;
  fetchSize: number;
  shard: Shard | undefined;
  maxUnavailableSeconds: number;
}

/**
 * The settings a job started for the user (the demo, `ksmig migrate`) leaves at their defaults: no
 * rate limit, 64 workers, pages of 1,000 rows, splits planned from the table sizes, not sharded.
 */
export const JOB_DEFAULTS = { rate: undefined, concurrency: 64, splits: undefined, fetchSize: 1000, shard: undefined } as const;

/** A copy with nothing extra: no error cap, TTL and writetime not preserved, tables not created, not a dry run. */
export const PLAIN_COPY = { maxErrors: undefined, preserveTtl: false, preserveWritetime: false, createTables: false, dryRun: false } as const;

/** A verify of every row without repairs, TTLs and writetimes not compared. */
export const FULL_CHECK = { samplePercent: 100, compareTtl: undefined, compareWritetime: undefined, fix: false, fixExtra: false } as const;

/** Usage errors of `command` (copy, verify) about its keyspaces: none given, or one target keyspace for several. */
export function checkKeyspaces(command: string, options: Pick<TableJobOptions, 'keyspaces' | 'targetKeyspace'>): void {
  if (options.keyspaces.length === 0) throw usageError(`${command} needs at least one keyspace: --keyspace ks[,ks2…]`);
  if (options.targetKeyspace !== undefined && options.keyspaces.length > 1) throw usageError('--target-keyspace maps one keyspace; give exactly one --keyspace with it');
}

/** The event a job emits once both sides answer. */
export interface ConnectedEvent {
  type: 'connected';
  origin: string;
  target: string;
  targetKind: 'keyspaces' | 'cassandra';
}

/** Values as copy and verify read them: maps as `Map`, sets as `Set`, so no key or element changes type. */
export const ENCODING = { map: Map, set: Set } as const;

/** The origin and target sessions of a job: connected one after the other, closed together (whichever were opened). */
export class JobSessions {
  private origin: OriginSession | undefined;
  private target: TargetSession | undefined;

  /** Connects the origin, then the target, and says so with a `connected` event. */
  async connect(options: Pick<TableJobOptions, 'origin' | 'target'>, onEvent: (event: ConnectedEvent) => void): Promise<{ origin: OriginSession; target: TargetSession }> {
    const origin = (this.origin = await connectOrigin({ ...options.origin, encoding: ENCODING, reconnectDelayMs: 1000 }));
    const target = (this.target = await connectTarget({ ...options.target, encoding: ENCODING, reconnectDelayMs: 1000 }));
    onEvent({ type: 'connected', origin: origin.endpoints.map((e) => `${e.host}:${e.port}`).join(','), target: target.label, targetKind: target.kind });
    return { origin, target };
  }

  /** Shuts down the target, then the origin. */
  async close(): Promise<void> {
    await closeQuietly(this.target);
    await closeQuietly(this.origin);
  }
}

/** Shuts a session down, waiting at most a few seconds (a node that is just going away must not keep ksmig running). */
export async function closeQuietly(session: { shutdown(): Promise<void> } | undefined): Promise<void> {
  if (session === undefined) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([session.shutdown().catch(() => undefined), new Promise<void>((resolve) => (timer = setTimeout(resolve, 5000)))]);
  clearTimeout(timer);
}

/** The origin's token ring; a usage error when `command` cannot scan its partitioner's token ranges. */
export async function readScannableRing(client: cassandra.Client, command: string): Promise<Ring & { partitioner: Partitioner }> {
  const ring = await readRing(client);
  if (ring.partitioner === undefined) throw usageError(`the origin uses ${ring.partitionerClass}; ${command} scans token ranges of Murmur3Partitioner and RandomPartitioner clusters only`);
  return { ...ring, partitioner: ring.partitioner };
}
