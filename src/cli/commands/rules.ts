import type { RegisterCommand } from './register.js';

/** `ksmig rules [id|name] [--json]`: list the compatibility rules or explain one. */
export const register: RegisterCommand = (program, io, done) => {
  program
    .command('rules')
    .description('list the Keyspaces compatibility rules, or explain one')
    .argument('[rule]', 'a rule id (KS1001) or name (secondary-index) to explain')
    .option('--json', 'print JSON')
    .action(async (ref: string | undefined, flags: { json?: boolean }) => {
      const { runRules } = await import('./rules-run.js');
      runRules(ref, flags, io, done);
    });
};
