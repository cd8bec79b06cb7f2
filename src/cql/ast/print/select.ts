/** SELECT as CQL; selectors are shared with materialized views. */
import type { Ordering, Selector } from '../nodes.js';
import { list, type StatementPrinters } from './clauses.js';
import { printIdentifier, printQualifiedName } from './names.js';
import { printExpression } from './terms.js';
import { where } from './where.js';

export function printSelector(s: Selector): string {
  const expr = printExpression(s.expression);
  return s.alias === undefined ? expr : `${expr} AS ${printIdentifier(s.alias)}`;
}

export function printOrdering(o: Ordering): string {
  let out = printIdentifier(o.column);
  if (o.annOf !== undefined) out += ` ANN OF ${printExpression(o.annOf)}`;
  if (o.direction !== undefined) out += ` ${o.direction}`;
  return out;
}

export const SELECT_PRINTERS: StatementPrinters<'Select'> = {
  Select: (stmt) => {
    let out = 'SELECT';
    if (stmt.json) out += ' JSON';
    if (stmt.distinct) out += ' DISTINCT';
    out += stmt.wildcard ? ' *' : ` ${list(stmt.selectors, printSelector)}`;
    out += ` FROM ${printQualifiedName(stmt.table)}${where(stmt.where)}`;
    if (stmt.groupBy.length > 0) out += ` GROUP BY ${list(stmt.groupBy, printExpression)}`;
    if (stmt.orderBy.length > 0) out += ` ORDER BY ${list(stmt.orderBy, printOrdering)}`;
    if (stmt.perPartitionLimit !== undefined) out += ` PER PARTITION LIMIT ${printExpression(stmt.perPartitionLimit)}`;
    if (stmt.limit !== undefined) out += ` LIMIT ${printExpression(stmt.limit)}`;
    if (stmt.allowFiltering) out += ' ALLOW FILTERING';
    return out;
  },
};
