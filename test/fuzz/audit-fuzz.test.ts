/**
 * The audit fuzzer at a small size (bench/fuzz-audit.ts runs it by the million): seeded mutated
 * scripts and query logs through the parser and the log readers, every tenth through the CLI.
 * No exception, no exit code but 0 or 1, no input slower than a second, memory bounded.
 */
import { describe, expect, it } from 'vitest';
import { fuzzAudit } from '../../bench/fuzz-audit-core.js';

describe('audit fuzzing', () => {
  it('parses and reads 400 mutated inputs without a crash, an exit 5 or a slow input', async () => {
    const stats = await fuzzAudit({ inputs: 400, seed: 20261206, cliEvery: 10, maxRun: 2000 });
    expect(stats.failures).toEqual([]);
    expect(stats.inputs).toBe(400);
    expect(Object.keys(stats.byTarget).sort()).toEqual(['audit', 'csv', 'fql', 'jsonl', 'lines', 'script']);
    expect(stats.slowest.ms).toBeLessThan(1000);
    expect(stats.peakRssMiB).toBeLessThan(1024);
  }, 60_000);
});
