import { InvalidArgumentError, Option, type Command } from 'commander';
import { REPORT_FORMATS } from '../../reporters/options.js';
import { QUERY_LOG_FORMATS } from '../../sources/query-logs/records.js';
import type { AuditFlags } from './audit-run.js';
import type { RegisterCommand } from './register.js';

/** Most threads `--jobs` takes: more than any machine's cores gains nothing, and each costs memory. */
const MAX_JOBS = 64;

function jobsArg(value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS) throw new InvalidArgumentError(`expected a whole number of threads from 1 to ${MAX_JOBS} (1 reads on one thread)`);
  return n;
}

/** `ksmig audit`: every Keyspaces incompatibility in schemas, DESCRIBE output, query logs or a live cluster. */
export const register: RegisterCommand = (program, io, done) => {
  program
    .command('audit')
    .description('report every Amazon Keyspaces incompatibility in CQL files, DESCRIBE output, query logs or a live cluster')
    .argument('[paths...]', '.cql files, directories (searched for *.cql), query logs (any other file), or - for standard input')
    .addOption(new Option('--format <format>', 'report format').choices([...REPORT_FORMATS]))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--stdin-filename <path>', 'repository path that findings on standard input (-) are reported under in SARIF and GitHub annotations')
    .option('--source-root <dir>', 'repository root that SARIF and GitHub annotation paths are relative to (default: the nearest directory up from here with .git)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices(['error', 'warning', 'info', 'never']))
    .option('--topics <list>', 'only rules with one of these topics (comma-separated), e.g. lwt,ttl')
    .option('--rules <list>', 'only these rules (ids or names, comma-separated)')
    .option('--disable <list>', 'never these rules (ids or names, comma-separated)')
    .option('--config <file>', 'configuration file (default: ksmig.config.yaml found from the working directory up)')
    .option('--schema <files...>', 'schema files that give context (tables, TTL settings) without being reported on')
    .option('--query-log <files...>', 'read these files as query logs whatever their name')
    .addOption(new Option('--query-log-format <format>', 'query log format').choices([...QUERY_LOG_FORMATS]))
    .option('--show-literals', 'show query-log statements with their literal values (logs may carry personal data)')
    .option('--origin <hosts>', 'audit a live cluster: contact points host[:port], comma-separated')
    .option('--origin-dc <dc>', 'local data center of the origin (default: the first node that answers)')
    .option('--username <name>', 'origin user name')
    .option('--password <password>', 'origin password (prefer KSMIG_ORIGIN_PASSWORD)')
    .option('--origin-ca <file>', 'PEM CA bundle for TLS to the origin (turns TLS on)')
    .option('--origin-insecure', 'TLS to the origin without certificate verification')
    .option('--baseline <file>', 'findings listed in this baseline are existing; only new ones fail the run')
    .option('--write-baseline <file>', 'write the findings of this run as a baseline file')
    .option('--emit-target-schema <file>', 'write the Keyspaces-ready version of the audited schema to <file>')
    .option('--regions <list>', 'AWS Regions for the target schema, comma-separated: two or more give multi-Region keyspaces, one gives SingleRegionStrategy')
    .option('--capacity <mode>', "target capacity mode: on-demand, or provisioned:<read units>:<write units>")
    .option('--now <iso-time>', 'the current time for time-dependent rules (reproducible runs)')
    .option('--jobs <n>', 'threads a large query log is read on (1: one thread; default: one per core, at most 8)', jobsArg)
    .option('--max-statement-size <size>', 'longest statement (or query-log record) audited, e.g. 1MiB (the default) or 4MiB; longer ones are reported as KS0003')
    .action(async (paths: string[], opts: AuditFlags, cmd: Command) => {
      const color = cmd.optsWithGlobals()['color'] !== false;
      const { runAudit } = await import('./audit-run.js');
      done(await runAudit(paths, opts, color, io));
    });
};

