#!/usr/bin/env node
// Ensures Apache Cassandra's jars are in ksmig's cache (see tools/cassandra/fetch.mjs).
// Usage: node scripts/fetch-cassandra.mjs [--check]
//   --check  only report whether the cache is complete (exit 0 yes, 1 no); never downloads.
import process from 'node:process';
import { CASSANDRA_VERSION, cassandraLibDir, checkComplete, ensureCassandraRuntime } from '../tools/cassandra/fetch.mjs';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length > 0) {
  process.stderr.write(`fetch-cassandra: unknown argument ${unknown[0]} (expected nothing or --check)\n`);
  process.exit(2);
}

try {
  if (args.includes('--check')) {
    const libDir = cassandraLibDir();
    const state = await checkComplete(libDir);
    process.stdout.write(state.complete
      ? `Cassandra ${CASSANDRA_VERSION}: complete, ${state.jars.length} jars in ${libDir}\n`
      : `Cassandra ${CASSANDRA_VERSION}: not ready in ${libDir} (${state.reason})\n`);
    process.exitCode = state.complete ? 0 : 1;
  } else {
    const started = Date.now();
    const result = await ensureCassandraRuntime({ log: (line) => process.stdout.write(`${line}\n`) });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(result.fetched
      ? `Cassandra ${CASSANDRA_VERSION}: fetched ${result.jars.length} jars in ${seconds}s\n`
      : `Cassandra ${CASSANDRA_VERSION}: ${result.jars.length} jars already in ${result.libDir}\n`);
  }
} catch (err) {
  process.stderr.write(`fetch-cassandra: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
