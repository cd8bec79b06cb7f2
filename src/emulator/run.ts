/**
 * Assembles a running emulator from resolved settings: access keys (generated on first use when
 * none are given), TLS material, the Keyspaces behaviour hooks and the listener.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KsmigError } from '../shared/errors.js';
import { registerSecret } from '../shared/redact.js';
import { threadEntry } from '../shared/threads.js';
import { BackendError } from './backend.js';
import type { HostPort } from './config.js';
import { BackgroundParser } from './background-parser.js';
import { KeyspacesBehaviour } from './keyspaces/behaviour.js';
import { loadKeys, parseKeys, type AccessKeys } from './keys.js';
import type { FaultOptions } from './faults.js';
import type { ConnectionLimits } from './limits.js';
import type { RequestHook } from './pipeline.js';
import type { Frame } from './protocol/frame.js';
import { startEmulator, type RunningEmulator } from './server.js';
import { ensureTlsMaterial, loadTlsMaterial, type TlsMaterial } from './tls.js';

export interface EmulatorSettings {
  backend: HostPort & { username?: string; password?: string };
  listen: HostPort;
  region: string;
  /** The partitioner `system.local` reports, as a Keyspaces account can be switched to (default Murmur3). */
  partitioner?: string;
  /** Keys file; when absent, `<stateDir>/keys` is used (and created with one random pair). */
  keysPath?: string;
  stateDir: string;
  /** Where the generated CA and server certificate live (default `<stateDir>/tls`). */
  tlsDir?: string;
  /** User-supplied certificate, key and CA (all three, or none). */
  tlsFiles?: { cert: string; key: string; ca: string };
  maxSkewSeconds: number;
  writeCapacity?: number;
  readCapacity?: number;
  ddlDelaySeconds: number;
  /** Extra hooks (tests). */
  hooks?: readonly RequestHook[];
  /** Per-connection request rate limit (requests/s; Keyspaces enforces 3,000); off when absent. */
  connectionRateLimit?: number;
  /** Fault injection (tests). */
  faults?: FaultOptions;
  trace?: (connectionId: number, direction: 'in' | 'out', frame: Frame) => void;
  /** Connection limits (`--max-connections`, `--auth-timeout`, `--idle-timeout`, `--max-buffered-mib`); defaults for what is not given. */
  limits?: Partial<ConnectionLimits>;
  /** Where log lines go (connections refused or closed by a limit or a failure). */
  log?: (line: string) => void;
}

export interface StartedEmulator extends RunningEmulator {
  keysPath: string;
  keys: AccessKeys;
}

const KEYS_FILE = 'keys';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomText(length: number, alphabet: string): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** Returns the keys in `<stateDir>/keys`, writing one random pair there first if the file does not exist. */
export async function ensureKeysFile(stateDir: string): Promise<{ path: string; keys: AccessKeys }> {
  const path = join(stateDir, KEYS_FILE);
  try {
    return { path, keys: parseKeys(await readFile(path, 'utf8'), path) };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await mkdir(stateDir, { recursive: true });
  const id = `AKIAEMU${randomText(13, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
  const secret = randomText(40, ALNUM);
  registerSecret(secret);
  await writeFile(path, `# ksmig emulate access keys: ACCESS_KEY_ID SECRET_ACCESS_KEY (also usable as username/password)\n${id} ${secret}\n`, {
    mode: 0o600,
  });
  return { path, keys: new Map([[id, secret]]) };
}

/** Starts the emulator described by `settings`. An unreachable backend is a connection error (exit 3). */
export async function runEmulator(settings: EmulatorSettings): Promise<StartedEmulator> {
  const { path: keysPath, keys } = settings.keysPath
    ? { path: settings.keysPath, keys: await loadKeys(settings.keysPath) }
    : await ensureKeysFile(settings.stateDir);
  if (settings.backend.password) registerSecret(settings.backend.password);
  const tls: TlsMaterial = settings.tlsFiles
    ? await loadTlsMaterial(settings.tlsFiles.cert, settings.tlsFiles.key, settings.tlsFiles.ca)
    : await ensureTlsMaterial(settings.tlsDir ?? join(settings.stateDir, 'tls'));
  const backend = {
    host: settings.backend.host,
    port: settings.backend.port,
    ...(settings.backend.username !== undefined ? { username: settings.backend.username } : {}),
    ...(settings.backend.password !== undefined ? { password: settings.backend.password } : {}),
  };
  let running: RunningEmulator;
  try {
    running = await startEmulator({
      backend,
      listen: settings.listen,
      region: settings.region,
      ...(settings.partitioner !== undefined ? { partitioner: settings.partitioner } : {}),
      keys,
      tls,
      maxSkewSeconds: settings.maxSkewSeconds,
      behaviour: new KeyspacesBehaviour({
        stateDir: settings.stateDir,
        ddlDelaySeconds: settings.ddlDelaySeconds,
        readCapacity: settings.readCapacity,
        writeCapacity: settings.writeCapacity,
        backgroundParser: new BackgroundParser(threadEntry('parse-worker', import.meta.url)),
      }),
      hooks: [...(settings.hooks ?? [])],
      ...(settings.connectionRateLimit !== undefined ? { connectionRateLimit: settings.connectionRateLimit } : {}),
      ...(settings.faults ? { faults: settings.faults } : {}),
      ...(settings.trace ? { trace: settings.trace } : {}),
      ...(settings.log ? { log: settings.log } : {}),
      ...(settings.limits ? { limits: settings.limits } : {}),
    });
  } catch (err) {
    if (err instanceof BackendError) {
      throw new KsmigError('connection', 'KSMIG_EMULATOR_BACKEND', `cannot reach the ${err.message}`, {
        cause: err.cause,
        tryMessage: 'Start a Cassandra first (ksmig local start --json prints its port) and pass --backend HOST:PORT.',
      });
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new KsmigError('usage', 'KSMIG_EMULATOR_LISTEN', `--listen: cannot listen on ${settings.listen.host}:${settings.listen.port} (${code})`, {
        tryMessage: 'Pick another port, or --listen 127.0.0.1:0 for a free one.',
      });
    }
    throw err;
  }
  return { ...running, keysPath, keys };
}
