/** Issue 13 item 1: Cassandra 3.x's SCHEMA synonym is read as KEYSPACE, so its replication is audited. */
import { describe, expect, it } from 'vitest';
import { auditSources } from '../../src/audit/audit.js';
import { EXAMPLE_NOW } from '../../src/rules/examples.js';

const audit = (text: string) => auditSources([{ file: 'legacy.cql', text }], { now: EXAMPLE_NOW, suppressions: false }).findings;

describe('CREATE / ALTER / DROP SCHEMA', () => {
  it('are keyspace statements: no syntax error, and the replication and options are audited', () => {
    const findings = audit(
      [
        "CREATE SCHEMA IF NOT EXISTS inventory WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1};",
        'ALTER SCHEMA inventory WITH durable_writes = false;',
        'DROP SCHEMA IF EXISTS inventory;',
      ].join('\n'),
    );
    expect(findings.filter((f) => f.ruleId === 'KS0001')).toEqual([]);
    expect(findings.map((f) => `${f.line} ${f.rule}`)).toEqual(['1 simple-strategy', '2 durable-writes-false']);
  });
});
