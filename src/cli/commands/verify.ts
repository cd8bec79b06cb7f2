import { addClusterOptions } from '../cluster-options.js';
import type { RegisterCommand } from './register.js';
import type { VerifyFlags } from './verify-run.js';

/** `ksmig verify`: prove the migration — a row-level diff of origin and target, repairs, and query replay. */
export const register: RegisterCommand = (program, io, done) => {
  const command = program
    .command('verify')
    .description('compare origin and target row by row (and replay the application\'s queries on both); repair what differs');
  addClusterOptions(command, { region: 'AWS Region of the target', targetAuth: 'target authentication: sigv4, password (service-specific credentials), none (a plain Cassandra target)' })
    .option('--keyspace <list>', 'origin keyspaces to verify, comma-separated')
    .option('--tables <list>', 'only these tables (table or keyspace.table)')
    .option('--target-keyspace <name>', 'the target keyspace (with one --keyspace)')
    .option('--rate <units>', 'read capacity units per second on the target for the whole job (default unlimited)')
    .option('--concurrency <n>', 'key lookups in flight at most (default 64)')
    .option('--splits <n>', 'token ranges per table')
    .option('--fetch-size <rows>', 'rows per page (default 1000)')
    .option('--sample <percent>', 'compare this share of the token ranges (a quick check); default all')
    .option('--compare-ttl [seconds]', "also compare each cell's TTL, within this many seconds (default 60)")
    .option('--compare-writetime [microseconds]', "also compare each cell's writetime, within this many microseconds (default 0)")
    .option('--fix', "write the origin's version of each missing or different row into the target, then re-check it")
    .option('--fix-extra', 'delete rows the target has and the origin does not')
    .option('--queries <file>', 'replay the SELECTs of this .cql file or query log on both sides and compare the answers')
    .option('--samples-per-shape <n>', 'runs per statement shape when replaying (default 20)')
    .option('--report <file>', 'write every difference (JSON, or Markdown when the name ends in .md)')
    .option('--shard <i/N>', 'verify shard i of N; default from JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX with --shards')
    .option('--shards <N>', 'number of shards when the index comes from the environment')
    .option('--max-unavailable <seconds>', 'how long a side may be unreachable before giving up (default 600)')
    .option('--json', 'print events as JSON lines, ending with the summary')
    .option('--config <file>', 'configuration file (default: ksmig.config.yaml found from the working directory up)')
    .action(async (flags: VerifyFlags) => {
      const { runVerify } = await import('./verify-run.js');
      done(await runVerify(flags, io));
    });
};
