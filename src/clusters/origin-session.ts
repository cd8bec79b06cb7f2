/**
 * The origin Apache Cassandra client: contact points (optionally with ports), local data center
 * (detected from the cluster when not given), optional TLS with CA / client certificate, optional
 * username and password.
 */
import cassandra from 'cassandra-driver';
import { KsmigError } from '../shared/errors.js';
import { registerSecret } from '../shared/redact.js';
import { connectError, type ClusterRole } from './connect-error.js';
import { formatEndpoint, parseEndpoint, type Endpoint } from './endpoints.js';
import { forwardDriverLog, type ClusterLog } from './log.js';
import { buildTlsOptions, type TlsSettings } from './tls-options.js';

/** Cassandra's default CQL port. */
export const CASSANDRA_PORT = 9042;

/** How to reach the origin (names match the `origin` block of the config file). */
export interface OriginSessionOptions {
  /** `host`, `host:port` or `[ipv6]:port`; at least one. */
  contactPoints: readonly string[];
  /** Port for contact points that name none; default 9042. */
  port?: number | undefined;
  /** Data center to route to; detected from the first node that answers when absent. */
  localDataCenter?: string | undefined;
  username?: string | undefined;
  password?: string | undefined;
  /** TLS; off unless given. */
  tls?: TlsSettings | undefined;
  keyspace?: string | undefined;
  /** Default consistency; LOCAL_QUORUM unless given. */
  consistency?: cassandra.types.consistencies | undefined;
  connectTimeoutMs?: number | undefined;
  requestTimeoutMs?: number | undefined;
  log?: ClusterLog | undefined;
  /** Value encoding (e.g. maps as `Map`, sets as `Set`, as copy and verify read them). */
  encoding?: cassandra.ClientOptions['encoding'] | undefined;
  /** Reconnect to a node that went away every this many ms (default: the driver's exponential policy). */
  reconnectDelayMs?: number | undefined;
  /** Which cluster this is, in error messages (default `origin Cassandra`). */
  role?: ClusterRole | undefined;
}

/** A connected origin client. */
export interface OriginSession {
  readonly client: cassandra.Client;
  readonly endpoints: readonly Endpoint[];
  /** The data center the client routes to (given or detected). */
  readonly localDataCenter: string;
  shutdown(): Promise<void>;
}

/** The parsed contact points of `options`. */
export function originEndpoints(options: Pick<OriginSessionOptions, 'contactPoints' | 'port'>): Endpoint[] {
  if (options.contactPoints.length === 0) {
    throw new KsmigError('config', 'KSMIG_ORIGIN_CONTACT_POINTS', 'The origin needs at least one contact point.');
  }
  return options.contactPoints.map((cp) => parseEndpoint(cp, options.port ?? CASSANDRA_PORT));
}

/**
 * Driver options for the origin, without connecting. `localDataCenter` must be known here; use
 * {@link connectOrigin} to detect it.
 */
export function originClientOptions(options: OriginSessionOptions & { localDataCenter: string }): cassandra.ClientOptions {
  const endpoints = originEndpoints(options);
  const first = endpoints[0] as Endpoint;
  const clientOptions: cassandra.ClientOptions = {
    contactPoints: endpoints.map(formatEndpoint),
    localDataCenter: options.localDataCenter,
    ...(options.keyspace === undefined ? {} : { keyspace: options.keyspace }),
    // The port of nodes discovered from system.peers, which report no native port before protocol v5.
    protocolOptions: { port: first.port },
    queryOptions: {
      consistency: options.consistency ?? cassandra.types.consistencies.localQuorum,
      prepare: true,
    },
    pooling: { heartBeatInterval: 30_000 },
    socketOptions: {
      connectTimeout: options.connectTimeoutMs ?? 10_000,
      readTimeout: options.requestTimeoutMs ?? 12_000,
      keepAlive: true,
    },
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.reconnectDelayMs === undefined ? {} : { policies: { reconnection: new cassandra.policies.reconnection.ConstantReconnectionPolicy(options.reconnectDelayMs) } }),
  };
  if (options.username !== undefined) {
    registerSecret(options.password);
    clientOptions.credentials = { username: options.username, password: options.password ?? '' };
  }
  if (options.tls !== undefined) {
    // Certificates must name the first contact point when it is a DNS name (as for Keyspaces), or
    // carry each node's IP address otherwise.
    clientOptions.sslOptions = buildTlsOptions(first.host, options.tls);
  }
  return clientOptions;
}

/** Connects to the origin. Failures become `KsmigError` `KSMIG_CONNECT` (exit 3) naming host:port and cause. */
export async function connectOrigin(options: OriginSessionOptions): Promise<OriginSession> {
  const endpoints = originEndpoints(options);
  const named = endpoints.map(formatEndpoint);
  const localDataCenter = options.localDataCenter ?? (await detectDataCenter(options, named));
  const client = new cassandra.Client(originClientOptions({ ...options, localDataCenter }));
  forwardDriverLog(client, options.log);
  try {
    await client.connect();
  } catch (error) {
    await client.shutdown().catch(() => undefined);
    throw connectError(options.role ?? 'origin Cassandra', named, error);
  }
  return { client, endpoints, localDataCenter, shutdown: () => client.shutdown() };
}

/**
 * Asks the first node that answers which data center it is in, through a short-lived client that
 * needs no data center (round-robin over the contact points).
 */
async function detectDataCenter(options: OriginSessionOptions, named: string[]): Promise<string> {
  const base = originClientOptions({ ...options, localDataCenter: 'unknown', keyspace: undefined });
  delete base.localDataCenter;
  const probe = new cassandra.Client({
    ...base,
    isMetadataSyncEnabled: false,
    pooling: { ...base.pooling, coreConnectionsPerHost: { [cassandra.types.distance.local]: 1 } },
    policies: { loadBalancing: new cassandra.policies.loadBalancing.RoundRobinPolicy() },
  });
  forwardDriverLog(probe, options.log);
  try {
    await probe.connect();
    const result = await probe.execute('SELECT data_center FROM system.local', [], { prepare: false });
    const dc = result.first()?.get('data_center') as unknown;
    if (typeof dc !== 'string' || dc === '') throw new Error('system.local reports no data_center');
    options.log?.('info', `origin: using local data center ${dc} (detected)`);
    return dc;
  } catch (error) {
    throw connectError(options.role ?? 'origin Cassandra', named, error);
  } finally {
    await probe.shutdown().catch(() => undefined);
  }
}
