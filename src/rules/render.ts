import type { AstNode } from '../cql/ast/nodes.js';
import { isNode } from './traverse.js';

/**
 * Renders a template value taken from the AST: names as CQL writes them (`ks.table`, quoted when
 * needed), literals as written, other nodes as their source text.
 */
export function renderValue(value: unknown, source: (node: AstNode) => string): string {
  if (isNode(value)) {
    switch (value.kind) {
      case 'Identifier':
        return identifier(value.text, value.quoted);
      case 'QualifiedName':
        return value.keyspace === undefined
          ? identifier(value.name.text, value.name.quoted)
          : `${identifier(value.keyspace.text, value.keyspace.quoted)}.${identifier(value.name.text, value.name.quoted)}`;
      case 'Literal':
        return value.type === 'string' ? (value.value ?? value.text) : value.text;
      default:
        return source(value).replace(/\s+/g, ' ').trim();
    }
  }
  if (Array.isArray(value)) return value.map((v) => renderValue(v, source)).join(', ');
  return String(value);
}

function identifier(text: string, quoted: boolean): string {
  return quoted || !/^[a-z][a-z0-9_]*$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
