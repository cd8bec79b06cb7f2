/**
 * The rejects file: one JSON line per row the target refused for good (or that Keyspaces' limits
 * rule out before sending), with the table, the primary key and the cause — enough to find the row
 * on the origin and deal with it. Appended to, so a resumed copy adds to what an earlier run wrote.
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { redact } from '../shared/redact.js';

/** One rejected row. */
export interface RejectRecord {
  table: string;
  key: Record<string, unknown>;
  cause: string;
}

export class RejectsFile {
  private constructor(private readonly file: FileHandle) {}

  /** Opens `path` for appending (creating its directory). */
  static async open(path: string): Promise<RejectsFile> {
    await mkdir(dirname(path), { recursive: true });
    return new RejectsFile(await open(path, 'a', 0o600));
  }

  /** Appends one record (causes pass through redaction: server errors may echo what was sent). */
  async add(record: RejectRecord): Promise<void> {
    await this.file.appendFile(`${JSON.stringify({ at: new Date().toISOString(), table: record.table, key: record.key, cause: redact(record.cause) })}\n`);
  }

  async close(): Promise<void> {
    await this.file.sync().catch(() => undefined);
    await this.file.close();
  }
}
