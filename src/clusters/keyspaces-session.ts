/**
 * The Amazon Keyspaces client: TLS always, the Region as local data center, SigV4 or
 * service-specific credentials, LOCAL_QUORUM and idempotent by default, throttling retried on the
 * same host with backoff. Also the client for `ksmig emulate`, which differs only in endpoint and CA.
 */
import cassandra from 'cassandra-driver';
import { KsmigError } from '../shared/errors.js';
import { registerSecret } from '../shared/redact.js';
import type { AwsCredentialSource, RefreshingCredentials } from './aws-credentials.js';
import { connectError } from './connect-error.js';
import { formatEndpoint, parseEndpoint, type Endpoint } from './endpoints.js';
import { KeyspacesRetryPolicy, retryThrottled, type BackoffOptions, type ThrottleEvent, type ThrottleKind } from './retry-policy.js';
import { forwardDriverLog, type ClusterLog } from './log.js';
import { SigV4AuthProvider } from './sigv4-authenticator.js';
import { buildTlsOptions } from './tls-options.js';

/** Keyspaces' CQL port. */
export const KEYSPACES_PORT = 9142;

/** How to reach and authenticate to Keyspaces (names match the `target` block of the config file). */
export interface KeyspacesSessionOptions {
  /** AWS Region: picks the endpoint, is the local data center and is part of the SigV4 signature. */
  region?: string | undefined;
  /** Host (or `host:port`) overriding `cassandra.<region>.amazonaws.com`, e.g. an emulator or VPC endpoint. */
  endpoint?: string | undefined;
  /** Port; default 9142. */
  port?: number | undefined;
  /** `sigv4` (default) or `service-specific` (username/password). */
  auth?: 'sigv4' | 'service-specific' | undefined;
  /** Service-specific credentials. */
  username?: string | undefined;
  password?: string | undefined;
  /** AWS named profile for SigV4 (`--profile`). */
  profile?: string | undefined;
  /** SigV4 credential source overriding the default chain (tests, embedding). */
  credentials?: AwsCredentialSource | RefreshingCredentials | undefined;
  /** Clock for the SigV4 signing time; default the system clock (tests use it to present a skewed clock). */
  signingClock?: (() => number) | undefined;
  /** PEM CA file to trust instead of Node's built-in roots (which include Amazon Root CA 1–4). */
  ca?: string | undefined;
  /** Skip certificate verification; only for local tests. */
  insecure?: boolean | undefined;
  keyspace?: string | undefined;
  /** Connections per host; default 3 (each Keyspaces connection serves up to 3,000 requests/s). */
  connectionsPerHost?: number | undefined;
  /** TCP+TLS connect timeout; default 10 s. */
  connectTimeoutMs?: number | undefined;
  /** Per-request client timeout; default 12 s. */
  requestTimeoutMs?: number | undefined;
  /** Backoff for throttled requests. */
  retry?: BackoffOptions | undefined;
  /** Called on every throttled attempt before the backoff wait. */
  onThrottle?: ((event: ThrottleEvent) => void) | undefined;
  /** Debug log (driver and authenticator messages, redacted). */
  log?: ClusterLog | undefined;
  /** Value encoding (e.g. maps as `Map`, sets as `Set`, as copy and verify read them). */
  encoding?: cassandra.ClientOptions['encoding'] | undefined;
  /** Reconnect to a node that went away every this many ms (default: the driver's exponential policy). */
  reconnectDelayMs?: number | undefined;
}

/** Where the session connects. */
export interface KeyspacesTarget extends Endpoint {
  region: string;
}

/** The endpoint for `options`: the Region's public endpoint unless overridden. */
export function resolveKeyspacesTarget(options: Pick<KeyspacesSessionOptions, 'region' | 'endpoint' | 'port'>): KeyspacesTarget {
  const region = options.region;
  if (!region) {
    throw new KsmigError('config', 'KSMIG_TARGET_REGION', 'The Amazon Keyspaces target needs an AWS Region.', {
      tryMessage: 'Pass --region (or set target.region in the config file, or AWS_REGION).',
    });
  }
  const port = options.port ?? KEYSPACES_PORT;
  const endpoint = options.endpoint ? parseEndpoint(options.endpoint, port) : { host: `cassandra.${region}.amazonaws.com`, port };
  return { region, ...endpoint };
}

/**
 * The driver options for a Keyspaces session, without connecting. Reads the CA file if one is
 * given and registers the password for redaction.
 */
export function keyspacesClientOptions(options: KeyspacesSessionOptions): cassandra.ClientOptions {
  const target = resolveKeyspacesTarget(options);
  const authProvider = keyspacesAuthProvider(options, target.region);
  const distance = cassandra.types.distance;
  return {
    contactPoints: [formatEndpoint(target)],
    localDataCenter: target.region,
    ...(options.keyspace === undefined ? {} : { keyspace: options.keyspace }),
    authProvider,
    sslOptions: buildTlsOptions(target.host, { ca: options.ca, insecure: options.insecure }),
    // Keyspaces speaks native protocol v4; starting there saves a failed negotiation round trip.
    protocolOptions: { port: target.port, maxVersion: cassandra.types.protocolVersion.v4 },
    queryOptions: {
      consistency: cassandra.types.consistencies.localQuorum,
      isIdempotent: true,
      prepare: true,
    },
    policies: { retry: new KeyspacesRetryPolicy() },
    pooling: {
      coreConnectionsPerHost: { [distance.local]: options.connectionsPerHost ?? 3, [distance.remote]: 1 },
      // Idle connections through NAT and load balancers are dropped silently; a heartbeat keeps them honest.
      heartBeatInterval: 30_000,
    },
    socketOptions: {
      connectTimeout: options.connectTimeoutMs ?? 10_000,
      readTimeout: options.requestTimeoutMs ?? 12_000,
      keepAlive: true,
    },
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.reconnectDelayMs === undefined ? {} : { policies: { retry: new KeyspacesRetryPolicy(), reconnection: new cassandra.policies.reconnection.ConstantReconnectionPolicy(options.reconnectDelayMs) } }),
  };
}

function keyspacesAuthProvider(options: KeyspacesSessionOptions, region: string): cassandra.auth.AuthProvider {
  if ((options.auth ?? 'sigv4') === 'service-specific') {
    if (!options.username || options.password === undefined) {
      throw new KsmigError('config', 'KSMIG_TARGET_AUTH', 'Service-specific credentials need both a username and a password.', {
        tryMessage: 'Set target.username and target.password (or KSMIG_TARGET_PASSWORD), or use SigV4.',
      });
    }
    registerSecret(options.password);
    return new cassandra.auth.PlainTextAuthProvider(options.username, options.password);
  }
  return new SigV4AuthProvider({
    region,
    credentials: options.credentials,
    profile: options.profile,
    log: options.log,
    ...(options.signingClock === undefined ? {} : { now: options.signingClock }),
  });
}

/** Statement list accepted by {@link KeyspacesSession.batch}. */
export type BatchQueries = Array<string | { query: string; params?: unknown }>;

/** A connected Keyspaces client whose `execute`/`batch` back off on throttling. */
export class KeyspacesSession {
  readonly client: cassandra.Client;
  readonly target: KeyspacesTarget;
  private readonly retry: BackoffOptions;
  private readonly onThrottle: ((event: ThrottleEvent) => void) | undefined;
  private throttled = 0;

  constructor(client: cassandra.Client, target: KeyspacesTarget, options: Pick<KeyspacesSessionOptions, 'retry' | 'onThrottle'> = {}) {
    this.client = client;
    this.target = target;
    this.retry = options.retry ?? {};
    this.onThrottle = options.onThrottle;
  }

  /** Throttled attempts so far (retried, never lost). */
  get throttledAttempts(): number {
    return this.throttled;
  }

  /**
   * Runs one statement (prepared by default). Throttling is retried on the same coordinator with
   * backoff; a write timeout is retried only for idempotent statements (the default).
   */
  execute(query: string, params?: unknown, options: cassandra.QueryOptions = {}): Promise<cassandra.types.ResultSet> {
    return this.withBackoff(options, (opts) => this.client.execute(query, params as cassandra.ArrayOrObject, opts));
  }

  /** Runs a batch (LOGGED unless `logged: false`), with the same throttling behaviour as {@link execute}. */
  batch(queries: BatchQueries, options: cassandra.QueryOptions = {}): Promise<cassandra.types.ResultSet> {
    return this.withBackoff(options, (opts) => this.client.batch(queries as Parameters<cassandra.Client['batch']>[0], opts));
  }

  /** Closes every connection. */
  shutdown(): Promise<void> {
    return this.client.shutdown();
  }

  private withBackoff<T>(options: cassandra.QueryOptions, run: (opts: cassandra.QueryOptions) => Promise<T>): Promise<T> {
    const idempotent = options.isIdempotent ?? true;
    return retryThrottled(
      (coordinator) => {
        const host = coordinator === undefined ? undefined : this.client.hosts.get(coordinator);
        return run(host?.isUp() ? { ...options, host } : options);
      },
      {
        ...this.retry,
        isRetryable: (kind: ThrottleKind) => idempotent || kind !== 'write-timeout',
        onThrottle: (event) => {
          this.throttled++;
          this.onThrottle?.(event);
        },
      },
    );
  }
}

/** Connects to Keyspaces (or an emulator). Failures become `KsmigError` `KSMIG_CONNECT` (exit 3). */
export async function connectKeyspaces(options: KeyspacesSessionOptions): Promise<KeyspacesSession> {
  const target = resolveKeyspacesTarget(options);
  const client = new cassandra.Client(keyspacesClientOptions(options));
  forwardDriverLog(client, options.log);
  try {
    await client.connect();
  } catch (error) {
    await client.shutdown().catch(() => undefined);
    throw connectError('Amazon Keyspaces', [formatEndpoint(target)], error);
  }
  return new KeyspacesSession(client, target, options);
}
