import type { Identifier, Literal, MapLiteral, QualifiedName } from '../cql/ast/nodes.js';
import { identifier } from '../cql/ast/make.js';
import { printExpression } from '../cql/ast/print.js';

/** A property value as CQL text (`{'class': 'SingleRegionStrategy'}`, `false`, `'99p'`). */
export function printValue(value: Literal | MapLiteral | Identifier): string {
  return value.kind === 'Identifier' ? value.text : printExpression(value);
}

/** `name` in `keyspace`, unless it names its keyspace already (then as written). */
export function qualify(name: QualifiedName, keyspace: string): QualifiedName {
  return name.keyspace ? name : { ...name, keyspace: identifier(keyspace) };
}
