import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

// `npm run demo` end to end: it starts two Cassandra nodes and the emulator, seeds 50,000 rows,
// copies and verifies them, so it takes a minute or two.
describe('ksmig demo', () => {
  it('runs the whole migration of the embedded example and exits 0, leaving the reports on disk', async () => {
    const r = await spawnCli(['demo'], { timeoutMs: 300_000 });
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Cassandra 5\.0 \(origin\) on 127\.0\.0\.1:\d+/);
    expect(r.stdout).toMatch(/Cassandra 5\.0 \(target\) on 127\.0\.0\.1:\d+/);
    expect(r.stdout).toMatch(/table shop\.sessions: ACTIVE after/);
    expect(r.stdout).toContain('0 failed');
    // Copied and proven identical.
    expect(r.stdout).toMatch(/Copy finished in \S+: 4 tables, 50,000 rows written/);
    expect(r.stdout).toMatch(/Verify finished in \S+: identical — 4 tables, 50,000 rows compared/);
    expect(r.stdout).toContain('The target holds exactly what the origin holds.');
    // Keyspaces' answers to the application's statements.
    expect(r.stdout).toContain('→ rejected: TTL is not yet supported.');
    expect(r.stdout).toMatch(/QUORUM\]\n {4}→ rejected: Consistency level QUORUM is not supported for this operation/);
    expect(r.stdout).not.toContain('Keyspaces would reject this');
    const markdown = /^ {2}(\/\S+migration-report\.md)$/m.exec(r.stdout)?.[1];
    const json = /^ {2}(\/\S+migration-report\.json)$/m.exec(r.stdout)?.[1];
    expect(markdown && existsSync(markdown)).toBe(true);
    const report = JSON.parse(readFileSync(json as string, 'utf8')) as { copy: { tables: Array<{ written: number }> }; verify: { tables: Array<{ missing: number; extra: number; different: number }> } };
    expect(report.copy.tables.reduce((a, t) => a + t.written, 0)).toBe(50_000);
    expect(report.verify.tables.every((t) => t.missing + t.extra + t.different === 0)).toBe(true);
  }, 320_000);
});
