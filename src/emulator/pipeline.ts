/**
 * The request pipeline's hook points. Every request a client sends after authentication passes
 * through the hooks in order; a hook may let it go on to the backend (optionally rewritten, and
 * optionally with a transformer for the backend's answer) or answer it itself.
 */
import type { Frame } from './protocol/frame.js';
import type { BatchMessage, ExecuteMessage, QueryMessage, RowsMetadata } from './protocol/messages.js';

/** What the emulator remembers of a prepared statement (prepared ids are global, as in Cassandra). */
export interface PreparedStatementInfo {
  query: string;
  /** The keyspace in effect (USE) on the connection that prepared it. */
  keyspace: string | undefined;
  /** Result metadata from the PREPARE answer, for EXECUTEs that skip metadata. */
  resultMetadata: RowsMetadata | undefined;
  /** Names of the bind markers, in marker order (from the PREPARE answer). */
  bindNames?: string[];
}

/** Per-connection state visible to hooks. */
export interface ConnectionContext {
  /** Emulator-wide connection number (1, 2, …). */
  readonly id: number;
  /** Client address as seen by the emulator. */
  readonly remote: string;
  /** Authenticated principal (access key ID or user name). */
  readonly principal: string;
  /** Current keyspace (from the last successful USE), or undefined. */
  readonly keyspace: string | undefined;
  /** Requests received on this connection so far (including this one). */
  readonly requestCount: number;
  /** Prepared statements known to the emulator, by prepared id (hex). */
  prepared(id: Buffer): PreparedStatementInfo | undefined;
}

/** A client request, with its message decoded for QUERY, PREPARE, EXECUTE and BATCH. */
export type Request =
  | { opcode: 'QUERY'; frame: Frame; message: QueryMessage }
  | { opcode: 'PREPARE'; frame: Frame; query: string }
  | { opcode: 'EXECUTE'; frame: Frame; message: ExecuteMessage; statement: PreparedStatementInfo | undefined }
  | {
      opcode: 'BATCH';
      frame: Frame;
      message: BatchMessage;
      /** Statement text of each batch child (prepared children resolved through the registry). */
      statements: (string | undefined)[];
    }
  | { opcode: 'REGISTER' | 'OPTIONS' | 'OTHER'; frame: Frame };

/** Rewrites a backend answer before the client sees it; returning null drops the answer. */
export type ResponseTransform = (response: Frame) => Frame | null;

export type Verdict =
  | { action: 'forward'; frame?: Frame; onResponse?: ResponseTransform }
  | { action: 'respond'; frame: Frame }
  /** Close the client connection without answering (fault injection). */
  | { action: 'drop' };

/**
 * A hook sees every request; returning undefined means "no opinion" (forward unchanged). Hooks may
 * be async: requests are independent (answers are matched by stream id), so a pending hook does not
 * hold up the connection's other requests.
 */
export type RequestHook = (ctx: ConnectionContext, request: Request) => Verdict | undefined | Promise<Verdict | undefined>;
