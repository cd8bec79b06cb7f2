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
 * otherwise grow the registry without end. Past either bound the least recently used are forgotten;
 * an EXECUTE of one is answered Unprepared, and the driver prepares it again, as with Cassandra
 * after its own cache evicted it.
 */
export const DEFAULT_PREPARED_LIMITS: PreparedStatementLimits = { maxStatements: 100_000, maxText: 64 * 1024 * 1024 };

interface Entry {
  id: Buffer;
  info: PreparedStatementInfo;
  /** Neighbours in use order: `older` towards the least recently used, `newer` towards the most. */
  older: Entry | undefined;
  newer: Entry | undefined;
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

/** `a.equals(b)`, for ids of a few bytes: a loop takes about 14 ns here where the native call takes about 38. */
function sameBytes(a: Buffer, b: Buffer): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Least recently used statements go first: a statement moves to the newest end when it is
 * prepared or executed (a few pointer writes, on a list threaded through the entries), so a flood of
 * new statements does not push out the ones in use.
 */
export class PreparedStatements {
  private readonly byKey = new Map<number, Entry[]>();
  private oldest: Entry | undefined;
  private newest: Entry | undefined;
  private count = 0;
  private text = 0;

  constructor(private readonly limits: PreparedStatementLimits = DEFAULT_PREPARED_LIMITS) {}

  /** Statements held. */
  get size(): number {
    return this.count;
  }

  get(id: Buffer): PreparedStatementInfo | undefined {
    const entries = this.byKey.get(keyOf(id));
    if (entries === undefined) return undefined;
    for (const entry of entries) {
      if (sameBytes(entry.id, id)) {
        this.touch(entry);
        return entry.info;
      }
    }
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
      this.touch(existing);
    } else {
      const entry: Entry = { id: Buffer.from(id), info, older: undefined, newer: undefined };
      entries.push(entry);
      this.append(entry);
      this.count++;
      this.text += info.query.length;
    }
    // The statement just prepared is the newest, so it is the last to go (and never goes alone).
    while (this.count > 1 && (this.count > this.limits.maxStatements || this.text > this.limits.maxText)) this.evictOldest();
  }

  /** Makes `entry` the most recently used. */
  private touch(entry: Entry): void {
    if (entry === this.newest) return;
    this.unlink(entry);
    this.append(entry);
  }

  private append(entry: Entry): void {
    entry.older = this.newest;
    entry.newer = undefined;
    if (this.newest !== undefined) this.newest.newer = entry;
    else this.oldest = entry;
    this.newest = entry;
  }

  private unlink(entry: Entry): void {
    if (entry.older !== undefined) entry.older.newer = entry.newer;
    else this.oldest = entry.newer;
    if (entry.newer !== undefined) entry.newer.older = entry.older;
    else this.newest = entry.older;
    entry.older = undefined;
    entry.newer = undefined;
  }

  private evictOldest(): void {
    const entry = this.oldest as Entry;
    this.unlink(entry);
    this.count--;
    this.text -= entry.info.query.length;
    const key = keyOf(entry.id);
    const entries = this.byKey.get(key);
    if (entries === undefined) return;
    const at = entries.indexOf(entry);
    if (at >= 0) entries.splice(at, 1);
    if (entries.length === 0) this.byKey.delete(key);
  }
}
