/**
 * Traversal of the typed AST: `children(node)` lists a node's direct sub-nodes in source order,
 * and `walk(node, visitors)` visits every node depth-first, calling `visitors[kind]` on the way
 * down and `visitors[`${kind}:exit`]` on the way up.
 */
import type { AstNode, NodeKind, NodeOfKind } from './nodes.js';

/** Called when entering a node; returning `false` skips its children (its `:exit` still runs). */
export type EnterVisitor<N> = (node: N, parent: AstNode | undefined) => void | false;
/** Called when leaving a node, after all its children. */
export type ExitVisitor<N> = (node: N, parent: AstNode | undefined) => void;

/** Visitor functions keyed by node kind (`Select`) and exit key (`Select:exit`). */
export type Visitors = {
  [K in NodeKind]?: EnterVisitor<NodeOfKind<K>>;
} & {
  [K in NodeKind as `${K}:exit`]?: ExitVisitor<NodeOfKind<K>>;
};

/** True for an AST node (a plain object with a string `kind` and a `range`). */
export function isNode(value: unknown): value is AstNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { kind?: unknown }).kind === 'string' &&
    typeof (value as { range?: unknown }).range === 'object'
  );
}

/**
 * The direct sub-nodes of `node`, in the order the builder records them (source order). Values
 * of record-typed fields (`PropertyMap.properties`) count as children too.
 */
export function children(node: AstNode): AstNode[] {
  const out: AstNode[] = [];
  const record = node as unknown as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === 'range' || key === 'kind') continue;
    collect(record[key], out);
  }
  return out;
}

function collect(value: unknown, out: AstNode[]): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out);
    return;
  }
  if (isNode(value)) {
    out.push(value);
    return;
  }
  for (const item of Object.values(value)) collect(item, out);
}

/** `${kind}:exit`, made once per kind. */
const exitKeys = new Map<string, string>();

/** Visit `root` and all its descendants depth-first, pre-order with exit callbacks. */
export function walk(root: AstNode, visitors: Visitors): void {
  const table = visitors as Record<string, ((node: AstNode, parent: AstNode | undefined) => unknown) | undefined>;
  const visit = (node: AstNode, parent: AstNode | undefined): void => {
    const enter = table[node.kind];
    const descend = enter === undefined ? true : enter(node, parent) !== false;
    if (descend) {
      for (const child of children(node)) visit(child, node);
    }
    let exitKey = exitKeys.get(node.kind);
    if (exitKey === undefined) exitKeys.set(node.kind, (exitKey = `${node.kind}:exit`));
    table[exitKey]?.(node, parent);
  };
  visit(root, undefined);
}
