/**
 * `ksmig emulate`'s server: a TLS listener speaking CQL native protocol v4 that authenticates
 * clients the Keyspaces way and relays each client connection to its own backend session.
 */
import { isIP } from 'node:net';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import { BackendError, probeBackend, type BackendOptions } from './backend.js';
import { readBackendIdentity, readBackendSchema, watchSchemaChanges, type SchemaWatch } from './backend-schema.js';
import { ClientConnection, type ConnectionRuntime } from './connection.js';
import type { AccessKeys } from './keys.js';
import type { RequestHook } from './pipeline.js';
import { PreparedStatements } from './prepared-statements.js';
import type { Frame } from './protocol/frame.js';
import { systemTablesHook, type NodeIdentity } from './system-tables.js';
import type { TlsMaterial } from './tls.js';
import { InternalSessions } from './internal-session.js';
import { connectionRateHook, faultHook, type FaultOptions } from './faults.js';
import { keyspacesHook } from './keyspaces-hooks.js';
import type { KeyspacesBehaviour } from './keyspaces/behaviour.js';
import { BufferBudget } from './buffer-budget.js';
import { resolveLimits, type ConnectionLimits } from './limits.js';
import { rateLimitedLog } from './log-rate.js';
import { appendAll } from '../shared/arrays.js';

export interface EmulatorOptions {
  backend: BackendOptions;
  /** Address to listen on; port 0 picks a free port. */
  listen: { host: string; port: number };
  region: string;
  /** The partitioner `system.local` reports (default Murmur3). */
  partitioner?: string | undefined;
  keys: AccessKeys;
  tls: TlsMaterial;
  /** Largest accepted clock difference of a SigV4 signature, in seconds (default 900). */
  maxSkewSeconds?: number;
  /** Keyspaces behaviour (consistency, statement policy, capacity, DDL, system_schema_mcs); none = a plain proxy. */
  behaviour?: KeyspacesBehaviour;
  /** Extra hooks, run after the built-in ones. */
  hooks?: readonly RequestHook[];
  /** Keyspaces' per-connection request rate (requests/s); off when absent. */
  connectionRateLimit?: number;
  /** Fault injection for tests. */
  faults?: FaultOptions;
  maxBodyLength?: number;
  /** Check the backend answers before listening (default true). */
  probe?: boolean;
  /** Connections, timeouts and bytes of unfinished frames (see DEFAULT_LIMITS for what is not given). */
  limits?: Partial<ConnectionLimits>;
  /** Where log lines go (connections refused, or closed for a limit or a failure); default nowhere. */
  log?: (line: string) => void;
  trace?: (connectionId: number, direction: 'in' | 'out', frame: Frame) => void;
}

/** A running emulator. */
export interface RunningEmulator {
  host: string;
  port: number;
  caPath: string;
  /** Client connections currently open (authenticated or not; TLS handshakes in progress not counted). */
  connectionCount(): number;
  /** Bytes held for frames not yet complete, across all connections. */
  bufferedBytes(): number;
  /** Stops listening and closes every client and backend connection. */
  close(): Promise<void>;
}

/** The address the emulator reports as its own in system.local. */
function advertisedAddress(host: string): string {
  if (isIP(host) && host !== '0.0.0.0' && host !== '::') return host;
  return '127.0.0.1';
}

/** Starts the emulator; resolves once it is listening. A backend that cannot be reached rejects with a BackendError. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  if (options.probe !== false) await probeBackend(options.backend);
  const connections = new Set<ClientConnection>();
  const prepared = new PreparedStatements();
  const hooks: RequestHook[] = [];
  const limits = resolveLimits(options.limits);
  const log = rateLimitedLog(options.log ?? (() => undefined));
  const budget = new BufferBudget(limits.maxBufferedBytes);
  const runtime: ConnectionRuntime = {
    sasl: { keys: options.keys, region: options.region, maxSkewSeconds: options.maxSkewSeconds ?? 900 },
    backend: options.backend,
    hooks,
    prepared,
    ...(options.maxBodyLength ? { maxBodyLength: options.maxBodyLength } : {}),
    ...(options.trace ? { trace: options.trace } : {}),
    log,
    limits,
    budget,
  };
  const internal = new InternalSessions(options.backend);
  let schemaWatch: SchemaWatch | undefined;
  if (options.behaviour) {
    // Table settings belong to this backend: bind them to it before any client is served.
    try {
      await options.behaviour.attachBackend({ identity: () => readBackendIdentity(internal), schema: () => readBackendSchema(internal) });
    } catch (err) {
      internal.close();
      throw err instanceof BackendError ? err : new BackendError(`backend Cassandra at ${options.backend.host}:${options.backend.port}: cannot read its schema: ${(err as Error).message}`, { cause: err });
    }
  }
  let nextId = 1;
  const server: Server = createServer({ cert: options.tls.cert, key: options.tls.key, minVersion: 'TLSv1.2', handshakeTimeout: 10_000 }, (socket: TLSSocket) => {
    const conn = new ClientConnection(nextId++, socket, runtime, () => connections.delete(conn));
    connections.add(conn);
  });
  // A client that fails the TLS handshake (e.g. plain text on the TLS port) only loses its own socket.
  server.on('tlsClientError', (_err, socket) => socket.destroy());
  // Counted from the TCP accept, so TLS handshakes in progress hold a place too; the connection
  // past the limit is closed before its handshake, as Cassandra closes it before STARTUP.
  server.maxConnections = limits.maxConnections;
  server.on('drop', (data) => {
    const from = data ? `${data.remoteAddress ?? '?'}:${data.remotePort ?? 0}` : 'a client';
    log('refused', `refused a connection from ${from}: ${limits.maxConnections} connections are open (--max-connections)`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.listen.port, options.listen.host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  // After listening, an error is about one accept (e.g. out of file descriptors): the listener goes on.
  server.on('error', (err: NodeJS.ErrnoException) => log('refused', `accepting a connection failed: ${err.code ?? err.message}`));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.listen.port;
  const node: NodeIdentity = { address: advertisedAddress(options.listen.host), port, region: options.region, partitioner: options.partitioner };
  if (options.faults) hooks.push(faultHook(options.faults));
  if (options.connectionRateLimit !== undefined) hooks.push(connectionRateHook(options.connectionRateLimit));
  hooks.push(systemTablesHook(node));
  if (options.behaviour) {
    const behaviour = options.behaviour;
    schemaWatch = watchSchemaChanges(options.backend, () => void behaviour.syncBackend());
    // Warm the CQL parser now, so the first client request does not pay for it.
    options.behaviour.parse("SELECT release_version FROM system.local WHERE key = 'local'");
    hooks.push(
      keyspacesHook({
        behaviour: options.behaviour,
        internal,
        registerPrepared: (id, query, keyspace, resultMetadata) => prepared.set(id, { query, keyspace, resultMetadata }),
      }),
    );
  }
  appendAll(hooks, options.hooks ?? []);
  return {
    host: options.listen.host,
    port,
    caPath: options.tls.caPath,
    connectionCount: () => connections.size,
    bufferedBytes: () => budget.total,
    close: async () => {
      for (const conn of connections) conn.close();
      schemaWatch?.close();
      // A reconciliation under way (learning the id of a table just created) finishes first, within 2 s.
      if (options.behaviour) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([options.behaviour.idle(), new Promise<void>((resolve) => (timer = setTimeout(resolve, 2000)))]);
        clearTimeout(timer);
      }
      internal.close();
      await options.behaviour?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
