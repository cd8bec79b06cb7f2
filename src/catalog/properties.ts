import type { Expression, PropertyMap, PropertyValue } from '../cql/ast/nodes.js';

/**
 * Reading `WITH` property values: the text of a constant, the entries of a map literal keyed by
 * their string content, and nested lookups such as `custom_properties.ttl.status`.
 */

/** A constant's value as text: string content unquoted, other literals as written, identifiers by name. */
export function scalarText(value: PropertyValue | Expression | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.kind === 'Literal') return value.value ?? value.text;
  if (value.kind === 'Identifier') return value.text;
  if (value.kind === 'ColumnRef') return value.name.text;
  return undefined;
}

/** A constant's numeric value, when it is a number (or a string holding one). */
export function numberValue(value: PropertyValue | Expression | undefined): number | undefined {
  const text = scalarText(value);
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** The entries of a map literal, keyed by the key's text (keys compared as written, lower-cased when `lower`). */
export function mapEntries(value: PropertyValue | Expression | undefined, lower = true): Map<string, Expression> {
  const out = new Map<string, Expression>();
  if (value === undefined || value.kind !== 'MapLiteral') return out;
  for (const entry of value.entries) {
    const key = scalarText(entry.key);
    if (key !== undefined) out.set(lower ? key.toLowerCase() : key, entry.value);
  }
  return out;
}

/** Follows map keys from a property value: `nested(v, 'ttl', 'status')`. */
export function nested(value: PropertyValue | Expression | undefined, ...keys: string[]): Expression | PropertyValue | undefined {
  let current: Expression | PropertyValue | undefined = value;
  for (const key of keys) {
    current = mapEntries(current).get(key.toLowerCase());
    if (current === undefined) return undefined;
  }
  return current;
}

/** The value of one property of a `WITH` clause (names are normalised lower-case by the parser). */
export function property(map: PropertyMap | undefined, name: string): PropertyValue | undefined {
  return map?.properties[name.toLowerCase()]?.value;
}

/** True when `custom_properties.<feature>.status` is `enabled` (case-insensitive). */
export function customFeatureEnabled(map: PropertyMap | undefined, feature: string): boolean {
  const status = scalarText(nested(property(map, 'custom_properties'), feature, 'status') as Expression | undefined);
  return status !== undefined && status.toLowerCase() === 'enabled';
}

/** The replication class without its package (`SimpleStrategy`), and the other entries of the map. */
export function replicationOf(map: PropertyMap | undefined): { className?: string; fullClass?: string; options: Map<string, Expression> } | undefined {
  const value = property(map, 'replication');
  if (value === undefined) return undefined;
  const entries = mapEntries(value, false);
  let fullClass: string | undefined;
  const options = new Map<string, Expression>();
  for (const [k, v] of entries) {
    if (k.toLowerCase() === 'class') fullClass = scalarText(v);
    else options.set(k, v);
  }
  const className = fullClass?.split('.').pop();
  return { ...(fullClass === undefined ? {} : { fullClass, className }), options };
}
