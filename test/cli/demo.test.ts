import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('ksmig demo --no-cluster', () => {
  it('audits the bundled example, prints the converted schema and exits 0 although it finds errors', async () => {
    const r = await runCli(['demo', '--no-cluster']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('fixtures/demo/schema.cql');
    expect(r.stdout).toMatch(/error KS1001\(secondary-index\)/);
    expect(r.stdout).toMatch(/queries\.log:\d+:\d+ \w+ KS\d{4}/);
    expect(r.stdout).toContain("CREATE KEYSPACE IF NOT EXISTS shop WITH replication = {'class': 'SingleRegionStrategy'}");
    expect(r.stdout).toContain('Skipping the cluster part: --no-cluster');
  });
});
