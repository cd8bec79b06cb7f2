import { readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** File in an instance directory that describes the node started there. */
export const STATE_FILE = 'ksmig-local.json';

/** What `ksmig local` records about a node, in `<dir>/ksmig-local.json`. */
export interface LocalState {
  /** `starting` until the first CQL query succeeded, then `running`. */
  state: 'starting' | 'running';
  host: string;
  port: number;
  pid: number;
  dir: string;
  jmxPort: number;
  storagePort: number;
  auth: boolean;
  cassandraVersion: string;
  /** Where the JVM's stdout (the Cassandra log) goes. */
  logFile: string;
  /** ISO timestamp of the JVM spawn. */
  startedAt: string;
}

/** Reads `<dir>/ksmig-local.json`; undefined when absent or unreadable. */
export async function readState(dir: string): Promise<LocalState | undefined> {
  try {
    return parseState(await readFile(join(dir, STATE_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Reads the pid of the node recorded in `dir`; undefined when there is none. */
export async function readPidFile(dir: string): Promise<number | undefined> {
  return (await readState(dir))?.pid;
}

/** Validates the state file's JSON (hand-edited or truncated files read as absent). */
export function parseState(text: string): LocalState | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x > 0;
  if ((v.state !== 'starting' && v.state !== 'running') || !isInt(v.pid) || !isInt(v.port) || typeof v.dir !== 'string' || typeof v.host !== 'string') {
    return undefined;
  }
  return value as LocalState;
}

/** Writes the state file atomically (a reader never sees half a file). */
export async function writeState(dir: string, state: LocalState): Promise<void> {
  const target = join(dir, STATE_FILE);
  const staged = `${target}.${process.pid}`;
  await writeFile(staged, `${JSON.stringify(state, null, 2)}\n`);
  await rename(staged, target);
}

/** Removes the state file (after a stop). */
export async function removeState(dir: string): Promise<void> {
  await rm(join(dir, STATE_FILE), { force: true });
}

/**
 * Whether `pid` is a live (not zombie) process. On Linux a zombie still answers `kill(pid, 0)`,
 * so /proc is consulted when it exists.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 3, after the parenthesised command name (which may contain spaces).
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return process.platform !== 'linux';
  }
}

/**
 * Whether `pid` is the Cassandra JVM of instance `dir` (guards against killing an unrelated
 * process that reused a recorded pid). Without /proc the pid's liveness is all we can check.
 */
export function isCassandraOf(pid: number, dir: string): boolean {
  if (!isAlive(pid)) return false;
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return process.platform !== 'linux';
  }
  const args = cmdline.split('\0');
  return args.includes('org.apache.cassandra.service.CassandraDaemon') && args.includes(`-Dcassandra.storagedir=${join(dir, 'data')}`);
}
