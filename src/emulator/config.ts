/** Parsing and validation of `ksmig emulate`'s flag values (pure). */
import { AWS_REGION_NAME } from '../keyspaces/regions.js';
import { usageError } from '../shared/errors.js';

export interface HostPort {
  host: string;
  port: number;
}

/** Parses `HOST:PORT` or `[IPv6]:PORT`; `flag` names the flag in the usage error. */
export function parseHostPort(text: string, flag: string, options: { allowZeroPort?: boolean } = {}): HostPort {
  const m = /^\[([^\]]+)\]:(\d{1,5})$/.exec(text) ?? /^([^:\s]+):(\d{1,5})$/.exec(text);
  const port = m ? Number(m[2]) : NaN;
  const min = options.allowZeroPort ? 0 : 1;
  if (!m || port < min || port > 65535) {
    throw usageError(`${flag}: expected HOST:PORT with a port from ${min} to 65535${options.allowZeroPort ? ' (0 picks a free port)' : ''}, got "${text}"`);
  }
  return { host: m[1] as string, port };
}

/** A non-negative number of seconds, units per second, … */
export function parseNonNegative(text: string, flag: string, what: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) throw usageError(`${flag}: expected ${what} (a number ≥ 0), got "${text}"`);
  return n;
}

/** A positive whole number of capacity units per second. */
export function parseCapacity(text: string, flag: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n <= 0) throw usageError(`${flag}: expected a whole number of capacity units per second (≥ 1), got "${text}"`);
  return n;
}

/** An AWS Region name such as `us-east-1`. */
export function parseRegion(text: string): string {
  if (!AWS_REGION_NAME.test(text)) throw usageError(`--region: expected an AWS Region such as us-east-1, got "${text}"`);
  return text;
}

/** A whole number ≥ 1 (connections, MiB, …); `what` names the unit in the usage error. */
export function parsePositiveInteger(text: string, flag: string, what: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1 || !Number.isSafeInteger(n)) throw usageError(`${flag}: expected a whole number of ${what} (≥ 1), got "${text}"`);
  return n;
}

/** Partitioners a Keyspaces account can run (keyspaces-facts §14), by short or full class name. */
const PARTITIONERS: Record<string, string> = {
  murmur3partitioner: 'org.apache.cassandra.dht.Murmur3Partitioner',
  randompartitioner: 'org.apache.cassandra.dht.RandomPartitioner',
  defaultpartitioner: 'com.amazonaws.cassandra.DefaultPartitioner',
};

/** `--partitioner`: one of the three classes a Keyspaces account can use, as its full class name. */
export function parsePartitioner(text: string): string {
  const short = text.slice(text.lastIndexOf('.') + 1).toLowerCase();
  const full = PARTITIONERS[short];
  if (full === undefined) throw usageError(`--partitioner: expected Murmur3Partitioner, RandomPartitioner or com.amazonaws.cassandra.DefaultPartitioner, got "${text}"`);
  return full;
}
