#!/usr/bin/env node
// Ensures the DataStax Bulk Loader's jars are in ksmig's cache (see tools/dsbulk/fetch.mjs). A peer
// for the copy/verify benchmarks only; ksmig itself never runs DSBulk.
// Usage: node scripts/fetch-dsbulk.mjs [--check]
//   --check  only report whether the cache is complete (exit 0 yes, 1 no); never downloads.
// Run it: java -cp "<lib>/*" com.datastax.oss.dsbulk.runner.DataStaxBulkLoader unload|load … (Java 17).
import process from 'node:process';
import { DSBULK_VERSION, checkComplete, dsbulkLibDir, ensureDsbulk } from '../tools/dsbulk/fetch.mjs';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length > 0) {
  process.stderr.write(`fetch-dsbulk: unknown argument ${unknown[0]} (expected nothing or --check)\n`);
  process.exit(2);
}

try {
  if (args.includes('--check')) {
    const libDir = dsbulkLibDir();
    const state = await checkComplete(libDir);
    process.stdout.write(state.complete
      ? `DSBulk ${DSBULK_VERSION}: complete, ${state.jars.length} jars in ${libDir}\n`
      : `DSBulk ${DSBULK_VERSION}: not ready in ${libDir} (${state.reason})\n`);
    process.exitCode = state.complete ? 0 : 1;
  } else {
    const started = Date.now();
    const result = await ensureDsbulk({ log: (line) => process.stdout.write(`${line}\n`) });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(result.fetched
      ? `DSBulk ${DSBULK_VERSION}: fetched ${result.jars.length} jars in ${seconds}s\n`
      : `DSBulk ${DSBULK_VERSION}: ${result.jars.length} jars already in ${result.libDir}\n`);
  }
} catch (err) {
  process.stderr.write(`fetch-dsbulk: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
