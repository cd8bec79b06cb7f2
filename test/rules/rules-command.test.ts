import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/load.js';
import { repoRoot, runCli } from '../helpers/cli.js';

const rules = loadRules();

describe('ksmig rules', () => {
  it('lists every rule with id, name, severity, topics and title', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    for (const rule of rules) expect(r.stdout).toContain(`${rule.id}  ${rule.name}`);
    expect(r.stdout).toContain(`${rules.length} rules.`);
  });

  it('lists as JSON', async () => {
    const r = await runCli(['rules', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(list).toHaveLength(rules.length);
    const index = list.findIndex((r) => r['id'] === 'KS1001');
    expect(list[index]).toEqual({ id: 'KS1001', name: 'secondary-index', severity: 'error', topics: ['secondary-index'], title: rules[index]!.title });
  });

  it('explains one rule by id or name, with docs, options, examples and references', async () => {
    const byId = await runCli(['rules', 'KS3021']);
    const byName = await runCli(['rules', 'ttl-needs-table-ttl']);
    expect(byId.code).toBe(0);
    expect(byName.stdout).toBe(byId.stdout);
    expect(byId.stdout).toContain('KS3021 ttl-needs-table-ttl');
    expect(byId.stdout).toContain('## Why');
    expect(byId.stdout).toContain('## Options');
    expect(byId.stdout).toContain('USING TTL 3600');
    expect(byId.stdout).toContain('https://docs.aws.amazon.com/keyspaces/latest/devguide/TTL.html');
  });

  it('explains a retired rule by naming the rules that replaced it, and does not list it', async () => {
    const r = await runCli(['rules', 'drop-unsupported-object']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('KS1002 drop-unsupported-object');
    expect(r.stdout).toContain('retired on 2026-12-10; replaced by:');
    for (const id of ['KS1003 drop-index', 'KS1102 drop-materialized-view', 'KS1203 drop-function', 'KS1204 drop-aggregate', 'KS1302 drop-trigger']) expect(r.stdout).toContain(id);
    expect((await runCli(['rules'])).stdout).not.toContain('KS1002');
    const json = JSON.parse((await runCli(['rules', 'KS1002', '--json'])).stdout) as Record<string, unknown>;
    expect(json['retired']).toEqual({ on: '2026-12-10', replacedBy: ['KS1003', 'KS1102', 'KS1203', 'KS1204', 'KS1302'] });
  });

  it('explains as JSON without local paths', async () => {
    const r = await runCli(['rules', 'ks1001', '--json']);
    const rule = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(rule).toMatchObject({ id: 'KS1001', name: 'secondary-index', severity: 'error' });
    expect(r.stdout).not.toContain(repoRoot);
  });

  it('an unknown rule exits 2 and says how to list them', async () => {
    const r = await runCli(['rules', 'KS9999']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule: KS9999');
    expect(r.stderr).toContain('ksmig rules');
  });
});

describe('scripts/rules-table.mjs', () => {
  it('--check passes on the committed docs/rules.md', () => {
    const out = execFileSync(process.execPath, ['scripts/rules-table.mjs', '--check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });

  it('the generated table lists every rule', async () => {
    // @ts-expect-error: plain .mjs script without type declarations
    const { rulesTable } = (await import('../../scripts/rules-table.mjs')) as { rulesTable: () => string };
    const table = rulesTable();
    for (const rule of rules) expect(table).toContain(`| ${rule.id} | \`${rule.name}\` | ${rule.severity} |`);
  });
});
