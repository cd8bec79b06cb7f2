import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

// `npm run demo` end to end: it starts its own Cassandra and emulator, so it takes about half a minute.
describe('ksmig demo', () => {
  it('runs the whole embedded example and exits 0', async () => {
    const r = await spawnCli(['demo'], { timeoutMs: 180_000 });
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Cassandra 5\.0 on 127\.0\.0\.1:\d+/);
    expect(r.stdout).toMatch(/table shop\.sessions: ACTIVE after/);
    expect(r.stdout).toContain('0 failed');
    expect(r.stdout).toContain('→ rejected: TTL is not yet supported.');
    expect(r.stdout).toMatch(/QUORUM\]\n {4}→ rejected: Consistency level QUORUM is not supported for this operation/);
    expect(r.stdout).not.toContain('Keyspaces would reject this');
  }, 200_000);
});
