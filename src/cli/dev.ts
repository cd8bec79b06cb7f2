// Development entry: runs the CLI from TypeScript sources (`node --import tsx src/cli/dev.ts …`),
// used by tests that need a real child process without a build step.
import { run } from './main.js';

process.exitCode = await run(process.argv.slice(2));
