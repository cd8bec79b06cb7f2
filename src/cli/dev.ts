// Development entry: runs the CLI from TypeScript sources (`node --import tsx src/cli/dev.ts …`),
// used by tests that need a real child process without a build step.
import { run } from './main.js';

process.exitCode = await run(process.argv.slice(2));
// The command is done: a driver connection that has not finished closing must not keep the process
// alive (an unref'd timer never delays a process that would exit anyway).
setTimeout(() => process.exit(), 3000).unref();
