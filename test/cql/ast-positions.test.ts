import { describe, expect, it } from 'vitest';
import { createPositionMapper } from '../../src/cql/ast/positions.js';
import { SYNTHETIC_RANGE, withoutRanges } from '../../src/cql/ast/ranges.js';
import { decodeMap, getProperty, literalText, mapEntry } from '../../src/cql/ast/properties.js';
import type { MapLiteral, PropertyMap } from '../../src/cql/ast/nodes.js';
import { id, int, lit, range, str } from './ast-helpers.js';

describe('createPositionMapper', () => {
  it('maps indices to 1-based lines and columns, breaking lines at \\n', () => {
    const at = createPositionMapper('ab\ncd\r\nef');
    expect(at(0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(at(3)).toEqual({ offset: 3, line: 2, column: 1 });
    expect(at(5)).toEqual({ offset: 5, line: 2, column: 3 });
    expect(at(7)).toEqual({ offset: 7, line: 3, column: 1 });
    expect(at(9)).toEqual({ offset: 9, line: 3, column: 3 });
  });

  it('converts code-point indices to UTF-16 offsets and columns after astral characters', () => {
    // '😀' is one code point (ANTLR's index) but two UTF-16 units (ours).
    const at = createPositionMapper("'😀' x\n😀y");
    expect(at(3)).toEqual({ offset: 4, line: 1, column: 5 });
    expect(at(4)).toEqual({ offset: 5, line: 1, column: 6 });
    expect(at(6)).toEqual({ offset: 7, line: 2, column: 1 });
    expect(at(7)).toEqual({ offset: 9, line: 2, column: 3 });
  });

  it('offsets positions by the origin of a slice within the script', () => {
    const at = createPositionMapper('x\ny', { offset: 100, line: 10, column: 5 });
    expect(at(0)).toEqual({ offset: 100, line: 10, column: 5 });
    expect(at(2)).toEqual({ offset: 102, line: 11, column: 1 });
  });
});

describe('withoutRanges', () => {
  it('removes every range, deeply, without touching the input', () => {
    const node = { kind: 'Relation', range, left: { kind: 'ColumnRef', range, name: id('a') }, operator: '=', right: int(1) };
    expect(withoutRanges(node)).toEqual({
      kind: 'Relation',
      left: { kind: 'ColumnRef', name: { kind: 'Identifier', text: 'a', quoted: false } },
      operator: '=',
      right: { kind: 'Literal', type: 'integer', text: '1' },
    });
    expect(node.range).toBe(SYNTHETIC_RANGE);
  });
});

describe('property helpers', () => {
  const replication: MapLiteral = {
    kind: 'MapLiteral',
    range,
    entries: [
      { kind: 'MapEntry', range, key: str('class'), value: str('NetworkTopologyStrategy') },
      { kind: 'MapEntry', range, key: str('dc1'), value: int(3) },
      { kind: 'MapEntry', range, key: str('nested'), value: { kind: 'MapLiteral', range, entries: [{ kind: 'MapEntry', range, key: str('status'), value: str('enabled') }] } },
      { kind: 'MapEntry', range, key: str('marker'), value: { kind: 'BindMarker', range } },
    ],
  };
  const map: PropertyMap = {
    kind: 'PropertyMap',
    range,
    properties: {
      replication: { kind: 'Property', range, name: id('replication'), value: replication },
      durable_writes: { kind: 'Property', range, name: id('durable_writes'), value: lit('boolean', 'TRUE') },
    },
  };

  it('finds properties case-insensitively', () => {
    expect(getProperty(map, 'REPLICATION')?.value).toBe(replication);
    expect(getProperty(map, 'compaction')).toBeUndefined();
    expect(getProperty(undefined, 'x')).toBeUndefined();
  });

  it('reads literal texts: string content, other literals as written', () => {
    expect(literalText(str("it's"))).toBe("it's");
    expect(literalText(lit('boolean', 'TRUE'))).toBe('TRUE');
    expect(literalText(id('all'))).toBe('all');
    expect(literalText({ kind: 'BindMarker', range })).toBeUndefined();
  });

  it('decodes map literals, nested maps included, skipping non-constants', () => {
    expect(mapEntry(replication, 'class')).toEqual(str('NetworkTopologyStrategy'));
    expect(decodeMap(replication)).toEqual({ class: 'NetworkTopologyStrategy', dc1: '3', nested: { status: 'enabled' } });
  });
});
