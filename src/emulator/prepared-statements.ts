/**
 * The statements prepared through the emulator, by the id the backend gave them: global like
 * Cassandra's prepared statement cache, and bounded like it.
 */
import type { PreparedStatementInfo } from './pipeline.js';

/** Bounds of the registry: statements, and UTF-16 code units of their texts. */
export interface PreparedStatementLimits {
  maxStatements: number;
  maxText: number;
}

/**
 * An application that prepares statements with their values written in (one text per value) would
 * otherwise grow the registry without end. Past either bound the oldest statements are forgotten;
 * an EXECUTE of one is answered Unprepared, and the driver prepares it again, as with Cassandra
 * after its own cache evicted it.
 */
export const DEFAULT_PREPARED_LIMITS: PreparedStatementLimits = { maxStatements: 100_000, maxText: 64 * 1024 * 1024 };

interface Entry {
  id: Buffer;
  info: PreparedStatementInfo;
}

/**
 * Looked up on every EXECUTE, so the ids are keyed by a number read from their bytes rather than
 * by a string made from them (the hex string and its hashing were a visible share of a request's
 * cost); entries sharing a key are told apart by comparing the ids.
 */
function keyOf(id: Buffer): number {
  const n = id.length;
  let key = n;
  // The first and last four bytes: the ids are digests (Cassandra's are MD5), so any bytes spread well.
  for (let i = 0; i < 4 && i < n; i++) key = (key * 31 + (id[i] as number) + ((id[n - 1 - i] as number) << 8)) | 0;
  return key & 0x3fffffff;
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class PreparedStatements {
  private readonly byKey = new Map<number, Entry[]>();
  /** Entries in the order they were added (oldest first), for eviction. */
  private readonly order: Entry[] = [];
  private orderHead = 0;
  private text = 0;

  constructor(private readonly limits: PreparedStatementLimits = DEFAULT_PREPARED_LIMITS) {}

  /** Statements held. */
  get size(): number {
    return this.order.length - this.orderHead;
  }

  get(id: Buffer): PreparedStatementInfo | undefined {
    const entries = this.byKey.get(keyOf(id));
    if (entries === undefined) return undefined;
    for (const entry of entries) if (sameBytes(entry.id, id)) return entry.info;
    return undefined;
  }

  /** Registers (or replaces) the statement of `id`; `id` is copied, so a view into a frame can be given. */
  set(id: Buffer, info: PreparedStatementInfo): void {
    const key = keyOf(id);
    let entries = this.byKey.get(key);
    if (entries === undefined) this.byKey.set(key, (entries = []));
    const existing = entries.find((e) => sameBytes(e.id, id));
    if (existing !== undefined) {
      this.text += info.query.length - existing.info.query.length;
      existing.info = info;
    } else {
      const entry = { id: Buffer.from(id), info };
      entries.push(entry);
      this.order.push(entry);
      this.text += info.query.length;
    }
    while (this.size > 1 && (this.size > this.limits.maxStatements || this.text > this.limits.maxText)) this.evictOldest();
  }

  private evictOldest(): void {
    const entry = this.order[this.orderHead++] as Entry;
    // Compact now and then rather than shift on every eviction.
    if (this.orderHead > 1024 && this.orderHead * 2 > this.order.length) {
      this.order.splice(0, this.orderHead);
      this.orderHead = 0;
    }
    const key = keyOf(entry.id);
    const entries = this.byKey.get(key);
    if (entries === undefined) return;
    const at = entries.indexOf(entry);
    if (at >= 0) entries.splice(at, 1);
    if (entries.length === 0) this.byKey.delete(key);
    this.text -= entry.info.query.length;
  }
}
