/**
 * Issue 13 item 9: a live cluster's rendered schema is not a script. Its DDL describes what exists
 * and its prepared statements (read from system.prepared_statements) are rendered after it, so the
 * script-order rules (DDL then DML, concurrent DDL) stay quiet there, and the prepared statements
 * are judged as prepared statements (DDL among them cannot be prepared on Keyspaces).
 */
import { describe, expect, it } from 'vitest';
import { auditSources, type AuditSource } from '../../src/audit/audit.js';
import { EXAMPLE_NOW } from '../../src/rules/examples.js';
import { PREPARED_HEADER } from '../../src/sources/live-schema.js';

const ddl = [
  "CREATE KEYSPACE shop WITH replication = {'class': 'SingleRegionStrategy'};",
  'CREATE TABLE shop.orders (id int PRIMARY KEY, status text) WITH default_time_to_live = 600;',
  ...Array.from({ length: 55 }, (_, i) => `CREATE TABLE shop.t${i} (id int PRIMARY KEY);`),
].join('\n\n');
const prepared = [PREPARED_HEADER, 'USE shop;', 'SELECT status FROM shop.orders WHERE id = ?;', 'UPDATE shop.orders SET status = ? WHERE id = ?;', 'TRUNCATE shop.t1;'].join('\n');
const text = `${ddl}\n\n${prepared}\n`;

const rulesOf = (source: AuditSource) => auditSources([source], { now: EXAMPLE_NOW, suppressions: false }).findings.map((f) => f.rule);

describe('a live schema source', () => {
  it('draws no "DDL then DML" or concurrent-DDL finding, and judges its prepared statements as prepared', () => {
    const found = rulesOf({ file: 'origin:10.0.0.5/shop', text, kind: 'live', preparedFrom: ddl.length + 2 });
    expect(found).not.toContain('ddl-then-dml');
    expect(found).not.toContain('too-many-concurrent-ddl');
    // TRUNCATE prepared by an application: DDL cannot be prepared on Keyspaces.
    expect(found.filter((r) => r === 'prepared-ddl')).toHaveLength(1);
  });

  it('the same text run as a script draws them', () => {
    const found = rulesOf({ file: 'setup.cql', text });
    expect(found).toContain('ddl-then-dml');
    expect(found).toContain('too-many-concurrent-ddl');
    expect(found).not.toContain('prepared-ddl');
  });
});
