import { describe, expect, it } from 'vitest';
import { printStatement } from '../../../src/cql/ast/print.js';
import { parseScript } from '../../../src/cql/parse.js';
import { KeyspacesBehaviour } from '../../../src/emulator/keyspaces/behaviour.js';
import type { Decision } from '../../../src/emulator/keyspaces/behaviour.js';
import { Consistency } from '../../../src/emulator/keyspaces/errors.js';
import { EXAMPLE_NOW } from '../../../src/rules/examples.js';
import { loadRules } from '../../../src/rules/load.js';
import type { RuleExample } from '../../../src/rules/schema.js';

/**
 * The rule set and the emulator must agree: every error rule's invalid example is refused by the
 * emulator, and its valid examples are not. Rules listed here are the documented exceptions.
 */
const notEnforced: Record<string, string> = {
  'cqlsh-consistency-unsupported': 'cqlsh CONSISTENCY commands are handled by cqlsh and never reach the server',
};

const consistencyCodes: Record<string, number> = Consistency;

/** Runs an example through a fresh emulator: schema first (committed as if the backend accepted it), then the query. */
function refusedBy(example: RuleExample): string | undefined {
  const behaviour = new KeyspacesBehaviour({ now: () => EXAMPLE_NOW.getTime() });
  const parts = typeof example === 'string' ? [{ text: example, role: 'query' }] : [
    ...(example.schema === undefined ? [] : [{ text: example.schema, role: 'schema' }]),
    { text: example.query, role: 'query' },
  ];
  const consistency = typeof example === 'string' || example.consistency === undefined ? Consistency.LOCAL_QUORUM : consistencyCodes[example.consistency];
  const prepare = typeof example !== 'string' && example.source === 'prepared';
  let keyspace: string | undefined;
  for (const part of parts) {
    const parsed = parseScript(part.text);
    if (parsed.errors.length > 0) throw new Error(`example does not parse: ${part.text}`);
    for (const stmt of parsed.statements) {
      if (stmt.kind === 'Use') {
        keyspace = stmt.keyspace.text;
        continue;
      }
      const decision: Decision = behaviour.decide({
        cql: printStatement(stmt),
        keyspace,
        consistency,
        prepare: prepare && part.role === 'query',
      });
      if (decision.action === 'reject') return `${part.role}: ${decision.error.message}`;
      if (decision.action === 'forward' || decision.action === 'schema-change') decision.commit?.();
    }
  }
  return undefined;
}

// Examples with `options` exercise a rule's tunable limits, which the emulator keeps at Keyspaces' values.
const plain = (examples: readonly RuleExample[] | undefined) =>
  (examples ?? []).filter((e) => typeof e === 'string' || e.options === undefined);

const errorRules = loadRules().filter((rule) => rule.severity === 'error');
const checked = errorRules.filter((rule) => notEnforced[rule.name] === undefined && plain(rule.examples?.invalid).length > 0);

describe('rule set examples through the emulator', () => {
  it.each(checked.map((rule) => [`${rule.id} ${rule.name}`, rule] as const))('%s', (_, rule) => {
    for (const example of plain(rule.examples?.invalid)) {
      expect(refusedBy(example), JSON.stringify(example)).toBeDefined();
    }
    for (const example of plain(rule.examples?.valid)) {
      expect(refusedBy(example), JSON.stringify(example)).toBeUndefined();
    }
  });

  it('checks most error rules (a guard against loading none)', () => {
    expect(checked.length).toBeGreaterThanOrEqual(40);
    for (const name of Object.keys(notEnforced)) expect(errorRules.map((r) => r.name)).toContain(name);
  });
});
