// The rule set against the emulator: every example of every error-severity rule in compat-rules/
// is sent through `ksmig emulate` to the real Cassandra. Invalid examples must be refused by the
// emulator (not merely fail because a table is missing); valid examples must succeed whenever they
// carry the schema they need. Each example runs in keyspaces of its own, so examples cannot
// influence each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScript } from '../../src/cql/parse.js';
import type { Statement } from '../../src/cql/ast/nodes.js';
import { Consistency, Opcode } from '../../src/emulator/protocol/constants.js';
import { decodeError, encodePrepare, encodeQuery } from '../../src/emulator/protocol/messages.js';
import { loadRules } from '../../src/rules/load.js';
import type { RuleExample } from '../../src/rules/schema.js';
import { RawClient, startEmulator, type TestEmulator } from './helpers/emulator.js';

/** cqlsh shell commands: they never reach a server, so the emulator has nothing to say about them. */
const SHELL_ONLY = new Set(['Consistency', 'SerialConsistency', 'Copy', 'Source', 'Paging', 'Tracing', 'Expand', 'Capture', 'Login', 'Clear', 'Describe']);
/** The backend's answers when an example uses a table or keyspace it did not create. */
const MISSING_OBJECT = /does not exist|doesn't exist|unconfigured (table|keyspace)|Keyspace \S+ does not exist/i;

interface Case {
  rule: string;
  kind: 'invalid' | 'valid';
  index: number;
  schema: string;
  query: string;
  prepared: boolean;
  consistency: number;
}

let emu: TestEmulator;
let client: RawClient;
let stream = 1;
const createdKeyspaces: string[] = [];

beforeAll(async () => {
  emu = await startEmulator();
  client = await RawClient.connect(emu);
  await client.authenticate(emu);
});

afterAll(async () => {
  for (const ks of createdKeyspaces) await run(`DROP KEYSPACE IF EXISTS ${ks}`, false).catch(() => undefined);
  client?.close();
  await emu?.stop();
});

/** Sends one statement: PREPARE for prepared examples and texts with bind markers, else QUERY. Resolves to 'OK' or the error. */
async function run(cql: string, prepare: boolean, consistency: number = Consistency.LOCAL_QUORUM): Promise<string> {
  const s = stream;
  stream = stream >= 30000 ? 1 : stream + 1;
  const f = prepare
    ? await client.request(s, Opcode.Prepare, encodePrepare(cql))
    : await client.request(s, Opcode.Query, encodeQuery({ query: cql, params: { consistency, flags: 0 } }));
  if (f.opcode !== Opcode.Error) return 'OK';
  const e = decodeError(f.body);
  return `0x${e.code.toString(16).padStart(4, '0')} ${e.message}`;
}

function statements(text: string): { text: string; stmt: Statement }[] {
  const parsed = parseScript(text);
  return parsed.statements.map((stmt) => ({ text: text.slice(stmt.range.start.offset, stmt.range.end.offset), stmt }));
}

/** Keyspace names a statement mentions (qualified names and keyspace statements). */
function keyspacesOf(stmt: Statement): Set<string> {
  const found = new Set<string>();
  JSON.stringify(stmt, (_key, value: unknown) => {
    if (value && typeof value === 'object') {
      const v = value as { kind?: string; keyspace?: { text?: string }; name?: { text?: string } };
      if (v.keyspace && typeof v.keyspace.text === 'string') found.add(v.keyspace.text);
      if ((v.kind === 'CreateKeyspace' || v.kind === 'AlterKeyspace' || v.kind === 'DropKeyspace' || v.kind === 'Use') && typeof v.name?.text === 'string') {
        found.add(v.name.text);
      }
    }
    return value;
  });
  return found;
}

/**
 * System keyspaces, Cassandra's and Keyspaces': examples name them as they are (they exist on the
 * backend, so a "does not exist" answer about one can only come from the emulator).
 */
const SYSTEM_KEYSPACE = /^system(_\w+)?$/;

/** The example's texts with every keyspace renamed to one of its own. */
function isolate(c: Case, n: number): { schema: string; query: string; keyspaces: string[]; creates: Set<string>; system: boolean } {
  const names = new Set<string>();
  const creates = new Set<string>();
  let system = false;
  for (const { stmt } of [...statements(c.schema), ...statements(c.query)]) {
    for (const ks of keyspacesOf(stmt)) {
      if (SYSTEM_KEYSPACE.test(ks)) system = true;
      else names.add(ks);
    }
    if (stmt.kind === 'CreateKeyspace') creates.add((stmt as unknown as { name: { text: string } }).name.text);
  }
  const rename = (text: string): string => {
    let out = text;
    for (const ks of names) {
      const to = `${ks}_r${n}`;
      out = out
        .replace(new RegExp(`\\b${ks}(?=\\s*\\.)`, 'g'), to)
        .replace(new RegExp(`(KEYSPACE\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?)${ks}\\b`, 'gi'), `$1${to}`)
        .replace(new RegExp(`(USE\\s+)${ks}\\b`, 'gi'), `$1${to}`);
    }
    return out;
  };
  return {
    schema: rename(c.schema),
    query: rename(c.query),
    keyspaces: [...names].map((ks) => `${ks}_r${n}`),
    creates: new Set([...creates].map((ks) => `${ks}_r${n}`)),
    system,
  };
}

function collectCases(): { cases: Case[]; notApplicable: string[] } {
  const cases: Case[] = [];
  const notApplicable: string[] = [];
  for (const rule of loadRules()) {
    if (rule.severity !== 'error' || /^KS[09]/.test(rule.id)) continue;
    for (const kind of ['invalid', 'valid'] as const) {
      rule.examples[kind].forEach((ex: RuleExample, index) => {
        const label = `${rule.id} ${kind} #${index + 1}`;
        const query = typeof ex === 'string' ? ex : ex.query;
        const shell = statements(query).some(({ stmt }) => SHELL_ONLY.has(stmt.kind));
        if (shell) return void notApplicable.push(`${label}: cqlsh shell command`);
        if (typeof ex !== 'string' && ex.options !== undefined) return void notApplicable.push(`${label}: exercises a rule option (an audit threshold), not a Keyspaces limit`);
        if (typeof ex !== 'string' && ex.source === 'log' && query.includes('?')) {
          return void notApplicable.push(`${label}: a query-log shape with bind markers (no values to send)`);
        }
        const level = typeof ex === 'string' ? undefined : ex.consistency;
        cases.push({
          rule: rule.id,
          kind,
          index,
          schema: typeof ex === 'string' ? '' : (ex.schema ?? ''),
          query,
          prepared: typeof ex !== 'string' && ex.source === 'prepared',
          consistency: level !== undefined && level in Consistency ? Consistency[level as keyof typeof Consistency] : Consistency.LOCAL_QUORUM,
        });
      });
    }
  }
  return { cases, notApplicable };
}

describe('compat-rules examples through the emulator', () => {
  it('refuses every invalid example of an error rule and accepts every self-contained valid one', async () => {
    const { cases, notApplicable } = collectCases();
    const wrong: string[] = [];
    const inconclusive: string[] = [];
    let n = 0;
    for (const c of cases) {
      n++;
      const label = `${c.rule} ${c.kind} #${c.index + 1}`;
      const iso = isolate(c, n);
      for (const ks of iso.keyspaces) {
        if (iso.creates.has(ks)) continue;
        const made = await run(`CREATE KEYSPACE IF NOT EXISTS ${ks} WITH replication = {'class': 'SingleRegionStrategy'}`, false);
        if (made !== 'OK') throw new Error(`${label}: cannot create keyspace ${ks}: ${made}`);
      }
      createdKeyspaces.push(...iso.keyspaces);
      const setup: string[] = [];
      for (const s of statements(iso.schema)) setup.push(await run(s.text, false));
      const failedSetup = setup.find((r) => r !== 'OK');
      if (failedSetup) {
        wrong.push(`${label}: its schema was refused: ${failedSetup}`);
        continue;
      }
      const results: string[] = [];
      for (const s of statements(iso.query)) results.push(await run(s.text, c.prepared || s.text.includes('?'), c.consistency));
      const refusal = results.find((r) => r !== 'OK');
      if (c.kind === 'invalid') {
        if (refusal === undefined) wrong.push(`${label}: accepted: ${iso.query.trim()}`);
        else if (MISSING_OBJECT.test(refusal) && !iso.system) wrong.push(`${label}: refused only by the backend (${refusal}); the emulator let it through`);
      } else if (refusal !== undefined) {
        // Each example has keyspaces of its own: without a schema, a statement on an existing table
        // finds none, whichever check notices first (the backend, or a policy that looks the table up).
        const usesExisting = c.schema === '' && statements(c.query).some(({ stmt }) => !stmt.kind.startsWith('Create'));
        if (usesExisting) inconclusive.push(`${label}: uses a table the example does not create (${refusal})`);
        else wrong.push(`${label}: refused: ${refusal} — ${iso.query.trim()}`);
      }
    }
    process.stderr.write(
      `[emulator-rules] ${cases.length} examples sent, ${wrong.length} wrong; not applicable: ${notApplicable.length}; ` +
        `valid examples without the schema they need: ${inconclusive.length}\n` +
        [...notApplicable, ...inconclusive].map((l) => `  - ${l}\n`).join(''),
    );
    expect(wrong).toEqual([]);
    // Every valid example carries the schema it needs, so each one is a real check.
    expect(inconclusive).toEqual([]);
    expect(cases.length).toBeGreaterThan(100);
  }, 600_000);
});
