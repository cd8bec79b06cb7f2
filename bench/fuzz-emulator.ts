// Fuzzing the emulator's protocol layer in-process, by the million: every input (bench/fuzz-inputs.ts)
// is cut into random chunks and fed to a real client connection of the emulator (frame decoder,
// state machine, SASL, message decoders, the Keyspaces policy hooks, error encoding) over an
// in-memory socket, with an in-memory backend that answers every forwarded request. Connections
// are used before STARTUP, during SASL and after authentication. Reports inputs/s, the slowest
// input (time the event loop was busy with it; must stay under 1 s), memory, and any failure:
// an exception that escapes, a connection closed for an internal error, or an answer that is
// not a well-formed v4 frame. Exits 1 on a failure. Not part of `npm test`.
//
//   node --expose-gc --import tsx bench/fuzz-emulator.ts [--inputs 1000000] [--seed 1]
import { EventEmitter } from 'node:events';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Socket } from 'node:net';
import { parseArgs } from 'node:util';
import { BackendConnection } from '../src/emulator/backend.js';
import { BufferBudget } from '../src/emulator/buffer-budget.js';
import { ClientConnection, type ConnectionRuntime } from '../src/emulator/connection.js';
import type { InternalSessions } from '../src/emulator/internal-session.js';
import { KeyspacesBehaviour } from '../src/emulator/keyspaces/behaviour.js';
import { keyspacesHook } from '../src/emulator/keyspaces-hooks.js';
import { resolveLimits } from '../src/emulator/limits.js';
import { PreparedStatements } from '../src/emulator/prepared-statements.js';
import { ErrorCode, Opcode, opcodeName } from '../src/emulator/protocol/constants.js';
import { openEnvelope } from '../src/emulator/protocol/envelope.js';
import { encodeFrame, FrameDecoder, requestFrame, responseFrame } from '../src/emulator/protocol/frame.js';
import { decodeError, encodeResult, encodeStringMap, encodeToken } from '../src/emulator/protocol/messages.js';
import { systemTablesHook } from '../src/emulator/system-tables.js';
import { FuzzInputs } from './fuzz-inputs.js';
import { rng } from './random.js';

const { values: args } = parseArgs({ options: { inputs: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '1' } } });
const INPUTS = Number(args.inputs);
const SEED = Number(args.seed);
/** Inputs one connection gets at most before the bench closes it (the emulator often closes it first). */
const PER_CONNECTION = 64;
/** Inputs between two turns of the event loop (backend answers, timers, promise continuations). */
const BATCH = 256;
const SLOW_MS = 1000;
const MIB = 1024 * 1024;
const KEY = { id: 'AKIAFUZZBENCH', secret: 'fuzz-bench-secret' };

/** The parts of a socket ClientConnection and BackendConnection use, in memory. */
class MemorySocket extends EventEmitter {
  readonly remoteAddress = '203.0.113.7';
  readonly remotePort = 40000;
  destroyed = false;
  readonly written: Buffer[] = [];
  setNoDelay(): this {
    return this;
  }
  cork(): void {}
  uncork(): void {}
  pause(): this {
    return this;
  }
  resume(): this {
    return this;
  }
  write(bytes: Buffer): boolean {
    if (!this.destroyed) this.written.push(bytes);
    return true;
  }
  end(done?: () => void): this {
    done?.();
    return this.destroy();
  }
  destroy(): this {
    if (this.destroyed) return this;
    this.destroyed = true;
    process.nextTick(() => this.emit('close'));
    return this;
  }
}

const failures: string[] = [];
const serverErrors = new Set<string>();
process.on('uncaughtException', (err) => failures.push(`uncaught: ${err.stack ?? String(err)}`));
process.on('unhandledRejection', (err) => failures.push(`unhandled rejection: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));

/** Backends opened by authenticated connections; each turn, their requests get a RESULT Void. */
const backends = new Set<{ socket: MemorySocket; decoder: FrameDecoder }>();
const VOID = encodeResult({ kind: 'void' });

function answerBackends(): void {
  for (const b of backends) {
    if (b.socket.destroyed) {
      backends.delete(b);
      continue;
    }
    const requests = b.socket.written.splice(0);
    const answers: Buffer[] = [];
    for (const bytes of requests) for (const f of b.decoder.push(bytes)) answers.push(encodeFrame(responseFrame(f.stream, Opcode.Result, VOID)));
    if (answers.length > 0) b.socket.emit('data', Buffer.concat(answers));
  }
}

const noBackend = {
  query: () => Promise.reject(new Error('no backend in the fuzz bench')),
  close: () => undefined,
} as unknown as InternalSessions;

const behaviour = new KeyspacesBehaviour();
const prepared = new PreparedStatements();
const runtime: ConnectionRuntime = {
  sasl: { keys: new Map([[KEY.id, KEY.secret]]), region: 'us-east-1', maxSkewSeconds: 900 },
  backend: { host: '127.0.0.1', port: 1 },
  hooks: [
    systemTablesHook({ address: '127.0.0.1', port: 9142, region: 'us-east-1' }),
    keyspacesHook({ behaviour, internal: noBackend, registerPrepared: (id, query, keyspace, resultMetadata) => prepared.set(id, { query, keyspace, resultMetadata }) }),
  ],
  prepared,
  log: (kind, line) => {
    if (kind === 'internal-error') failures.push(line);
  },
  limits: resolveLimits(),
  budget: new BufferBudget(resolveLimits().maxBufferedBytes),
  openBackend: () => {
    const socket = new MemorySocket();
    backends.add({ socket, decoder: new FrameDecoder({ expect: 'request' }) });
    return Promise.resolve(BackendConnection.over(socket as unknown as Socket));
  },
};

type Stage = 'startup' | 'sasl' | 'ready';
const STAGES: readonly Stage[] = ['startup', 'sasl', 'ready'];
const generators: Record<Stage, FuzzInputs> = {
  startup: new FuzzInputs(SEED, { opcodes: [Opcode.Startup, Opcode.Options, Opcode.Query, Opcode.Register] }),
  sasl: new FuzzInputs(SEED + 1, { opcodes: [Opcode.AuthResponse] }),
  ready: new FuzzInputs(SEED + 2, { opcodes: [Opcode.Query, Opcode.Prepare, Opcode.Execute, Opcode.Batch, Opcode.Register, Opcode.Options, Opcode.Startup] }),
};
const random = rng(SEED + 3);

interface Session {
  socket: MemorySocket;
  answers: FrameDecoder;
  closed: boolean;
  used: number;
}

let nextId = 1;
const tally = { connections: 0, closedByEmulator: 0, answers: 0, errors: new Map<number, number>(), byOpcode: new Map<string, number>() };

async function openSession(stage: Stage): Promise<Session> {
  const socket = new MemorySocket();
  const session: Session = { socket, answers: new FrameDecoder({ expect: 'response' }), closed: false, used: 0 };
  new ClientConnection(nextId++, socket as unknown as Socket, runtime, () => (session.closed = true));
  tally.connections++;
  if (stage !== 'startup') socket.emit('data', encodeFrame(requestFrame(0, Opcode.Startup, encodeStringMap(new Map([['CQL_VERSION', '3.0.0']])))));
  if (stage === 'ready') {
    socket.emit('data', encodeFrame(requestFrame(0, Opcode.AuthResponse, encodeToken(Buffer.from(`\u0000${KEY.id}\u0000${KEY.secret}`)))));
    // The backend session opens on a later turn.
    await new Promise((resolve) => setImmediate(resolve));
  }
  drainAnswers(session);
  return session;
}

/** Checks that everything the emulator wrote to the client is a well-formed v4 response frame. */
function drainAnswers(session: Session): void {
  for (const bytes of session.socket.written.splice(0)) {
    let frames;
    try {
      frames = session.answers.push(bytes);
    } catch (err) {
      failures.push(`malformed answer framing: ${(err as Error).message}`);
      return;
    }
    for (const f of frames) {
      tally.answers++;
      if (f.opcode !== Opcode.Error) continue;
      try {
        const error = decodeError(openEnvelope(f).message);
        tally.errors.set(error.code, (tally.errors.get(error.code) ?? 0) + 1);
        // A ServerError means a hook or the emulator failed on the input: worth reading.
        if (error.code === ErrorCode.ServerError && serverErrors.size < 10) serverErrors.add(error.message.slice(0, 300));
      } catch (err) {
        failures.push(`malformed ERROR answer: ${(err as Error).message}`);
      }
    }
  }
}

function feed(session: Session, frame: Buffer): void {
  const pieces = 1 + Math.floor(random() * 3);
  let at = 0;
  for (let i = 1; i <= pieces; i++) {
    const end = i === pieces ? frame.length : Math.floor(random() * (frame.length + 1));
    if (end <= at) continue;
    session.socket.emit('data', frame.subarray(at, end));
    at = end;
  }
}

const mem = { startRss: process.memoryUsage().rss, maxRss: 0, samples: [] as string[] };
const slowest = { ms: 0, what: '' };
const slowInputs: string[] = [];
const started = performance.now();
const sessions: Record<Stage, Session | undefined> = { startup: undefined, sasl: undefined, ready: undefined };

for (let done = 0; done < INPUTS; ) {
  for (let i = 0; i < BATCH && done < INPUTS; i++, done++) {
    const stage = STAGES[done % 3] as Stage;
    let session = sessions[stage];
    if (session === undefined || session.closed || session.used >= PER_CONNECTION) {
      if (session && !session.closed) session.socket.destroy();
      session = await openSession(stage);
      sessions[stage] = session;
    }
    const input = generators[stage].next();
    const name = opcodeName(input.opcode);
    tally.byOpcode.set(name, (tally.byOpcode.get(name) ?? 0) + 1);
    const t0 = performance.now();
    feed(session, input.frame);
    const ms = performance.now() - t0;
    if (ms > slowest.ms) {
      slowest.ms = ms;
      slowest.what = `${name} ${input.how}, ${input.frame.length} bytes, ${stage}`;
    }
    if (ms >= SLOW_MS) slowInputs.push(`${ms.toFixed(0)} ms: ${name} ${input.how} (${input.frame.length} bytes)`);
    session.used++;
    drainAnswers(session);
    if (session.closed) tally.closedByEmulator++;
  }
  answerBackends();
  await new Promise((resolve) => setImmediate(resolve));
  const rss = process.memoryUsage().rss;
  mem.maxRss = Math.max(mem.maxRss, rss);
  if (done % 100_000 < BATCH) {
    const { heapUsed } = process.memoryUsage();
    mem.samples.push(`${done}: rss ${(rss / MIB).toFixed(0)} MiB, heap ${(heapUsed / MIB).toFixed(0)} MiB`);
    process.stderr.write(`\r${done} inputs, ${(done / ((performance.now() - started) / 1000)).toFixed(0)}/s   `);
  }
}
for (const s of Object.values(sessions)) s?.socket.destroy();
await new Promise((resolve) => setTimeout(resolve, 50));
const elapsed = (performance.now() - started) / 1000;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
await new Promise((resolve) => setTimeout(resolve, 200));
gc?.();
const end = process.memoryUsage();

const hex = (code: number): string => `0x${code.toString(16).padStart(4, '0')}`;
const lines = [
  '',
  `ksmig emulator fuzz: ${INPUTS.toLocaleString('en')} inputs (seed ${SEED}) in ${elapsed.toFixed(1)} s = ${Math.round(INPUTS / elapsed).toLocaleString('en')} inputs/s`,
  `  inputs by opcode: ${[...tally.byOpcode].map(([k, v]) => `${k} ${v}`).join(', ')}`,
  `  connections: ${tally.connections.toLocaleString('en')} (${tally.closedByEmulator.toLocaleString('en')} closed by the emulator); answers: ${tally.answers.toLocaleString('en')}`,
  `  error answers: ${[...tally.errors].sort((a, b) => a[0] - b[0]).map(([code, n]) => `${hex(code)}×${n}`).join(' ')}`,
  `  slowest input: ${slowest.ms.toFixed(1)} ms (${slowest.what}); inputs over ${SLOW_MS} ms: ${slowInputs.length}`,
  `  memory: RSS ${(mem.startRss / MIB).toFixed(0)} MiB at start, ${(mem.maxRss / MIB).toFixed(0)} MiB at most, ${(end.rss / MIB).toFixed(0)} MiB at the end` +
    `${gc ? ` (heap ${(end.heapUsed / MIB).toFixed(0)} MiB, array buffers ${(end.arrayBuffers / MIB).toFixed(0)} MiB after GC)` : ' (run with --expose-gc for figures after GC)'}`,
  `  memory samples: ${mem.samples.join('; ')}`,
  `  emulator state after the run: ${behaviour.state.keyspaces().length} keyspaces, ${behaviour.state.tables().length} tables, ${prepared.size} prepared ids, ${behaviour.parseCacheText} characters in the parse cache`,
  `  failures: ${failures.length}`,
  `  machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
for (const f of failures.slice(0, 20)) process.stdout.write(`  FAILURE ${f}\n`);
for (const s of slowInputs.slice(0, 20)) process.stdout.write(`  SLOW ${s}\n`);
for (const m of serverErrors) process.stdout.write(`  server error answered: ${m}\n`);
process.exit(failures.length > 0 || slowInputs.length > 0 ? 1 : 0);
