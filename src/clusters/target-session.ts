/**
 * The copy and verify target: Amazon Keyspaces (or `ksmig emulate`) with SigV4 or service-specific
 * credentials over TLS, or — `auth: none` — a plain Apache Cassandra cluster (a staging copy, a
 * benchmark), reached like an origin. Either way the result is a driver client plus what kind of
 * cluster it is, because Keyspaces' limits, features and metering apply only to the former.
 */
import type cassandra from 'cassandra-driver';
import { connectKeyspaces, resolveKeyspacesTarget, type KeyspacesSessionOptions } from './keyspaces-session.js';
import { formatEndpoint, parseEndpoint } from './endpoints.js';
import { connectOrigin, CASSANDRA_PORT } from './origin-session.js';

/** How to authenticate to the target. */
export type TargetAuth = 'sigv4' | 'service-specific' | 'none';

/** Options of {@link connectTarget}: Keyspaces' plus what a plain Cassandra target needs. */
export interface TargetSessionOptions extends Omit<KeyspacesSessionOptions, 'auth'> {
  auth?: TargetAuth | undefined;
  /** Data center of a plain Cassandra target (detected when absent). */
  localDataCenter?: string | undefined;
}

/** A connected target. */
export interface TargetSession {
  client: cassandra.Client;
  kind: 'keyspaces' | 'cassandra';
  /** `host:port`, for messages. */
  label: string;
  shutdown(): Promise<void>;
}

/** Connects to the target; failures are connection errors (exit 3) naming the host and the cause. */
export async function connectTarget(options: TargetSessionOptions): Promise<TargetSession> {
  if (options.auth === 'none') {
    if (!options.endpoint) throw new Error('a Cassandra target needs an endpoint');
    const endpoint = parseEndpoint(options.endpoint, options.port ?? CASSANDRA_PORT);
    const session = await connectOrigin({
      contactPoints: [formatEndpoint(endpoint)],
      port: endpoint.port,
      localDataCenter: options.localDataCenter,
      role: 'target Cassandra',
      ...(options.ca !== undefined || options.insecure ? { tls: { ca: options.ca, insecure: options.insecure === true } } : {}),
      ...(options.username !== undefined ? { username: options.username, password: options.password } : {}),
      encoding: options.encoding,
      reconnectDelayMs: options.reconnectDelayMs,
      connectTimeoutMs: options.connectTimeoutMs,
      requestTimeoutMs: options.requestTimeoutMs,
      log: options.log,
    });
    return { client: session.client, kind: 'cassandra', label: formatEndpoint(endpoint), shutdown: () => session.shutdown() };
  }
  const target = resolveKeyspacesTarget(options);
  const session = await connectKeyspaces({ ...options, auth: options.auth ?? 'sigv4' });
  return { client: session.client, kind: 'keyspaces', label: formatEndpoint(target), shutdown: () => session.shutdown() };
}
