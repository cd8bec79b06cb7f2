/** Any node as CQL (statements, clauses, expressions, types, names), for messages and fixes. */
import type { AstNode } from '../nodes.js';
import { printAssignment, printCondition, printUsing } from './dml.js';
import { printAlterTypeAction } from './ddl.js';
import { printIdentifier, printQualifiedName } from './names.js';
import { printProperties, printPropertyValue, printTags } from './properties.js';
import { printResource, printRoleOption } from './security.js';
import { printOrdering, printSelector } from './select.js';
import { printStatement } from './statement.js';
import { printAlterTableAction, printColumnDefinition, printMask, printPrimaryKey } from './tables.js';
import { printExpression, printType, printValueOrIn } from './terms.js';
import { printRelation } from './where.js';

/** Any node as CQL: a statement, an expression, a type or a name (used in messages and fixes). */
export function printNode(node: AstNode): string {
  switch (node.kind) {
    case 'Identifier':
      return printIdentifier(node);
    case 'QualifiedName':
      return printQualifiedName(node);
    case 'NativeType':
    case 'ListType':
    case 'SetType':
    case 'MapType':
    case 'FrozenType':
    case 'TupleType':
    case 'VectorType':
    case 'UserType':
    case 'CustomType':
      return printType(node);
    case 'Literal':
    case 'BindMarker':
    case 'ColumnRef':
    case 'ListLiteral':
    case 'SetLiteral':
    case 'MapLiteral':
    case 'TupleLiteral':
    case 'UdtLiteral':
    case 'FunctionCall':
    case 'Wildcard':
    case 'WritetimeTtl':
    case 'Cast':
    case 'TypeHint':
    case 'Arithmetic':
    case 'Negation':
    case 'FieldAccess':
    case 'ElementAccess':
    case 'SliceAccess':
      return printExpression(node);
    case 'InList':
      return printValueOrIn(node);
    case 'MapEntry':
      return `${printExpression(node.key)}: ${printExpression(node.value)}`;
    case 'UdtField':
      return `${printIdentifier(node.name)}: ${printExpression(node.value)}`;
    case 'Using':
      return printUsing(node).trimStart();
    case 'Relation':
    case 'IndexExpression':
      return printRelation(node);
    case 'Condition':
      return printCondition(node);
    case 'Assignment':
      return printAssignment(node);
    case 'Selector':
      return printSelector(node);
    case 'Ordering':
      return printOrdering(node);
    case 'Property':
      return `${printIdentifier(node.name)} = ${printPropertyValue(node.value)}`;
    case 'PropertyMap':
      return printProperties(node).join(' AND ');
    case 'ColumnMask':
      return printMask(node);
    case 'ColumnDefinition':
      return printColumnDefinition(node);
    case 'PrimaryKey':
      return printPrimaryKey(node);
    case 'ClusteringOrder':
      return `${printIdentifier(node.column)} ${node.direction}`;
    case 'FieldDefinition':
    case 'FunctionParameter':
      return `${printIdentifier(node.name)} ${printType(node.type)}`;
    case 'Rename':
      return `${printIdentifier(node.from)} TO ${printIdentifier(node.to)}`;
    case 'TagsChange':
      return printTags(node);
    case 'AlterTableAdd':
    case 'AlterTableDrop':
    case 'AlterTableRename':
    case 'AlterTableWith':
    case 'AlterTableAlterType':
    case 'AlterTableMask':
    case 'AlterTableDropMask':
    case 'AlterTableDropCompactStorage':
    case 'AlterTableTags':
      return printAlterTableAction(node);
    case 'AlterTypeAdd':
    case 'AlterTypeRename':
    case 'AlterTypeAlterField':
      return printAlterTypeAction(node);
    case 'IndexTarget':
      return node.type === 'simple' ? printIdentifier(node.column) : `${node.type.toUpperCase()}(${printIdentifier(node.column)})`;
    case 'RoleOption':
      return printRoleOption(node);
    case 'Resource':
      return printResource(node);
    case 'InsertJson':
      return node.defaultBehavior === undefined
        ? `JSON ${printExpression(node.value)}`
        : `JSON ${printExpression(node.value)} DEFAULT ${node.defaultBehavior.toUpperCase()}`;
    default:
      return printStatement(node);
  }
}
