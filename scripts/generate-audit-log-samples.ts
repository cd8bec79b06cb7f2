/**
 * Regenerates the real Cassandra audit-log samples in fixtures/query-logs/audit/:
 *   file-audit-logger.log  lines written by FileAuditLogger (through logback, with its prefix)
 *   auditlogviewer.txt     BinAuditLogger's chronicle log as printed by `auditlogviewer`
 * It starts a local Cassandra 5.0 (src/local), turns audit logging on over JMX with nodetool, runs a
 * small application workload through cassandra-driver, and reads the logs back.
 *
 *   npx tsx scripts/generate-audit-log-samples.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cassandra from 'cassandra-driver';
import { cassandraLibDir } from '../tools/cassandra/fetch.mjs';
import { findJava, startLocalCassandra } from '../src/local/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'fixtures/query-logs/audit');

// nodetool and auditlogviewer are Cassandra's own tool classes; on Java 17 they need these module exports.
const TOOL_JVM_FLAGS = [
  '--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED',
  '--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED',
  '--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang.reflect=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED',
  '-Dlogback.configurationFile=logback-tools.xml',
];

async function main(): Promise<void> {
  const java = await findJava();
  const lib = cassandraLibDir();
  const tool = (mainClass: string, args: string[]): string =>
    execFileSync(java.bin, ['-Xmx256m', ...TOOL_JVM_FLAGS, '-cp', `${lib}/*`, mainClass, ...args], { encoding: 'utf8' });
  const node = await startLocalCassandra({ log: (l) => console.log(l) });
  const nodetool = (...args: string[]) => tool('org.apache.cassandra.tools.NodeTool', ['-h', '127.0.0.1', '-p', String(node.jmxPort), ...args]);
  const client = new cassandra.Client({ contactPoints: [`${node.host}:${node.port}`], localDataCenter: 'datacenter1' });
  // BinAuditLogger writes to audit_logs_dir, by default ${cassandra.logdir}/audit.
  const binDir = join(node.dir, 'logs', 'audit');
  try {
    await client.connect();
    await client.execute("CREATE KEYSPACE shop WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    await client.execute('CREATE TABLE shop.orders (customer_id uuid, order_id timeuuid, status text, PRIMARY KEY (customer_id, order_id))');

    const logLinesBefore = readFileSync(node.logFile, 'utf8').split('\n').length;
    nodetool('enableauditlog', '--logger', 'FileAuditLogger', '--included-keyspaces', 'shop');
    await workload(client);
    nodetool('disableauditlog');
    const fileLines = readFileSync(node.logFile, 'utf8').split('\n').slice(logLinesBefore);
    const start = fileLines.findIndex((l) => l.includes('user:'));
    const end = fileLines.length - [...fileLines].reverse().findIndex((l) => l.includes('user:'));
    writeFileSync(join(out, 'file-audit-logger.log'), `${fileLines.slice(start, end).join('\n')}\n`);

    nodetool('enableauditlog', '--logger', 'BinAuditLogger', '--included-keyspaces', 'shop', '--roll-cycle', 'MINUTELY');
    await workload(client);
    nodetool('disableauditlog');
    writeFileSync(join(out, 'auditlogviewer.txt'), tool('org.apache.cassandra.tools.AuditLogViewer', ['--roll_cycle', 'MINUTELY', binDir]));
    console.log(`wrote ${out}/file-audit-logger.log and auditlogviewer.txt`);
  } finally {
    await client.shutdown();
    await node.stop();
  }
}

/** A small application: plain and prepared queries, a multi-line statement, a batch, an LWT, a TRUNCATE. */
async function workload(client: cassandra.Client): Promise<void> {
  const ids = ['5b6962dd-3f90-4c93-8f61-eabfa4a803e2', '0a6962dd-3f90-4c93-8f61-eabfa4a803e2'];
  for (const id of ids) {
    await client.execute(`INSERT INTO shop.orders (customer_id, order_id, status) VALUES (${id}, now(), 'new')`);
    await client.execute('SELECT * FROM shop.orders WHERE customer_id = ?', [id], { prepare: true, consistency: cassandra.types.consistencies.localQuorum });
  }
  await client.execute(`SELECT status
  FROM shop.orders
  WHERE customer_id = ${ids[0]}`);
  await client.batch(
    [
      { query: 'INSERT INTO shop.orders (customer_id, order_id, status) VALUES (?, now(), ?)', params: [ids[0], 'a'] },
      { query: 'INSERT INTO shop.orders (customer_id, order_id, status) VALUES (?, now(), ?)', params: [ids[1], 'b'] },
    ],
    { prepare: true, logged: false },
  );
  await client.execute(`UPDATE shop.orders SET status = 'paid' WHERE customer_id = ${ids[0]} AND order_id = 50554d6e-29bb-11e5-b345-feff819cdc9f IF EXISTS`);
  await client.execute('TRUNCATE shop.orders');
}

await main();
