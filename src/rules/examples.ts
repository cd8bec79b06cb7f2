import type { RuleExample } from './schema.js';

/** The fixed audit time examples run at, so time-dependent rules are reproducible. */
export const EXAMPLE_NOW = new Date('2026-11-24T00:00:00.000Z');

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
