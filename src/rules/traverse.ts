import type { AstNode } from '../cql/ast/nodes.js';
import { children } from '../cql/ast/walk.js';

export { isNode, children as childNodes } from '../cql/ast/walk.js';

/** Depth-first pre-order walk; `ancestors` holds the path from the root to the parent of `node`. */
export function traverse(root: AstNode, enter: (node: AstNode, ancestors: readonly AstNode[]) => void): void {
  const ancestors: AstNode[] = [];
  const visit = (node: AstNode): void => {
    enter(node, ancestors);
    ancestors.push(node);
    for (const child of children(node)) visit(child);
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
