/**
 * The copy plan's identity: the fingerprint a checkpoint is checked against (the ranges themselves
 * are planned by `src/scan/plan.ts` and kept in the checkpoint).
 */
import { createHash } from 'node:crypto';
import type { Shard } from '../scan/plan.js';

/** What a checkpoint must agree with to be resumed: the tables and where they go, the fidelity, the shard. */
export interface PlanIdentity {
  tables: Array<{ table: string; target: string }>;
  preserveTtl: boolean;
  preserveWritetime: boolean;
  shard: Shard | undefined;
  partitioner: string;
}

/** A stable hash of `identity`, and the readable text it hashes. */
export function planFingerprint(identity: PlanIdentity): { fingerprint: string; describes: string } {
  const describes = [
    `tables: ${identity.tables.map((t) => (t.table === t.target ? t.table : `${t.table} → ${t.target}`)).join(', ')}`,
    `fidelity: ${[identity.preserveTtl ? 'ttl' : '', identity.preserveWritetime ? 'writetime' : ''].filter((x) => x).join('+') || 'values'}`,
    `shard: ${identity.shard === undefined ? 'none' : `${identity.shard.index}/${identity.shard.count}`}`,
    `partitioner: ${identity.partitioner}`,
  ].join('; ');
  return { fingerprint: createHash('sha256').update(describes).digest('hex'), describes };
}
