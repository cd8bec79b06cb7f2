import { Option } from 'commander';
import { QUERY_LOG_FORMATS } from '../../sources/query-logs/records.js';
import type { EstimateFlags } from './estimate-run.js';
import type { RegisterCommand } from './register.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `ksmig estimate`: the monthly Amazon Keyspaces bill, on-demand vs provisioned, per table and per statement shape. */
export const register: RegisterCommand = (program, io, done) => {
  program
    .command('estimate')
    .description('monthly Amazon Keyspaces cost (on-demand vs provisioned with auto scaling) per table and per statement shape, from sizes and request rates')
    .argument('[paths...]', '.cql files, directories, DESCRIBE output, query logs (any other file), or - for a script on standard input')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']))
    .option('--json', 'shorthand for --format json (one JSON object)')
    .option('-o, --output <file>', 'write the estimate to a file instead of standard output')
    .option('--query-log <files...>', 'read these files as query logs whatever their name (timestamps give per-second rates)')
    .addOption(new Option('--query-log-format <format>', 'query log format').choices([...QUERY_LOG_FORMATS]))
    .option('--schema <files...>', 'schema files that give tables without adding statements to the workload')
    .option('--origin <hosts>', 'a live cluster: schema, prepared statements and table sizes (system.size_estimates and a sample of rows); contact points host[:port], comma-separated')
    .option('--origin-dc <dc>', 'local data center of the origin (default: the first node that answers)')
    .option('--username <name>', 'origin user name')
    .option('--password <password>', 'origin password (prefer KSMIG_ORIGIN_PASSWORD)')
    .option('--origin-ca <file>', 'PEM CA bundle for TLS to the origin (turns TLS on)')
    .option('--origin-insecure', 'TLS to the origin without certificate verification')
    .option('--keyspace <list>', 'only these keyspaces of the origin, comma-separated')
    .option('--sample-rows <n>', 'rows sampled per origin table (default 1000)')
    .option('--sizes <file>', 'sizing file (YAML or JSON): { tables: { "ks.table": { rows, partitions, rowBytes, columns: { col: bytes }, distinct: { col: n } } } }')
    .option('--rows <table=n>', 'rows of a table, e.g. app.users=2000000 (repeatable)', collect)
    .option('--row-bytes <table=n>', 'average encoded row size of a table in bytes (repeatable)', collect)
    .option('--reads <table=n>', 'reads per second of a table, e.g. app.users=2000 (repeatable)', collect)
    .option('--writes <table=n>', 'writes per second of a table (repeatable)', collect)
    .option('--log-seconds <n>', 'seconds a query log without timestamps covers')
    .option('--region <region>', 'AWS Region to price (default: target.region / AWS_REGION, else us-east-1)')
    .option('--replica-regions <list>', 'further Regions of a multi-Region keyspace (writes are billed in each), comma-separated')
    .option('--prices <file>', 'price list (JSON, shaped like src/estimate/prices.json) for Regions the bundled list lacks or newer prices')
    .option('--target-utilization <percent>', 'target utilisation of provisioned capacity, 20-90 (default 70)')
    .addOption(new Option('--read-consistency <level>', 'consistency of reads whose level no log records (default LOCAL_QUORUM)').choices(['LOCAL_QUORUM', 'LOCAL_ONE', 'ONE']))
    .option('--lwt-failure-rate <share>', 'share of conditional writes whose condition fails, 0-1 (default 0)')
    .option('--pitr', 'bill point-in-time recovery for every table')
    .option('--value-bytes <n>', 'bytes of a text, blob or collection value whose size nothing measured (default 64)')
    .option('--config <file>', 'configuration file (default: ksmig.config.yaml found from the working directory up)')
    .action(async (paths: string[], flags: EstimateFlags) => {
      const { runEstimate } = await import('./estimate-run.js');
      done(await runEstimate(paths, flags, io));
    });
};
