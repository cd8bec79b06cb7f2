/** WHERE clauses as CQL. */
import type { WhereRelation } from '../nodes.js';
import { printQualifiedName } from './names.js';
import { printExpression, printValueOrIn } from './terms.js';

export function printRelation(rel: WhereRelation): string {
  if (rel.kind === 'IndexExpression') {
    return `expr(${printQualifiedName(rel.index)}, ${printExpression(rel.value)})`;
  }
  const left = printExpression(rel.left);
  if (rel.right === undefined) return `${left} ${rel.operator}`;
  return `${left} ${rel.operator} ${printValueOrIn(rel.right)}`;
}

/** ` WHERE a AND b`, or nothing when there are no relations. */
export const where = (relations: readonly WhereRelation[]): string =>
  relations.length === 0 ? '' : ` WHERE ${relations.map(printRelation).join(' AND ')}`;
