/**
 * Reading `WITH` options from the AST: property lookup and map-literal decoding, so rules can ask
 * "what is the replication class?" without walking map entries by hand.
 */
import type { Expression, MapLiteral, Property, PropertyMap } from './nodes.js';

/** The property `name` (case-insensitive unless quoted in the source), or undefined. */
export function getProperty(map: PropertyMap | undefined, name: string): Property | undefined {
  if (map === undefined) return undefined;
  return map.properties[name] ?? map.properties[name.toLowerCase()];
}

/**
 * The scalar text of a constant: a string's content, or any other literal's text as written
 * (`true`, `0.1`, `3`). Undefined for non-literals.
 */
export function literalText(value: Expression | Property['value'] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.kind === 'Identifier') return value.text;
  if (value.kind !== 'Literal') return undefined;
  return value.value ?? value.text;
}

/** The entry of a map literal whose key is the string/constant `key`, or undefined. */
export function mapEntry(map: MapLiteral, key: string): Expression | undefined {
  return map.entries.find((e) => literalText(e.key) === key)?.value;
}

/**
 * A map literal as a plain object of scalar texts, nested maps decoded recursively
 * (`{'class': 'NetworkTopologyStrategy', 'dc1': '3'}` → `{ class: 'NetworkTopologyStrategy', dc1: '3' }`).
 * Entries whose key or value is not a constant or map (bind markers, functions) are left out.
 */
export interface DecodedMap {
  [key: string]: string | DecodedMap;
}
export function decodeMap(map: MapLiteral): DecodedMap {
  const out: DecodedMap = {};
  for (const entry of map.entries) {
    const key = literalText(entry.key);
    if (key === undefined) continue;
    if (entry.value.kind === 'MapLiteral') out[key] = decodeMap(entry.value);
    else {
      const value = literalText(entry.value);
      if (value !== undefined) out[key] = value;
    }
  }
  return out;
}
