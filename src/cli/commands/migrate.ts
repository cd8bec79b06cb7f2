import type { MigrateFlags } from './migrate-run.js';
import type { RegisterCommand } from './register.js';

/** `ksmig migrate` (and `ksmig` alone on a terminal): the whole migration, interactively. */
export const register: RegisterCommand = (program, io, done) => {
  program
    .command('migrate')
    .description('the whole migration in one interactive flow (a terminal): connect, audit, schema, apply, copy, verify, report')
    .option('--resume', 'continue the migration saved in --dir (after Ctrl-C, at the step where it stopped; a copy resumes from its checkpoint)')
    .option('--dir <dir>', "where the migration keeps its state, checkpoint and report (default .ksmig/migrate)")
    .option('--config <file>', 'configuration file whose origin and target fill the forms in, and where answers are remembered (default: ksmig.config.yaml found from the working directory up)')
    .action(async (flags: MigrateFlags) => {
      const { runMigrate } = await import('./migrate-run.js');
      done(await runMigrate(flags, io));
    });
};
