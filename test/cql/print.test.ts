import { describe, expect, it } from 'vitest';
import type { CqlType, Expression, Statement } from '../../src/cql/ast/nodes.js';
import {
  needsQuoting,
  printExpression,
  printNode,
  printIdentifier,
  printStatement,
  printType,
  quoteString,
} from '../../src/cql/ast/print.js';
import { walk } from '../../src/cql/ast/walk.js';
import { parseScript } from '../../src/cql/parse.js';
import { col, id, int, lit, qn, range, str } from './ast-helpers.js';

describe('identifier quoting', () => {
  it.each([
    ['users', false, 'users'],
    ['user_id2', false, 'user_id2'],
    ['select', false, '"select"'],
    ['token', false, '"token"'],
    ['key', false, 'key'],
    ['ttl', false, 'ttl'],
    ['UserId', true, '"UserId"'],
    ['has space', true, '"has space"'],
    ['say "hi"', true, '"say ""hi"""'],
    ['2fast', true, '"2fast"'],
    ['lower', true, '"lower"'],
    ['Upper', false, '"Upper"'],
  ])('%s (quoted=%s) prints as %s', (text, quoted, expected) => {
    expect(printIdentifier(id(text, quoted))).toBe(expected);
  });

  it('needsQuoting is false only for plain lower-case non-reserved names', () => {
    expect(needsQuoting('abc_1')).toBe(false);
    expect(needsQuoting('from')).toBe(true);
    expect(needsQuoting('_x')).toBe(true);
    expect(needsQuoting('é')).toBe(true);
    expect(needsQuoting('')).toBe(true);
  });

  it('quotes strings by doubling single quotes', () => {
    expect(quoteString("it's")).toBe("'it''s'");
  });
});

describe('literals', () => {
  it.each([
    [lit('string', "'it''s'", "it's"), "'it''s'"],
    [lit('dollarString', '$$ return a; $$', ' return a; '), '$$ return a; $$'],
    [lit('integer', '-42'), '-42'],
    [lit('float', '1.5E-3'), '1.5E-3'],
    [lit('nan', 'NaN'), 'NaN'],
    [lit('infinity', '-Infinity'), '-Infinity'],
    [lit('hex', '0xCAFE'), '0xCAFE'],
    [lit('uuid', '123e4567-e89b-12d3-a456-426614174000'), '123e4567-e89b-12d3-a456-426614174000'],
    [lit('duration', '1h30m'), '1h30m'],
    [lit('boolean', 'TRUE'), 'TRUE'],
    [lit('null', 'null'), 'null'],
  ])('re-emits %o as written', (literal, expected) => {
    expect(printExpression(literal)).toBe(expected);
  });

  it('prints bind markers, collections, tuples and UDT values', () => {
    const e: Expression = {
      kind: 'ListLiteral',
      range,
      elements: [
        { kind: 'BindMarker', range },
        { kind: 'BindMarker', range, name: id('userId', true) },
        { kind: 'SetLiteral', range, elements: [int(1), int(2)] },
        { kind: 'MapLiteral', range, entries: [{ kind: 'MapEntry', range, key: str('a'), value: int(1) }] },
        { kind: 'TupleLiteral', range, elements: [int(1), str('x')] },
        { kind: 'UdtLiteral', range, fields: [{ kind: 'UdtField', range, name: id('street'), value: str('Main') }] },
      ],
    };
    expect(printExpression(e)).toBe(`[?, :"userId", {1, 2}, {'a': 1}, (1, 'x'), {street: 'Main'}]`);
  });

  it('keeps the minus of a negation apart so it never re-lexes as a negative literal', () => {
    expect(printExpression({ kind: 'Negation', range, operand: int(1) })).toBe('- 1');
    expect(printExpression({ kind: 'Negation', range, operand: lit('nan', 'NaN') })).toBe('- NaN');
    expect(printExpression({ kind: 'Negation', range, operand: lit('duration', 'P1D') })).toBe('- P1D');
    expect(printExpression({ kind: 'Negation', range, operand: col('x') })).toBe('- x');
  });

  it('prints selectors: functions, casts, writetime, accessors and arithmetic', () => {
    const fn: Expression = { kind: 'FunctionCall', range, name: qn(undefined, 'token'), args: [col('a'), col('b')] };
    expect(printExpression(fn)).toBe('token(a, b)');
    expect(printExpression({ kind: 'FunctionCall', range, name: qn(undefined, 'count'), args: [{ kind: 'Wildcard', range }] })).toBe(
      'count(*)',
    );
    expect(printExpression({ kind: 'Cast', range, value: col('a'), type: { kind: 'NativeType', range, name: 'text' } })).toBe(
      'CAST(a AS text)',
    );
    expect(printExpression({ kind: 'WritetimeTtl', range, function: 'maxwritetime', argument: col('v') })).toBe(
      'MAXWRITETIME(v)',
    );
    expect(
      printExpression({
        kind: 'SliceAccess',
        range,
        target: { kind: 'FieldAccess', range, target: col('u'), field: id('tags') },
        from: str('a'),
      }),
    ).toBe(`u.tags['a'..]`);
    expect(
      printExpression({
        kind: 'Arithmetic',
        range,
        operator: '*',
        left: { kind: 'TupleLiteral', range, elements: [{ kind: 'Arithmetic', range, operator: '+', left: col('a'), right: int(1) }] },
        right: int(2),
      }),
    ).toBe('(a + 1) * 2');
  });
});

describe('types', () => {
  it('prints nested, frozen, vector, tuple, user and custom types', () => {
    const t: CqlType = {
      kind: 'MapType',
      range,
      key: { kind: 'NativeType', range, name: 'text' },
      value: {
        kind: 'FrozenType',
        range,
        inner: {
          kind: 'TupleType',
          range,
          elements: [
            { kind: 'VectorType', range, element: { kind: 'NativeType', range, name: 'float' }, dimension: 3 },
            { kind: 'UserType', range, name: qn('ks', 'Address') },
            { kind: 'CustomType', range, className: "org.Foo'Bar" },
          ],
        },
      },
    };
    expect(printType(t)).toBe(`map<text, frozen<tuple<vector<float, 3>, ks."Address", 'org.Foo''Bar'>>>`);
  });
});

describe('statements', () => {
  it('prints CREATE KEYSPACE with replication first, then the other options alphabetically', () => {
    const stmt: Statement = {
      kind: 'CreateKeyspace',
      range,
      name: id('shop'),
      ifNotExists: true,
      properties: {
        kind: 'PropertyMap',
        range,
        properties: {
          durable_writes: { kind: 'Property', range, name: id('durable_writes'), value: lit('boolean', 'false') },
          replication: {
            kind: 'Property',
            range,
            name: id('replication'),
            value: {
              kind: 'MapLiteral',
              range,
              entries: [
                { kind: 'MapEntry', range, key: str('class'), value: str('NetworkTopologyStrategy') },
                { kind: 'MapEntry', range, key: str('dc1'), value: int(3) },
              ],
            },
          },
        },
      },
    };
    expect(printStatement(stmt)).toBe(
      "CREATE KEYSPACE IF NOT EXISTS shop WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3} AND durable_writes = false",
    );
  });

  it('prints CREATE TABLE with key, clustering order, compact storage and options', () => {
    const text = { kind: 'NativeType', range, name: 'text' } as const;
    const stmt: Statement = {
      kind: 'CreateTable',
      range,
      name: qn('shop', 'Orders'),
      ifNotExists: false,
      columns: [
        { kind: 'ColumnDefinition', range, name: id('day'), type: text, static: false, primaryKey: false },
        { kind: 'ColumnDefinition', range, name: id('id'), type: text, static: false, primaryKey: false },
        { kind: 'ColumnDefinition', range, name: id('owner'), type: text, static: true, primaryKey: false },
        {
          kind: 'ColumnDefinition',
          range,
          name: id('email'),
          type: text,
          static: false,
          primaryKey: false,
          mask: { kind: 'ColumnMask', range, function: qn('system', 'mask_inner'), args: [int(1), lit('null', 'null')] },
        },
      ],
      primaryKey: { kind: 'PrimaryKey', range, partitionKey: [id('day'), id('shard')], clusteringColumns: [id('id')], inline: false },
      clusteringOrder: [{ kind: 'ClusteringOrder', range, column: id('id'), direction: 'DESC' }],
      compactStorage: true,
      properties: {
        kind: 'PropertyMap',
        range,
        properties: {
          comment: { kind: 'Property', range, name: id('comment'), value: str('x') },
          bloom_filter_fp_chance: { kind: 'Property', range, name: id('bloom_filter_fp_chance'), value: lit('float', '0.01') },
        },
      },
    };
    expect(printStatement(stmt)).toBe(
      [
        'CREATE TABLE shop."Orders" (',
        '    day text,',
        '    id text,',
        '    owner text STATIC,',
        '    email text MASKED WITH system.mask_inner(1, null),',
        '    PRIMARY KEY ((day, shard), id)',
        ') WITH CLUSTERING ORDER BY (id DESC)',
        '    AND COMPACT STORAGE',
        '    AND bloom_filter_fp_chance = 0.01',
        "    AND comment = 'x'",
      ].join('\n'),
    );
  });

  it('prints the inline primary key on its column', () => {
    const stmt: Statement = {
      kind: 'CreateTable',
      range,
      name: qn(undefined, 't'),
      ifNotExists: false,
      columns: [{ kind: 'ColumnDefinition', range, name: id('id'), type: { kind: 'NativeType', range, name: 'uuid' }, static: false, primaryKey: true }],
      primaryKey: { kind: 'PrimaryKey', range, partitionKey: [id('id')], clusteringColumns: [], inline: true },
      clusteringOrder: [],
      compactStorage: false,
      properties: { kind: 'PropertyMap', range, properties: {} },
    };
    expect(printStatement(stmt)).toBe('CREATE TABLE t (\n    id uuid PRIMARY KEY\n)');
  });

  it('prints INSERT with JSON, IF NOT EXISTS and USING in canonical order', () => {
    const stmt: Statement = {
      kind: 'Insert',
      range,
      table: qn('ks', 't'),
      columns: [],
      values: [],
      json: { kind: 'InsertJson', range, value: { kind: 'BindMarker', range }, defaultBehavior: 'unset' },
      ifNotExists: true,
      using: { kind: 'Using', range, timestamp: int(123), ttl: int(60) },
    };
    expect(printStatement(stmt)).toBe('INSERT INTO ks.t JSON ? DEFAULT UNSET IF NOT EXISTS USING TTL 60 AND TIMESTAMP 123');
  });

  it('prints UPDATE assignments of every form, relations and conditions', () => {
    const stmt: Statement = {
      kind: 'Update',
      range,
      table: qn(undefined, 'counters'),
      assignments: [
        { kind: 'Assignment', range, target: col('c'), operation: 'add', compound: false, value: int(1) },
        { kind: 'Assignment', range, target: col('d'), operation: 'subtract', compound: true, value: int(2) },
        { kind: 'Assignment', range, target: col('l'), operation: 'prepend', compound: false, value: { kind: 'ListLiteral', range, elements: [int(0)] } },
        { kind: 'Assignment', range, target: { kind: 'ElementAccess', range, target: col('m'), index: str('k') }, operation: 'set', compound: false, value: str('v') },
      ],
      where: [
        { kind: 'Relation', range, left: col('id'), operator: 'IN', right: { kind: 'InList', range, values: [int(1), int(2)] } },
        { kind: 'Relation', range, left: { kind: 'FunctionCall', range, name: qn(undefined, 'token'), args: [col('id')] }, operator: '>', right: { kind: 'BindMarker', range } },
      ],
      ifExists: false,
      conditions: [{ kind: 'Condition', range, left: col('v'), operator: 'IN', right: { kind: 'BindMarker', range } }],
    };
    expect(printStatement(stmt)).toBe(
      "UPDATE counters SET c = c + 1, d -= 2, l = [0] + l, m['k'] = 'v' WHERE id IN (1, 2) AND token(id) > ? IF v IN ?",
    );
  });

  it('prints a batch with its children on their own lines', () => {
    const stmt: Statement = {
      kind: 'Batch',
      range,
      batchType: 'unlogged',
      using: { kind: 'Using', range, timestamp: int(5) },
      statements: [
        { kind: 'Delete', range, selections: [], table: qn(undefined, 't'), where: [{ kind: 'Relation', range, left: col('k'), operator: '=', right: int(1) }], ifExists: true, conditions: [] },
      ],
    };
    expect(printStatement(stmt)).toBe('BEGIN UNLOGGED BATCH USING TIMESTAMP 5\n    DELETE FROM t WHERE k = 1 IF EXISTS;\nAPPLY BATCH');
  });

  it('prints SELECT with every clause', () => {
    const stmt: Statement = {
      kind: 'Select',
      range,
      json: true,
      distinct: true,
      selectors: [{ kind: 'Selector', range, expression: col('a'), alias: id('b') }],
      wildcard: false,
      table: qn('ks', 't'),
      where: [
        { kind: 'Relation', range, left: col('tags'), operator: 'CONTAINS KEY', right: str('x') },
        { kind: 'Relation', range, left: col('v'), operator: 'IS NOT NULL' },
        { kind: 'IndexExpression', range, index: qn(undefined, 'idx'), value: str('q') },
      ],
      groupBy: [col('a')],
      orderBy: [{ kind: 'Ordering', range, column: id('v'), annOf: { kind: 'ListLiteral', range, elements: [lit('float', '0.5')] } }],
      perPartitionLimit: int(2),
      limit: { kind: 'BindMarker', range, name: id('lim') },
      allowFiltering: true,
    };
    expect(printStatement(stmt)).toBe(
      "SELECT JSON DISTINCT a AS b FROM ks.t WHERE tags CONTAINS KEY 'x' AND v IS NOT NULL AND expr(idx, 'q') GROUP BY a ORDER BY v ANN OF [0.5] PER PARTITION LIMIT 2 LIMIT :lim ALLOW FILTERING",
    );
  });

  it('prints security statements, writing quoted role names as strings', () => {
    expect(
      printStatement({
        kind: 'Grant',
        range,
        all: false,
        permissions: ['SELECT', 'MODIFY'],
        resource: { kind: 'Resource', range, type: 'function', function: qn('ks', 'f'), argTypes: [{ kind: 'NativeType', range, name: 'int' }] },
        role: id('Alice', true),
      }),
    ).toBe("GRANT SELECT, MODIFY ON FUNCTION ks.f(int) TO 'Alice'");
    expect(
      printStatement({
        kind: 'CreateRole',
        range,
        ifNotExists: false,
        name: id('app'),
        options: [
          { kind: 'RoleOption', range, name: 'password', value: str('s3cret') },
          { kind: 'RoleOption', range, name: 'login', value: lit('boolean', 'true') },
          { kind: 'RoleOption', range, name: 'accessToAllDatacenters' },
        ],
      }),
    ).toBe("CREATE ROLE app WITH PASSWORD = 's3cret' AND LOGIN = true AND ACCESS TO ALL DATACENTERS");
    expect(
      printStatement({ kind: 'CreateUser', range, ifNotExists: true, name: id('bob'), options: [{ kind: 'RoleOption', range, name: 'password', value: str('pw') }], superuser: false }),
    ).toBe("CREATE USER IF NOT EXISTS bob WITH PASSWORD 'pw' NOSUPERUSER");
  });

  it('prints cqlsh commands', () => {
    expect(printStatement({ kind: 'Consistency', range, level: 'LOCAL_QUORUM' })).toBe('CONSISTENCY LOCAL_QUORUM');
    expect(printStatement({ kind: 'SerialConsistency', range })).toBe('SERIAL CONSISTENCY');
    expect(
      printStatement({ kind: 'Copy', range, table: qn('ks', 't'), columns: [id('a')], direction: 'from', stdio: 'stdin', options: { kind: 'PropertyMap', range, properties: { header: { kind: 'Property', range, name: id('header'), value: lit('boolean', 'true') } } } }),
    ).toBe('COPY ks.t (a) FROM STDIN WITH HEADER = true');
    expect(printStatement({ kind: 'Paging', range, pageSize: int(100) })).toBe('PAGING 100');
    expect(printStatement({ kind: 'Capture', range, off: true })).toBe('CAPTURE OFF');
  });

  it('prints Keyspaces extensions', () => {
    expect(
      printStatement({
        kind: 'AlterTable',
        range,
        name: qn('ks', 't'),
        ifExists: false,
        action: { kind: 'AlterTableTags', range, change: { kind: 'TagsChange', range, operation: 'add', tags: { kind: 'MapLiteral', range, entries: [{ kind: 'MapEntry', range, key: str('team'), value: str('x') }] } } },
      }),
    ).toBe("ALTER TABLE ks.t ADD TAGS {'team': 'x'}");
    expect(printStatement({ kind: 'RestoreTable', range, target: qn('ks', 'r'), source: qn('ks', 't') })).toBe(
      'RESTORE TABLE ks.r FROM TABLE ks.t',
    );
  });
});

describe('printNode', () => {
  it('prints sub-nodes for messages and fixes', () => {
    const { statements } = parseScript(
      "UPDATE ks.t USING TTL 5 SET m['a'] = 1 WHERE k IN (1, 2) IF v > 0;\nCREATE TABLE t (k int PRIMARY KEY, v frozen<map<text, int>>) WITH comment = 'x'",
    );
    const printed: string[] = [];
    for (const stmt of statements) {
      walk(stmt, {
        Using: (n) => void printed.push(printNode(n)),
        Assignment: (n) => void printed.push(printNode(n)),
        Relation: (n) => void printed.push(printNode(n)),
        InList: (n) => void printed.push(printNode(n)),
        Condition: (n) => void printed.push(printNode(n)),
        FrozenType: (n) => void printed.push(printNode(n)),
        ColumnDefinition: (n) => void printed.push(printNode(n)),
        Property: (n) => void printed.push(printNode(n)),
        QualifiedName: (n) => void printed.push(printNode(n)),
      });
    }
    expect(printed).toEqual([
      'ks.t',
      'USING TTL 5',
      "m['a'] = 1",
      'k IN (1, 2)',
      '(1, 2)',
      'v > 0',
      't',
      'k int PRIMARY KEY',
      'v frozen<map<text, int>>',
      'frozen<map<text, int>>',
      "comment = 'x'",
    ]);
    expect(printNode(statements[0]!)).toBe("UPDATE ks.t USING TTL 5 SET m['a'] = 1 WHERE k IN (1, 2) IF v > 0");
  });
});
