// Fuzzing the audit's readers by the million: mutated CQL scripts through the parser and mutated
// query logs of every format through their readers (bench/fuzz-cql.ts), a sample of them through
// the whole CLI in-process. Reports inputs, inputs/s, the slowest input (must stay under 1 s) and
// peak memory; exits 1 on a failure (an exception, an exit code other than 0 or 1, a slow input).
// Not part of `npm test` (test/fuzz/audit-fuzz.test.ts runs a few hundred inputs).
//
//   node --import tsx bench/fuzz-audit.ts [--inputs 1000000] [--seed 1] [--cli-every 1000]
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { fuzzAudit, type FuzzStats } from './fuzz-audit-core.js';

const { values: args } = parseArgs({
  options: { inputs: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '1' }, 'cli-every': { type: 'string', default: '1000' } },
});

const line = (done: number, s: FuzzStats): string =>
  `  ${done.toLocaleString('en')} inputs, ${(done / s.seconds).toFixed(0)}/s, slowest ${s.slowest.ms.toFixed(0)} ms (${s.slowest.target}, ${s.slowest.how}), peak RSS ${s.peakRssMiB.toFixed(0)} MiB`;

console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${loadavg()[0]?.toFixed(1)}, node ${process.version}`);
console.log(`fuzzing the audit: ${Number(args.inputs).toLocaleString('en')} inputs, seed ${args.seed}, every ${args['cli-every']}th through the CLI`);
const stats = await fuzzAudit({
  inputs: Number(args.inputs),
  seed: Number(args.seed),
  cliEvery: Number(args['cli-every']),
  onProgress: (done, s) => {
    if (done % 100_000 === 0) console.log(line(done, s));
  },
});
console.log('results:');
console.log(`  inputs:     ${stats.inputs.toLocaleString('en')} (${Object.entries(stats.byTarget).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}); ${stats.cliRuns.toLocaleString('en')} through the CLI`);
console.log(`  rate:       ${(stats.inputs / stats.seconds).toFixed(0)} inputs/s (${stats.seconds.toFixed(0)} s)`);
console.log(`  slowest:    ${stats.slowest.ms.toFixed(0)} ms — ${stats.slowest.target}, ${stats.slowest.how}, ${stats.slowest.length.toLocaleString('en')} chars (limit 1000 ms)`);
console.log(`  peak RSS:   ${stats.peakRssMiB.toFixed(0)} MiB`);
console.log(`  failures:   ${stats.failures.length}`);
for (const f of stats.failures) console.log(`    ${f.split('\n').slice(0, 8).join('\n    ')}`);
process.exit(stats.failures.length === 0 ? 0 : 1);
