/**
 * Known, deliberate differences from Apache Cassandra 5.0's parser (grammar/README.md lists
 * them). Each test pins the current behaviour so a change is noticed.
 */
import { describe, expect, it } from 'vitest';
import { parseTrees } from '../../src/cql/parse-tree.js';

const accepts = (cql: string): void => expect(parseTrees(cql).errors.map((e) => e.message)).toEqual([]);

describe('accepted although Cassandra 5.0 rejects it', () => {
  it('nested maps and lists in option maps (the Amazon Keyspaces extension)', () => {
    accepts("CREATE TABLE t (a int PRIMARY KEY) WITH custom_properties = {'capacity_mode': {'throughput_mode': 'PAY_PER_REQUEST'}}");
    accepts("ALTER TABLE t WITH custom_properties = {'replica_updates': [{'region': 'us-east-1'}]}");
  });

  it('Keyspaces-only statements and cqlsh commands', () => {
    accepts('RESTORE TABLE ks.a FROM TABLE ks.b');
    accepts("ALTER TABLE t ADD TAGS {'k': 'v'}");
    accepts('CONSISTENCY LOCAL_QUORUM');
  });

  it('custom type class names are not resolved', () => {
    accepts("CREATE TABLE t (a int PRIMARY KEY, b 'not.a.real.Type')");
  });

  it('ACCESS TO ALL DATACENTERS together with a datacenter list', () => {
    accepts("CREATE ROLE r WITH ACCESS TO ALL DATACENTERS AND ACCESS TO DATACENTERS {'dc1'}");
  });

  it('vector dimensions beyond a Java int', () => {
    accepts('CREATE TABLE t (a int PRIMARY KEY, v vector<float, 99999999999>)');
  });
});

describe('cqlsh behaviour kept in scripts', () => {
  it('DESCRIBE ends at the end of its line, as in cqlsh', () => {
    const result = parseTrees('DESCRIBE\nKEYSPACES;');
    expect(result.errors.map((e) => e.statementText)).toEqual(['DESCRIBE', 'KEYSPACES']);
  });
});
