// The README's `ksmig estimate` example is real output: running the command it shows gives exactly
// the text it shows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

describe('the README example of ksmig estimate', () => {
  it('is what the command prints', async () => {
    const doc = readFileSync(`${repoRoot}docs/estimate.md`, 'utf8');
    const block = /<!-- estimate-example -->\n```text\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const env = { ...process.env };
    for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION', 'KSMIG_TARGET_REGION']) delete env[name];
    const r = await runCli(
      ['estimate', 'fixtures/estimate/schema.cql', '--query-log', 'fixtures/estimate/queries.jsonl', '--sizes', 'fixtures/estimate/sizes.yaml'],
      { env },
    );
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd()).toBe(block);
  });
});
