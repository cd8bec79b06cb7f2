import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, closeSync, readdirSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CASSANDRA_VERSION, ensureCassandraRuntime } from '../../tools/cassandra/fetch.mjs';
import { KsmigError, usageError } from '../shared/errors.js';
import { DEFAULT_HEAP, isHeapSize, nodePaths, renderCassandraYaml, renderLogbackXml, type NodePorts } from './config.js';
import { findJava, type JavaInstall } from './java.js';
import { cassandraJvmArgs } from './jvm.js';
import { freePorts, isPortTaken, LOOPBACK } from './ports.js';
import { classifyLogLine, LogFollower, queryReleaseVersion } from './readiness.js';
import { isAlive, isCassandraOf, readState, removeState, writeState, type LocalState } from './state.js';

/** How long a start may take before it is abandoned (a loaded CI box is slow). */
export const DEFAULT_START_TIMEOUT_MS = 180_000;
/** How long a stop waits after SIGTERM (Cassandra drains memtables) before SIGKILL. */
export const DEFAULT_STOP_TIMEOUT_MS = 30_000;

/** Options of {@link startLocalCassandra}. */
export interface StartOptions {
  /** Instance directory (conf/, data/, logs/ and the state file go there). Default: a fresh temp dir, removed by `stop()`. */
  dir?: string;
  /** CQL port on 127.0.0.1; 0 or absent picks a free one. */
  port?: number;
  /**
   * Fixed internal ports (inter-node storage, its TLS twin, JMX); free ones by default. A bind
   * failure on a port the harness picked is retried once with fresh ports; on a fixed one it fails.
   */
  internalPorts?: Partial<Omit<NodePorts, 'native'>>;
  /** Maximum JVM heap (-Xmx), e.g. `1g`, `768m`; the initial heap is at most 256m. Default {@link DEFAULT_HEAP}. */
  heap?: string;
  /** PasswordAuthenticator mode; log in as `cassandra`/`cassandra`. */
  auth?: boolean;
  /**
   * Leave the node running when this process exits (no exit hook, no watchdog; stop it with
   * {@link stopLocalCassandra}). Default false: the node dies with this process, however it ends.
   */
  detach?: boolean;
  /** Readiness deadline. Default {@link DEFAULT_START_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Environment for Java/cache discovery (KSMIG_JAVA_HOME, JAVA_HOME, KSMIG_CACHE, PATH). */
  env?: NodeJS.ProcessEnv;
  /** Use this Java instead of detecting one. */
  java?: JavaInstall;
  /** Progress lines for people (fetching jars, retrying ports). */
  log?: (line: string) => void;
  /** Aborting before the node is ready kills the JVM and rejects with KSMIG_LOCAL_START_INTERRUPTED (exit 4). */
  signal?: AbortSignal;
}

/** A running node started by this process. */
export interface LocalCassandra {
  /** Always 127.0.0.1. */
  host: string;
  /** CQL native port. */
  port: number;
  /** The JVM's pid. */
  pid: number;
  /** Instance directory. */
  dir: string;
  /** Loopback JMX port (`nodetool -p`). */
  jmxPort: number;
  /** Whether PasswordAuthenticator is on (superuser `cassandra`/`cassandra`). */
  auth: boolean;
  /** The JVM's stdout/stderr (Cassandra's log). */
  logFile: string;
  /** Milliseconds from spawning the JVM to the first successful CQL query. */
  startupMs: number;
  /** Settles when the JVM exits, for whatever reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, wait (Cassandra drains), SIGKILL after `timeoutMs`; removes a temp dir it created. Idempotent. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

/** Where a node is, as `ksmig local status` reports it. */
export type LocalStatus =
  | { running: true; state: 'starting' | 'running'; host: string; port: number; pid: number; dir: string; jmxPort: number; auth: boolean; logFile: string }
  | { running: false; dir: string };

class StartFailure extends Error {
  constructor(readonly reason: 'bind' | 'exited' | 'timeout' | 'aborted', message: string, readonly port?: number) {
    super(message);
  }
}

/** Absolute path of an instance dir as given by a user. */
export function resolveDir(dir: string, cwd: string = process.cwd()): string {
  return resolve(cwd, dir);
}

/**
 * Starts Apache Cassandra 5.0 as its own JVM on 127.0.0.1 and resolves once a CQL query
 * succeeds. Fetches the jars first when the cache is not complete. On any failure the JVM is
 * killed before the promise rejects (a KsmigError: exit 2 for a missing/wrong Java, 3 otherwise).
 * A bind race on a port the harness chose is retried once with fresh ports.
 */
export async function startLocalCassandra(options: StartOptions = {}): Promise<LocalCassandra> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const heap = options.heap ?? DEFAULT_HEAP;
  if (!isHeapSize(heap)) throw usageError(`invalid heap size '${heap}': expected a number with m or g, e.g. 1g or 768m`);
  const java = options.java ?? (await findJava(env));
  const runtime = await ensureCassandraRuntime({ env, log }).catch((err: unknown) => {
    throw new KsmigError('aborted', 'KSMIG_CASSANDRA_FETCH', `could not fetch the Apache Cassandra ${CASSANDRA_VERSION} jars`, { cause: err });
  });
  const jammJar = readdirSync(runtime.libDir).find((n) => /^jamm-.*\.jar$/.test(n));
  if (!jammJar) throw new KsmigError('aborted', 'KSMIG_CASSANDRA_FETCH', `no jamm agent jar in ${runtime.libDir}`);

  const tempDir = options.dir === undefined;
  const dir = tempDir ? await mkdtemp(join(tmpdir(), 'ksmig-cassandra-')) : resolve(options.dir as string);
  await mkdir(dir, { recursive: true });
  const previous = await readState(dir);
  if (previous && isCassandraOf(previous.pid, dir)) {
    throw new KsmigError('aborted', 'KSMIG_LOCAL_ALREADY_RUNNING', `a local Cassandra is already running in ${dir} (pid ${previous.pid}, port ${previous.port})`, {
      tryMessage: `ksmig local stop --dir ${dir}`,
    });
  }
  const fixed: Partial<NodePorts> = { ...options.internalPorts };
  if (options.port !== undefined && options.port !== 0) fixed.native = options.port;
  for (const port of Object.values(fixed)) {
    if (port !== undefined && (await isPortTaken(port))) {
      throw new KsmigError('aborted', 'KSMIG_LOCAL_PORT_IN_USE', `port ${port} on ${LOOPBACK} is already in use`, {
        tryMessage: port === fixed.native ? 'choose another --port, or omit it to get a free one' : 'choose another port, or let ksmig pick a free one',
      });
    }
  }
  const fixedPorts = new Set(Object.values(fixed));

  const auth = options.auth ?? false;
  const timeoutMs = options.timeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  try {
    for (let attempt = 1; ; attempt++) {
      const ports = await choosePorts(fixed);
      try {
        return await launch({ dir, tempDir, ports, heap, auth, java, libDir: runtime.libDir, jammJar, detach: options.detach ?? false, timeoutMs, signal: options.signal });
      } catch (err) {
        const retry = err instanceof StartFailure && err.reason === 'bind' && attempt === 1 && (err.port === undefined || !fixedPorts.has(err.port));
        if (!retry) throw err;
        log(`port ${err.port ?? '?'} was taken before Cassandra bound it; retrying with fresh ports`);
      }
    }
  } catch (err) {
    if (tempDir) await rm(dir, { recursive: true, force: true });
    if (err instanceof StartFailure && err.reason === 'aborted') {
      throw new KsmigError('interrupted', 'KSMIG_LOCAL_START_INTERRUPTED', 'start interrupted before Cassandra was ready; the JVM was stopped');
    }
    if (err instanceof StartFailure) {
      throw new KsmigError('aborted', 'KSMIG_LOCAL_START_FAILED', `Apache Cassandra did not start: ${err.message}`, {
        tryMessage: `see ${tempDir ? 'the log above' : join(dir, 'logs', 'stdout.log')}`,
      });
    }
    throw err;
  }
}

async function choosePorts(fixed: Partial<NodePorts>): Promise<NodePorts> {
  const given = Object.values(fixed).filter((p): p is number => p !== undefined);
  const free = await freePorts(4, given);
  const next = (): number => free.shift() as number;
  return {
    native: fixed.native ?? next(),
    storage: fixed.storage ?? next(),
    sslStorage: fixed.sslStorage ?? next(),
    jmx: fixed.jmx ?? next(),
  };
}

interface LaunchPlan {
  dir: string;
  tempDir: boolean;
  ports: NodePorts;
  heap: string;
  auth: boolean;
  java: JavaInstall;
  libDir: string;
  jammJar: string;
  detach: boolean;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

async function launch(plan: LaunchPlan): Promise<LocalCassandra> {
  const { dir, ports } = plan;
  const paths = nodePaths(dir);
  for (const d of [paths.conf, paths.logs, join(dir, 'data'), join(dir, 'triggers')]) await mkdir(d, { recursive: true });
  await writeFile(join(paths.conf, 'cassandra.yaml'), renderCassandraYaml({ dir, ports, auth: plan.auth }));
  await writeFile(join(paths.conf, 'logback.xml'), renderLogbackXml());
  const logFile = join(paths.logs, 'stdout.log');
  if (existsSync(logFile)) await rename(logFile, `${logFile}.1`);

  const args = cassandraJvmArgs({ dir, libDir: plan.libDir, jammJar: plan.jammJar, ports, heap: plan.heap, fullJdk: isFullJdk(plan.java.bin) });
  const out = openSync(logFile, 'w');
  const spawnedAt = Date.now();
  let child: ChildProcess;
  try {
    // Own process group: a terminal's Ctrl-C reaches ksmig, which then stops the node in order.
    child = spawn(plan.java.bin, args, { cwd: dir, stdio: ['ignore', out, out], detached: true });
  } finally {
    closeSync(out);
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => {
    child.once('exit', (code, signal) => res({ code, signal }));
    child.once('error', () => res({ code: null, signal: null }));
  });
  const pid = await new Promise<number>((res, rej) => {
    if (child.pid !== undefined) res(child.pid);
    child.once('error', (err) => rej(new StartFailure('exited', `could not run ${plan.java.bin}: ${err.message}`)));
  });

  const state: LocalState = {
    state: 'starting', host: LOOPBACK, port: ports.native, pid, dir, jmxPort: ports.jmx, storagePort: ports.storage,
    auth: plan.auth, cassandraVersion: CASSANDRA_VERSION, logFile, startedAt: new Date(spawnedAt).toISOString(),
  };
  // Guarded during startup even when detaching: a start that is interrupted leaves no JVM behind.
  const startupGuard = guardAgainstParentExit(pid);
  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((info) => (exitInfo = info));
  try {
    await writeState(dir, state);
    await waitUntilReady({ follower: new LogFollower(logFile), port: ports.native, auth: plan.auth, deadline: spawnedAt + plan.timeoutMs, timeoutMs: plan.timeoutMs, signal: plan.signal, hasExited: () => exitInfo });
  } catch (err) {
    // Nothing worth draining on a node that never became ready.
    await terminate(pid, exited, 0);
    startupGuard.dispose();
    await removeState(dir);
    throw err;
  }
  const startupMs = Date.now() - spawnedAt;
  await writeState(dir, { ...state, state: 'running' });
  let guard: { dispose(): void } | undefined = startupGuard;
  if (plan.detach) {
    startupGuard.dispose();
    guard = undefined;
    child.unref();
  }

  let stopping: Promise<void> | undefined;
  return {
    host: LOOPBACK,
    port: ports.native,
    pid,
    dir,
    jmxPort: ports.jmx,
    auth: plan.auth,
    logFile,
    startupMs,
    exited,
    stop(stopOptions = {}) {
      stopping ??= (async () => {
        // Once the JVM has exited its pid may belong to someone else: never signal it then.
        if (!exitInfo) await terminate(pid, exited, stopOptions.timeoutMs ?? DEFAULT_STOP_TIMEOUT_MS);
        guard?.dispose();
        await removeState(dir);
        if (plan.tempDir) await rm(dir, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
}

async function waitUntilReady(w: {
  follower: LogFollower;
  port: number;
  auth: boolean;
  deadline: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  hasExited: () => { code: number | null; signal: NodeJS.Signals | null } | undefined;
}): Promise<void> {
  let listening = false;
  let lastQueryError = '';
  const tail = () => w.follower.tail().slice(-15).join('\n');
  for (;;) {
    for (const line of await w.follower.poll()) {
      const signal = classifyLogLine(line);
      if (!signal) continue;
      if (signal.kind === 'bind-failed') throw new StartFailure('bind', `a port was already taken (${signal.line.trim()})`, signal.port);
      if (signal.kind === 'cql-listening' || signal.kind === 'startup-complete') listening = true;
    }
    if (w.signal?.aborted) throw new StartFailure('aborted', 'interrupted');
    const exit = w.hasExited();
    if (exit) {
      // Read what the JVM wrote last before reporting how it ended.
      for (const line of await w.follower.poll()) {
        const signal = classifyLogLine(line);
        if (signal?.kind === 'bind-failed') throw new StartFailure('bind', `a port was already taken (${signal.line.trim()})`, signal.port);
      }
      throw new StartFailure('exited', `the JVM exited (${exit.signal ?? `code ${exit.code}`}) during startup; last log lines:\n${tail()}`);
    }
    if (listening) {
      try {
        await queryReleaseVersion(LOOPBACK, w.port, w.auth);
        return;
      } catch (err) {
        lastQueryError = err instanceof Error ? err.message : String(err);
      }
    }
    if (Date.now() > w.deadline) {
      const detail = listening ? `CQL queries kept failing (${lastQueryError})` : 'no "Starting listening for CQL clients" line yet';
      throw new StartFailure('timeout', `not ready within ${Math.round(w.timeoutMs / 1000)}s: ${detail}; last log lines:\n${tail()}`);
    }
    await sleep(listening ? 500 : 250);
  }
}

/**
 * SIGTERM, then SIGKILL after `timeoutMs`. Resolves once the process is gone. `exited` is the
 * child's exit promise when this process spawned it (a zombie is only reaped by its parent).
 */
async function terminate(pid: number, exited: Promise<unknown> | undefined, timeoutMs: number): Promise<void> {
  const gone = async (ms: number): Promise<boolean> => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (exited) {
        const done = await Promise.race([exited.then(() => true), sleep(100).then(() => false)]);
        if (done) return true;
      } else {
        if (!isAlive(pid)) return true;
        await sleep(100);
      }
    }
    return exited ? false : !isAlive(pid);
  };
  if (!signal(pid, 'SIGTERM')) {
    if (exited) await Promise.race([exited, sleep(1_000)]);
    return;
  }
  if (await gone(timeoutMs)) return;
  signal(pid, 'SIGKILL');
  await gone(10_000);
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure the JVM does not outlive this process: an exit hook sends SIGTERM on a normal exit,
 * and a small shell watchdog (its own process group) sends SIGTERM, then SIGKILL, if this process
 * dies any other way (SIGKILL, crash). The watchdog ends by itself once the JVM is gone.
 */
function guardAgainstParentExit(pid: number): { dispose(): void } {
  const onExit = (): void => void signal(pid, 'SIGTERM');
  process.on('exit', onExit);
  const script = [
    'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done',
    'if kill -0 "$2" 2>/dev/null; then',
    '  kill -TERM "$2" 2>/dev/null; i=0',
    '  while kill -0 "$2" 2>/dev/null && [ "$i" -lt 30 ]; do sleep 1; i=$((i+1)); done',
    '  kill -KILL "$2" 2>/dev/null',
    'fi',
  ].join('\n');
  let watchdog: ChildProcess | undefined;
  try {
    watchdog = spawn('/bin/sh', ['-c', script, 'ksmig-cassandra-watchdog', String(process.pid), String(pid)], { stdio: 'ignore', detached: true });
    watchdog.on('error', () => undefined);
    watchdog.unref();
  } catch {
    watchdog = undefined;
  }
  return {
    dispose() {
      process.off('exit', onExit);
      if (watchdog?.pid !== undefined && watchdog.exitCode === null) signal(watchdog.pid, 'SIGKILL');
    },
  };
}

/**
 * Stops the node recorded in `dir` (started by any process, e.g. `ksmig local start --detach`).
 * Resolves to the pid that was stopped, or undefined when nothing was running there.
 */
export async function stopLocalCassandra(dir: string, options: { timeoutMs?: number } = {}): Promise<number | undefined> {
  const absolute = resolve(dir);
  const state = await readState(absolute);
  if (!state) return undefined;
  if (!isCassandraOf(state.pid, absolute)) {
    await removeState(absolute);
    return undefined;
  }
  await terminate(state.pid, undefined, options.timeoutMs ?? DEFAULT_STOP_TIMEOUT_MS);
  await removeState(absolute);
  return state.pid;
}

/** What is running in `dir`, from its state file, checked against the live process table. */
export async function localStatus(dir: string): Promise<LocalStatus> {
  const absolute = resolve(dir);
  const state = await readState(absolute);
  if (!state || !isCassandraOf(state.pid, absolute)) return { running: false, dir: absolute };
  return {
    running: true,
    state: state.state,
    host: state.host,
    port: state.port,
    pid: state.pid,
    dir: absolute,
    jmxPort: state.jmxPort,
    auth: state.auth,
    logFile: state.logFile,
  };
}

/** A JDK (not just a JRE) has javac beside java; Cassandra then gets the attach/compiler flags. */
function isFullJdk(javaBin: string): boolean {
  try {
    return existsSync(join(dirname(realpathSync(javaBin)), 'javac'));
  } catch {
    return false;
  }
}
