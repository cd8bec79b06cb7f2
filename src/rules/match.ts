import { STATEMENT_KINDS, type AstNode, type NodeKind } from '../cql/ast/nodes.js';
import type { CheckContext, Visitor } from './context.js';
import { nodeAt, valuesAt } from './paths.js';
import type { MatchSpec, Predicate } from './schema.js';
import { isNode } from '../cql/ast/walk.js';
import { renderValue } from './render.js';

const STATEMENTS = new Set<string>(STATEMENT_KINDS);

function isStatementKind(kind: string): boolean {
  return STATEMENTS.has(kind);
}

/** Turns a declarative `match` into a visitor that reports every node satisfying it. */
export function compileMatch(spec: MatchSpec, ctx: CheckContext): Visitor {
  const kinds = Array.isArray(spec.node) ? spec.node : [spec.node];
  const where = spec.where ?? [];
  const handler = (node: AstNode, ancestors: readonly AstNode[]): void => {
    if (spec.within !== undefined) {
      const enclosing = enclosingStatement(node, ancestors);
      if (enclosing === undefined || !spec.within.includes(enclosing.kind)) return;
    }
    if (!where.every((p) => holds(node, p))) return;
    const data: Record<string, string> = {};
    for (const [key, path] of Object.entries(spec.data ?? {})) {
      const values = valuesAt(node, path);
      data[key] = values.length === 0 ? '' : renderValue(values.length === 1 ? values[0] : values, (n) => ctx.text(n));
    }
    const at = spec.at === undefined ? node : (nodeAt(node, spec.at) as AstNode | undefined) ?? node;
    ctx.report({ at, data });
  };
  const visitor: Record<string, typeof handler> = {};
  for (const kind of kinds) visitor[kind as NodeKind] = handler;
  return visitor as Visitor;
}

/** The innermost statement among `node` and its ancestors. */
function enclosingStatement(node: AstNode, ancestors: readonly AstNode[]): AstNode | undefined {
  if (isStatementKind(node.kind)) return node;
  for (let i = ancestors.length - 1; i >= 0; i--) if (isStatementKind(ancestors[i]!.kind)) return ancestors[i];
  return undefined;
}

// Predicates come from rule data: each `matches` is compiled once.
const patterns = new WeakMap<Predicate, RegExp>();

function patternOf(p: Predicate & { matches: string }): RegExp {
  let re = patterns.get(p);
  if (re === undefined) {
    re = new RegExp(p.matches, p.ignoreCase === true ? 'i' : '');
    patterns.set(p, re);
  }
  return re;
}

/** Whether a predicate holds for a node (any value at the path satisfies it). */
export function holds(node: AstNode, p: Predicate): boolean {
  const values = valuesAt(node, p.path).map(scalar);
  if (p.present !== undefined) return (values.length > 0) === p.present;
  const norm = (v: unknown): unknown => (p.ignoreCase === true && typeof v === 'string' ? v.toLowerCase() : v);
  if (p.equals !== undefined) return values.some((v) => norm(v) === norm(p.equals));
  if (p.in !== undefined) return values.some((v) => p.in!.some((x) => norm(x) === norm(v)));
  if (p.notIn !== undefined) return values.length > 0 && values.some((v) => !p.notIn!.some((x) => norm(x) === norm(v)));
  if (p.matches !== undefined) {
    const re = patternOf(p as Predicate & { matches: string });
    return values.some((v) => typeof v === 'string' && re.test(v));
  }
  if (p.gt !== undefined) return values.some((v) => toNumber(v) !== undefined && toNumber(v)! > p.gt!);
  if (p.lt !== undefined) return values.some((v) => toNumber(v) !== undefined && toNumber(v)! < p.lt!);
  return false;
}

/** Nodes compare by their name (`Identifier`) or literal text; everything else as is. */
function scalar(v: unknown): unknown {
  if (isNode(v)) {
    if (v.kind === 'Identifier') return v.text;
    if (v.kind === 'Literal') return v.value ?? v.text;
  }
  return v;
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}
