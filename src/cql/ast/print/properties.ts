/** `WITH` properties as CQL, in a stable order; tag changes. */
import type { Property, PropertyMap, PropertyValue, TagsChange } from '../nodes.js';
import { printIdentifier } from './names.js';
import { printExpression } from './terms.js';

/** Properties printed first, in this order; the rest follow alphabetically. */
const LEADING_PROPERTIES = ['replication', 'durable_writes'];

/** The properties of a `WITH` clause in their canonical order. */
export function orderedProperties(map: PropertyMap): Property[] {
  const rank = (name: string): number => {
    const i = LEADING_PROPERTIES.indexOf(name);
    return i === -1 ? LEADING_PROPERTIES.length : i;
  };
  return Object.entries(map.properties)
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, property]) => property);
}

export function printPropertyValue(value: PropertyValue): string {
  return value.kind === 'Identifier' ? printIdentifier(value) : printExpression(value);
}

/** `name = value` items of a WITH clause, in canonical order. */
export function printProperties(map: PropertyMap | undefined): string[] {
  if (map === undefined) return [];
  return orderedProperties(map).map((p) => `${printIdentifier(p.name)} = ${printPropertyValue(p.value)}`);
}

/** ` WITH a AND b`, or nothing when there are no items. */
export const withClause = (items: readonly string[], separator = ' AND '): string =>
  items.length === 0 ? '' : ` WITH ${items.join(separator)}`;

export function printTags(change: TagsChange): string {
  return `${change.operation === 'add' ? 'ADD' : 'DROP'} TAGS ${printExpression(change.tags)}`;
}
