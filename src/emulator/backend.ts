/**
 * The emulator's side of one backend session: a plain TCP connection to the real Cassandra,
 * opened with STARTUP (and PLAIN auth when the backend wants it), then carrying the client's
 * frames unchanged in both directions.
 */
import { connect, type Socket } from 'node:net';
import { Opcode, opcodeName } from './protocol/constants.js';
import { encodeFrame, FrameDecoder, requestFrame, type Frame } from './protocol/frame.js';
import { decodeError, encodeStringMap, encodeToken } from './protocol/messages.js';

export interface BackendOptions {
  host: string;
  port: number;
  username?: string;
  password?: string;
  /** How long connecting and the STARTUP handshake may take. Default 10 s. */
  connectTimeoutMs?: number;
}

/** Why a backend session could not be opened; `message` names the host and the cause. */
export class BackendError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackendError';
  }
}

const HANDSHAKE_STREAM = 0;

/** An open backend session. Frames the backend sends go to `onFrame`; `onClose` fires once. */
export class BackendConnection {
  onFrame: (frames: Frame[]) => void = () => undefined;
  onClose: (error?: Error) => void = () => undefined;
  private closed = false;

  private constructor(
    readonly socket: Socket,
    private readonly decoder: FrameDecoder,
  ) {
    socket.on('data', (chunk: Buffer) => {
      let frames: Frame[];
      try {
        frames = this.decoder.push(chunk);
      } catch (err) {
        this.close(err as Error);
        return;
      }
      if (frames.length > 0) this.onFrame(frames);
    });
    socket.on('error', (err) => this.close(err));
    socket.on('close', () => this.close());
  }

  /** Sends raw frame bytes; returns false when the socket's buffer is full (see `socket.once('drain')`). */
  write(bytes: Buffer): boolean {
    return this.closed ? true : this.socket.write(bytes);
  }

  close(error?: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.destroy();
    this.onClose(error);
  }

  /** A session over a socket that is already connected and past STARTUP (benches pass an in-memory one). */
  static over(socket: Socket): BackendConnection {
    return new BackendConnection(socket, new FrameDecoder({ expect: 'response' }));
  }

  /**
   * Connects and completes STARTUP (with PLAIN credentials if the backend asks for them).
   * `startup` is the STARTUP map to send (the client's, minus compression).
   */
  static open(options: BackendOptions, startup: ReadonlyMap<string, string>): Promise<BackendConnection> {
    const where = `${options.host}:${options.port}`;
    return new Promise((resolve, reject) => {
      const socket = connect({ host: options.host, port: options.port });
      socket.setNoDelay(true);
      const decoder = new FrameDecoder({ expect: 'response' });
      let settled = false;
      const fail = (cause: string, err?: unknown): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        reject(new BackendError(`backend Cassandra at ${where}: ${cause}`, { cause: err }));
      };
      const timer = setTimeout(() => fail(`no answer within ${options.connectTimeoutMs ?? 10_000} ms`), options.connectTimeoutMs ?? 10_000);
      socket.once('error', (err: NodeJS.ErrnoException) => fail(err.code ?? err.message, err));
      socket.once('close', () => fail('connection closed during STARTUP'));
      socket.once('connect', () => {
        socket.write(encodeFrame(requestFrame(HANDSHAKE_STREAM, Opcode.Startup, encodeStringMap(startup))));
      });
      const onData = (chunk: Buffer): void => {
        let frames: Frame[];
        try {
          frames = decoder.push(chunk);
        } catch (err) {
          fail((err as Error).message, err);
          return;
        }
        for (const frame of frames) {
          if (settled) return;
          switch (frame.opcode) {
            case Opcode.Ready:
            case Opcode.AuthSuccess: {
              settled = true;
              clearTimeout(timer);
              socket.removeListener('data', onData);
              socket.removeAllListeners('error');
              socket.removeAllListeners('close');
              const conn = new BackendConnection(socket, decoder);
              resolve(conn);
              break;
            }
            case Opcode.Authenticate:
              if (options.username === undefined) {
                fail('it requires authentication; pass --backend-username and --backend-password');
                return;
              }
              socket.write(
                encodeFrame(
                  requestFrame(
                    HANDSHAKE_STREAM,
                    Opcode.AuthResponse,
                    encodeToken(Buffer.from(`\u0000${options.username}\u0000${options.password ?? ''}`, 'utf8')),
                  ),
                ),
              );
              break;
            case Opcode.Error: {
              let text: string;
              try {
                text = decodeError(frame.body).message;
              } catch {
                text = 'malformed ERROR';
              }
              fail(`STARTUP refused: ${text}`);
              return;
            }
            default:
              fail(`unexpected ${opcodeName(frame.opcode)} during STARTUP`);
              return;
          }
        }
      };
      socket.on('data', onData);
    });
  }
}

/** Checks that the backend is reachable and speaks the protocol (OPTIONS → SUPPORTED). */
export function probeBackend(options: BackendOptions): Promise<void> {
  const where = `${options.host}:${options.port}`;
  const timeoutMs = options.connectTimeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    const socket = connect({ host: options.host, port: options.port });
    const decoder = new FrameDecoder({ expect: 'response' });
    let settled = false;
    const done = (err?: BackendError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (err) reject(err);
      else resolve();
    };
    const timer = setTimeout(() => done(new BackendError(`backend Cassandra at ${where}: no answer within ${timeoutMs} ms`)), timeoutMs);
    socket.once('error', (err: NodeJS.ErrnoException) =>
      done(new BackendError(`backend Cassandra at ${where}: ${err.code ?? err.message}`, { cause: err })),
    );
    socket.once('close', () => done(new BackendError(`backend Cassandra at ${where}: connection closed before answering OPTIONS`)));
    socket.once('connect', () => socket.write(encodeFrame(requestFrame(0, Opcode.Options, Buffer.alloc(0)))));
    socket.on('data', (chunk: Buffer) => {
      try {
        const frames = decoder.push(chunk);
        if (frames.some((f) => f.opcode === Opcode.Supported)) done();
        else if (frames.length > 0) done(new BackendError(`backend Cassandra at ${where}: unexpected answer to OPTIONS`));
      } catch (err) {
        done(new BackendError(`backend Cassandra at ${where}: ${(err as Error).message}`, { cause: err }));
      }
    });
  });
}
