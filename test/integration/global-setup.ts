// Starts ONE real Apache Cassandra 5.0 for the whole integration run and provides its address
// (`inject('cassandra')`, or test/integration/helpers/cassandra.ts). Set
// KSMIG_TEST_CASSANDRA=host:port to reuse a node that is already running (e.g. one started with
// `ksmig local start --detach`); it is then left running at the end.
import type { TestProject } from 'vitest/node';
import { startLocalCassandra, type LocalCassandra } from '../../src/local/index.js';
import { queryReleaseVersion } from '../../src/local/readiness.js';

/** Parses `host:port` from KSMIG_TEST_CASSANDRA. */
export function parseTestCassandra(value: string): { host: string; port: number } {
  const match = /^(.+):(\d{1,5})$/.exec(value.trim());
  const port = Number(match?.[2]);
  if (!match?.[1] || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`KSMIG_TEST_CASSANDRA must be host:port (e.g. 127.0.0.1:9042), got '${value}'`);
  }
  return { host: match[1], port };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = process.env.KSMIG_TEST_CASSANDRA;
  if (shared) {
    const address = parseTestCassandra(shared);
    const version = await queryReleaseVersion(address.host, address.port, false).catch((err: unknown) => {
      throw new Error(`KSMIG_TEST_CASSANDRA=${shared} does not answer CQL: ${err instanceof Error ? err.message : String(err)}`);
    });
    process.stderr.write(`[integration] using Cassandra ${version} at ${address.host}:${address.port} (KSMIG_TEST_CASSANDRA)\n`);
    project.provide('cassandra', address);
    return async () => undefined;
  }

  const started = Date.now();
  const node: LocalCassandra = await startLocalCassandra({ log: (line) => void process.stderr.write(`[integration] ${line}\n`) });
  process.stderr.write(
    `[integration] Cassandra on ${node.host}:${node.port} (pid ${node.pid}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s, dir ${node.dir})\n`,
  );
  project.provide('cassandra', { host: node.host, port: node.port });
  return async () => {
    await node.stop();
  };
}
