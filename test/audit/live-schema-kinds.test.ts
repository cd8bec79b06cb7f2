/**
 * Issue 13 item 9: a live cluster's rendered schema is not a script. Its DDL describes what exists
 * and its prepared statements (read from system.prepared_statements) are rendered after it, so the
 * script-order rules (DDL then DML, concurrent DDL) stay quiet there, and the prepared statements
 * are judged as prepared statements (DDL among them cannot be prepared on Keyspaces).
 */
import { describe, expect, it } from 'vitest';
import { auditSources, type AuditSource } from '../../src/audit/audit.js';
import { auditInputs } from '../../src/audit/inputs.js';
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

describe('a live schema source read as a stream (the two-pass audit)', () => {
  // Longer than a window and than what the schema pass keeps for the audit pass, so the prepared
  // statements are met in a later window of a second reading, at their offsets in the whole text.
  const big = [ddl, ...Array.from({ length: 3000 }, (_, i) => `CREATE TABLE shop.wide${i} (id int PRIMARY KEY, a text, b text, c text, d text, e text, f text, g text);`)].join('\n\n');
  const bigText = `${big}\n\n${prepared}\n`;
  const source: AuditSource = { file: 'origin:10.0.0.5/shop', text: bigText, kind: 'live', preparedFrom: big.length + 2 };

  it('judges the statements from preparedFrom on as prepared, as the text in memory is judged', async () => {
    expect(bigText.length).toBeGreaterThan(300 * 1024);
    const whole = auditSources([source], { now: EXAMPLE_NOW, suppressions: false });
    async function* pieces(): AsyncGenerator<string> {
      for (let i = 0; i < bigText.length; i += 4093) yield bigText.slice(i, i + 4093);
    }
    const streamed = await auditInputs([{ file: source.file, kind: 'live', preparedFrom: big.length + 2, read: pieces }], { now: EXAMPLE_NOW, suppressions: false });
    expect(streamed.report).toEqual(whole);
    const found = whole.findings.map((f) => f.rule);
    expect(found.filter((r) => r === 'prepared-ddl')).toHaveLength(1);
    expect(found).not.toContain('ddl-then-dml');
    expect(found).not.toContain('too-many-concurrent-ddl');
  });
});
