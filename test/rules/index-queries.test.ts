/**
 * Issue 13 item 4: queries that only work because of a secondary index are flagged each, with the
 * index they relied on (KS3026) or, when no audited schema defines it, what the finding assumes
 * (KS3027), and the query table that would serve them.
 */
import { describe, expect, it } from 'vitest';
import { auditSources, type AuditLogShape, type AuditSource } from '../../src/audit/audit.js';
import { EXAMPLE_NOW } from '../../src/rules/examples.js';

const schema = `
CREATE TABLE shop.customers (id uuid PRIMARY KEY, email text, country text, tags set<text>, prefs map<text, text>, notes list<text>);
CREATE INDEX customers_email ON shop.customers (email);
CREATE INDEX ON shop.customers (tags);
CREATE INDEX customers_pref_keys ON shop.customers (KEYS(prefs));
CREATE INDEX customers_pref_entries ON shop.customers (ENTRIES(prefs));
CREATE CUSTOM INDEX customers_country ON shop.customers (country) USING 'StorageAttachedIndex';
CREATE TABLE shop.orders (customer uuid, day date, placed timestamp, total decimal, PRIMARY KEY ((customer, day), placed));
CREATE INDEX orders_by_day ON shop.orders (day);
`;

function audit(query: string, options: { schemaText?: string; logShapes?: AuditLogShape[] } = {}) {
  const sources: AuditSource[] = [{ file: 'schema.cql', text: options.schemaText ?? schema, kind: 'schema-only' }];
  if (query !== '') sources.push({ file: 'app.cql', text: query });
  return auditSources(sources, { now: EXAMPLE_NOW, suppressions: false, ...(options.logShapes ? { logShapes: options.logShapes } : {}) }).findings.filter(
    (f) => f.rule === 'query-uses-index' || f.rule === 'query-assumes-index',
  );
}

describe('KS3026 query-uses-index: the audited schema defines the index', () => {
  it('a WHERE on a regular column names its index and the query table keyed by it', () => {
    const [f, ...rest] = audit('SELECT id FROM shop.customers WHERE email = ?;');
    expect(rest).toEqual([]);
    expect(f!.ruleId).toBe('KS3026');
    expect(f!.column).toBe(37);
    expect(f!.message).toBe(
      'This SELECT on shop.customers relies on the secondary index customers_email (email) for email = ?; Amazon Keyspaces has no indexes, so there the query fails without ALLOW FILTERING (verify on Keyspaces), and with it scans and bills the whole table.',
    );
    expect(f!.help).toContain('keyed by email');
    expect(f!.help).toContain('CREATE TABLE shop.customers_by_email (email text, id uuid, PRIMARY KEY ((email), id))');
  });

  it('CONTAINS, CONTAINS KEY, a map entry and expr() each find the index that serves them', () => {
    const cases: Array<[string, string, string]> = [
      ["SELECT id FROM shop.customers WHERE tags CONTAINS 'vip';", 'customers_tags_idx (values(tags))', 'CREATE TABLE shop.customers_by_tags (tags text, id uuid, PRIMARY KEY ((tags), id))'],
      ["SELECT id FROM shop.customers WHERE prefs CONTAINS KEY 'lang';", 'customers_pref_keys (keys(prefs))', 'CREATE TABLE shop.customers_by_prefs (prefs text, id uuid, PRIMARY KEY ((prefs), id))'],
      ["SELECT id FROM shop.customers WHERE prefs['lang'] = 'en';", 'customers_pref_entries (entries(prefs))', 'CREATE TABLE shop.customers_by_prefs (prefs_key text, prefs_value text, id uuid, PRIMARY KEY ((prefs_key, prefs_value), id))'],
      ["SELECT id FROM shop.customers WHERE expr(customers_country, 'NZ');", 'customers_country (country)', 'CREATE TABLE shop.customers_by_country (country text, id uuid, PRIMARY KEY ((country), id))'],
    ];
    for (const [query, index, design] of cases) {
      const found = audit(query);
      expect(found.map((f) => f.ruleId), query).toEqual(['KS3026']);
      expect(found[0]!.message, query).toContain(`the secondary index ${index} for`);
      expect(found[0]!.help, query).toContain(design);
    }
  });

  it('a key column without the whole partition key relies on an index; with the whole key it does not', () => {
    const found = audit("SELECT * FROM shop.orders WHERE day = '2026-12-01';");
    expect(found.map((f) => f.ruleId)).toEqual(['KS3026']);
    expect(found[0]!.help).toContain('CREATE TABLE shop.orders_by_day (day date, customer uuid, placed timestamp, PRIMARY KEY ((day), customer, placed))');
    expect(audit("SELECT * FROM shop.orders WHERE customer = ? AND day = '2026-12-01';")).toEqual([]);
  });

  it('one finding per query, naming every index it relied on', () => {
    const found = audit("SELECT id FROM shop.customers WHERE email = ? AND tags CONTAINS 'vip';");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('customers_email (email), customers_tags_idx (values(tags))');
  });

  it('the index of a live cluster counts as any other schema', () => {
    const live: AuditSource = {
      file: 'origin:10.0.0.5/shop',
      text: `${schema}\n-- statements prepared by applications (system.prepared_statements)\nSELECT id FROM shop.customers WHERE email = ?;\n`,
      kind: 'live',
      preparedFrom: schema.length + 1,
    };
    const found = auditSources([live], { now: EXAMPLE_NOW, suppressions: false }).findings.filter((f) => f.rule === 'query-uses-index');
    expect(found.map((f) => f.file)).toEqual(['origin:10.0.0.5/shop']);
  });
});

describe('KS3027 query-assumes-index: no audited schema defines the index', () => {
  it('without any schema, a CONTAINS in a query log assumes an index on the collection, and the design names the query table', () => {
    const found = audit('', { schemaText: '', logShapes: [{ file: 'queries.log', shape: 'SELECT id FROM shop.posts WHERE tags CONTAINS ?', count: 12, firstLine: 3 }] });
    expect(found.map((f) => [f.ruleId, f.file, f.line])).toEqual([['KS3027', 'queries.log', 3]]);
    expect(found[0]!.message).toContain('No audited schema defines one, so this finding assumes the origin has an index on values(tags)');
    expect(found[0]!.help).toContain('keyed by tags');
    expect(found[0]!.help).toContain(': shop.posts_by_tags;');
  });

  it('with the table but no index, a WHERE on a regular column assumes one; a WHERE on a column of an unknown table says nothing', () => {
    const text = 'CREATE TABLE shop.users (id uuid PRIMARY KEY, email text);';
    const found = audit('SELECT id FROM shop.users WHERE email = ?;', { schemaText: text });
    expect(found.map((f) => f.ruleId)).toEqual(['KS3027']);
    expect(found[0]!.help).toContain('CREATE TABLE shop.users_by_email (email text, id uuid, PRIMARY KEY ((email), id))');
    expect(audit('SELECT id FROM shop.unknown WHERE email = ?;', { schemaText: text })).toEqual([]);
  });

  it('a dropped index is no longer there to rely on', () => {
    const text = `${schema}\nDROP INDEX shop.customers_email;`;
    expect(audit('SELECT id FROM shop.customers WHERE email = ?;', { schemaText: text }).map((f) => f.ruleId)).toEqual(['KS3027']);
  });
});

describe('neither', () => {
  it('reads by primary key, and ALLOW FILTERING (KS3003 speaks for those)', () => {
    expect(audit('SELECT email FROM shop.customers WHERE id = ?;')).toEqual([]);
    expect(audit("SELECT id FROM shop.customers WHERE tags CONTAINS 'vip' ALLOW FILTERING;")).toEqual([]);
  });
});
