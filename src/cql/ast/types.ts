import type { CqlType } from './nodes.js';
import { maxOf } from '../../shared/arrays.js';

/**
 * How many collections (list, set, map) a type nests on its deepest path; frozen wrappers and
 * tuples add no level. Keyspaces limits this depth (rule KS2004, the emulator, the converter).
 */
export function collectionDepth(type: CqlType): number {
  switch (type.kind) {
    case 'ListType':
    case 'SetType':
      return 1 + collectionDepth(type.element);
    case 'MapType':
      return 1 + Math.max(collectionDepth(type.key), collectionDepth(type.value));
    case 'FrozenType':
      return collectionDepth(type.inner);
    case 'TupleType':
      return maxOf(type.elements.map(collectionDepth), 0);
    default:
      return 0;
  }
}
