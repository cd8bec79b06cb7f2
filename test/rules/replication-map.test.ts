/**
 * Issue 13 items 2 and 3: a NetworkTopologyStrategy map with only `replication_factor` is flagged
 * (KS4018), and one replication map gets one finding carrying every reason that applies.
 */
import { describe, expect, it } from 'vitest';
import { auditSources } from '../../src/audit/audit.js';
import type { RuleSelection } from '../../src/rules/engine.js';
import { EXAMPLE_NOW } from '../../src/rules/examples.js';

function audit(text: string, selection?: RuleSelection) {
  return auditSources([{ file: 'schema.cql', text }], { now: EXAMPLE_NOW, suppressions: false, ...(selection ? { selection } : {}) }).findings;
}

const replication = (findings: ReturnType<typeof audit>) => findings.filter((f) => f.topics.includes('replication'));

describe('one replication map, one finding', () => {
  it("a single-data-centre map with RF 1 is one KS4007 finding that also gives KS4009's and KS4008's reasons", () => {
    const found = replication(audit("CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 1};"));
    expect(found.map((f) => f.ruleId)).toEqual(['KS4007']);
    const message = found[0]!.message;
    expect(message).toContain("Keys 'dc1' of this NetworkTopologyStrategy map are not AWS Region names");
    expect(message).toContain("NetworkTopologyStrategy with a single data centre ('dc1')");
    expect(message).toContain("Replication factors other than 3 ('dc1': 1)");
    // The finding points at the map.
    expect(found[0]!.column).toBe(40);
  });

  it('30 keyspaces with the same map give 30 lines, not 90', () => {
    const text = Array.from({ length: 30 }, (_, i) => `CREATE KEYSPACE ks${i} WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 1};`).join('\n');
    const found = replication(audit(text));
    expect(found).toHaveLength(30);
    expect(new Set(found.map((f) => f.ruleId))).toEqual(new Set(['KS4007']));
  });

  it('every data centre of a map is named in its one finding', () => {
    const found = replication(audit("CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3, 'dc2': 2};"));
    expect(found.map((f) => f.ruleId)).toEqual(['KS4007']);
    expect(found[0]!.message).toMatch(/^Keys 'dc1', 'dc2' of this/);
    expect(found[0]!.message).toContain("('dc2': 2)");
  });

  it('a rule left out of the run gives way to the next, and its reason is not carried', () => {
    const map = "CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 1};";
    const withoutDc = replication(audit(map, { disable: ['datacenter-not-region'] }));
    expect(withoutDc.map((f) => f.ruleId)).toEqual(['KS4009']);
    expect(withoutDc[0]!.message).toContain('Replication factors other than 3');
    expect(withoutDc[0]!.message).not.toContain('AWS Region names');
    const onlyFactor = replication(audit(map, { rules: ['KS4008'] }));
    expect(onlyFactor.map((f) => [f.ruleId, f.message.startsWith('Replication factors')])).toEqual([['KS4008', true]]);
  });

  it('a Keyspaces multi-Region map and SingleRegionStrategy raise nothing', () => {
    expect(replication(audit("CREATE KEYSPACE a WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': '3'};"))).toEqual([]);
    expect(replication(audit("CREATE KEYSPACE b WITH replication = {'class': 'SingleRegionStrategy'};"))).toEqual([]);
  });

  it('an ALTER changing a Region-keyed map to RF 2 is one KS4014 finding carrying KS4008', () => {
    const found = replication(audit("ALTER KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': 2, 'us-west-2': 2};"));
    expect(found.map((f) => f.ruleId)).toEqual(['KS4014']);
    expect(found[0]!.message).toContain("('us-east-1': 2, 'us-west-2': 2)");
  });
});

describe('KS4018 NetworkTopologyStrategy with only replication_factor', () => {
  it('is flagged (error), alone, with the factor', () => {
    const found = replication(audit("CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'replication_factor': 3};"));
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['KS4018', 'error']]);
    expect(found[0]!.message).toContain("only 'replication_factor': 3");
    expect(found[0]!.help).toContain('--emit-target-schema');
  });

  it('beside named data centres, replication_factor is one of the keys that are not Regions (KS4007)', () => {
    const found = replication(audit("CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'replication_factor': 3, 'us-east-1': 3, 'us-west-2': 3};"));
    expect(found.map((f) => f.ruleId)).toEqual(['KS4007']);
    expect(found[0]!.message).toMatch(/^Keys 'replication_factor' of this/);
  });
});
