import type { AstNode } from '../cql/ast/nodes.js';
import type { SourceRange } from '../cql/source.js';
import { excerpt, type Finding } from './finding.js';
import type { LoadedRule } from './load.js';
import { renderTemplate } from './schema.js';
import { isNode } from '../cql/ast/walk.js';

/**
 * A finding of `rule` at `range` (lines shifted by `lineOffset`), its message and help rendered
 * from `data`; the one place a rule's metadata becomes a Finding.
 */
export function ruleFinding(
  rule: LoadedRule,
  data: Readonly<Record<string, string | number>>,
  at: { file: string; range: SourceRange; lineOffset?: number; statement: string },
): Finding {
  const offset = at.lineOffset ?? 0;
  return {
    ruleId: rule.id,
    rule: rule.name,
    severity: rule.severity,
    topics: [...rule.topics],
    message: renderTemplate(rule.message, data),
    help: renderTemplate(rule.help, data),
    file: at.file,
    line: at.range.start.line + offset,
    column: at.range.start.column,
    endLine: at.range.end.line + offset,
    endColumn: at.range.end.column,
    statement: excerpt(at.statement),
  };
}

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
