import { describe, expect, it } from 'vitest';
import {
  batchWriteCharges,
  checkBatch,
  checkRangeDeleteCount,
  checkStatement,
  limits,
  rangeDeleteProbe,
  readTable,
  timestampInWindow,
  writeCharges,
} from '../../../src/emulator/keyspaces/policy.js';
import type { PolicyContext } from '../../../src/emulator/keyspaces/policy.js';
import { parse, sampleState, tableState } from './helpers.js';

const now = Date.UTC(2026, 10, 24, 8, 0, 0);

function context(overrides: Partial<PolicyContext> = {}): PolicyContext {
  return { keyspace: 'app', state: sampleState(), now, ddlDelayMs: 0, ...overrides };
}

function check(cql: string, overrides: Partial<PolicyContext> = {}) {
  return checkStatement(parse(cql), context(overrides));
}

function message(cql: string, overrides: Partial<PolicyContext> = {}) {
  return check(cql, overrides)?.message;
}

const bigint = (value: bigint) => {
  const out = Buffer.alloc(8);
  out.writeBigInt64BE(value);
  return out;
};

describe('statements Keyspaces does not have', () => {
  const cases: [string, string][] = [
    ['CREATE INDEX ON app.plain (v)', 'Secondary indexes are not supported.'],
    ["CREATE CUSTOM INDEX i ON app.plain (v) USING 'StorageAttachedIndex'", 'Secondary indexes are not supported.'],
    ["CREATE INDEX i ON app.plain (v) USING 'sai'", 'Secondary indexes are not supported.'],
    ['DROP INDEX app.i', 'Secondary indexes are not supported.'],
    [
      'CREATE MATERIALIZED VIEW app.mv AS SELECT * FROM app.plain WHERE v IS NOT NULL AND id IS NOT NULL AND ck IS NOT NULL PRIMARY KEY (v, id, ck)',
      'Materialized views are not supported.',
    ],
    ['DROP MATERIALIZED VIEW app.mv', 'Materialized views are not supported.'],
    [
      "CREATE FUNCTION app.f (a int) RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java AS 'return a;'",
      'User-defined functions are not supported.',
    ],
    [
      'CREATE AGGREGATE app.agg (int) SFUNC f STYPE int INITCOND 0',
      'User-defined aggregates are not supported.',
    ],
    ["CREATE TRIGGER t ON app.plain USING 'org.example.Trigger'", 'Triggers are not supported.'],
    ["CREATE ROLE r WITH PASSWORD = 'secret' AND LOGIN = true", 'Roles, users and permissions are managed with AWS IAM; CREATE ROLE is not supported.'],
    ["CREATE USER u WITH PASSWORD 'secret'", 'Roles, users and permissions are managed with AWS IAM; CREATE USER is not supported.'],
    ['GRANT SELECT ON KEYSPACE app TO r', 'Roles, users and permissions are managed with AWS IAM; GRANT is not supported.'],
    ['REVOKE SELECT ON KEYSPACE app FROM r', 'Roles, users and permissions are managed with AWS IAM; REVOKE is not supported.'],
    ['LIST ROLES', 'Roles, users and permissions are managed with AWS IAM; LIST ROLES is not supported.'],
    ['TRUNCATE app.plain', 'TRUNCATE is not supported.'],
    ['ALTER TYPE app.address ADD zip text', 'ALTER TYPE is not supported.'],
    ['ALTER TABLE app.plain DROP v', 'ALTER TABLE DROP is not supported. ALTER TABLE supports ADD columns, ADD/DROP TAGS and WITH options.'],
    ['ALTER TABLE app.plain RENAME ck TO ck2', 'ALTER TABLE RENAME is not supported. ALTER TABLE supports ADD columns, ADD/DROP TAGS and WITH options.'],
    ['ALTER TABLE app.plain ALTER v TYPE blob', 'ALTER TABLE ALTER … TYPE is not supported. ALTER TABLE supports ADD columns, ADD/DROP TAGS and WITH options.'],
    ['CREATE TABLE app.d (id int PRIMARY KEY, d duration)', 'Type duration is not supported.'],
    ['CREATE TABLE app.d (id int PRIMARY KEY, e vector<float, 3>)', 'Type vector<float, 3> is not supported.'],
    ['CREATE TABLE app.d (id int PRIMARY KEY, l frozen<list<duration>>)', 'Type duration is not supported.'],
    ["CREATE TABLE app.d (id int PRIMARY KEY, c 'org.apache.cassandra.db.marshal.DateType')", "Type 'org.apache.cassandra.db.marshal.DateType' is not supported."],
    ['ALTER TABLE app.plain ADD d duration', 'Type duration is not supported.'],
    ['CREATE TYPE app.span (d duration)', 'Type duration is not supported.'],
    ['CREATE TABLE app.m (id int PRIMARY KEY, email text MASKED WITH mask_default())', 'Dynamic data masking (MASKED WITH) is not supported.'],
  ];
  it.each(cases)('%s', (cql, text) => {
    const rejection = check(cql);
    expect(rejection?.message).toBe(text);
    expect(rejection?.code).toBe(0x2200);
    expect(rejection?.inferred).toBe(true);
  });

  it('lets supported schema statements through', () => {
    expect(check('CREATE TABLE app.n (id int PRIMARY KEY, l frozen<list<int>>, t tuple<int, text>)')).toBeUndefined();
    expect(check('ALTER TABLE app.plain ADD extra text')).toBeUndefined();
    expect(check('CREATE TYPE app.address (street text)')).toBeUndefined();
    expect(check('DROP TABLE app.plain')).toBeUndefined();
    expect(check("ALTER TABLE app.plain ADD TAGS {'team': 'core'}")).toBeUndefined();
  });

  it('refuses DDL at PREPARE but not DML', () => {
    expect(message('CREATE TABLE app.x (id int PRIMARY KEY)', { prepared: true })).toBe('DDL statements cannot be prepared.');
    expect(check('INSERT INTO app.plain (id, ck, v) VALUES (?, ?, ?)', { prepared: true })).toBeUndefined();
  });
});

describe('keyspace options', () => {
  it('accepts SingleRegionStrategy and NetworkTopologyStrategy with Regions at RF 3', () => {
    expect(check("CREATE KEYSPACE k WITH replication = {'class': 'SingleRegionStrategy'}")).toBeUndefined();
    expect(
      check("CREATE KEYSPACE k WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': 3}"),
    ).toBeUndefined();
    expect(check("CREATE KEYSPACE k WITH replication = {'class': 'SingleRegionStrategy'} AND durable_writes = true")).toBeUndefined();
  });

  it('lets SimpleStrategy and replication factors other than 3 pass, as the rule set only warns about them', () => {
    expect(check("CREATE KEYSPACE k WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}")).toBeUndefined();
    expect(check("ALTER KEYSPACE app WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}")).toBeUndefined();
    expect(check("CREATE KEYSPACE k WITH replication = {'class': 'org.apache.cassandra.locator.NetworkTopologyStrategy', 'us-east-1': '1'}")).toBeUndefined();
  });

  it('refuses data centres that are not Regions, other classes and durable_writes = false', () => {
    const tail = "is not supported. Use {'class': 'SingleRegionStrategy'}, or NetworkTopologyStrategy with AWS Region names and a replication factor of 3.";
    expect(message("CREATE KEYSPACE k WITH replication = {'class': 'OldNetworkTopologyStrategy', 'replication_factor': 3}")).toBe(
      `Replication class OldNetworkTopologyStrategy ${tail}`,
    );
    expect(message("CREATE KEYSPACE k WITH replication = {'class': 'NetworkTopologyStrategy', 'datacenter1': '3'}")).toBe(
      `Replication with data center 'datacenter1' (not an AWS Region) ${tail}`,
    );
    expect(message("CREATE KEYSPACE k WITH replication = {'class': 'SingleRegionStrategy'} AND durable_writes = false")).toBe(
      'durable_writes must be true.',
    );
  });
});

describe('ALTER TABLE custom properties', () => {
  it('lets features be enabled but never disabled', () => {
    expect(check("ALTER TABLE app.plain WITH custom_properties = {'ttl': {'status': 'enabled'}}")).toBeUndefined();
    expect(check("ALTER TABLE app.plain WITH custom_properties = {'ttl': {'status': 'disabled'}}")).toBeUndefined();
    expect(message("ALTER TABLE app.ttl WITH custom_properties = {'ttl': {'status': 'disabled'}}")).toBe(
      'TTL cannot be disabled once it is enabled.',
    );
    expect(message("ALTER TABLE app.ts WITH CUSTOM_PROPERTIES = {'client_side_timestamps': {'status': 'DISABLED'}}")).toBe(
      'Client-side timestamps cannot be disabled once it is enabled.',
    );
  });

  it('allows one custom property per statement', () => {
    expect(
      message(
        "ALTER TABLE app.plain WITH custom_properties = {'ttl': {'status': 'enabled'}, 'point_in_time_recovery': {'status': 'enabled'}}",
      ),
    ).toBe('Only one custom property can be changed in a single ALTER TABLE statement.');
  });
});

describe('TTL and client-side timestamps', () => {
  it('refuses USING TTL on tables without the TTL feature, with Keyspaces text', () => {
    const rejection = check("INSERT INTO plain (id, ck, v) VALUES ('a', 'b', 'c') USING TTL 60");
    expect(rejection).toEqual({ code: 0x2200, message: 'TTL is not yet supported.', rule: 'ttl-disabled', inferred: false });
    expect(message("UPDATE app.plain USING TTL 60 SET v = 'x' WHERE id = 'a' AND ck = 'b'")).toBe('TTL is not yet supported.');
    expect(check("INSERT INTO app.ttl (id, ck, v) VALUES ('a', 'b', 'c') USING TTL 60")).toBeUndefined();
    expect(message('BEGIN BATCH USING TTL 5 INSERT INTO app.plain (id, ck, v) VALUES (\'a\', \'b\', \'c\'); APPLY BATCH')).toBe(
      'TTL is not yet supported.',
    );
  });

  it('treats tables the emulator never saw as having no TTL feature', () => {
    expect(message("INSERT INTO app.unknown (id) VALUES ('a') USING TTL 1")).toBe('TTL is not yet supported.');
  });

  it('refuses USING TIMESTAMP and WRITETIME without client-side timestamps', () => {
    const text = 'Client-side timestamps are not enabled on table app.plain; USING TIMESTAMP and WRITETIME are not supported.';
    expect(message(`INSERT INTO app.plain (id, ck, v) VALUES ('a', 'b', 'c') USING TIMESTAMP ${now * 1000}`)).toBe(text);
    expect(message('SELECT WRITETIME(v) FROM app.plain')).toBe(text);
    expect(check('SELECT WRITETIME(v), TTL(v) FROM app.ts')).toBeUndefined();
    expect(check('SELECT TTL(v) FROM app.plain')).toBeUndefined();
  });

  it('accepts literal timestamps from now − 2 days to now + 5 minutes only', () => {
    const micros = (ms: number) => BigInt(ms) * 1000n;
    const insert = (ts: bigint) => `INSERT INTO app.ts (id, ck, v) VALUES ('a', 'b', 'c') USING TIMESTAMP ${ts}`;
    const low = micros(now - 2 * 24 * 3600 * 1000);
    const high = micros(now + 5 * 60 * 1000);
    expect(check(insert(low))).toBeUndefined();
    expect(check(insert(high))).toBeUndefined();
    expect(message(insert(low - 1n))).toBe(
      `The client-side timestamp ${low - 1n} is outside the allowed range: it must be no more than 2 days in the past and 5 minutes in the future.`,
    );
    expect(check(insert(high + 1n))?.rule).toBe('timestamp-out-of-range');
    expect(timestampInWindow(micros(now), now)).toBe(true);
  });

  it('checks bound timestamps at EXECUTE and not at PREPARE', () => {
    const cql = "UPDATE app.ts USING TIMESTAMP ? SET v = ? WHERE id = 'a' AND ck = 'b'";
    expect(check(cql, { prepared: true })).toBeUndefined();
    const old = BigInt(now - 3 * 24 * 3600 * 1000) * 1000n;
    expect(check(cql, { values: [bigint(old), Buffer.from('x')] })?.rule).toBe('timestamp-out-of-range');
    expect(check(cql, { values: [bigint(BigInt(now) * 1000n), Buffer.from('x')] })).toBeUndefined();
  });
});

describe('queries', () => {
  it('refuses aggregates', () => {
    expect(message('SELECT COUNT(*) FROM app.plain')).toBe('Aggregate function COUNT is not supported.');
    expect(message('SELECT max(v) FROM app.plain WHERE id = ?')).toBe('Aggregate function MAX is not supported.');
    expect(check('SELECT id, v FROM app.plain WHERE id = ?')).toBeUndefined();
    expect(check('SELECT count(*) FROM system.peers')).toBeUndefined();
  });

  it('refuses IN in UPDATE and DELETE, and TOKEN with IN', () => {
    expect(message("UPDATE app.plain SET v = 'x' WHERE id IN ('a', 'b') AND ck = 'c'")).toBe('IN is not supported in UPDATE statements.');
    expect(message("DELETE FROM app.plain WHERE id = 'a' AND ck IN ('b', 'c')")).toBe('IN is not supported in DELETE statements.');
    expect(message("SELECT * FROM app.plain WHERE token(id) > 5 AND id IN ('a', 'b')")).toBe(
      'The TOKEN function cannot be used together with IN.',
    );
    expect(check("SELECT * FROM app.plain WHERE id IN ('a', 'b')")).toBeUndefined();
    expect(check('SELECT * FROM app.plain WHERE token(id) > 5')).toBeUndefined();
  });

  it('allows at most 100 IN subqueries (the product of the IN lists)', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `'v${i}'`).join(', ');
    expect(check(`SELECT * FROM app.plain WHERE id IN (${list(10)}) AND ck IN (${list(10)})`)).toBeUndefined();
    expect(message(`SELECT * FROM app.plain WHERE id IN (${list(10)}) AND ck IN (${list(11)})`)).toBe(
      'The IN restrictions of this query produce 110 subqueries; the maximum is 100.',
    );
    expect(check(`SELECT * FROM app.plain WHERE id IN (${list(101)})`)?.rule).toBe('in-subqueries');
    const boundList = (n: number) => {
      const out = Buffer.alloc(4);
      out.writeInt32BE(n);
      return out;
    };
    expect(check('SELECT * FROM app.plain WHERE id IN ?', { values: [boundList(100)] })).toBeUndefined();
    expect(check('SELECT * FROM app.plain WHERE id IN ?', { values: [boundList(101)] })?.rule).toBe('in-subqueries');
  });

  it('answers unconfigured table while a table is CREATING', () => {
    const state = sampleState();
    state.putTable(tableState('fresh', { createdAt: now - 500 }));
    const ctx = { state, ddlDelayMs: 1000 };
    expect(check('SELECT * FROM app.fresh', ctx)).toEqual({
      code: 0x2200,
      message: 'unconfigured table app.fresh',
      rule: 'table-creating',
      inferred: false,
    });
    expect(message("INSERT INTO fresh (id, ck) VALUES ('a', 'b')", ctx)).toBe('unconfigured table app.fresh');
    expect(check('SELECT * FROM app.fresh', { ...ctx, now: now + 500 })).toBeUndefined();
  });
});

describe('expressions', () => {
  function typedState() {
    const state = sampleState();
    state.putTable(
      tableState('typed', {
        columns: {
          partitionKey: ['id'],
          clustering: ['p'],
          types: { id: 'text', p: 'frozen<list<int>>', tags: 'set<text>', f: 'frozen<set<text>>', n: 'varint', v: 'text' },
        },
      }),
    );
    return state;
  }

  it('refuses functions Keyspaces does not have, and LIKE', () => {
    expect(message('SELECT abs(v) FROM app.plain')).toBe('Function abs is not supported.');
    expect(message('SELECT app.double_it(v) FROM app.plain')).toBe('Function app.double_it is not supported.');
    expect(message('SELECT maxwritetime(v) FROM app.ts')).toBe('Function maxwritetime is not supported.');
    expect(message("INSERT INTO app.plain (id, ck, v) VALUES ('a', 'b', md5('x'))")).toBe('Function md5 is not supported.');
    expect(message("SELECT * FROM app.plain WHERE v LIKE 'a%'")).toBe('The LIKE operator is not supported.');
    expect(check('SELECT toJson(v), blobAsText(textAsBlob(v)), toUnixTimestamp(now()), token(id) FROM app.plain')).toBeUndefined();
    expect(check("INSERT INTO app.plain (id, ck, v) VALUES ('a', 'b', toJson(uuid()))")).toBeUndefined();
  });

  it('refuses TTL()/WRITETIME() of collections, frozen-collection inequalities and oversized varints', () => {
    const state = typedState();
    expect(message('SELECT TTL(tags) FROM app.typed', { state })).toBe('TTL() cannot be used on the collection column tags.');
    expect(check('SELECT TTL(v), TTL(f) FROM app.typed', { state })).toBeUndefined();
    expect(message("SELECT * FROM app.typed WHERE id = 'a' AND p > [1, 2]", { state })).toBe(
      'Inequality operators are not supported on the frozen collection p.',
    );
    expect(check("SELECT * FROM app.typed WHERE id = 'a' AND p = [1, 2]", { state })).toBeUndefined();
    expect(message("UPDATE app.typed SET v = 'x' WHERE id = 'a' AND p = [1] IF f != {'b'}", { state })).toBe(
      'Inequality operators are not supported on the frozen collection f.',
    );
    const digits = (n: number) => '9'.repeat(n);
    expect(check(`INSERT INTO app.typed (id, p, n) VALUES ('a', [1], ${digits(38)})`, { state })).toBeUndefined();
    expect(message(`INSERT INTO app.typed (id, p, n) VALUES ('a', [1], -1${'0'.repeat(38)})`, { state })).toBe(
      'The varint value of n has 39 digits; varint values are limited to 38 digits.',
    );
    const big = Buffer.from('4b3b4ca85a86c47a098a224000000000', 'hex'); // 10^38 as a two's-complement varint
    expect(check("UPDATE app.typed SET n = ? WHERE id = 'a' AND p = [1]", { state, values: [big] })?.rule).toBe('varint-range');
  });
});

describe('schema names and nesting', () => {
  it('refuses names Keyspaces does not accept', () => {
    const text = (name: string) =>
      `The name ${name} is not valid: names have 1 to 48 letters, digits or underscores and start with a letter or digit.`;
    expect(message('CREATE TABLE app."order-items" (id int PRIMARY KEY)')).toBe(text('order-items'));
    expect(check(`CREATE TABLE app.${'t'.repeat(48)} (id int PRIMARY KEY)`)).toBeUndefined();
    expect(message(`CREATE TABLE app.${'t'.repeat(49)} (id int PRIMARY KEY)`)).toBe(text('t'.repeat(49)));
    expect(message("CREATE KEYSPACE \"_ks\" WITH replication = {'class': 'SingleRegionStrategy'}")).toBe(text('_ks'));
  });

  it('allows collections nested 8 levels deep, not 9', () => {
    const nested = (levels: number) => `${'frozen<list<'.repeat(1)}${'list<'.repeat(levels - 1)}int${'>'.repeat(levels)}>`;
    expect(check(`CREATE TABLE app.n (id int PRIMARY KEY, v ${nested(8)})`)).toBeUndefined();
    expect(message(`CREATE TABLE app.n (id int PRIMARY KEY, v ${nested(9)})`)).toBe(
      `Type ${nested(9)} nests collections 9 levels deep; the maximum is 8.`,
    );
  });
});

describe('write limits', () => {
  const insertColumns = (table: string, count: number) => {
    const names = ['id', 'ck', ...Array.from({ length: count - 2 }, (_, i) => `c${i}`)];
    return `INSERT INTO app.${table} (${names.join(', ')}) VALUES (${names.map(() => '1').join(', ')})`;
  };

  it('allows 225 columns per write, 166 with TTL on', () => {
    expect(check(insertColumns('plain', 225))).toBeUndefined();
    expect(message(insertColumns('plain', 226))).toBe('Too many columns in a single write: 226. The maximum is 225.');
    expect(check(insertColumns('ttl', 166))).toBeUndefined();
    expect(message(insertColumns('ttl', 167))).toBe('Too many columns in a single write: 167. The maximum is 166.');
  });

  it('caps the partition key at 2,048 bytes and clustering columns at 850 bytes', () => {
    const insert = (id: string, ck: string) => `INSERT INTO app.plain (id, ck, v) VALUES ('${id}', '${ck}', 'v')`;
    expect(check(insert('a'.repeat(2048), 'b'.repeat(850)))).toBeUndefined();
    expect(message(insert('a'.repeat(2049), 'b'))).toBe('The partition key of app.plain is 2049 bytes; the maximum is 2048 bytes.');
    expect(message(insert('a', 'b'.repeat(851)))).toBe(
      'The clustering column ck of app.plain is 851 bytes; the maximum is 850 bytes.',
    );
    // Multi-byte characters count in UTF-8 bytes.
    expect(check(insert('é'.repeat(1024), 'b'))).toBeUndefined();
    expect(check(insert(`${'é'.repeat(1024)}a`, 'b'))?.rule).toBe('partition-key-too-large');
    expect(check(`UPDATE app.plain SET v = 'x' WHERE id = '${'a'.repeat(2049)}' AND ck = 'b'`)?.rule).toBe('partition-key-too-large');
  });

  it('measures bound values too, and rows over 1 MB', () => {
    const cql = 'INSERT INTO app.plain (id, ck, v) VALUES (?, ?, ?)';
    expect(check(cql, { values: [Buffer.alloc(2049), Buffer.from('b'), null] })?.rule).toBe('partition-key-too-large');
    expect(check(cql, { values: [Buffer.from('a'), Buffer.from('b'), Buffer.alloc(limits.rowBytes - 2)] })).toBeUndefined();
    expect(check(cql, { values: [Buffer.from('a'), Buffer.from('b'), Buffer.alloc(limits.rowBytes - 1)] })?.message).toBe(
      'The row written to app.plain is 1048577 bytes; the maximum row size is 1 MB.',
    );
  });
});

describe('batches', () => {
  const insert = (i: number) => `INSERT INTO app.plain (id, ck, v) VALUES ('k${i}', 'c', 'v');`;
  const batch = (kind: string, n: number) =>
    `BEGIN ${kind}BATCH ${Array.from({ length: n }, (_, i) => insert(i)).join(' ')} APPLY BATCH`;

  it('allows 30 statements in an unlogged batch and 100 in a logged one', () => {
    expect(check(batch('UNLOGGED ', 30))).toBeUndefined();
    expect(message(batch('UNLOGGED ', 31))).toBe('An unlogged batch can contain at most 30 statements; this one has 31.');
    expect(check(batch('', 100))).toBeUndefined();
    expect(message(batch('', 101))).toBe('A logged batch can contain at most 100 statements; this one has 101.');
  });

  it('refuses COUNTER batches and conditions in unlogged batches', () => {
    expect(message("BEGIN COUNTER BATCH UPDATE app.counts SET n = n + 1 WHERE id = 'a'; APPLY BATCH")).toBe(
      'COUNTER batches are not supported.',
    );
    expect(
      message("BEGIN UNLOGGED BATCH INSERT INTO app.plain (id, ck, v) VALUES ('a', 'b', 'c') IF NOT EXISTS; APPLY BATCH"),
    ).toBe('Conditional statements are not supported in unlogged batches.');
    expect(
      check("BEGIN BATCH INSERT INTO app.plain (id, ck, v) VALUES ('a', 'b', 'c') IF NOT EXISTS; APPLY BATCH"),
    ).toBeUndefined();
  });

  it('applies the logged-batch restrictions', () => {
    expect(message("BEGIN BATCH UPDATE app.counts SET n = n + 1 WHERE id = 'a'; APPLY BATCH")).toBe(
      'Counter operations are not supported in logged batches.',
    );
    expect(check("BEGIN UNLOGGED BATCH UPDATE app.counts SET n = n + 1 WHERE id = 'a'; APPLY BATCH")).toBeUndefined();
    expect(message("BEGIN BATCH DELETE FROM app.plain WHERE id = 'a' AND ck > 'b'; APPLY BATCH")).toBe(
      'Range deletes are not supported in logged batches.',
    );
    expect(message("BEGIN BATCH DELETE FROM app.plain WHERE id = 'a'; APPLY BATCH")).toBe(
      'Range deletes are not supported in logged batches.',
    );
    expect(check("BEGIN BATCH DELETE FROM app.plain WHERE id = 'a' AND ck = 'b'; APPLY BATCH")).toBeUndefined();
    expect(message("BEGIN BATCH UPDATE app.plain SET v = 'x' WHERE id = 'a' AND ck >= 'b'; APPLY BATCH")).toBe(
      'Only equality relations are supported in the WHERE clause of statements in a logged batch; found >=.',
    );
    expect(
      message(
        "BEGIN BATCH INSERT INTO app.plain (id, ck, v) VALUES ('a', 'b', 'c'); UPDATE app.plain SET v = 'd' WHERE id = 'a' AND ck = 'b'; APPLY BATCH",
      ),
    ).toBe('A logged batch cannot contain more than one statement on the same row (app.plain).');
    expect(
      check(
        "BEGIN BATCH INSERT INTO app.plain (id, ck, v) VALUES ('a', 'b', 'c'); UPDATE app.plain SET v = 'd' WHERE id = 'a' AND ck = 'z'; APPLY BATCH",
      ),
    ).toBeUndefined();
  });

  it('checks every child of a batch', () => {
    expect(message("BEGIN UNLOGGED BATCH INSERT INTO app.plain (id, ck, v) VALUES ('a', 'b', 'c') USING TTL 3; APPLY BATCH")).toBe(
      'TTL is not yet supported.',
    );
  });

  it('checks BATCH frames with per-statement values', () => {
    const stmt = parse('INSERT INTO app.plain (id, ck, v) VALUES (?, ?, ?)');
    const items = (n: number, id: (i: number) => string) =>
      Array.from({ length: n }, (_, i) => ({ stmt, values: [Buffer.from(id(i)), Buffer.from('c'), Buffer.from('v')] }));
    expect(checkBatch(1, items(30, String), context())).toBeUndefined();
    expect(checkBatch(1, items(31, String), context())?.rule).toBe('unlogged-batch-size');
    expect(checkBatch(0, items(100, String), context())).toBeUndefined();
    expect(checkBatch(0, items(101, String), context())?.rule).toBe('logged-batch-size');
    expect(checkBatch(0, items(2, () => 'same'), context())?.rule).toBe('logged-batch-same-row');
    expect(checkBatch(1, items(2, () => 'same'), context())).toBeUndefined();
    expect(checkBatch(2, items(1, String), context())?.message).toBe('COUNTER batches are not supported.');
  });
});

describe('range deletes', () => {
  it('probes range deletes with a SELECT limited to 1,001 rows', () => {
    const ctx = context();
    const probe = rangeDeleteProbe(parse('DELETE FROM app.plain USING TIMESTAMP ? WHERE id = ? AND ck > ?'), ctx);
    expect(probe).toEqual({ cql: 'SELECT id FROM app.plain WHERE id = ? AND ck > ? LIMIT 1001', valueIndexes: [1, 2] });
    expect(rangeDeleteProbe(parse("DELETE FROM app.plain WHERE id = 'a' AND ck = 'b'"), ctx)).toBeUndefined();
    expect(rangeDeleteProbe(parse("DELETE v FROM app.plain WHERE id = 'a'"), ctx)).toBeUndefined();
    expect(rangeDeleteProbe(parse("DELETE FROM app.plain WHERE id = 'a'"), ctx)?.cql).toBe(
      "SELECT id FROM app.plain WHERE id = 'a' LIMIT 1001",
    );
  });

  it('refuses more than 1,000 rows with Keyspaces text', () => {
    expect(checkRangeDeleteCount(1000)).toBeUndefined();
    expect(checkRangeDeleteCount(1001)).toEqual({
      code: 0x2200,
      message: 'Range delete requests are limited by the amount of items that can be deleted in a single range.',
      rule: 'range-delete-too-large',
      inferred: false,
    });
  });
});

describe('capacity helpers', () => {
  it('measures write charges from literal and bound values', () => {
    const ctx = context();
    expect(writeCharges(parse("INSERT INTO app.plain (id, ck, v) VALUES ('ab', 'c', 'def')"), ctx)).toEqual([
      { table: 'app.plain', bytes: 6 },
    ]);
    expect(
      writeCharges(parse('INSERT INTO plain (id, ck, v) VALUES (?, ?, ?)'), {
        ...ctx,
        values: [Buffer.alloc(10), Buffer.alloc(20), Buffer.alloc(2000)],
      }),
    ).toEqual([{ table: 'app.plain', bytes: 2030 }]);
    expect(
      writeCharges(parse("BEGIN BATCH INSERT INTO app.plain (id, ck) VALUES ('a', 'b'); DELETE FROM app.ttl WHERE id = 'x'; APPLY BATCH"), ctx),
    ).toEqual([
      { table: 'app.plain', bytes: 2 },
      { table: 'app.ttl', bytes: 1 },
    ]);
    const stmt = parse('UPDATE app.plain SET v = ? WHERE id = ? AND ck = ?');
    expect(batchWriteCharges([{ stmt, values: [Buffer.alloc(100), Buffer.alloc(1), Buffer.alloc(1)] }], ctx)).toEqual([
      { table: 'app.plain', bytes: 102 },
    ]);
    expect(writeCharges(parse('SELECT * FROM app.plain'), ctx)).toEqual([]);
  });

  it('names the table a SELECT reads, except system tables', () => {
    expect(readTable(parse('SELECT * FROM plain'), { keyspace: 'app' })).toBe('app.plain');
    expect(readTable(parse('SELECT * FROM system.local'), { keyspace: 'app' })).toBeUndefined();
    expect(readTable(parse('SELECT * FROM plain'), {})).toBeUndefined();
  });
});
