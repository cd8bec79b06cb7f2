// The Keyspaces emulator (`ksmig emulate`) in-process, in front of the integration run's shared
// Cassandra, plus small clients for tests: a cassandra-driver Client configured like one for Amazon
// Keyspaces, and a raw protocol client for byte-level tests.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import cassandra from 'cassandra-driver';
import { SigV4AuthProvider } from '../../../src/clusters/sigv4-authenticator.js';
import { keyspacesSigV4Response, SIGV4_INITIAL_RESPONSE } from '../../../src/clusters/sigv4.js';
import type { FaultOptions } from '../../../src/emulator/faults.js';
import type { RequestHook } from '../../../src/emulator/pipeline.js';
import { Opcode, opcodeName } from '../../../src/emulator/protocol/constants.js';
import { encodeFrame, FrameDecoder, requestFrame, type Frame } from '../../../src/emulator/protocol/frame.js';
import { decodeToken, encodeStringMap, encodeToken } from '../../../src/emulator/protocol/messages.js';
import { runEmulator } from '../../../src/emulator/run.js';
import { cassandraAddress } from './cassandra.js';

export interface StartEmulatorOptions {
  region?: string;
  maxSkewSeconds?: number;
  writeCapacity?: number;
  readCapacity?: number;
  ddlDelaySeconds?: number;
  /** Reuse a state directory (e.g. to test a restart); default a fresh temp dir. */
  stateDir?: string;
  hooks?: readonly RequestHook[];
  /** Keyspaces' per-connection request rate (requests/s); off by default. */
  connectionRateLimit?: number;
  /** Fault injection: latency per request, dropping connections after N requests. */
  faults?: FaultOptions;
  /** Backend to forward to; default the integration run's shared Cassandra. */
  backend?: { host: string; port: number };
  /** The partitioner system.local reports (a Keyspaces account's setting). */
  partitioner?: string;
}

export interface TestEmulator {
  host: string;
  port: number;
  /** PEM file of the CA that signed the emulator's certificate. */
  caPath: string;
  keysFile: string;
  accessKeyId: string;
  secret: string;
  region: string;
  stateDir: string;
  /** Opcodes each connection exchanged, e.g. `['>STARTUP', '<AUTHENTICATE', …]` ('>' client→emulator). */
  transcripts: Map<number, string[]>;
  connectionCount(): number;
  /** Stops the emulator and removes its temp directory (unless `stateDir` was given). */
  stop(): Promise<void>;
}

/** Starts an emulator on a free loopback port with one generated access key. */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<TestEmulator> {
  const ownDir = options.stateDir === undefined;
  const stateDir = options.stateDir ?? (await mkdtemp(join(tmpdir(), 'ksmig-emulator-')));
  const accessKeyId = 'AKIAEMULATORTEST0001';
  const secret = `secret-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
  const keysFile = join(stateDir, 'test-keys');
  await writeFile(keysFile, `${accessKeyId} ${secret}\n`);
  const region = options.region ?? 'us-east-1';
  const transcripts = new Map<number, string[]>();
  const emulator = await runEmulator({
    backend: options.backend ?? cassandraAddress(),
    listen: { host: '127.0.0.1', port: 0 },
    region,
    keysPath: keysFile,
    stateDir,
    maxSkewSeconds: options.maxSkewSeconds ?? 900,
    ddlDelaySeconds: options.ddlDelaySeconds ?? 0,
    ...(options.writeCapacity !== undefined ? { writeCapacity: options.writeCapacity } : {}),
    ...(options.readCapacity !== undefined ? { readCapacity: options.readCapacity } : {}),
    ...(options.hooks ? { hooks: options.hooks } : {}),
    ...(options.connectionRateLimit !== undefined ? { connectionRateLimit: options.connectionRateLimit } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.partitioner ? { partitioner: options.partitioner } : {}),
    trace: (id, direction, frame) => {
      let list = transcripts.get(id);
      if (!list) transcripts.set(id, (list = []));
      list.push(`${direction === 'in' ? '>' : '<'}${opcodeName(frame.opcode)}`);
    },
  });
  return {
    host: emulator.host,
    port: emulator.port,
    caPath: emulator.caPath,
    keysFile,
    accessKeyId,
    secret,
    region,
    stateDir,
    transcripts,
    connectionCount: () => emulator.connectionCount(),
    stop: async () => {
      await emulator.close();
      if (ownDir) await rm(stateDir, { recursive: true, force: true });
    },
  };
}

export interface KeyspacesClientOptions {
  keyspace?: string;
  /** `sigv4` (default) signs with the emulator's key; `plain` sends it as service-specific credentials. */
  auth?: 'sigv4' | 'plain' | cassandra.auth.AuthProvider;
  maxProtocolVersion?: number;
}

/** A cassandra-driver Client set up as for Amazon Keyspaces (TLS with the emulator's CA, Region as DC). */
export function keyspacesClient(emu: TestEmulator, options: KeyspacesClientOptions = {}): cassandra.Client {
  const auth = options.auth ?? 'sigv4';
  const authProvider =
    auth === 'sigv4'
      ? new SigV4AuthProvider({ region: emu.region, credentials: async () => ({ accessKeyId: emu.accessKeyId, secretAccessKey: emu.secret }) })
      : auth === 'plain'
        ? new cassandra.auth.PlainTextAuthProvider(emu.accessKeyId, emu.secret)
        : auth;
  return new cassandra.Client({
    contactPoints: [`${emu.host}:${emu.port}`],
    localDataCenter: emu.region,
    sslOptions: { ca: [readFileSync(emu.caPath)], host: 'localhost', servername: 'localhost', rejectUnauthorized: true },
    authProvider,
    queryOptions: { consistency: cassandra.types.consistencies.localQuorum },
    socketOptions: { connectTimeout: 10_000, readTimeout: 30_000 },
    ...(options.maxProtocolVersion !== undefined ? { protocolOptions: { maxVersion: options.maxProtocolVersion } } : {}),
    ...(options.keyspace !== undefined ? { keyspace: options.keyspace } : {}),
  });
}

/** A minimal protocol client over TLS: send frames, await frames by stream id, observe the close. */
export class RawClient {
  readonly received: Frame[] = [];
  closed = false;
  private readonly decoder = new FrameDecoder({ expect: 'response', versions: new Set([1, 2, 3, 4, 5]) });
  private readonly waiters = new Map<number, (f: Frame) => void>();
  private closeWaiters: (() => void)[] = [];

  private constructor(readonly socket: TLSSocket) {
    socket.on('data', (chunk: Buffer) => {
      for (const f of this.decoder.push(chunk)) {
        this.received.push(f);
        const w = this.waiters.get(f.stream);
        if (w) {
          this.waiters.delete(f.stream);
          w(f);
        }
      }
    });
    socket.on('close', () => {
      this.closed = true;
      for (const w of this.closeWaiters) w();
    });
    socket.on('error', () => undefined);
  }

  static connect(emu: { port: number; caPath: string }): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = tlsConnect({ host: '127.0.0.1', port: emu.port, ca: readFileSync(emu.caPath), servername: 'localhost' }, () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  write(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  send(stream: number, opcode: number, body: Buffer): void {
    this.write(encodeFrame(requestFrame(stream, opcode, body)));
  }

  /** The next frame on `stream` (rejects after `timeoutMs`; 0 waits without a limit). */
  next(stream: number, timeoutMs = 10_000): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const timer = timeoutMs > 0 ? setTimeout(() => reject(new Error(`no answer on stream ${stream} within ${timeoutMs} ms`)), timeoutMs) : undefined;
      this.waiters.set(stream, (f) => {
        clearTimeout(timer);
        resolve(f);
      });
    });
  }

  async request(stream: number, opcode: number, body: Buffer): Promise<Frame> {
    const answer = this.next(stream);
    this.send(stream, opcode, body);
    return answer;
  }

  /** Resolves once the server has closed the connection (rejects after `timeoutMs`). */
  whenClosed(timeoutMs = 10_000): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`connection still open after ${timeoutMs} ms`)), timeoutMs);
      this.closeWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** STARTUP and the SigV4 exchange; resolves once AUTH_SUCCESS arrives. */
  async authenticate(emu: Pick<TestEmulator, 'region' | 'accessKeyId' | 'secret'>): Promise<void> {
    const auth = await this.request(0, Opcode.Startup, encodeStringMap(new Map([['CQL_VERSION', '3.0.0']])));
    if (auth.opcode !== Opcode.Authenticate) throw new Error(`expected AUTHENTICATE, got ${opcodeName(auth.opcode)}`);
    const challenge = await this.request(0, Opcode.AuthResponse, encodeToken(Buffer.from(SIGV4_INITIAL_RESPONSE)));
    const nonce = (decodeToken(challenge.body) ?? Buffer.alloc(0)).toString('utf8').replace(/^nonce=/, '');
    const response = keyspacesSigV4Response({ nonce, region: emu.region, accessKeyId: emu.accessKeyId, secretAccessKey: emu.secret });
    const done = await this.request(0, Opcode.AuthResponse, encodeToken(Buffer.from(response)));
    if (done.opcode !== Opcode.AuthSuccess) throw new Error(`expected AUTH_SUCCESS, got ${opcodeName(done.opcode)}`);
  }

  close(): void {
    this.socket.destroy();
  }
}
