import type { AstNode } from '../cql/ast/nodes.js';

/** True for AST nodes (objects with a string `kind` and a `range`). */
export function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string' && 'range' in value;
}

/**
 * The child nodes of `node` in source order of its fields: direct node fields, arrays of nodes, and
 * records of nodes (such as `PropertyMap.properties`). Generic over node shapes, so new node kinds
 * are traversed without changes here.
 */
export function childNodes(node: AstNode): AstNode[] {
  const out: AstNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'range' || key === 'kind') continue;
    collect(value, out);
  }
  return out;
}

function collect(value: unknown, out: AstNode[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out);
  } else if (isNode(value)) {
    out.push(value);
  } else if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) if (isNode(v)) out.push(v);
  }
}

/** Depth-first pre-order walk; `ancestors` holds the path from the root to the parent of `node`. */
export function traverse(root: AstNode, enter: (node: AstNode, ancestors: readonly AstNode[]) => void): void {
  const ancestors: AstNode[] = [];
  const visit = (node: AstNode): void => {
    enter(node, ancestors);
    ancestors.push(node);
    for (const child of childNodes(node)) visit(child);
    ancestors.pop();
  };
  visit(root);
}

/** Every node under `root` (root included) of one of the given kinds. */
export function findAll<T extends AstNode>(root: AstNode, kinds: readonly string[]): T[] {
  const out: T[] = [];
  traverse(root, (n) => {
    if (kinds.includes(n.kind)) out.push(n as T);
  });
  return out;
}
