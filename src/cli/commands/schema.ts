import { addTargetOptions } from '../connection-flags.js';
import type { RegisterCommand } from './register.js';
import type { SchemaApplyFlags } from './schema-run.js';

/** `ksmig schema apply <file>`: creates a (converted) schema on Keyspaces and waits until every table is ACTIVE. */
export const register: RegisterCommand = (program, io, done) => {
  const schema = program.command('schema').description('work with the target schema');
  const apply = schema
    .command('apply')
    .description('create the schema in <file> on Amazon Keyspaces (or ksmig emulate) and wait until every table is ACTIVE')
    .argument('<file>', 'CQL file with the Keyspaces-ready schema (see `ksmig audit --emit-target-schema`)')
    .option('--timeout <seconds>', 'how long to wait for each table to become ACTIVE', '600')
    .option('--json', 'print progress as JSON lines');
  addTargetOptions(apply).action(async (file: string, flags: SchemaApplyFlags) => {
    const { runApply } = await import('./schema-run.js');
    done(await runApply(file, flags, io));
  });
};
