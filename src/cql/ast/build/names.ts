/** Names from the parse tree: identifiers (quoted, unquoted, string-literal role names), `ks.name`, column references. */
import type { ParserRuleContext, Token } from 'antlr4ng';
import * as P from '../../generated/CqlParser.js';
import { stringContent } from '../literal-text.js';
import type { ColumnRef, Identifier, QualifiedName } from '../nodes.js';
import { req, type BuildContext } from './context.js';

export function identFromToken(b: BuildContext, token: Token): Identifier {
  const text = token.text ?? '';
  const range = b.tokenRange(token);
  if (token.type === P.CqlParser.QUOTED_NAME) {
    return { kind: 'Identifier', range, text: text.slice(1, -1).replaceAll('""', '"'), quoted: true };
  }
  if (token.type === P.CqlParser.EMPTY_QUOTED_NAME) return { kind: 'Identifier', range, text: '', quoted: true };
  if (token.type === P.CqlParser.STRING_LITERAL) return { kind: 'Identifier', range, text: stringContent(text), quoted: true };
  return { kind: 'Identifier', range, text: text.toLowerCase(), quoted: false };
}

/** Any single-token name context (ident, cident, plainIdent, roleName, userName, …). */
export function ident(b: BuildContext, ctx: ParserRuleContext): Identifier {
  return identFromToken(b, req(ctx.start, 'name token', ctx));
}

/** A `[keyspace.]name` context (its `_keyspace` and `_name` labels). */
export function qualified(
  b: BuildContext,
  ctx: { _keyspace?: P.IdentContext; _name?: ParserRuleContext } & ParserRuleContext,
): QualifiedName {
  const name = ident(b, req(ctx._name, 'name', ctx));
  const range = b.range(ctx);
  return ctx._keyspace === undefined
    ? { kind: 'QualifiedName', range, name }
    : { kind: 'QualifiedName', range, keyspace: ident(b, ctx._keyspace), name };
}

/** A one-token name as a `QualifiedName` without keyspace. */
export function bareName(b: BuildContext, ctx: ParserRuleContext): QualifiedName {
  return { kind: 'QualifiedName', range: b.range(ctx), name: ident(b, ctx) };
}

export function columnRef(b: BuildContext, ctx: ParserRuleContext): ColumnRef {
  const name = ident(b, ctx);
  return { kind: 'ColumnRef', range: name.range, name };
}

export function functionName(b: BuildContext, ctx: P.FunctionNameContext): QualifiedName {
  return qualified(b, ctx);
}
