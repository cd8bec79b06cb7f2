/**
 * The emulator's own backend sessions, for the queries it runs on its own account (the
 * `system_schema` rows behind `system_schema_mcs` answers, the row count before a range delete).
 * One session per keyspace, so unqualified statements resolve as they would on the client's
 * connection; opened on first use.
 */
import { BackendConnection, type BackendOptions } from './backend.js';
import { Consistency, Opcode, QueryFlag } from './protocol/constants.js';
import { openEnvelope } from './protocol/envelope.js';
import { encodeFrame, requestFrame, type Frame } from './protocol/frame.js';
import { decodeError, decodeResult, encodeQuery, type ColumnSpec, type RowsMetadata } from './protocol/messages.js';
import { appendAll } from '../shared/arrays.js';

export interface Rows {
  columns: ColumnSpec[];
  rows: (Buffer | null)[][];
}

const PAGE_SIZE = 5000;
const MAX_PAGES = 100;

class Session {
  private nextStream = 1;
  private readonly waiting = new Map<number, { resolve: (f: Frame) => void; reject: (e: Error) => void }>();

  constructor(private readonly connection: BackendConnection) {
    connection.onFrame = (frames) => {
      for (const f of frames) {
        const w = this.waiting.get(f.stream);
        if (!w) continue;
        this.waiting.delete(f.stream);
        w.resolve(f);
      }
    };
    connection.onClose = (err) => {
      for (const w of this.waiting.values()) w.reject(err ?? new Error('backend session closed'));
      this.waiting.clear();
    };
  }

  get closed(): boolean {
    return this.connection.socket.destroyed;
  }

  private request(body: Buffer): Promise<Frame> {
    const stream = this.nextStream;
    this.nextStream = this.nextStream >= 32767 ? 1 : this.nextStream + 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(stream, { resolve, reject });
      this.connection.write(encodeFrame(requestFrame(stream, Opcode.Query, body)));
    });
  }

  /** Runs `cql` with positional values and returns every row (following pages). */
  async query(cql: string, values: (Buffer | null)[] = []): Promise<Rows> {
    const out: Rows = { columns: [], rows: [] };
    let pagingState: Buffer | null | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const flags = (values.length > 0 ? QueryFlag.Values : 0) | QueryFlag.PageSize | (pagingState ? QueryFlag.PagingState : 0);
      const frame = await this.request(
        encodeQuery({ query: cql, params: { consistency: Consistency.LOCAL_ONE, flags, values, pageSize: PAGE_SIZE, pagingState: pagingState ?? null } }),
      );
      const message = openEnvelope(frame).message;
      if (frame.opcode === Opcode.Error) throw new Error(decodeError(message).message);
      const result = decodeResult(message);
      if (result.kind !== 'rows') return out;
      const metadata: RowsMetadata = result.metadata;
      if (metadata.columns) out.columns = metadata.columns;
      appendAll(out.rows, result.rows);
      pagingState = metadata.pagingState;
      if (!pagingState) break;
    }
    return out;
  }

  close(): void {
    this.connection.close();
  }
}

/** Lazily opened backend sessions, one per keyspace (plus one with none). */
export class InternalSessions {
  private readonly sessions = new Map<string, Promise<Session>>();

  constructor(private readonly backend: BackendOptions) {}

  private session(keyspace: string | undefined): Promise<Session> {
    const key = keyspace ?? '';
    const existing = this.sessions.get(key);
    if (existing) {
      return existing.then((s) => {
        if (!s.closed) return s;
        this.sessions.delete(key);
        return this.session(keyspace);
      });
    }
    const opening = BackendConnection.open(this.backend, new Map([['CQL_VERSION', '3.0.0']])).then(async (conn) => {
      const s = new Session(conn);
      if (keyspace !== undefined) await s.query(`USE "${keyspace.replace(/"/g, '""')}"`);
      return s;
    });
    opening.catch(() => this.sessions.delete(key));
    this.sessions.set(key, opening);
    return opening;
  }

  /** Runs `cql` in `keyspace` (for unqualified names) and returns all its rows. */
  async query(cql: string, values: (Buffer | null)[] = [], keyspace?: string): Promise<Rows> {
    return (await this.session(keyspace)).query(cql, values);
  }

  close(): void {
    for (const s of this.sessions.values()) s.then((x) => x.close(), () => undefined);
    this.sessions.clear();
  }
}
