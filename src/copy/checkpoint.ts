/**
 * The copy's checkpoint: a local JSON file (never in the target keyspace) holding the plan — every
 * table's token ranges as planned, so a resumed copy follows exactly the same ranges even when the
 * ring's size estimates have changed — and which ranges are finished. A range counts as finished
 * only once the file that says so is on disk: each change is written to a temporary file, fsynced
 * and renamed over the old one (and the directory fsynced), so a kill -9 at any moment leaves
 * either the old or the new file, never half of one. Concurrent updates are written together.
 * No host names, user names or secrets are stored.
 */
import { open, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KsmigError } from '../shared/errors.js';

/** One table's part of the checkpoint. */
export interface CheckpointTable {
  /** `keyspace.table` on the target. */
  target: string;
  /** The planned ranges, `[start, end]` as decimal strings; a range's id is its index. */
  ranges: Array<[string, string]>;
  /** Ids of finished ranges (`"17"`, or `"17.2"` for a piece of a split range). */
  done: string[];
  /** Ranges that failed and were split: id → number of pieces (`"17.0"` … `"17.3"`). */
  splits: Record<string, number>;
  /** Ranges started and not yet finished, kept for counter tables (their increments are not idempotent). */
  started: string[];
  /** Rows read, written and rejected in finished ranges. */
  rows: { read: number; written: number; rejected: number };
}

/** The checkpoint file's content. */
export interface CheckpointData {
  version: 1;
  /** Hash of what the copy was asked to do (tables, mapping, fidelity, shard); a resume must match it. */
  fingerprint: string;
  /** What the fingerprint covers, readable (shown when a resume is refused). */
  describes: string;
  partitioner: string;
  createdAt: string;
  updatedAt: string;
  /** By origin `keyspace.table`. */
  tables: Record<string, CheckpointTable>;
}

/** A checkpoint being written as a copy runs. */
export class Checkpoint {
  private writing: Promise<void> | undefined;
  /** Changes made, and changes known to be on disk. */
  private changes = 0;
  private written = 0;
  private readonly doneSets = new Map<string, Set<string>>();

  private constructor(
    readonly path: string,
    readonly data: CheckpointData,
  ) {
    for (const [table, t] of Object.entries(data.tables)) this.doneSets.set(table, new Set(t.done));
  }

  /** Reads the checkpoint at `path`; undefined when there is none. A file that is not a ksmig checkpoint is a usage error. */
  static async read(path: string): Promise<CheckpointData | undefined> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new KsmigError('usage', 'KSMIG_CHECKPOINT', `cannot read the checkpoint ${path}: ${(err as Error).message}`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new KsmigError('usage', 'KSMIG_CHECKPOINT', `${path} is not a ksmig copy checkpoint (not JSON)`, { tryMessage: 'Point --checkpoint at another file, or remove this one to start over.' });
    }
    const d = data as Partial<CheckpointData>;
    if (d === null || typeof d !== 'object' || d.version !== 1 || typeof d.fingerprint !== 'string' || typeof d.tables !== 'object') {
      throw new KsmigError('usage', 'KSMIG_CHECKPOINT', `${path} is not a ksmig copy checkpoint (version 1)`, { tryMessage: 'Point --checkpoint at another file, or remove this one to start over.' });
    }
    return d as CheckpointData;
  }

  /** Starts a checkpoint from `data` and writes it at once (so even a copy killed before its first range can resume). */
  static async create(path: string, data: CheckpointData): Promise<Checkpoint> {
    const checkpoint = new Checkpoint(path, data);
    await mkdir(dirname(path), { recursive: true });
    await checkpoint.save();
    return checkpoint;
  }

  /** Continues the checkpoint `data` read from `path`. */
  static resume(path: string, data: CheckpointData): Checkpoint {
    return new Checkpoint(path, data);
  }

  /** True when range `id` of `table` is finished. */
  isDone(table: string, id: string): boolean {
    return this.doneSets.get(table)?.has(id) ?? false;
  }

  /** Records that range `id` of `table` started (counter tables only: see `started`). */
  async markStarted(table: string, id: string): Promise<void> {
    const t = this.table(table);
    if (!t.started.includes(id)) t.started.push(id);
    await this.save();
  }

  /** Records range `id` of `table` as finished with its row counts; resolves once that is on disk. */
  async markDone(table: string, id: string, rows: { read: number; written: number; rejected: number }): Promise<void> {
    const t = this.table(table);
    if (!this.doneSets.get(table)?.has(id)) {
      t.done.push(id);
      this.doneSets.get(table)?.add(id);
      t.rows.read += rows.read;
      t.rows.written += rows.written;
      t.rows.rejected += rows.rejected;
    }
    t.started = t.started.filter((s) => s !== id);
    await this.save();
  }

  /** Records that range `id` of `table` was split into `parts` pieces. */
  async markSplit(table: string, id: string, parts: number): Promise<void> {
    this.table(table).splits[id] = parts;
    await this.save();
  }

  /** Writes the current state (coalescing concurrent callers into as few writes as possible). */
  async save(): Promise<void> {
    const mine = ++this.changes;
    while (this.written < mine) {
      if (this.writing !== undefined) {
        await this.writing.catch(() => undefined);
        continue;
      }
      const covers = this.changes;
      this.data.updatedAt = new Date().toISOString();
      this.writing = writeAtomically(this.path, `${JSON.stringify(this.data)}\n`)
        .then(() => {
          this.written = Math.max(this.written, covers);
        })
        .finally(() => {
          this.writing = undefined;
        });
      await this.writing;
    }
  }

  private table(name: string): CheckpointTable {
    const t = this.data.tables[name];
    if (t === undefined) throw new Error(`checkpoint has no table ${name}`);
    return t;
  }
}

/** Writes `text` to `path` so that a crash leaves the old or the new content, never a mix. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const file = await open(temp, 'w', 0o600);
  try {
    await file.writeFile(text);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  const dir = await open(dirname(path), 'r');
  try {
    await dir.sync();
  } catch {
    // Some file systems cannot fsync a directory; the rename is still atomic there.
  } finally {
    await dir.close();
  }
}
