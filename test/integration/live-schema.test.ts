import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type cassandra from 'cassandra-driver';
import { PREPARED_HEADER, readLiveSchema } from '../../src/sources/live-schema.js';
import { cassandraAddress, connectClient } from './helpers/cassandra.js';
import { runCli } from '../helpers/cli.js';
import type { AuditReport } from '../../src/audit/types.js';

// Reads a real Cassandra 5.0's schema through server-side DESCRIBE and its prepared statements.
describe('live schema source (--origin)', () => {
  let client: cassandra.Client;

  beforeAll(async () => {
    client = connectClient();
    await client.connect();
    await client.execute("CREATE KEYSPACE IF NOT EXISTS live_shop WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    await client.execute('CREATE TABLE IF NOT EXISTS live_shop.orders (customer_id uuid, order_id timeuuid, status text, PRIMARY KEY (customer_id, order_id))');
    await client.execute('CREATE TYPE IF NOT EXISTS live_shop.address (street text, city text)');
    await client.execute("CREATE INDEX IF NOT EXISTS orders_by_status ON live_shop.orders (status)");
    // The application's queries, prepared on the server (system.prepared_statements records them).
    await client.execute('SELECT status FROM live_shop.orders WHERE customer_id = ?', [cassandraUuid()], { prepare: true });
    await client.execute('UPDATE live_shop.orders USING TTL 60 SET status = ? WHERE customer_id = ? AND order_id = now()', ['new', cassandraUuid()], { prepare: true });
  });

  afterAll(async () => {
    await client.execute('DROP KEYSPACE IF EXISTS live_shop');
    await client.shutdown();
  });

  it('renders each keyspace as CQL with its DDL and the statements applications prepared', async () => {
    const live = await readLiveSchema(client, '127.0.0.1');
    const shop = live.sources.find((s) => s.file === 'origin:127.0.0.1/live_shop');
    expect(shop).toBeDefined();
    const text = shop!.text;
    expect(text).toContain("CREATE KEYSPACE live_shop WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'}");
    expect(text).toContain('CREATE TABLE live_shop.orders (');
    expect(text).toContain('CREATE TYPE live_shop.address (');
    expect(text).toContain('CREATE INDEX orders_by_status ON live_shop.orders (status);');
    expect(text).toContain(PREPARED_HEADER);
    // The audit judges what follows the header as prepared statements, and the DDL before it as a description.
    expect(shop!.preparedFrom).toBe(text.indexOf(PREPARED_HEADER));
    expect(text).toContain('SELECT status FROM live_shop.orders WHERE customer_id = ?;');
    expect(text).toContain('UPDATE live_shop.orders USING TTL 60 SET status = ? WHERE customer_id = ? AND order_id = now();');
    expect(live.preparedStatements).toBeGreaterThanOrEqual(2);
    expect(live.unreadNodes).toEqual([]);
    // System keyspaces and the driver's own system-table statements stay out.
    expect(live.sources.some((s) => /\/system/.test(s.file))).toBe(false);
    expect(live.sources.every((s) => !/FROM system\./i.test(s.text))).toBe(true);
  });
});

describe('ksmig audit --origin', () => {
  it('audits the live schema and the prepared statements, at lines of the rendered CQL', async () => {
    const { host, port } = cassandraAddress();
    const client = connectClient();
    try {
      await client.execute("CREATE KEYSPACE IF NOT EXISTS live_cli WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
      await client.execute('CREATE TABLE IF NOT EXISTS live_cli.events (id uuid PRIMARY KEY, v text)');
      await client.execute('CREATE INDEX IF NOT EXISTS events_v ON live_cli.events (v)');
      await client.execute('INSERT INTO live_cli.events (id, v) VALUES (?, ?) USING TTL 30', [cassandraUuid(), 'x'], { prepare: true });
      // Works on Cassandra only because of events_v (issue 13): the audit names the index.
      await client.execute('SELECT id FROM live_cli.events WHERE v = ?', ['x'], { prepare: true });
      const r = await runCli(['audit', '--origin', `${host}:${port}`, '--format', 'json', '--fail-on', 'never']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout) as AuditReport;
      const mine = report.findings.filter((f) => f.file === `origin:${host}/live_cli`);
      expect(mine.map((f) => f.rule)).toEqual(expect.arrayContaining(['simple-strategy', 'secondary-index', 'ttl-needs-table-ttl', 'query-uses-index']));
      expect(mine.find((f) => f.rule === 'query-uses-index')!.message).toContain('the secondary index events_v (v)');
      // The prepared INSERT is rendered after the CREATE TABLE, but nothing here runs as a script (issue 13).
      expect(mine.map((f) => f.rule)).not.toContain('ddl-then-dml');
      expect(mine.every((f) => f.line >= 1 && f.column >= 1)).toBe(true);
    } finally {
      await client.execute('DROP KEYSPACE IF EXISTS live_cli');
      await client.shutdown();
    }
  });

  it('exits 3 naming the host and the cause when the origin cannot be reached', async () => {
    const r = await runCli(['audit', '--origin', '127.0.0.1:1', '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/127\.0\.0\.1:1/);
    expect(r.stderr).toMatch(/ECONNREFUSED/);
  });
});

function cassandraUuid(): string {
  return '5b6962dd-3f90-4c93-8f61-eabfa4a803e2';
}
