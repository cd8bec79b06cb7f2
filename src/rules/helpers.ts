import type {
  AstNode, Batch, CqlType, Delete, Expression, Insert, Relation, Statement, Update, WhereRelation,
} from '../cql/ast/nodes.js';
import type { TableInfo } from '../catalog/catalog.js';
import type { FixEdit } from './context.js';

/** Shared AST helpers for checks (no prose here either). */

/** The relations (not custom index expressions) of a WHERE clause. */
export function relations(where: readonly WhereRelation[]): Relation[] {
  return where.filter((r): r is Relation => r.kind === 'Relation');
}

/** The column a relation or assignment target names directly (`c`, not `token(c)` or `m['k']`). */
export function columnName(expr: Expression | undefined): string | undefined {
  return expr?.kind === 'ColumnRef' ? expr.name.text : undefined;
}

/** The enclosing batch of a batch child, if any. */
export function enclosingBatch(ancestors: readonly AstNode[]): Batch | undefined {
  return ancestors.find((a): a is Batch => a.kind === 'Batch');
}

/** The LWT clause of a write as CQL (`IF NOT EXISTS`, `IF EXISTS`, `IF a = 1 AND …`), or undefined. */
export function conditionText(node: Insert | Update | Delete, text: (n: AstNode) => string): string | undefined {
  if (node.kind === 'Insert') return node.ifNotExists ? 'IF NOT EXISTS' : undefined;
  if (node.ifExists) return 'IF EXISTS';
  if (node.conditions.length > 0) return `IF ${node.conditions.map((c) => text(c)).join(' AND ')}`;
  return undefined;
}

/** Statement kinds that change schema (for prepared-DDL and DDL-then-DML checks). */
export const DDL_KINDS = [
  'CreateKeyspace', 'AlterKeyspace', 'DropKeyspace', 'CreateTable', 'AlterTable', 'DropTable', 'CreateType', 'AlterType',
  'DropType', 'CreateIndex', 'DropIndex', 'CreateMaterializedView', 'AlterMaterializedView', 'DropMaterializedView',
  'CreateFunction', 'DropFunction', 'CreateAggregate', 'DropAggregate', 'CreateTrigger', 'DropTrigger', 'Truncate',
] as const;

/** Statement kinds that read or write rows. */
export const DML_KINDS = ['Insert', 'Update', 'Delete', 'Select'] as const;

export function isStatementOf<K extends Statement['kind']>(s: Statement, kinds: readonly K[]): s is Extract<Statement, { kind: K }> {
  return (kinds as readonly string[]).includes(s.kind);
}

/** True for a non-frozen list, set or map (a multi-cell column). */
export function isMultiCellCollection(type: CqlType): boolean {
  return type.kind === 'ListType' || type.kind === 'SetType' || type.kind === 'MapType';
}

/**
 * Bytes of data a literal holds when stored, when that can be known from the text: strings as
 * UTF-8, blobs from their hex digits, uuids as 16 bytes. Undefined for anything else.
 */
export function literalBytes(expr: Expression): number | undefined {
  if (expr.kind !== 'Literal') return undefined;
  switch (expr.type) {
    case 'string':
    case 'dollarString':
      return Buffer.byteLength(expr.value ?? '', 'utf8');
    case 'hex':
      return Math.max(0, (expr.text.length - 2) / 2);
    case 'uuid':
      return 16;
    default:
      return undefined;
  }
}

/** Column → value pairs a write sets or restricts with `=` (INSERT columns, UPDATE/DELETE WHERE). */
export function keyValues(node: Insert | Update | Delete): Map<string, Expression> {
  const out = new Map<string, Expression>();
  if (node.kind === 'Insert') {
    node.columns.forEach((c, i) => {
      const v = node.values[i];
      if (v !== undefined) out.set(c.text, v);
    });
    return out;
  }
  for (const r of relations(node.where)) {
    const col = columnName(r.left);
    if (col !== undefined && r.operator === '=' && r.right !== undefined && r.right.kind !== 'InList') out.set(col, r.right);
  }
  return out;
}

/**
 * An edit that turns a table feature on in its CREATE TABLE (`CUSTOM_PROPERTIES = {'<feature>':
 * {'status': 'enabled'}}`), or undefined when the table already has a custom_properties map (merging
 * maps is left to the user) or its definition is unknown.
 */
export function enableFeatureEdit(table: TableInfo | undefined, feature: 'ttl' | 'client_side_timestamps'): FixEdit | undefined {
  const def = table?.definition;
  if (def === undefined) return undefined;
  const stmt = def.statement;
  if (stmt.properties.properties['custom_properties'] !== undefined) return undefined;
  const hasWith = Object.keys(stmt.properties.properties).length > 0 || stmt.clusteringOrder.length > 0 || stmt.compactStorage;
  const end = stmt.range.end;
  return {
    file: def.file,
    range: { start: end, end },
    text: `${hasWith ? ' AND' : ' WITH'} CUSTOM_PROPERTIES = {'${feature}': {'status': 'enabled'}}`,
  };
}
