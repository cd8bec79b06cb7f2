#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`, run on install).
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
// The command is done: a driver connection that has not finished closing must not keep the process
// alive (an unref'd timer never delays a process that would exit anyway).
setTimeout(() => process.exit(), 3000).unref();
