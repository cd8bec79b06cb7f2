import type { Finding } from '../rules/finding.js';
import { EXAMPLE_NOW } from '../rules/examples.js';
import type { LoadedRule } from '../rules/load.js';
import type { RuleExample } from '../rules/schema.js';
import { auditSources, type AuditLogShape, type AuditSource } from './audit.js';

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
