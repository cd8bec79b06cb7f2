// Access to the integration run's shared Cassandra node (started by ../global-setup.ts).
import cassandra from 'cassandra-driver';
import { inject } from 'vitest';

/** Host and CQL port of the shared node. */
export function cassandraAddress(): { host: string; port: number } {
  return inject('cassandra');
}

/**
 * A cassandra-driver Client for the shared node (DC `datacenter1`), optionally bound to
 * `keyspace`. The caller shuts it down (`await client.shutdown()` in afterAll).
 */
export function connectClient(keyspace?: string): cassandra.Client {
  const { host, port } = cassandraAddress();
  return new cassandra.Client({
    contactPoints: [`${host}:${port}`],
    localDataCenter: 'datacenter1',
    ...(keyspace === undefined ? {} : { keyspace }),
  });
}
