/**
 * Constructors for nodes made in code rather than parsed (a converted schema, a schema read from a
 * live cluster). They fill in `SYNTHETIC_RANGE` and the exact literal text the printer emits, and
 * mark names as quoted exactly when the parser would (so printed output re-parses to equal trees).
 */
import type {
  Expression,
  Identifier,
  Literal,
  MapLiteral,
  Property,
  PropertyMap,
  PropertyValue,
  QualifiedName,
} from './nodes.js';
import { needsQuoting, quoteString } from './print.js';
import { SYNTHETIC_RANGE } from './ranges.js';

const range = SYNTHETIC_RANGE;

/** A name as stored by Cassandra (exact case): quoted when it could not be written bare. */
export function identifier(text: string): Identifier {
  return { kind: 'Identifier', range, text, quoted: needsQuoting(text) };
}

export function qualifiedName(keyspace: string | undefined, name: string): QualifiedName {
  return keyspace === undefined
    ? { kind: 'QualifiedName', range, name: identifier(name) }
    : { kind: 'QualifiedName', range, keyspace: identifier(keyspace), name: identifier(name) };
}

export function stringLiteral(value: string): Literal {
  return { kind: 'Literal', range, type: 'string', text: quoteString(value), value };
}

/** An integer or float literal from a finite number (`NaN`/`Infinity` have their own literal kinds). */
export function numberLiteral(value: number): Literal {
  if (!Number.isFinite(value)) throw new RangeError(`numberLiteral needs a finite number, got ${value}`);
  const text = String(value);
  return { kind: 'Literal', range, type: Number.isInteger(value) && !/e/i.test(text) ? 'integer' : 'float', text };
}

export function booleanLiteral(value: boolean): Literal {
  return { kind: 'Literal', range, type: 'boolean', text: value ? 'true' : 'false' };
}

/** A map literal with string keys, e.g. `{'class': 'SingleRegionStrategy'}`. */
export function mapLiteral(entries: Iterable<readonly [string, Expression]>): MapLiteral {
  return {
    kind: 'MapLiteral',
    range,
    entries: [...entries].map(([key, value]) => ({ kind: 'MapEntry' as const, range, key: stringLiteral(key), value })),
  };
}

export function property(name: string, value: PropertyValue): Property {
  return { kind: 'Property', range, name: identifier(name), value };
}

/** A `WITH` clause from properties; a later property of the same name replaces an earlier one. */
export function propertyMap(properties: Iterable<Property>): PropertyMap {
  const out: Record<string, Property> = {};
  for (const p of properties) out[p.name.text] = p;
  return { kind: 'PropertyMap', range, properties: out };
}
