/**
 * Moves statements from one keyspace to another (`ksmig copy --target-keyspace`): every qualified
 * name, `CREATE KEYSPACE` and `USE` that names the old keyspace names the new one. Pure: returns
 * new statements, the input is untouched.
 */
import type { Identifier, Statement } from '../cql/ast/nodes.js';

/** `statements` with keyspace `from` renamed to `to`. */
export function renameKeyspace(statements: readonly Statement[], from: string, to: string): Statement[] {
  const rename = (id: Identifier): Identifier => (id.text === from ? { ...id, text: to, quoted: true } : id);
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    const node = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) out[key] = visit(child);
    if (node['kind'] === 'QualifiedName' && node['keyspace'] !== undefined) out['keyspace'] = rename(node['keyspace'] as Identifier);
    if ((node['kind'] === 'CreateKeyspace' || node['kind'] === 'AlterKeyspace' || node['kind'] === 'DropKeyspace') && node['name'] !== undefined) out['name'] = rename(node['name'] as Identifier);
    if (node['kind'] === 'Use') out['keyspace'] = rename(node['keyspace'] as Identifier);
    return out;
  };
  return statements.map((s) => visit(s) as Statement);
}
