/** Terms and types as CQL: literals exactly as written, operators spaced so the text lexes back the same. */
import type { CqlType, Expression, InList } from '../nodes.js';
import { list } from './clauses.js';
import { printFunctionName, printIdentifier, printTypeName, quoteString } from './names.js';

/** A CQL type: `map<text, frozen<list<int>>>`, `vector<float, 3>`, `ks.udt`, `'class.Name'`. */
export function printType(type: CqlType): string {
  switch (type.kind) {
    case 'NativeType':
      return type.name;
    case 'ListType':
      return `list<${printType(type.element)}>`;
    case 'SetType':
      return `set<${printType(type.element)}>`;
    case 'MapType':
      return `map<${printType(type.key)}, ${printType(type.value)}>`;
    case 'FrozenType':
      return `frozen<${printType(type.inner)}>`;
    case 'TupleType':
      return `tuple<${list(type.elements, printType)}>`;
    case 'VectorType':
      return `vector<${printType(type.element)}, ${type.dimension}>`;
    case 'UserType':
      return printTypeName(type.name);
    case 'CustomType':
      return quoteString(type.className);
  }
}

/** A term or selector expression. */
export function printExpression(expr: Expression): string {
  switch (expr.kind) {
    case 'Literal':
      return expr.text;
    case 'BindMarker':
      return expr.name === undefined ? '?' : `:${printIdentifier(expr.name)}`;
    case 'ColumnRef':
      return printIdentifier(expr.name);
    case 'ListLiteral':
      return `[${list(expr.elements, printExpression)}]`;
    case 'SetLiteral':
      return `{${list(expr.elements, printExpression)}}`;
    case 'MapLiteral':
      return `{${list(expr.entries, (e) => `${printExpression(e.key)}: ${printExpression(e.value)}`)}}`;
    case 'TupleLiteral':
      return `(${list(expr.elements, printExpression)})`;
    case 'UdtLiteral':
      return `{${list(expr.fields, (f) => `${printIdentifier(f.name)}: ${printExpression(f.value)}`)}}`;
    case 'FunctionCall':
      return `${printFunctionName(expr.name)}(${list(expr.args, printExpression)})`;
    case 'Wildcard':
      return '*';
    case 'WritetimeTtl':
      return `${expr.function.toUpperCase()}(${printExpression(expr.argument)})`;
    case 'Cast':
      return `CAST(${printExpression(expr.value)} AS ${printType(expr.type)})`;
    case 'TypeHint':
      return `(${printType(expr.type)}) ${printExpression(expr.value)}`;
    case 'Arithmetic':
      return `${printExpression(expr.left)} ${expr.operator} ${printExpression(expr.right)}`;
    case 'Negation':
      // Always spaced: `-1`, `-NaN`, `-Infinity`, `-P1D` would lex as negative literals, `--` as a comment.
      return `- ${printExpression(expr.operand)}`;
    case 'FieldAccess': {
      const target = printExpression(expr.target);
      // After a number, `.f` would be read as its decimal point (`42.f`, `(int) 3..f`).
      const last = rightmostLeaf(expr.target);
      const spaced = last.kind === 'Literal' && (last.type === 'integer' || last.type === 'float');
      return `${target}${spaced ? ' ' : ''}.${printIdentifier(expr.field)}`;
    }
    case 'ElementAccess':
      return `${printExpression(expr.target)}[${printExpression(expr.index)}]`;
    case 'SliceAccess': {
      const from = expr.from === undefined ? '' : printExpression(expr.from);
      const to = expr.to === undefined ? '' : printExpression(expr.to);
      // A float like `3.` right before `..` would lex as `3..` followed by a stray `.`.
      return `${printExpression(expr.target)}[${from}${from.endsWith('.') ? ' ' : ''}..${to}]`;
    }
  }
}

/** The expression whose text ends `expr`'s printed text (what a following token touches). */
function rightmostLeaf(expr: Expression): Expression {
  switch (expr.kind) {
    case 'TypeHint':
      return rightmostLeaf(expr.value);
    case 'Negation':
      return rightmostLeaf(expr.operand);
    case 'Arithmetic':
      return rightmostLeaf(expr.right);
    default:
      return expr;
  }
}

/** A value or an IN list `(a, b)`. */
export function printValueOrIn(value: Expression | InList): string {
  return value.kind === 'InList' ? `(${list(value.values, printExpression)})` : printExpression(value);
}
