/**
 * Issue 13 item 7: a batch-level USING TTL / USING TIMESTAMP applies to every statement of the
 * batch, so the TTL-feature, client-side-timestamp, timestamp-window and columns-per-write rules see
 * it as they see a statement-level USING.
 */
import { describe, expect, it } from 'vitest';
import { auditSources } from '../../src/audit/audit.js';
import { EXAMPLE_NOW } from '../../src/rules/examples.js';

const schema = 'CREATE TABLE app.sessions (id int PRIMARY KEY, data text);\nCREATE TABLE app.events (id int PRIMARY KEY, data text);';
function audit(query: string, schemaText = schema) {
  return auditSources([{ file: 'schema.cql', text: schemaText, kind: 'schema-only' }, { file: 'query.cql', text: query }], { now: EXAMPLE_NOW, suppressions: false }).findings;
}
const of = (findings: ReturnType<typeof audit>, rule: string) => findings.filter((f) => f.rule === rule);

describe('batch-level USING', () => {
  it('BEGIN BATCH USING TTL 60 needs TTL on every table of the batch (KS3021), once per table, at the batch TTL', () => {
    const query = [
      'BEGIN BATCH USING TTL 60',
      "  INSERT INTO app.sessions (id, data) VALUES (1, 'a');",
      "  INSERT INTO app.sessions (id, data) VALUES (2, 'b');",
      "  UPDATE app.events SET data = 'c' WHERE id = 3;",
      'APPLY BATCH;',
    ].join('\n');
    const found = of(audit(query), 'ttl-needs-table-ttl');
    expect(found.map((f) => [f.line, f.column, f.message.split(',')[0]]).sort()).toEqual([
      [1, 23, 'USING TTL on app.events'],
      [1, 23, 'USING TTL on app.sessions'],
    ]);
    // A table with TTL on is fine.
    const ttlOn = "CREATE TABLE app.sessions (id int PRIMARY KEY, data text) WITH default_time_to_live = 600;\nCREATE TABLE app.events (id int PRIMARY KEY, data text) WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}};";
    expect(of(audit(query, ttlOn), 'ttl-needs-table-ttl')).toEqual([]);
  });

  it('BEGIN BATCH USING TIMESTAMP needs client-side timestamps (KS3022) and a timestamp in the window (KS3023)', () => {
    const query = "BEGIN UNLOGGED BATCH USING TIMESTAMP 1000 INSERT INTO app.sessions (id, data) VALUES (1, 'a'); INSERT INTO app.events (id, data) VALUES (2, 'b'); APPLY BATCH;";
    const found = audit(query);
    expect(of(found, 'client-timestamp-needs-table-feature').map((f) => f.message.split(',')[0]).sort()).toEqual(['USING TIMESTAMP on app.events', 'USING TIMESTAMP on app.sessions']);
    expect(of(found, 'client-timestamp-window').map((f) => [f.line, f.column])).toEqual([[1, 38]]);
  });

  it('a batch-level TTL lowers the columns a write may set to 166 (KS5001)', () => {
    const columns = Array.from({ length: 170 }, (_, i) => `c${i}`);
    const wide = `CREATE TABLE app.wide (id int PRIMARY KEY, ${columns.map((c) => `${c} int`).join(', ')});`;
    const insert = `INSERT INTO app.wide (id, ${columns.join(', ')}) VALUES (1, ${columns.map(() => '1').join(', ')});`;
    expect(of(audit(`BEGIN BATCH ${insert} APPLY BATCH;`, wide), 'columns-per-write')).toEqual([]);
    const withTtl = of(audit(`BEGIN BATCH USING TTL 60 ${insert} APPLY BATCH;`, wide), 'columns-per-write');
    expect(withTtl.map((f) => f.message)).toEqual([expect.stringContaining('allows 166 per INSERT/UPDATE')]);
  });
});
