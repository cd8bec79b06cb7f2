/**
 * The demo's origin data: the bundled example application's schema (fixtures/demo/schema.cql,
 * DDL only) created on a real Cassandra, and about 50,000 rows of every common column type written
 * into it — customers with addresses, orders with item lists, totals and shipping windows
 * (a `duration`, which the copy turns into text), page-view counters and sessions with a TTL.
 * Deterministic: the same seed gives the same rows.
 */
import cassandra from 'cassandra-driver';
import type { Statement } from '../cql/ast/nodes.js';
import { printStatement } from '../cql/ast/print.js';
import { parseScript } from '../cql/parse.js';
import { KsmigError } from '../shared/errors.js';

/** How many rows of each table the demo writes. */
export const DEMO_ROWS = { customers: 8_000, orders: 32_000, pageViews: 4_000, sessions: 6_000 } as const;

const DDL = new Set<Statement['kind']>(['CreateKeyspace', 'CreateType', 'CreateTable', 'CreateIndex', 'CreateMaterializedView', 'CreateFunction', 'Use']);

/**
 * Creates the example schema on the origin (replication reduced to this one node) and writes the
 * rows; resolves to the rows written. `signal` stops it between tables (an `interrupted` KsmigError).
 */
export async function seedDemoOrigin(
  client: cassandra.Client,
  schemaText: string,
  onProgress: (table: string, rows: number) => void = () => undefined,
  signal?: AbortSignal,
): Promise<number> {
  for (const statement of parseScript(schemaText).statements) {
    if (!DDL.has(statement.kind)) continue;
    let cql = printStatement(statement);
    // The example declares two data centers; a one-node origin has one.
    if (statement.kind === 'CreateKeyspace') cql = `CREATE KEYSPACE IF NOT EXISTS ${statement.name.text} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`;
    await client.execute(cql);
  }
  const random = seeded(20261206);
  const T = cassandra.types;
  const customerIds = Array.from({ length: DEMO_ROWS.customers }, (_, i) => T.Uuid.fromString(uuidFrom(random, i)));
  let written = 0;
  const run = async (table: string, query: string, rows: unknown[][]): Promise<void> => {
    if (signal?.aborted === true) throw new KsmigError('interrupted', 'KSMIG_INTERRUPTED', 'the demo was interrupted');
    await cassandra.concurrent.executeConcurrent(client, query, rows, { concurrencyLevel: 64 });
    written += rows.length;
    onProgress(table, rows.length);
  };
  const cities = ['Lisbon', 'Oslo', 'Lyon', 'Austin', 'Osaka', 'Cork', 'Graz'];
  await run(
    'shop.customers',
    'INSERT INTO shop.customers (id, email, name, addresses, created_at) VALUES (?, ?, ?, ?, ?)',
    customerIds.map((id, i) => [
      id,
      `customer${i}@example.com`,
      `Customer ${i}`,
      new Map([['home', { street: `${1 + Math.floor(random() * 200)} Main St`, city: cities[i % cities.length], zip: String(10000 + i) }]]),
      new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 600 * 86_400_000)),
    ]),
  );
  const statuses = ['new', 'paid', 'shipped', 'delivered'];
  const base = Date.UTC(2025, 5, 1);
  await run(
    'shop.orders',
    'INSERT INTO shop.orders (customer_id, order_id, status, total, items, shipping_window) VALUES (?, ?, ?, ?, ?, ?)',
    Array.from({ length: DEMO_ROWS.orders }, (_, i) => [
      customerIds[i % customerIds.length],
      T.TimeUuid.fromDate(new Date(base + i * 60_000), i % 10_000, 'ksmig1', 'dm'),
      statuses[i % statuses.length],
      T.BigDecimal.fromString((5 + random() * 500).toFixed(2)),
      [new Map([['sku', `SKU-${i % 997}`], ['qty', String(1 + (i % 4))]])],
      T.Duration.fromString(`${1 + (i % 5)}d${i % 24}h`),
    ]),
  );
  const pages = Array.from({ length: DEMO_ROWS.pageViews }, (_, i) => [T.Long.fromNumber(1 + Math.floor(random() * 500)), `/product/${i % 400}`, T.LocalDate.fromDate(new Date(base + Math.floor(i / 400) * 86_400_000))]);
  await run('shop.page_views', 'UPDATE shop.page_views SET views = views + ? WHERE page = ? AND day = ?', pages);
  await run(
    'shop.sessions',
    'INSERT INTO shop.sessions (session_token, customer_id, data) VALUES (?, ?, ?) USING TTL 86400',
    Array.from({ length: DEMO_ROWS.sessions }, (_, i) => [`s-${i.toString(36)}-${Math.floor(random() * 1e9).toString(36)}`, customerIds[i % customerIds.length], Buffer.from([i % 256, (i >> 8) % 256, 0xca, 0xfe])]),
  );
  return written;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidFrom(random: () => number, i: number): string {
  const hex = (n: number, width: number): string => Math.floor(n).toString(16).padStart(width, '0').slice(-width);
  return `${hex(random() * 0xffffffff, 8)}-${hex(i, 4)}-4${hex(random() * 0xfff, 3)}-8${hex(random() * 0xfff, 3)}-${hex(random() * 0xffffff, 6)}${hex(random() * 0xffffff, 6)}`;
}
