#!/usr/bin/env node
// The top of one or more V8 CPU profiles (`node --cpu-prof`), as the benchmark docs quote them:
// the functions with the most self time, and self time summed by area (the ANTLR runtime, the
// generated parser, ksmig's own modules, GC, module loading). Several profiles of the same run
// (fresh processes) are summed, which steadies the shares on a loaded machine.
//
//   KSMIG_UNBUNDLED=1 node --cpu-prof --cpu-prof-dir=prof bin/ksmig.js audit schema.cql …
//   node bench/profile-top.mjs prof/*.cpuprofile [--top 15] [--areas]
//
// Without KSMIG_UNBUNDLED=1 the CLI runs as its bundle, and the areas of ksmig's own code are one.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
const files = args.filter((a, i) => !a.startsWith('--') && (topAt < 0 || i !== topAt + 1));
if (files.length === 0) {
  process.stderr.write('usage: node bench/profile-top.mjs <profile.cpuprofile>... [--top N]\n');
  process.exit(2);
}

/** A frame's display name: function, then the file relative to the package (dist/…, antlr4ng, node:…) and line. */
function frameName(frame) {
  const url = frame.url
    .replace(/^file:\/\/.*?\/node_modules\//, '')
    .replace(/^file:\/\/.*?\/(dist|src|bench)\//, '$1/');
  const fn = frame.functionName || '(anonymous)';
  return url ? `${fn} ${url}:${frame.lineNumber + 1}` : fn;
}

/** Where a frame's self time is counted in the summary by area. */
function area(frame) {
  const url = frame.url;
  if (!url) {
    if (frame.functionName === '(garbage collector)') return 'GC';
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') return frame.functionName;
    return 'native';
  }
  if (url.includes('/node_modules/antlr4ng/')) return 'ANTLR runtime (antlr4ng)';
  if (url.includes('/cql/generated/')) return 'generated parser/lexer';
  const nm = /\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return `package ${nm[1]}`;
  const own = /\/(?:dist|src)\/([^/]+)\//.exec(url);
  if (own) return `ksmig ${own[1]}/`;
  if (url.startsWith('node:internal/modules') || url.startsWith('node:internal/vm')) return 'Node module loading';
  if (url.startsWith('node:')) return 'Node core';
  return 'other';
}

const self = new Map();
const areas = new Map();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < profile.samples.length; i++) {
    const node = nodes.get(profile.samples[i]);
    const dt = deltas[i] ?? 0;
    if (!node || dt <= 0) continue;
    total += dt;
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + dt);
    const a = area(node.callFrame);
    areas.set(a, (areas.get(a) ?? 0) + dt);
  }
}

const ms = (us) => `${(us / 1000).toFixed(0)} ms`.padStart(8);
const pct = (us) => `${((100 * us) / total).toFixed(1)}%`.padStart(6);
console.log(`${files.length} profile(s), ${(total / 1000).toFixed(0)} ms sampled`);
console.log('self time by area:');
for (const [name, us] of [...areas].sort((a, b) => b[1] - a[1])) console.log(`${ms(us)} ${pct(us)}  ${name}`);
console.log(`top ${top} functions by self time:`);
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)} ${pct(us)}  ${name}`);
