import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditSources } from '../../src/audit/audit.js';
import type { Finding } from '../../src/rules/finding.js';
import { buildCatalog } from '../../src/catalog/build.js';
import { parseScript } from '../../src/cql/parse.js';
import { convertSchema, type TargetSchema } from '../../src/convert/target-schema.js';
import { loadRules } from '../../src/rules/load.js';
import { repoRoot } from '../helpers/cli.js';
import { fixtureText, ruleExampleSchemas, schemaFixtures } from './schema-fixtures.js';

const rules = loadRules();
const convert = (cql: string, options: Partial<Parameters<typeof convertSchema>[1]> = {}) => {
  const parsed = parseScript(cql);
  expect(parsed.errors).toEqual([]);
  return convertSchema(parsed.statements, { rules, ...options });
};
type RuleOptions = Record<string, Record<string, unknown>>;
/** Audits CQL as `ksmig audit` would (no suppressions, so every finding counts). */
const audit = (cql: string, ruleOptions?: RuleOptions): Finding[] =>
  auditSources([{ file: 'input.cql', text: cql }], { rules, suppressions: false, ...(ruleOptions ? { selection: { options: ruleOptions } } : {}) }).findings;
const errorsOf = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.rule} line ${f.line}: ${f.message}`);
/** The comment block written directly above the statement that starts with `head`. */
const commentAbove = (text: string, head: string): string => {
  const blocks = text.split('\n\n');
  const block = blocks.find((b) => b.split('\n').some((l) => l.startsWith(head)));
  expect(block, `no statement starting with ${head}`).toBeDefined();
  return block!.split('\n').filter((l) => l.startsWith('-- ')).join('\n');
};
/** Rule references `KSnnnn name` in the comments below the header, checked against the rule set. */
const citedRules = (text: string): Set<string> => {
  const body = text.split('\n\n').slice(1).join('\n');
  const out = new Set<string>();
  for (const line of body.split('\n').filter((l) => l.startsWith('-- '))) {
    for (const m of line.matchAll(/\b(KS\d{4}) ([a-z][a-z0-9-]*)/g)) {
      const rule = rules.find((r) => r.id === m[1]);
      if (rule !== undefined && rule.name === m[2]) out.add(rule.id);
    }
  }
  return out;
};

describe('convertSchema (--emit-target-schema)', () => {
  it('turns replication into SingleRegionStrategy, or NetworkTopologyStrategy over Regions', () => {
    const cql = "CREATE KEYSPACE app WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1} AND durable_writes = false;";
    const single = convert(cql).text;
    expect(single).toContain("CREATE KEYSPACE IF NOT EXISTS app WITH replication = {'class': 'SingleRegionStrategy'};");
    expect(single).toMatch(/-- replication .*SimpleStrategy.* became .*SingleRegionStrategy.* \(KS\d{4} simple-strategy\)/);
    expect(single).toMatch(/-- durable_writes = false was removed: .*\(KS4010 durable-writes-false\)/);
    const multi = convert(cql, { regions: ['us-east-1', 'eu-west-1'] }).text;
    expect(multi).toContain("{'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': '3'}");
  });

  it('drops ignored options, enables TTL and client-side timestamps the statements need, sets capacity', () => {
    const out = convert(
      [
        "CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3};",
        'USE app;',
        "CREATE TABLE events (id uuid, at timestamp, v text, PRIMARY KEY (id, at)) WITH compaction = {'class': 'TimeWindowCompactionStrategy'} AND gc_grace_seconds = 3600 AND comment = 'events';",
        'CREATE TABLE plain (id uuid PRIMARY KEY, v text) WITH default_time_to_live = 86400;',
        'INSERT INTO events (id, at, v) VALUES (?, ?, ?) USING TTL 60;',
        'SELECT writetime(v) FROM app.events WHERE id = ?;',
      ].join('\n'),
      { capacity: { mode: 'provisioned', readCapacityUnits: 10, writeCapacityUnits: 5 } },
    ).text;
    expect(out).not.toMatch(/compaction = |gc_grace_seconds = /);
    expect(out).toContain("comment = 'events'");
    expect(out).toMatch(/'ttl': \{'status': 'enabled'\}, 'client_side_timestamps': \{'status': 'enabled'\}, 'capacity_mode': \{'throughput_mode': 'PROVISIONED', 'read_capacity_units': 10, 'write_capacity_units': 5\}/);
    // default_time_to_live > 0 turns TTL on for `plain` too.
    expect(out).toMatch(/CREATE TABLE IF NOT EXISTS app\.plain \([^;]*'ttl': \{'status': 'enabled'\}/s);
  });

  it('folds ALTER and DROP into the final state and maps unsupported types', () => {
    const out = convert(
      [
        "CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'};",
        'CREATE TABLE app.t (id uuid PRIMARY KEY, a int, d duration, emb vector<float, 3>, c \'org.apache.cassandra.db.marshal.DateType\') WITH COMPACT STORAGE;',
        'ALTER TABLE app.t ADD b text;',
        'ALTER TABLE app.t DROP a;',
        'CREATE TABLE app.gone (id int PRIMARY KEY);',
        'DROP TABLE app.gone;',
        'CREATE TYPE app.addr (street text);',
        'ALTER TYPE app.addr ADD city text;',
      ].join('\n'),
    );
    expect(out.text).toContain('CREATE TABLE IF NOT EXISTS app.t (\n    id uuid PRIMARY KEY,\n    d text,\n    emb frozen<list<float>>,\n    c blob,\n    b text\n)');
    expect(out.text).not.toContain('app.gone');
    expect(out.text).not.toContain('COMPACT STORAGE;');
    expect(out.text).toContain('CREATE TYPE IF NOT EXISTS app.addr (\n    street text,\n    city text\n);');
    expect(out.text).toMatch(/column d was duration, stored as text \(KS\d{4} duration-type\)/);
    expect(out.text).toMatch(/column emb was vector<float, 3>, stored as frozen<list<float>> \(KS\d{4} vector-type\)/);
    expect(out).toMatchObject({ keyspaces: 1, tables: 1, types: 1 });
  });

  it('leaves out objects Keyspaces cannot have, saying why and what to do instead', () => {
    const out = convert(
      [
        "CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'};",
        'CREATE TABLE app.users (id uuid PRIMARY KEY, email text);',
        'CREATE INDEX users_by_email ON app.users (email);',
        'CREATE MATERIALIZED VIEW app.by_email AS SELECT * FROM app.users WHERE email IS NOT NULL AND id IS NOT NULL PRIMARY KEY (email, id);',
        "CREATE ROLE analyst WITH PASSWORD = 'secret-pass' AND LOGIN = true;",
      ].join('\n'),
    );
    expect(out.omitted).toBe(3);
    const help = rules.find((r) => r.name === 'secondary-index')!.help.trim();
    expect(out.text).toContain(`-- omitted CREATE INDEX users_by_email ON app.users (email) (KS1001 secondary-index): ${help}`);
    expect(out.text).toMatch(/-- omitted CREATE MATERIALIZED VIEW app\.by_email/);
    expect(out.text).not.toContain('secret-pass');
    expect(out.text).not.toMatch(/^CREATE (INDEX|MATERIALIZED|ROLE)/m);
  });

  it('converts the demo schema into CQL that parses cleanly', () => {
    const parsed = parseScript(readFileSync(`${repoRoot}fixtures/demo/schema.cql`, 'utf8'));
    const out = convertSchema(parsed.statements, { rules });
    const again = parseScript(out.text);
    expect(again.errors).toEqual([]);
    expect(again.statements.map((s) => s.kind)).toEqual(['CreateKeyspace', 'CreateType', 'CreateTable', 'CreateTable', 'CreateTable', 'CreateTable']);
  });
});

/**
 * The target schema's own promise (issue 4 item 7): it re-parses with no syntax errors, the audit
 * of it has no error findings, and every table of the input is either written or left out with a
 * comment that names it.
 */
function expectKeyspacesReady(label: string, input: string, out: TargetSchema, ruleOptions?: RuleOptions): void {
  const again = parseScript(out.text);
  expect({ label, syntax: again.errors.map((e) => e.message) }).toEqual({ label, syntax: [] });
  expect({ label, errors: errorsOf(audit(out.text, ruleOptions)) }).toEqual({ label, errors: [] });
  const written = new Set(again.statements.flatMap((st) => (st.kind === 'CreateTable' ? [`${st.name.keyspace?.text}.${st.name.name.text}`] : [])));
  expect(out.tables).toBe(written.size);
  const catalog = buildCatalog([{ file: 'input.cql', statements: parseScript(input).statements }]);
  for (const table of catalog.tables.values()) {
    if (written.has(table.id)) continue;
    const comments = out.text.split('\n').filter((l) => l.startsWith('-- omitted '));
    expect({ label, table: table.id, omitted: comments.some((l) => l.includes(table.name) || l.includes(`"${table.name}"`)) }).toEqual({ label, table: table.id, omitted: true });
  }
}

describe('the target schema of every fixture is Keyspaces-ready', () => {
  const fixtures = schemaFixtures();

  it('finds the fixtures with DDL (schemas, demo, DESCRIBE output, parser corpus, rule fixtures)', () => {
    expect(fixtures).toEqual(expect.arrayContaining(['fixtures/schemas/app-ecommerce.cql', 'fixtures/demo/schema.cql', 'fixtures/cql/ok/create-table.cql', 'fixtures/rules/keyspaces-and-tables.cql']));
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  const variants: Array<{ name: string; regions?: string[] }> = [{ name: 'single Region' }, { name: '--regions with one Region', regions: ['us-east-1'] }, { name: '--regions with two Regions', regions: ['us-east-1', 'eu-west-1'] }];
  for (const variant of variants) {
    it(`re-parses cleanly and audits with no errors, ${variant.name}`, () => {
      let tables = 0;
      for (const fixture of fixtures) {
        const text = fixtureText(fixture);
        // As written, and with a session keyspace so the parser corpus's unqualified tables are converted too.
        for (const [label, input] of [
          [fixture, text],
          [`${fixture} after USE`, `USE corpus;\n${text}`],
        ] as const) {
          const out = convertSchema(parseScript(input).statements, { rules, ...(variant.regions ? { regions: variant.regions } : {}) });
          expectKeyspacesReady(label, input, out);
          tables += out.tables;
        }
      }
      // Dropping the tables (as tables in keyspaces the input never creates once were) would make this test vacuous.
      expect(tables).toBeGreaterThanOrEqual(80);
    });
  }

  it('re-parses cleanly and audits with no errors for every rule example with DDL', () => {
    const examples = ruleExampleSchemas(rules);
    expect(examples.length).toBeGreaterThan(100);
    let tables = 0;
    for (const example of examples) {
      const ruleOptions = example.options ? { [example.rule.id]: example.options } : undefined;
      const out = convertSchema(parseScript(example.text).statements, { rules, ...(ruleOptions ? { ruleOptions } : {}) });
      expectKeyspacesReady(example.label, example.text, out, ruleOptions);
      tables += out.tables;
    }
    expect(tables).toBeGreaterThan(80);
  });

  it('cites in its comments only rules that the audit of the same input reports', () => {
    let cited = 0;
    for (const fixture of fixtures) {
      for (const input of [fixtureText(fixture), `USE corpus;\n${fixtureText(fixture)}`]) {
        const out = convertSchema(parseScript(input).statements, { rules });
        const reported = new Set(audit(input).map((f) => f.ruleId));
        const unexplained = [...citedRules(out.text)].filter((id) => !reported.has(id));
        expect({ fixture, unexplained }).toEqual({ fixture, unexplained: [] });
        cited += citedRules(out.text).size;
      }
    }
    expect(cited).toBeGreaterThan(20);
  });
});

describe('keyspaces the input uses but never creates', () => {
  it('creates the keyspace of a lone qualified CREATE TABLE, saying it was not in the input', () => {
    const out = convert('CREATE TABLE ks.s (id int PRIMARY KEY, v text);');
    expect(out).toMatchObject({ keyspaces: 1, tables: 1 });
    expect(out.text).toContain('CREATE TABLE IF NOT EXISTS ks.s (');
    expect(out.text.indexOf('CREATE KEYSPACE IF NOT EXISTS ks')).toBeLessThan(out.text.indexOf('CREATE TABLE IF NOT EXISTS ks.s'));
    const comment = commentAbove(out.text, 'CREATE KEYSPACE IF NOT EXISTS ks ');
    expect(comment).toMatch(/^-- keyspace ks was not defined in the input/);
    expect(out.text).toContain("CREATE KEYSPACE IF NOT EXISTS ks WITH replication = {'class': 'SingleRegionStrategy'};");
    const multi = convert('CREATE TABLE ks.s (id int PRIMARY KEY);', { regions: ['us-east-1', 'eu-west-1'] }).text;
    expect(multi).toContain("CREATE KEYSPACE IF NOT EXISTS ks WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': '3'};");
    expect(commentAbove(multi, 'CREATE KEYSPACE IF NOT EXISTS ks ')).toContain("created here with {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': '3'}");
  });

  it('resolves USE and unqualified names for tables and types, and says nothing for keyspaces the input defines', () => {
    const out = convert(
      [
        "CREATE KEYSPACE defined WITH replication = {'class': 'SingleRegionStrategy'};",
        'CREATE TABLE defined.t (id int PRIMARY KEY);',
        'USE "Orders";',
        'CREATE TYPE address (street text, city text);',
        'CREATE TABLE orders (id uuid PRIMARY KEY, ship_to frozen<address>, d duration);',
        'INSERT INTO orders (id) VALUES (?) USING TTL 60;',
      ].join('\n'),
    );
    expect(out).toMatchObject({ keyspaces: 2, tables: 2, types: 1, omitted: 0 });
    expect(out.text).toContain('CREATE KEYSPACE IF NOT EXISTS "Orders" WITH');
    expect(commentAbove(out.text, 'CREATE KEYSPACE IF NOT EXISTS "Orders"')).toMatch(/keyspace "Orders" was not defined in the input/);
    expect(commentAbove(out.text, 'CREATE KEYSPACE IF NOT EXISTS defined')).toBe('');
    expect(out.text).toContain('CREATE TYPE IF NOT EXISTS "Orders".address (');
    // The table's own conversions still apply in such a keyspace.
    expect(out.text).toMatch(/CREATE TABLE IF NOT EXISTS "Orders"\.orders \([^;]*d text[^;]*'ttl': \{'status': 'enabled'\}/s);
    expectKeyspacesReady('USE', '', out);
  });

  it('a USE holds only until the end of its file (sourceStarts)', () => {
    const a = parseScript('USE app;\nCREATE TABLE a (id int PRIMARY KEY);').statements;
    const b = parseScript('CREATE TABLE b (id int PRIMARY KEY);').statements;
    const joined = convertSchema([...a, ...b], { rules });
    expect(joined.text).toContain('CREATE TABLE IF NOT EXISTS app.b');
    const separate = convertSchema([...a, ...b], { rules, sourceStarts: [0, a.length] });
    expect(separate.text).toContain('CREATE TABLE IF NOT EXISTS app.a');
    expect(separate.text).not.toContain('app.b');
    expect(separate).toMatchObject({ tables: 1 });
  });

  it('takes the definition when the keyspace is created after its tables (files read in another order)', () => {
    const out = convert(["CREATE TABLE late.t (id int PRIMARY KEY);", "CREATE KEYSPACE late WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3};"].join('\n'));
    expect(out.text).not.toContain('was not defined in the input');
    expect(commentAbove(out.text, 'CREATE KEYSPACE IF NOT EXISTS late')).toMatch(/\(KS4005 simple-strategy\)/);
    expect(out).toMatchObject({ keyspaces: 1, tables: 1 });
  });

  it('leaves out a table with no keyspace at all, saying how to fix it', () => {
    const out = convert('CREATE TABLE lonely (id int PRIMARY KEY);');
    expect(out).toMatchObject({ keyspaces: 0, tables: 0, omitted: 1 });
    expect(out.text).toMatch(/^-- omitted table lonely: the input names no keyspace for it .*qualify the name/m);
    expect(out.text).not.toMatch(/^CREATE/m);
  });
});

describe('collections nested deeper than Keyspaces allows (KS2004)', () => {
  const nest = (levels: number, inner = 'int'): string => {
    let t = inner;
    for (let i = 0; i < levels; i++) t = i === 0 ? `list<${t}>` : `list<frozen<${t}>>`;
    return `frozen<${t}>`;
  };

  it('keeps the outer 8 levels and stores the deeper part as JSON text, noting it under the rule the audit reports', () => {
    const input = `CREATE TABLE app.deep (k int PRIMARY KEY, ok ${nest(8)}, v ${nest(9)}, m map<text, frozen<tuple<int, ${nest(8)}>>>);`;
    expect(audit(input).filter((f) => f.rule === 'frozen-nesting-depth')).toHaveLength(2);
    const out = convert(input);
    const table = parseScript(out.text).statements.find((s) => s.kind === 'CreateTable');
    expect(table?.kind).toBe('CreateTable');
    const printed = out.text.slice(out.text.indexOf('CREATE TABLE'));
    expect(printed).toContain(`ok ${nest(8)},`);
    expect(printed).toContain(`v ${nest(8, 'text')},`);
    // The tuple adds no level; its over-deep element keeps 7 levels under the map.
    expect(printed).toContain(`m map<text, frozen<tuple<int, ${nest(7, 'text')}>>>`);
    const comment = commentAbove(out.text, 'CREATE TABLE IF NOT EXISTS app.deep');
    expect(comment).toMatch(new RegExp(`-- column v was ${escape(nest(9))} \\(9 levels of collections\\), stored as ${escape(nest(8, 'text'))} \\(KS2004 frozen-nesting-depth\\): .*serialized as JSON`));
    expect(comment).toMatch(/-- column m was .* \(KS2004 frozen-nesting-depth\)/);
    expect(comment).not.toMatch(/column ok /);
    expect(errorsOf(audit(out.text))).toEqual([]);
  });

  it('applies to UDT fields and follows the rule option maxDepth', () => {
    const input = `CREATE TYPE app.bag (items ${nest(4)}); CREATE TABLE app.t (k int PRIMARY KEY, b frozen<bag>, s set<frozen<map<text, frozen<list<int>>>>>);`;
    const ruleOptions = { KS2004: { maxDepth: 2 } };
    const out = convert(input, { ruleOptions });
    expect(out.text).toContain(`items ${nest(2, 'text')}`);
    expect(out.text).toContain('s set<frozen<map<text, text>>>');
    expect(commentAbove(out.text, 'CREATE TYPE IF NOT EXISTS app.bag')).toMatch(/column bag\.items was .* at most 2 levels deep/);
    expect(errorsOf(audit(out.text, ruleOptions))).toEqual([]);
    // Under the default limit nothing changes.
    expect(convert(input).text).not.toContain('KS2004');
  });

  it('counts a vector mapped to frozen<list<…>> as a level', () => {
    const input = `CREATE TABLE app.t (k int PRIMARY KEY, v frozen<${'list<frozen<'.repeat(8)}vector<float, 3>${'>>'.repeat(8)}>);`;
    const out = convert(input);
    expect(out.text).toMatch(/KS2002 vector-type/);
    expect(out.text).toMatch(/KS2004 frozen-nesting-depth/);
    expect(errorsOf(audit(out.text))).toEqual([]);
  });
});

describe('names Keyspaces does not accept (KS5004)', () => {
  it('leaves out tables and keyspaces with such names, saying why and what to do, never renaming them', () => {
    const long49 = `t${'x'.repeat(48)}`;
    const ok48 = `t${'x'.repeat(47)}`;
    const longKs = `k${'s'.repeat(48)}`;
    const input = [
      "CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'};",
      'CREATE TABLE app."order-items" (id uuid PRIMARY KEY);',
      `CREATE TABLE app.${long49} (id uuid PRIMARY KEY);`,
      `CREATE TABLE app.${ok48} (id uuid PRIMARY KEY);`,
      `CREATE KEYSPACE ${longKs} WITH replication = {'class': 'SingleRegionStrategy'};`,
      `CREATE TYPE ${longKs}.addr (street text);`,
      `CREATE TABLE ${longKs}.t (id uuid PRIMARY KEY, a frozen<addr>);`,
      `CREATE TABLE "bad ks".t (id uuid PRIMARY KEY);`,
    ].join('\n');
    expect(audit(input).filter((f) => f.rule === 'invalid-name')).toHaveLength(3);
    const out = convert(input);
    expect(out).toMatchObject({ keyspaces: 1, tables: 1, types: 0 });
    expect(out.text).toContain(`CREATE TABLE IF NOT EXISTS app.${ok48} (`);
    for (const gone of ['"order-items" (', `${long49} (`, `${longKs} WITH`, `${longKs}.t`, `${longKs}.addr`, '"bad ks"']) expect(out.text).not.toMatch(new RegExp(`^CREATE [A-Z ]*${escape(gone)}`, 'm'));
    const omitted = out.text.split('\n').filter((l) => l.startsWith('-- omitted '));
    expect(omitted).toEqual([
      expect.stringMatching(/^-- omitted table app\."order-items" \(KS5004 invalid-name\): 'order-items' \(11 characters\) .*Rename it, and the queries/),
      expect.stringMatching(new RegExp(`^-- omitted table app\\.${long49} \\(KS5004 invalid-name\\): '${long49}' \\(49 characters\\)`)),
      expect.stringMatching(new RegExp(`^-- omitted keyspace ${longKs} with its table t, type addr \\(KS5004 invalid-name\\)`)),
      expect.stringMatching(/^-- omitted keyspace "bad ks" with its table t \(KS5004 invalid-name\)/),
    ]);
    expect(out.omitted).toBe(7);
    expect(errorsOf(audit(out.text))).toEqual([]);
  });
});

describe('--regions with one Region', () => {
  it('writes SingleRegionStrategy, says why in the header, and draws no KS4009 on re-audit', () => {
    const input = ["CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': 3, 'eu-west-1': 3};", 'CREATE TABLE other.t (id int PRIMARY KEY);'].join('\n');
    const out = convert(input, { regions: ['us-east-1'] });
    expect(out.text).toContain("CREATE KEYSPACE IF NOT EXISTS app WITH replication = {'class': 'SingleRegionStrategy'};");
    expect(out.text).toContain("CREATE KEYSPACE IF NOT EXISTS other WITH replication = {'class': 'SingleRegionStrategy'};");
    expect(out.text.split('\n\n')[0]).toMatch(/--regions names one Region \(us-east-1\).*\(KS4009 single-region-nts\)/);
    expect(commentAbove(out.text, 'CREATE KEYSPACE IF NOT EXISTS app')).toMatch(/became \{'class': 'SingleRegionStrategy'\} \(--regions names one Region/);
    expect(out.text).not.toContain('NetworkTopologyStrategy\'}');
    expect(audit(out.text).filter((f) => f.severity !== 'info')).toEqual([]);
    // A Region named twice is one Region.
    expect(convert(input, { regions: ['us-east-1', 'us-east-1'] }).text).toContain("app WITH replication = {'class': 'SingleRegionStrategy'}");
  });

  it("says what it did with a NetworkTopologyStrategy map that has only replication_factor (KS4018)", () => {
    const input = "CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'replication_factor': 3};";
    expect(ruleIdsOf(audit(input))).toContain('KS4018');
    const out = convert(input);
    expect(out.text).toContain("CREATE KEYSPACE IF NOT EXISTS app WITH replication = {'class': 'SingleRegionStrategy'};");
    expect(commentAbove(out.text, 'CREATE KEYSPACE IF NOT EXISTS app')).toBe(
      "-- replication {'class': 'NetworkTopologyStrategy', 'replication_factor': 3} became {'class': 'SingleRegionStrategy'} (KS4018 nts-default-replication-factor)",
    );
    const multi = convert(input, { regions: ['us-east-1', 'eu-west-1'] });
    expect(multi.text).toContain("app WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': '3'}");
    expect(commentAbove(multi.text, 'CREATE KEYSPACE IF NOT EXISTS app')).toContain('(KS4018 nts-default-replication-factor; the target Regions chosen)');
  });

  it('keeps a keyspace that already is a Keyspaces multi-Region map when no --regions is given', () => {
    const input = "CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': '3'};";
    const out = convert(input);
    expect(out.text).toContain("CREATE KEYSPACE IF NOT EXISTS app WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': '3'};");
    expect(out.notes).toEqual([]);
  });
});

describe('Regions without multi-Region replication (KS4017)', () => {
  it('turns a GovCloud multi-Region map into SingleRegionStrategy, and ignores such --regions for multi-Region', () => {
    const input = "CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'us-gov-west-1': '3', 'us-gov-east-1': '3'};";
    expect(ruleIdsOf(audit(input))).toContain('KS4017');
    const out = convert(input);
    expect(out.text).toContain("CREATE KEYSPACE IF NOT EXISTS app WITH replication = {'class': 'SingleRegionStrategy'};");
    expect(commentAbove(out.text, 'CREATE KEYSPACE IF NOT EXISTS app')).toMatch(/\(KS4017 multi-region-unsupported-region\)/);
    const flagged = convert("CREATE TABLE ks.t (id int PRIMARY KEY);", { regions: ['us-gov-west-1', 'us-gov-east-1'] });
    expect(flagged.text).toContain("CREATE KEYSPACE IF NOT EXISTS ks WITH replication = {'class': 'SingleRegionStrategy'};");
    expect(flagged.text.split('\n\n')[0]).toMatch(/--regions names us-gov-west-1, us-gov-east-1, where Amazon Keyspaces has no multi-Region replication.*\(KS4017 multi-region-unsupported-region\)/);
    for (const text of [out.text, flagged.text]) expect(errorsOf(audit(text))).toEqual([]);
  });
});

describe('each comment names the rule the audit reports for the change', () => {
  const ruleIds = (findings: readonly Finding[], line: number): string[] => [...new Set(findings.filter((f) => f.line === line).map((f) => `${f.ruleId} ${f.rule}`))].sort();
  const cases: Array<{ name: string; input: string; expected: string[] }> = [
    // One replication map, one finding (carrying the other reasons): the comment cites that rule.
    { name: 'NTS with data centre dc1', input: "CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3};", expected: ['KS4007 datacenter-not-region'] },
    { name: 'NTS with two data centres', input: "CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3, 'dc2': 2};", expected: ['KS4007 datacenter-not-region'] },
    { name: 'NTS with one Region', input: "CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': 2};", expected: ['KS4009 single-region-nts'] },
    { name: 'NTS with only replication_factor', input: "CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'replication_factor': 3};", expected: ['KS4018 nts-default-replication-factor'] },
    { name: 'SimpleStrategy', input: "CREATE KEYSPACE app WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3};", expected: ['KS4005 simple-strategy'] },
    { name: 'an unknown class', input: "CREATE KEYSPACE app WITH replication = {'class': 'com.example.EverywhereStrategy'};", expected: ['KS4006 replication-class'] },
    { name: 'Regions with RF 2', input: "CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': 2, 'eu-west-1': 2};", expected: ['KS4008 replication-factor'] },
  ];
  for (const c of cases) {
    it(`replication: ${c.name}`, () => {
      const reported = ruleIds(audit(c.input), 1);
      expect(reported).toEqual(c.expected);
      const comment = commentAbove(convert(c.input).text, 'CREATE KEYSPACE IF NOT EXISTS app');
      const cited = [...comment.matchAll(/KS\d{4} [a-z-]+/g)].map((m) => m[0]).sort();
      expect(cited).toEqual(c.expected);
      expect(comment).not.toMatch(/KS4006/.test(c.expected.join()) ? /$^/ : /KS4006/);
    });
  }

  it('durable_writes = false, cdc and undocumented options each get their own rule and wording', () => {
    const input = [
      "CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'} AND durable_writes = false;",
      'CREATE TABLE app.t (id int PRIMARY KEY) WITH cdc = true AND gc_grace_seconds = 10 AND speculative_retry = \'99p\';',
      'CREATE TABLE app.u (id int PRIMARY KEY) WITH cdc = false;',
    ].join('\n');
    // (SingleRegionStrategy itself draws the info KS4013 keyspaces-only-syntax, which the converter has nothing to say about.)
    const findings = audit(input).filter((f) => f.rule !== 'keyspaces-only-syntax');
    expect(ruleIds(findings, 1)).toEqual(['KS4010 durable-writes-false']);
    expect(ruleIds(findings, 2)).toEqual(['KS4003 ignored-table-option', 'KS4004 undocumented-table-option', 'KS4011 cdc-option']);
    expect(ruleIds(findings, 3)).toEqual([]);
    const out = convert(input).text;
    const ks = commentAbove(out, 'CREATE KEYSPACE IF NOT EXISTS app');
    expect(ks).toMatch(/^-- durable_writes = false was removed: Amazon Keyspaces rejects it.*\(KS4010 durable-writes-false\)$/);
    expect(ks).not.toMatch(/ignores/);
    const t = commentAbove(out, 'CREATE TABLE IF NOT EXISTS app.t ').split('\n');
    expect(t).toEqual([
      expect.stringMatching(/^-- cdc = true was removed \(KS4011 cdc-option\): on Amazon Keyspaces it would start a Keyspaces CDC stream/),
      '-- options Amazon Keyspaces ignores were removed: gc_grace_seconds (KS4003 ignored-table-option)',
      expect.stringMatching(/^-- options that are not Amazon Keyspaces table options were removed, since AWS does not document .*: speculative_retry \(KS4004 undocumented-table-option\)$/),
    ]);
    // cdc = false means the same on Keyspaces and stays.
    expect(out).toMatch(/CREATE TABLE IF NOT EXISTS app\.u \([^;]*\) WITH cdc = false;/s);
    expect(commentAbove(out, 'CREATE TABLE IF NOT EXISTS app.u ')).toBe('');
  });
});

function ruleIdsOf(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.ruleId);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
