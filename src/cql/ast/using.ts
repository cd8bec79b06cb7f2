import type { Delete, Expression, Insert, Update, UsingClause } from './nodes.js';

/**
 * The `USING TTL` and `USING TIMESTAMP` that apply to one write: its own, else those of the batch
 * it is in (`BEGIN BATCH USING TIMESTAMP t …` applies to every statement inside, and so would a
 * batch-level TTL where it is accepted). Rules, the converter and the emulator all ask this, so a
 * batch-level USING counts wherever a statement-level one does.
 */
export function appliedUsing(write: Insert | Update | Delete, batchUsing: UsingClause | undefined): { ttl?: Expression; timestamp?: Expression } {
  const ttl = write.using?.ttl ?? batchUsing?.ttl;
  const timestamp = write.using?.timestamp ?? batchUsing?.timestamp;
  return { ...(ttl !== undefined ? { ttl } : {}), ...(timestamp !== undefined ? { timestamp } : {}) };
}
