import type { RegisterCommand } from './register.js';

/**
 * `ksmig demo` (`npm run demo`): the embedded default. Audits the bundled schema and query log,
 * converts the schema, then starts a real Cassandra with the Keyspaces emulator in front of it,
 * applies the converted schema and replays application statements to show how Keyspaces answers.
 */
export const register: RegisterCommand = (program, io, done) => {
  program
    .command('demo')
    .description('run the embedded example: audit, convert, and a local Cassandra + Keyspaces emulator')
    .option('--no-cluster', 'only audit and convert; do not start Cassandra and the emulator')
    .action(async (opts: { cluster: boolean }) => {
      const { runDemo } = await import('./demo-run.js');
      done(await runDemo(io, opts.cluster));
    });
};
