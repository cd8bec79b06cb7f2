import { isNode } from '../cql/ast/walk.js';

/**
 * Property paths used by declarative matches (`where`, `data`, `at`): dot-separated keys walked
 * from the matched node. An array met on the way fans out (a predicate holds if it holds for any
 * element), except for the key `length`, which yields the array's length. `$node` is the node itself.
 */
export function valuesAt(root: unknown, path: string): unknown[] {
  if (path === '$node') return [root];
  let current: unknown[] = [root];
  for (const key of keysOf(path)) {
    const next: unknown[] = [];
    for (const value of current) {
      if (Array.isArray(value)) {
        if (key === 'length') next.push(value.length);
        else for (const element of value) pushKey(element, key, next);
      } else {
        pushKey(value, key, next);
      }
    }
    current = next;
  }
  return current.some(Array.isArray) ? current.flatMap((v) => (Array.isArray(v) ? v : [v])) : current;
}

// Paths come from rule data, a fixed set: each is split once (every node a rule visits walks one).
const pathKeys = new Map<string, readonly string[]>();

function keysOf(path: string): readonly string[] {
  let keys = pathKeys.get(path);
  if (keys === undefined) {
    keys = path.split('.');
    pathKeys.set(path, keys);
  }
  return keys;
}

function pushKey(value: unknown, key: string, out: unknown[]): void {
  if (typeof value !== 'object' || value === null) return;
  if (!(key in value)) return;
  const v = (value as Record<string, unknown>)[key];
  if (v !== undefined) out.push(v);
}

/** The first value at `path`, when there is one. */
export function valueAt(root: unknown, path: string): unknown {
  return valuesAt(root, path)[0];
}

/** The first node at `path`, when there is one. */
export function nodeAt(root: unknown, path: string): ReturnType<typeof valueAt> | undefined {
  return valuesAt(root, path).find(isNode);
}
