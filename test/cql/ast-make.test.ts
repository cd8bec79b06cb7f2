import { describe, expect, it } from 'vitest';
import {
  booleanLiteral,
  identifier,
  mapLiteral,
  numberLiteral,
  property,
  propertyMap,
  qualifiedName,
  stringLiteral,
} from '../../src/cql/ast/make.js';
import type { Statement } from '../../src/cql/ast/nodes.js';
import { printStatement } from '../../src/cql/ast/print.js';
import { SYNTHETIC_RANGE, withoutRanges } from '../../src/cql/ast/ranges.js';
import { parseScript } from '../../src/cql/parse.js';

describe('node constructors', () => {
  it('quote names only when the parser would', () => {
    expect(identifier('orders')).toMatchObject({ text: 'orders', quoted: false });
    expect(identifier('Orders')).toMatchObject({ text: 'Orders', quoted: true });
    expect(identifier('select')).toMatchObject({ text: 'select', quoted: true });
    expect(identifier('orders').range).toBe(SYNTHETIC_RANGE);
  });

  it('make literals with the text the parser would record', () => {
    expect(stringLiteral("it's")).toMatchObject({ type: 'string', text: "'it''s'", value: "it's" });
    expect(numberLiteral(3)).toMatchObject({ type: 'integer', text: '3' });
    expect(numberLiteral(0.25)).toMatchObject({ type: 'float', text: '0.25' });
    expect(numberLiteral(1e21)).toMatchObject({ type: 'float', text: '1e+21' });
    expect(booleanLiteral(false)).toMatchObject({ type: 'boolean', text: 'false' });
    expect(() => numberLiteral(Number.NaN)).toThrow(RangeError);
  });

  it('build a statement that prints and re-parses to the same tree', () => {
    const stmt: Statement = {
      kind: 'CreateKeyspace',
      range: SYNTHETIC_RANGE,
      name: identifier('Shop'),
      ifNotExists: true,
      properties: propertyMap([
        property('replication', mapLiteral([['class', stringLiteral('SingleRegionStrategy')]])),
        property('durable_writes', booleanLiteral(true)),
        property(
          'custom_properties',
          mapLiteral([['capacity_mode', mapLiteral([['throughput_mode', stringLiteral('PAY_PER_REQUEST')]])]]),
        ),
      ]),
    };
    const printed = printStatement(stmt);
    expect(printed).toBe(
      `CREATE KEYSPACE IF NOT EXISTS "Shop" WITH replication = {'class': 'SingleRegionStrategy'} AND durable_writes = true AND custom_properties = {'capacity_mode': {'throughput_mode': 'PAY_PER_REQUEST'}}`,
    );
    const { statements, errors } = parseScript(printed);
    expect(errors).toEqual([]);
    expect(withoutRanges(statements[0])).toEqual(withoutRanges(stmt));
    expect(qualifiedName('ks', 'T')).toMatchObject({ keyspace: { text: 'ks', quoted: false }, name: { text: 'T', quoted: true } });
  });
});
