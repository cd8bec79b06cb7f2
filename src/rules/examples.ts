import { auditSources, type AuditLogShape, type AuditSource } from '../audit/audit.js';
import type { Finding } from '../audit/types.js';
import type { LoadedRule } from './load.js';
import type { RuleExample } from './schema.js';

/** The fixed audit time examples run at, so time-dependent rules are reproducible. */
export const EXAMPLE_NOW = new Date('2026-11-24T00:00:00.000Z');

/** Audits one rule example exactly as `ksmig audit` would (all rules active, the example's options for its rule). */
export function runExample(rule: LoadedRule, example: RuleExample, rules: readonly LoadedRule[]): Finding[] {
  const sources: AuditSource[] = [];
  const logShapes: AuditLogShape[] = [];
  let options: Record<string, unknown> | undefined;
  if (typeof example === 'string') {
    sources.push({ file: 'example.cql', text: example });
  } else {
    if (example.schema !== undefined) sources.push({ file: 'schema.cql', text: example.schema });
    options = example.options;
    if (example.source === 'log') {
      logShapes.push({
        file: 'query.log',
        shape: example.query,
        count: 1,
        firstLine: 1,
        consistencies: example.consistency === undefined ? {} : { [example.consistency]: 1 },
      });
    } else {
      sources.push({ file: 'query.cql', text: example.query, kind: example.source === 'prepared' ? 'prepared' : 'script' });
    }
  }
  return auditSources(sources, {
    rules,
    now: EXAMPLE_NOW,
    logShapes,
    suppressions: false,
    ...(options === undefined ? {} : { selection: { options: { [rule.id]: options } } }),
  }).findings;
}

/** The text of an example, for display (`ksmig rules <id>`). */
export function exampleText(example: RuleExample): string {
  if (typeof example === 'string') return example.trimEnd();
  const parts: string[] = [];
  if (example.schema !== undefined) parts.push(`-- schema\n${example.schema.trimEnd()}`);
  const label = example.source === 'log' ? `-- query log${example.consistency ? ` (consistency ${example.consistency})` : ''}` : example.source === 'prepared' ? '-- prepared on the origin' : example.schema !== undefined ? '-- query' : undefined;
  parts.push(label === undefined ? example.query.trimEnd() : `${label}\n${example.query.trimEnd()}`);
  if (example.options !== undefined) parts.push(`-- with options ${JSON.stringify(example.options)}`);
  return parts.join('\n');
}
