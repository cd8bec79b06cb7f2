#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/, bundled into dist/bundle/ (both built by
// `npm run build`, run on install; scripts/bundle.mjs says why the bundle).
import { setFlagsFromString } from 'node:v8';

// V8 allocates objects of an allocation site straight into the old generation once most of them
// survived its first scavenges ("pretenuring"). A phase that keeps parse trees or tokens alive (a
// whole schema, a script's tokens) makes it decide so for the parser's sites, and every later parse
// then puts its short-lived trees where only a full GC frees them: the same parse ran at half speed
// in some processes and not in others (docs/benchmarks.md, "Performance: before and after"). Set before anything runs.
setFlagsFromString('--no-allocation-site-pretenuring');

// KSMIG_UNBUNDLED=1 runs the compiled modules one by one, as they are in dist/ (a CPU profile then
// names each function's own file; bench/profile-top.mjs sums them by folder).
const { run } = await import(process.env.KSMIG_UNBUNDLED === '1' ? '../dist/cli/main.js' : '../dist/bundle/main.js');
process.exitCode = await run(process.argv.slice(2));
// The command is done: a driver connection that has not finished closing must not keep the process
// alive (an unref'd timer never delays a process that would exit anyway).
setTimeout(() => process.exit(), 3000).unref();
