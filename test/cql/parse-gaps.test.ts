/**
 * Known, deliberate differences from Apache Cassandra 5.0's parser (grammar/README.md lists
 * them). Each test pins the current behaviour so a change is noticed.
 */
import { describe, expect, it } from 'vitest';
import { parseTrees } from '../../src/cql/parse-tree.js';

const accepts = (cql: string): void => expect(parseTrees(cql).errors.map((e) => e.message)).toEqual([]);
/** The errors of `cql`, each as `column message`. */
const rejects = (cql: string): string[] => parseTrees(cql).errors.map((e) => `${e.range.start.column} ${e.message}`);

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

  it("Cassandra 3.x's SCHEMA for KEYSPACE (4.0 gave SCHEMA a token of its own)", () => {
    accepts("CREATE SCHEMA app WITH replication = {'class': 'NetworkTopologyStrategy', 'replication_factor': 3}");
    accepts('ALTER SCHEMA app WITH durable_writes = true');
    accepts('DROP SCHEMA IF EXISTS app');
    accepts('GRANT SELECT ON SCHEMA app TO reporting');
    // Never suggested, and not accepted where 3.x had no KEYSPACE either.
    expect(rejects('GRANT SELECT ON ALL TABLES IN SCHEMA app TO r')).toEqual(["31 unexpected 'SCHEMA'; expected 'KEYSPACE'"]);
  });

  it('custom type class names are not resolved', () => {
    accepts("CREATE TABLE t (a int PRIMARY KEY, b 'not.a.real.Type')");
  });

  it('vector dimensions beyond a Java int', () => {
    accepts('CREATE TABLE t (a int PRIMARY KEY, v vector<float, 99999999999>)');
  });
});

describe('rejected although Cassandra 5.0 lets its parser through', () => {
  // Cassandra's generated parser recovers from these without reporting a syntax error and fails
  // later (on a null type, a missing role name or grantee); ksmig reports them where they go wrong.
  it('a missing type', () => {
    expect(rejects('CREATE TABLE t (a map<, int> PRIMARY KEY)')).toEqual(["23 expected a type after '<'"]);
    expect(rejects('CREATE TABLE t (k int PRIMARY KEY, a)')).toEqual(["37 unexpected ')'; expected a type"]);
  });

  it('a missing role name at the end', () => {
    expect(rejects('REVOKE r1 FROM')).toEqual(["15 incomplete statement: expected a role name after 'FROM'"]);
    expect(rejects('GRANT r1 TO')).toEqual(["12 incomplete statement: expected a role name after 'TO'"]);
  });

  it('a missing TO or FROM after ON FUNCTION f(…)', () => {
    expect(rejects('GRANT EXECUTE ON FUNCTION ks.f(int)')).toEqual(["36 incomplete statement: expected 'TO' after ')'"]);
    expect(rejects('REVOKE EXECUTE ON FUNCTION ks.f(int)')).toEqual(["37 incomplete statement: expected 'FROM' after ')'"]);
  });
});

describe('positions Cassandra does not give', () => {
  it('errors of the grammar-action checks point at the offending construct', () => {
    // Cassandra's messages for these carry no position; ksmig points at the second definition.
    expect(rejects('CREATE TABLE t (a int PRIMARY KEY, a int)')).toEqual(["36 column 'a' is defined more than once"]);
    expect(rejects('CREATE TABLE t (a int PRIMARY KEY, PRIMARY KEY (a))')).toEqual([
      '36 PRIMARY KEY is given more than once (a table has exactly one)',
    ]);
    expect(rejects("CREATE TABLE t (a int PRIMARY KEY) WITH comment = 'x' AND comment = 'y'")).toEqual([
      "59 option 'comment' is given more than once",
    ]);
  });
});

describe('cqlsh behaviour kept in scripts', () => {
  it('DESCRIBE ends at the end of its line, as in cqlsh', () => {
    const result = parseTrees('DESCRIBE\nKEYSPACES;');
    expect(result.errors.map((e) => e.statementText)).toEqual(['DESCRIBE', 'KEYSPACES']);
  });
});
