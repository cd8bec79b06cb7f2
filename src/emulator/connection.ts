/**
 * One client connection: the protocol state machine (OPTIONS/STARTUP → SASL → backend session →
 * ready), the request pipeline, and the answer path back from the backend.
 */
import type { Socket } from 'node:net';
import { BackendConnection, type BackendOptions } from './backend.js';
import { wellFormedError } from './backend-errors.js';
import { ErrorCode, EVENT_STREAM, FrameFlag, Opcode, opcodeName, PROTOCOL_V4, REQUEST_OPCODES, ResultKind } from './protocol/constants.js';
import { openEnvelope } from './protocol/envelope.js';
import { encodeFrame, FrameDecoder, FrameError, responseFrame, type Frame } from './protocol/frame.js';
import {
  decodeBatch,
  decodeEvent,
  decodeExecute,
  decodePrepare,
  decodeQuery,
  decodeRegister,
  decodeResult,
  decodeStringMap,
  decodeToken,
  encodeAuthenticate,
  encodeError,
  encodeSupported,
  encodeToken,
} from './protocol/messages.js';
import { ProtocolDecodeError } from './protocol/notation.js';
import type { BufferBudget } from './buffer-budget.js';
import { echo } from './echo.js';
import type { ConnectionLimits } from './limits.js';
import type { LogKind } from './log-rate.js';
import type { ConnectionContext, PreparedStatementInfo, Request, RequestHook, ResponseTransform, Verdict } from './pipeline.js';
import type { PreparedStatements } from './prepared-statements.js';
import { AUTHENTICATOR_CLASS, SaslServer, type SaslOptions } from './sasl.js';
import { KEYSPACES_CQL_VERSION } from './system-tables.js';
import * as texts from './texts.js';

/** What every connection of one emulator shares. */
export interface ConnectionRuntime {
  sasl: SaslOptions;
  backend: BackendOptions;
  hooks: readonly RequestHook[];
  /** Prepared statements by id; global like Cassandra's prepared statement cache. */
  prepared: PreparedStatements;
  maxBodyLength?: number;
  /** Called for each frame the emulator receives or sends (tests record transcripts with it). */
  trace?: (connectionId: number, direction: 'in' | 'out', frame: Frame) => void;
  /** Where the emulator's log lines go (connections closed for a failure or a limit), rate-limited per kind. */
  log: (kind: LogKind, line: string) => void;
  limits: ConnectionLimits;
  /** Bytes of unfinished frames held by all connections. */
  budget: BufferBudget;
  /** Opens the backend session of an authenticated client; default `BackendConnection.open(backend, startup)`. */
  openBackend?: (startup: ReadonlyMap<string, string>) => Promise<BackendConnection>;
}

type State = 'startup' | 'authenticating' | 'opening' | 'ready' | 'closed';

interface Pending {
  transforms: ResponseTransform[];
  prepare?: { query: string; keyspace: string | undefined };
}

/**
 * At most this many requests of one connection are at the backend at once; the rest wait here, in
 * order. A client may keep thousands of requests in flight (Keyspaces allows it), but a single local
 * Cassandra given 50,000 at once stops answering for long stretches on a small machine.
 */
const MAX_BACKEND_IN_FLIGHT = 256;
/** With this many requests waiting, the client is not read until half of them have gone out. */
const MAX_QUEUED = 4096;
/** Nor with this many bytes of requests waiting (until half of them have gone out). */
const MAX_QUEUED_BYTES = 16 * 1024 * 1024;

/** Event types a client may REGISTER for (native_protocol_v4.spec §4.1.8). */
const EVENT_TYPES: ReadonlySet<string> = new Set(['TOPOLOGY_CHANGE', 'STATUS_CHANGE', 'SCHEMA_CHANGE']);

/** The first event type a REGISTER names that is not one of EVENT_TYPES (compared as Cassandra does, in upper case). */
function unknownEventType(frame: Frame): string | undefined {
  return decodeRegister(openEnvelope(frame).message).find((type) => !EVENT_TYPES.has(type.toUpperCase()));
}

/** SUPPORTED as Keyspaces would send it: its CQL version, protocol v4, no compression. */
const SUPPORTED_BODY = encodeSupported(
  new Map([
    ['CQL_VERSION', [KEYSPACES_CQL_VERSION]],
    ['COMPRESSION', []],
    ['PROTOCOL_VERSIONS', ['4/v4']],
  ]),
);

export class ClientConnection implements ConnectionContext {
  readonly remote: string;
  principal = '';
  keyspace: string | undefined;
  requestCount = 0;
  private state: State = 'startup';
  private readonly decoder: FrameDecoder;
  private readonly sasl: SaslServer;
  private backend: BackendConnection | undefined;
  private startupOptions = new Map<string, string>();
  private readonly pending = new Map<number, Pending>();
  /** Why the client socket is not being read (a buffer towards the backend or the client is full, or too many requests wait). */
  private readonly clientPauses = new Set<PauseReason>();
  /** Requests waiting for a place among the backend's in-flight requests (raw frame bytes). */
  private readonly queued: Buffer[] = [];
  private queuedBytes = 0;
  private readonly onClosed: () => void;
  /** The authentication deadline, then the idle check (see ConnectionLimits). */
  private timer: NodeJS.Timeout | undefined;
  /** When the client last sent or was sent anything (performance.now()). */
  private lastActivity = performance.now();
  /** What this connection's decoder holds, as last counted in the runtime's budget. */
  private held = 0;
  private waitingForDrain = false;
  /** While `batched` runs: what is to be written to the client, and to the backend. */
  private toClient: Buffer[] | undefined;
  private toServer: Buffer[] | undefined;

  constructor(
    readonly id: number,
    private readonly socket: Socket,
    private readonly runtime: ConnectionRuntime,
    onClosed: () => void,
  ) {
    this.onClosed = onClosed;
    this.remote = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? 0}`;
    this.decoder = new FrameDecoder({ expect: 'request', ...(runtime.maxBodyLength ? { maxBodyLength: runtime.maxBodyLength } : {}) });
    this.sasl = new SaslServer(runtime.sasl);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.guard(() => this.onData(chunk)));
    socket.on('error', () => this.close());
    socket.on('close', () => this.close());
    if (runtime.limits.authTimeoutMs > 0) {
      this.timer = setTimeout(() => this.guard(() => this.onAuthDeadline()), runtime.limits.authTimeoutMs);
      this.timer.unref();
    }
  }

  /**
   * Runs `work` for this connection; if it throws, this connection is closed and the error logged.
   * Every entry point (socket data, backend answers, hook and backend promises) goes through here,
   * so a failure while answering one client never reaches the process.
   */
  private guard(work: () => void): void {
    try {
      work();
    } catch (err) {
      this.failed(err);
    }
  }

  private failed(err: unknown): void {
    const cause = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    this.runtime.log('internal-error', `${this.describe()} closed after an internal error: ${echo(cause)}`);
    this.close();
  }

  /** How log lines name this connection. */
  private describe(): string {
    return `connection ${this.id} from ${this.remote}${this.principal ? ` (${this.principal})` : ''}`;
  }

  private onAuthDeadline(): void {
    if (this.state !== 'startup' && this.state !== 'authenticating') return;
    this.runtime.log('timeout', `${this.describe()} closed: not authenticated within ${seconds(this.runtime.limits.authTimeoutMs)} (--auth-timeout)`);
    this.close();
  }

  /** Checks again in `delayMs` whether the connection has been idle for the idle timeout. */
  private armIdleCheck(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.guard(() => this.onIdleCheck()), delayMs);
    this.timer.unref();
  }

  private onIdleCheck(): void {
    if (this.state !== 'ready') return;
    const limit = this.runtime.limits.idleTimeoutMs;
    // A request the backend is still working on is not idleness, however long it takes.
    if (this.pending.size > 0) {
      this.armIdleCheck(limit);
      return;
    }
    const idle = performance.now() - this.lastActivity;
    if (idle < limit) {
      this.armIdleCheck(limit - idle);
      return;
    }
    this.runtime.log('timeout', `${this.describe()} closed: idle for ${seconds(limit)} (--idle-timeout)`);
    this.close();
  }

  /** Counts what the decoder holds in the shared budget; false (after closing the connection) when it does not fit. */
  private accountBuffered(): boolean {
    const now = this.decoder.retainedBytes;
    if (now === this.held) return true;
    const { budget } = this.runtime;
    if (budget.resize(this.held, now)) {
      this.held = now;
      return true;
    }
    this.runtime.log(
      'overloaded',
      `${this.describe()} closed: its unfinished frame needs ${now} bytes, and ${budget.total} of the ${budget.limit} for all connections are in use (--max-buffered-mib)`,
    );
    this.fatal(this.decoder.partialStream ?? 0, texts.overloaded, ErrorCode.Overloaded);
    return false;
  }

  /** Frees what the connection holds: its timer, its unfinished frame and its share of the budget. */
  private release(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.decoder.release();
    this.runtime.budget.resize(this.held, 0);
    this.held = 0;
    this.pending.clear();
    this.queued.length = 0;
    this.queuedBytes = 0;
  }

  prepared(id: Buffer): PreparedStatementInfo | undefined {
    return this.runtime.prepared.get(id);
  }

  /** Closes the client socket and the backend session. */
  close(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.release();
    this.socket.destroy();
    this.backend?.close();
    this.onClosed();
  }

  private onData(chunk: Buffer): void {
    if (this.state === 'closed') return;
    this.lastActivity = performance.now();
    let frames: Frame[];
    try {
      frames = this.decoder.push(chunk);
    } catch (err) {
      if (err instanceof FrameError) {
        const message = err.kind === 'version' ? texts.invalidProtocolVersion(err.version) : err.message;
        this.fatal(err.stream, message);
        return;
      }
      throw err;
    }
    if (!this.accountBuffered()) return;
    this.batched(() => {
      for (const frame of frames) {
        if ((this.state as State) === 'closed') break;
        this.runtime.trace?.(this.id, 'in', frame);
        this.onFrame(frame);
      }
    });
  }

  /**
   * Runs `work`, then writes what it sent each way (answers to the client, requests to the
   * backend) as one piece per socket: the frames of a chunk go out in one write, and through TLS
   * in one record, instead of one each. Order on each socket is kept.
   */
  private batched(work: () => void): void {
    if (this.toClient !== undefined) {
      work();
      return;
    }
    this.toClient = [];
    this.toServer = [];
    try {
      work();
    } finally {
      const client = this.toClient;
      const server = this.toServer;
      this.toClient = undefined;
      this.toServer = undefined;
      // A connection closed meanwhile drops what it had not written, as a destroyed socket does.
      if (this.state !== 'closed') for (const bytes of joined(server)) this.writeBackend(bytes);
      if (this.state !== 'closed' && client.length > 0) {
        this.lastActivity = performance.now();
        for (const bytes of joined(client)) this.writeClient(bytes);
      }
    }
  }

  private send(frame: Frame): void {
    if (this.state === 'closed') return;
    this.runtime.trace?.(this.id, 'out', frame);
    const bytes = frame.raw ?? encodeFrame(frame);
    if (this.toClient !== undefined) {
      // `batched` notes the activity once for the whole batch.
      this.toClient.push(bytes);
      return;
    }
    this.lastActivity = performance.now();
    this.writeClient(bytes);
  }

  /** What `batched` holds for the client, written now (before the connection ends). */
  private flushClient(): void {
    const client = this.toClient;
    if (client === undefined) return;
    this.toClient = [];
    for (const bytes of joined(client)) this.writeClient(bytes);
  }

  private writeClient(bytes: Buffer): void {
    const ok = this.socket.write(bytes);
    if (ok || this.waitingForDrain) return;
    // The client reads slower than it is answered: stop reading the backend, and the client's own
    // requests (whose answers would pile up here too), until the client has read what is buffered.
    this.waitingForDrain = true;
    const backendSocket = this.backend?.socket;
    backendSocket?.pause();
    this.pauseClient('client-buffer');
    this.socket.once('drain', () => {
      this.waitingForDrain = false;
      backendSocket?.resume();
      this.resumeClient('client-buffer');
    });
  }

  private sendError(stream: number, code: number, message: string): void {
    this.send(responseFrame(stream, Opcode.Error, encodeError({ code: code as typeof ErrorCode.ServerError, message })));
  }

  /** Answers an error (a ProtocolError unless `code` says otherwise) and closes the connection once the answer is flushed. */
  private fatal(stream: number, message: string, code: number = ErrorCode.ProtocolError): void {
    if (this.state === 'closed') return;
    this.sendError(stream, code, message);
    this.flushClient();
    this.state = 'closed';
    this.release();
    this.backend?.close();
    this.socket.end(() => this.socket.destroy());
    // A peer that never reads must not keep the socket alive.
    setTimeout(() => this.socket.destroy(), 2000).unref();
    this.onClosed();
  }

  private onFrame(frame: Frame): void {
    if (!REQUEST_OPCODES.has(frame.opcode)) {
      this.fatal(frame.stream, `Unknown opcode ${opcodeName(frame.opcode)}`);
      return;
    }
    if (frame.flags & FrameFlag.Compression) {
      this.fatal(frame.stream, 'Received a compressed frame but no compression was negotiated');
      return;
    }
    switch (this.state) {
      case 'startup':
        if (frame.opcode === Opcode.Options) this.send(responseFrame(frame.stream, Opcode.Supported, SUPPORTED_BODY));
        else if (frame.opcode === Opcode.Startup) this.onStartup(frame);
        else this.sendError(frame.stream, ErrorCode.ProtocolError, texts.expectingStartup(opcodeName(frame.opcode)));
        return;
      case 'authenticating':
        if (frame.opcode === Opcode.AuthResponse) this.onAuthResponse(frame);
        else this.sendError(frame.stream, ErrorCode.ProtocolError, texts.expectingSasl(opcodeName(frame.opcode)));
        return;
      case 'opening':
        this.sendError(frame.stream, ErrorCode.ProtocolError, texts.expectingSasl(opcodeName(frame.opcode)));
        return;
      case 'ready':
        if (frame.opcode === Opcode.Startup) this.sendError(frame.stream, ErrorCode.ProtocolError, texts.alreadyInitialized);
        else if (frame.opcode === Opcode.Options) this.send(responseFrame(frame.stream, Opcode.Supported, SUPPORTED_BODY));
        else if (frame.opcode === Opcode.AuthResponse) this.sendError(frame.stream, ErrorCode.ProtocolError, 'Unexpected message AUTH_RESPONSE, the connection is already authenticated');
        else this.onRequest(frame);
        return;
      case 'closed':
        return;
    }
  }

  private onStartup(frame: Frame): void {
    let options: Map<string, string>;
    try {
      options = decodeStringMap(openEnvelope(frame).message);
    } catch (err) {
      this.fatal(frame.stream, texts.malformedMessage('STARTUP', (err as Error).message));
      return;
    }
    const compression = options.get('COMPRESSION');
    if (compression !== undefined) {
      this.sendError(frame.stream, ErrorCode.ProtocolError, texts.unknownCompression(compression));
      return;
    }
    this.startupOptions = options;
    this.state = 'authenticating';
    this.send(responseFrame(frame.stream, Opcode.Authenticate, encodeAuthenticate(AUTHENTICATOR_CLASS)));
  }

  private onAuthResponse(frame: Frame): void {
    let token: Buffer | null;
    try {
      token = decodeToken(openEnvelope(frame).message);
    } catch (err) {
      this.fatal(frame.stream, texts.malformedMessage('AUTH_RESPONSE', (err as Error).message));
      return;
    }
    const step = this.sasl.step(token);
    if (step.kind === 'challenge') {
      this.send(responseFrame(frame.stream, Opcode.AuthChallenge, encodeToken(step.token)));
      return;
    }
    if (step.kind === 'failure') {
      this.sendError(frame.stream, ErrorCode.BadCredentials, step.message);
      return;
    }
    this.principal = step.principal;
    this.state = 'opening';
    clearTimeout(this.timer);
    const open = this.runtime.openBackend ?? ((startup) => BackendConnection.open(this.runtime.backend, startup));
    open(this.startupOptions).then(
      (backend) =>
        this.guard(() => {
          if (this.state === 'closed') {
            backend.close();
            return;
          }
          this.backend = backend;
          backend.onFrame = (frames) => this.guard(() => this.onBackendFrames(frames));
          backend.onClose = () => this.close();
          this.state = 'ready';
          if (this.runtime.limits.idleTimeoutMs > 0) this.armIdleCheck(this.runtime.limits.idleTimeoutMs);
          this.send(responseFrame(frame.stream, Opcode.AuthSuccess, encodeToken(null)));
        }),
      (err: Error) =>
        this.guard(() => {
          this.sendError(frame.stream, ErrorCode.ServerError, texts.backendUnavailable(err.message));
          this.close();
        }),
    );
  }

  private decodeRequest(frame: Frame): Request {
    switch (frame.opcode) {
      case Opcode.Query:
        return { opcode: 'QUERY', frame, message: decodeQuery(openEnvelope(frame).message) };
      case Opcode.Prepare:
        return { opcode: 'PREPARE', frame, query: decodePrepare(openEnvelope(frame).message) };
      case Opcode.Execute: {
        const message = decodeExecute(openEnvelope(frame).message);
        return { opcode: 'EXECUTE', frame, message, statement: this.prepared(message.id) };
      }
      case Opcode.Batch: {
        const message = decodeBatch(openEnvelope(frame).message);
        const statements = message.statements.map((s) => (s.kind === 'query' ? s.query : this.prepared(s.id)?.query));
        return { opcode: 'BATCH', frame, message, statements };
      }
      case Opcode.Register:
        return { opcode: 'REGISTER', frame };
      default:
        return { opcode: 'OTHER', frame };
    }
  }

  private onRequest(frame: Frame): void {
    this.requestCount++;
    let request: Request;
    let unknownEvent: string | undefined;
    try {
      request = this.decodeRequest(frame);
      if (request.opcode === 'REGISTER') unknownEvent = unknownEventType(frame);
    } catch (err) {
      if (err instanceof ProtocolDecodeError || err instanceof RangeError) {
        this.fatal(frame.stream, texts.malformedMessage(opcodeName(frame.opcode), err.message));
        return;
      }
      throw err;
    }
    if (unknownEvent !== undefined) {
      // Cassandra answers this itself and keeps the connection; the backend never sees it.
      this.sendError(frame.stream, ErrorCode.ProtocolError, texts.invalidEventType(unknownEvent));
      return;
    }
    let outcome: ResolvedVerdict | Promise<ResolvedVerdict>;
    try {
      outcome = this.runHooks(request);
    } catch (err) {
      this.sendError(frame.stream, ErrorCode.ServerError, texts.emulatorError((err as Error).message));
      return;
    }
    if (outcome instanceof Promise) {
      outcome.then(
        (v) => this.guard(() => this.apply(request, v)),
        (err: Error) => this.guard(() => this.sendError(frame.stream, ErrorCode.ServerError, texts.emulatorError(err.message))),
      );
    } else {
      this.apply(request, outcome);
    }
  }

  /** Runs the hooks in order; the first `respond` or `drop` wins, transforms of every `forward` are kept. */
  private runHooks(request: Request, from = 0, transforms: ResponseTransform[] = []): ResolvedVerdict | Promise<ResolvedVerdict> {
    let current = request;
    for (let i = from; i < this.runtime.hooks.length; i++) {
      const hook = this.runtime.hooks[i] as RequestHook;
      const v = hook(this, current);
      if (v instanceof Promise) {
        return v.then((resolved) => {
          const next = this.merge(current, resolved, transforms);
          return next.kind === 'forward' ? this.runHooks(next.request, i + 1, transforms) : next;
        });
      }
      const next = this.merge(current, v, transforms);
      if (next.kind !== 'forward') return next;
      current = next.request;
    }
    return { kind: 'forward', request: current, transforms };
  }

  private merge(
    request: Request,
    verdict: Verdict | undefined,
    transforms: ResponseTransform[],
  ): { kind: 'respond'; frame: Frame } | { kind: 'drop' } | { kind: 'forward'; request: Request } {
    if (!verdict) return { kind: 'forward', request };
    if (verdict.action === 'respond') return { kind: 'respond', frame: verdict.frame };
    if (verdict.action === 'drop') return { kind: 'drop' };
    if (verdict.onResponse) transforms.push(verdict.onResponse);
    return { kind: 'forward', request: verdict.frame ? { ...request, frame: verdict.frame } : request };
  }

  private apply(original: Request, verdict: ResolvedVerdict): void {
    if (this.state !== 'ready' || !this.backend) return;
    if (verdict.kind === 'drop') {
      this.close();
      return;
    }
    if (verdict.kind === 'respond') {
      this.send({ ...verdict.frame, version: PROTOCOL_V4, response: true, stream: original.frame.stream });
      return;
    }
    const frame = verdict.request.frame;
    const pending: Pending = { transforms: verdict.transforms };
    if (original.opcode === 'PREPARE') pending.prepare = { query: original.query, keyspace: this.keyspace };
    const full = this.atBackend() >= MAX_BACKEND_IN_FLIGHT;
    this.pending.set(frame.stream, pending);
    const bytes = frame.raw && frame === original.frame ? frame.raw : encodeFrame(frame);
    if (full) {
      this.queued.push(bytes);
      this.queuedBytes += bytes.length;
      if (this.queued.length >= MAX_QUEUED || this.queuedBytes >= MAX_QUEUED_BYTES) this.pauseClient('queue');
      return;
    }
    this.toBackend(bytes);
  }

  private toBackend(bytes: Buffer): void {
    if (this.toServer !== undefined) this.toServer.push(bytes);
    else this.writeBackend(bytes);
  }

  private writeBackend(bytes: Buffer): void {
    const backend = this.backend;
    if (!backend) return;
    if (!backend.write(bytes) && !this.clientPauses.has('backend-buffer')) {
      // The backend reads slower than the client sends: stop reading the client until it drains.
      this.pauseClient('backend-buffer');
      backend.socket.once('drain', () => this.resumeClient('backend-buffer'));
    }
  }

  /**
   * Requests at the backend and not answered yet: every pending request that is not waiting here.
   * Derived rather than counted, so a client that reuses a pending stream id cannot make it drift.
   */
  private atBackend(): number {
    return this.pending.size - this.queued.length;
  }

  /** One forwarded request was answered: let the next waiting ones go. */
  private answered(): void {
    while (this.atBackend() < MAX_BACKEND_IN_FLIGHT && this.queued.length > 0 && this.state === 'ready') {
      const bytes = this.queued.shift() as Buffer;
      this.queuedBytes -= bytes.length;
      this.toBackend(bytes);
    }
    if (this.queued.length < MAX_QUEUED / 2 && this.queuedBytes < MAX_QUEUED_BYTES / 2) this.resumeClient('queue');
  }

  private pauseClient(reason: PauseReason): void {
    if (this.clientPauses.size === 0) this.socket.pause();
    this.clientPauses.add(reason);
  }

  private resumeClient(reason: PauseReason): void {
    if (!this.clientPauses.delete(reason)) return;
    if (this.clientPauses.size === 0 && this.state !== 'closed') this.socket.resume();
  }

  private onBackendFrames(frames: Frame[]): void {
    this.batched(() => {
      for (const frame of frames) this.onBackendFrame(frame);
    });
  }

  private onBackendFrame(frame: Frame): void {
    if (frame.stream === EVENT_STREAM && frame.opcode === Opcode.Event) {
      // Topology and status events carry the backend's address; only schema changes reach clients.
      try {
        if (decodeEvent(openEnvelope(frame).message).type === 'SCHEMA_CHANGE') this.send(frame);
      } catch {
        // An event the emulator cannot read is not passed on.
      }
      return;
    }
    const pending = this.pending.get(frame.stream);
    this.pending.delete(frame.stream);
    if (pending !== undefined) this.answered();
    let out: Frame | null = frame.opcode === Opcode.Error ? wellFormedError(frame) : frame;
    if (frame.opcode === Opcode.Result) this.observeResult(frame, pending);
    for (const transform of pending?.transforms ?? []) {
      if (out === null) break;
      try {
        out = transform(out);
      } catch (err) {
        out = responseFrame(frame.stream, Opcode.Error, encodeError({ code: ErrorCode.ServerError, message: texts.emulatorError((err as Error).message) }));
      }
    }
    if (out) this.send(out);
  }

  /** Tracks USE (SetKeyspace) and registers prepared statements. */
  private observeResult(frame: Frame, pending: Pending | undefined): void {
    const message = frame.flags === 0 ? frame.body : openEnvelope(frame).message;
    if (message.length < 4) return;
    const kind = message.readInt32BE(0);
    if (kind !== ResultKind.SetKeyspace && !(kind === ResultKind.Prepared && pending?.prepare)) return;
    try {
      const result = decodeResult(message);
      if (result.kind === 'setKeyspace') this.keyspace = result.keyspace;
      else if (result.kind === 'prepared' && pending?.prepare) {
        this.runtime.prepared.set(result.id, {
          query: pending.prepare.query,
          keyspace: pending.prepare.keyspace,
          resultMetadata: result.resultMetadata,
          bindNames: result.metadata.columns.map((c) => c.name),
        });
      }
    } catch {
      // Not ours to judge: the client gets the backend's bytes unchanged.
    }
  }
}

type PauseReason = 'backend-buffer' | 'client-buffer' | 'queue';

/** Frames joined for one write: copied when small, one view when they lie side by side (as received). */
const JOIN_LIMIT = 256 * 1024;

function joined(parts: Buffer[]): Buffer[] {
  if (parts.length <= 1) return parts;
  const first = parts[0] as Buffer;
  let length = first.length;
  let adjacent = true;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] as Buffer;
    const previous = parts[i - 1] as Buffer;
    if (part.buffer !== first.buffer || part.byteOffset !== previous.byteOffset + previous.length) adjacent = false;
    length += part.length;
  }
  if (adjacent) return [Buffer.from(first.buffer, first.byteOffset, length)];
  // Large answers are not worth a copy.
  return length > JOIN_LIMIT ? parts : [Buffer.concat(parts, length)];
}

/** `ms` as log lines print it: `10 s`, `0.25 s`. */
function seconds(ms: number): string {
  return `${ms / 1000} s`;
}

type ResolvedVerdict = { kind: 'respond'; frame: Frame } | { kind: 'drop' } | { kind: 'forward'; request: Request; transforms: ResponseTransform[] };
