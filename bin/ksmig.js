#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`, run on install).
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
