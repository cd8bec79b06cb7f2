import { addClusterOptions } from '../cluster-options.js';
import type { CopyFlags } from './copy-run.js';
import type { RegisterCommand } from './register.js';

/** `ksmig copy`: token-range parallel copy of whole keyspaces from Cassandra to Amazon Keyspaces. */
export const register: RegisterCommand = (program, io, done) => {
  const command = program
    .command('copy')
    .description('copy whole keyspaces from Cassandra to Amazon Keyspaces by token range: rate-limited, resumable, shardable');
  addClusterOptions(command, { region: 'AWS Region of the target (also its data center and SigV4 scope)', targetAuth: 'target authentication: sigv4 (default chain credentials), password (service-specific credentials), none (a plain Cassandra target)' })
    .option('--keyspace <list>', 'origin keyspaces to copy, comma-separated (every table of each)')
    .option('--tables <list>', 'only these tables (table or keyspace.table), comma-separated')
    .option('--target-keyspace <name>', 'write into this keyspace (with one --keyspace)')
    .option('--rate <units>', 'write capacity units per second for the whole job (all shards); default unlimited, adapting to throttling')
    .option('--concurrency <n>', 'writes in flight at most (default 64)')
    .option('--splits <n>', 'token ranges per table (default: sized from system.size_estimates)')
    .option('--fetch-size <rows>', 'rows per page of a range scan (default 1000)')
    .option('--checkpoint <file>', 'checkpoint file (default .ksmig/copy-<keyspaces>.json)')
    .option('--resume', 'continue the copy recorded in the checkpoint (finished ranges are not copied again)')
    .option('--max-errors <n|n%>', 'abort (exit 3) after this many rejected rows, or this share of rows read')
    .option('--rejects <file>', 'JSON-lines file of rows the target refused (default beside the checkpoint)')
    .option('--preserve-ttl', "keep each cell's remaining TTL (the target table needs TTL enabled)")
    .option('--preserve-writetime', "keep each cell's writetime (the target table needs client-side timestamps)")
    .option('--create-tables', 'create missing target tables from the converted schema and wait until ACTIVE')
    .option('--shard <i/N>', "copy shard i of N (each shard its own process and checkpoint); default from JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX with --shards")
    .option('--shards <N>', 'number of shards when the index comes from the environment (Kubernetes Indexed Jobs, AWS Batch array jobs)')
    .option('--max-unavailable <seconds>', 'how long the origin or target may be unreachable before giving up (default 600)')
    .option('--dry-run', 'print the plan (tables, ranges, estimated rows and write units, time at --rate) and copy nothing')
    .option('--json', 'print events as JSON lines, ending with the summary')
    .option('--config <file>', 'configuration file (default: ksmig.config.yaml found from the working directory up)')
    .action(async (flags: CopyFlags) => {
      const { runCopy } = await import('./copy-run.js');
      done(await runCopy(flags, io));
    });
};
