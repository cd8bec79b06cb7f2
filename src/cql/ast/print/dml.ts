/** INSERT, UPDATE, DELETE and BATCH as CQL, with SET assignments, IF conditions and USING clauses. */
import type { Assignment, BatchChild, Condition, UsingClause } from '../nodes.js';
import { ifNotExists, list, type StatementPrinters } from './clauses.js';
import { printIdentifier, printQualifiedName } from './names.js';
import { printExpression, printValueOrIn } from './terms.js';
import { where } from './where.js';

export function printCondition(cond: Condition): string {
  return `${printExpression(cond.left)} ${cond.operator} ${printValueOrIn(cond.right)}`;
}

export function printAssignment(a: Assignment): string {
  const target = printExpression(a.target);
  const value = printExpression(a.value);
  switch (a.operation) {
    case 'set':
      return `${target} = ${value}`;
    case 'add':
      return a.compound ? `${target} += ${value}` : `${target} = ${target} + ${value}`;
    case 'subtract':
      return a.compound ? `${target} -= ${value}` : `${target} = ${target} - ${value}`;
    case 'prepend':
      return `${target} = ${value} + ${target}`;
  }
}

/** ` USING TTL … AND TIMESTAMP …`, or nothing. */
export function printUsing(using: UsingClause | undefined): string {
  if (using === undefined) return '';
  const parts: string[] = [];
  if (using.ttl !== undefined) parts.push(`TTL ${printExpression(using.ttl)}`);
  if (using.timestamp !== undefined) parts.push(`TIMESTAMP ${printExpression(using.timestamp)}`);
  return parts.length === 0 ? '' : ` USING ${parts.join(' AND ')}`;
}

function printIf(ifExists: boolean, conditions: readonly Condition[]): string {
  if (ifExists) return ' IF EXISTS';
  return conditions.length === 0 ? '' : ` IF ${conditions.map(printCondition).join(' AND ')}`;
}

function printBatchChild(stmt: BatchChild): string {
  return (DML_PRINTERS[stmt.kind] as (s: BatchChild) => string)(stmt);
}

export const DML_PRINTERS: StatementPrinters<'Insert' | 'Update' | 'Delete' | 'Batch'> = {
  Insert: (stmt) => {
    let out = `INSERT INTO ${printQualifiedName(stmt.table)}`;
    if (stmt.json !== undefined) {
      out += ` JSON ${printExpression(stmt.json.value)}`;
      if (stmt.json.defaultBehavior !== undefined) out += ` DEFAULT ${stmt.json.defaultBehavior.toUpperCase()}`;
    } else {
      out += ` (${list(stmt.columns, printIdentifier)}) VALUES (${list(stmt.values, printExpression)})`;
    }
    return out + ifNotExists(stmt.ifNotExists) + printUsing(stmt.using);
  },
  Update: (stmt) =>
    `UPDATE ${printQualifiedName(stmt.table)}${printUsing(stmt.using)} SET ${list(stmt.assignments, printAssignment)}` +
    where(stmt.where) +
    printIf(stmt.ifExists, stmt.conditions),
  Delete: (stmt) => {
    const selections = stmt.selections.length === 0 ? '' : ` ${list(stmt.selections, printExpression)}`;
    return (
      `DELETE${selections} FROM ${printQualifiedName(stmt.table)}${printUsing(stmt.using)}` +
      where(stmt.where) +
      printIf(stmt.ifExists, stmt.conditions)
    );
  },
  Batch: (stmt) => {
    const type = stmt.batchType === 'logged' ? '' : ` ${stmt.batchType.toUpperCase()}`;
    const body = stmt.statements.map((s) => `    ${printBatchChild(s)};\n`).join('');
    return `BEGIN${type} BATCH${printUsing(stmt.using)}\n${body}APPLY BATCH`;
  },
};
