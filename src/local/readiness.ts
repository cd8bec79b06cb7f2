import { open } from 'node:fs/promises';
import cassandra from 'cassandra-driver';
import { DEFAULT_SUPERUSER } from './config.js';
import { appendAll } from '../shared/arrays.js';

/** Something a Cassandra log line tells the harness about startup. */
export type LogSignal =
  | { kind: 'cql-listening'; port: number }
  | { kind: 'startup-complete' }
  | { kind: 'bind-failed'; port: number | undefined; line: string }
  | { kind: 'fatal'; line: string };

/** Classifies one line of Cassandra's console log; undefined for ordinary lines. */
export function classifyLogLine(line: string): LogSignal | undefined {
  const listening = /Starting listening for CQL clients on [^\s]*\/[^\s:]+:(\d+)/.exec(line);
  if (listening?.[1]) return { kind: 'cql-listening', port: Number(listening[1]) };
  if (/CassandraDaemon.* - Startup complete/.test(line) || /\bStartup complete\s*$/.test(line)) return { kind: 'startup-complete' };
  const bind =
    /Failed to bind port (\d+)/.exec(line) ??
    /Unable to bind to (?:address )?[^\s]*:(\d+)/.exec(line) ??
    /Port already in use: (\d+)/.exec(line) ??
    /:(\d+) is in use by another process/.exec(line);
  if (bind) return { kind: 'bind-failed', port: bind[1] === undefined ? undefined : Number(bind[1]), line };
  if (/Address already in use/.test(line)) return { kind: 'bind-failed', port: undefined, line };
  if (/Exception encountered during startup|Fatal configuration error|Invalid yaml/.test(line)) return { kind: 'fatal', line };
  return undefined;
}

/**
 * Reads a growing log file line by line from the start. `poll()` returns the complete lines
 * appended since the previous call.
 */
export class LogFollower {
  private offset = 0;
  private partial = '';
  private readonly recent: string[] = [];

  constructor(private readonly path: string, private readonly keep = 40) {}

  async poll(): Promise<string[]> {
    let handle;
    try {
      handle = await open(this.path, 'r');
    } catch {
      return [];
    }
    try {
      const lines: string[] = [];
      const buffer = Buffer.alloc(64 * 1024);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, this.offset);
        if (bytesRead === 0) break;
        this.offset += bytesRead;
        const text = this.partial + buffer.subarray(0, bytesRead).toString('utf8');
        const parts = text.split('\n');
        this.partial = parts.pop() ?? '';
        appendAll(lines, parts);
      }
      for (const line of lines) {
        this.recent.push(line);
        if (this.recent.length > this.keep) this.recent.shift();
      }
      return lines;
    } finally {
      await handle.close();
    }
  }

  /** The last lines seen (for error messages). */
  tail(): string[] {
    return [...this.recent, ...(this.partial ? [this.partial] : [])];
  }
}

/**
 * Runs `SELECT release_version FROM system.local` once; resolves to the version or rejects with
 * the driver's error. Logs in as the default superuser when `auth` is on.
 */
export async function queryReleaseVersion(host: string, port: number, auth: boolean): Promise<string> {
  const client = new cassandra.Client({
    contactPoints: [`${host}:${port}`],
    localDataCenter: 'datacenter1',
    socketOptions: { connectTimeout: 5_000, readTimeout: 10_000 },
    ...(auth ? { credentials: { ...DEFAULT_SUPERUSER } } : {}),
  });
  try {
    const result = await client.execute('SELECT release_version FROM system.local');
    const version: unknown = result.first()?.get('release_version');
    if (typeof version !== 'string') throw new Error('system.local returned no release_version');
    return version;
  } finally {
    await client.shutdown().catch(() => undefined);
  }
}
