#!/usr/bin/env node
// Regenerates the CQL parser (grammar/*.g4 → src/cql/generated/) with antlr-ng.
//
//   node scripts/grammar.mjs           regenerate src/cql/generated/
//   node scripts/grammar.mjs --check   regenerate into a temp dir; exit 1 listing every file that
//                                      differs from the committed src/cql/generated/
//
// Post-processing makes the output identical on every machine: each .ts file starts with
// `// @ts-nocheck`, absolute paths become repo-relative, line endings are LF, and the .interp /
// .tokens side files (nothing at runtime reads them) are not kept.

import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const grammarFiles = ['grammar/CqlLexer.g4', 'grammar/CqlParser.g4'];
const targetDir = join(repoRoot, 'src', 'cql', 'generated');
const HEADER = '// @ts-nocheck\n';

function antlrNgBin() {
  // antlr-ng's package.json is not exported; find it next to node_modules like npm does.
  const pkgPath = join(repoRoot, 'node_modules', 'antlr-ng', 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['antlr-ng'];
  return join(dirname(pkgPath), bin);
}

function generate(outDir) {
  const args = [
    antlrNgBin(),
    '-Dlanguage=TypeScript',
    '--exact-output-dir', 'true',
    '--generate-visitor', 'true',
    '--generate-listener', 'false',
    '-o', outDir,
    '--',
    ...grammarFiles,
  ];
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0 || /error\(\d+\)/.test(output)) {
    process.stderr.write(`antlr-ng failed:\n${output}\n`);
    process.exit(1);
  }
  if (output) process.stderr.write(`${output}\n`);
  return postProcess(outDir);
}

/** Returns the map file name → final content of the generated .ts files. */
function postProcess(outDir) {
  const files = new Map();
  const roots = [repoRoot, repoRoot.split(sep).join('/'), outDir, outDir.split(sep).join('/')];
  for (const name of readdirSync(outDir).sort()) {
    const path = join(outDir, name);
    if (!name.endsWith('.ts')) {
      rmSync(path);
      continue;
    }
    let text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
    for (const root of roots) {
      const rel = relative(repoRoot, root).split(sep).join('/') || '.';
      text = text.split(`${root}/`).join(rel === '.' ? '' : `${rel}/`).split(root).join(rel);
    }
    text = text.replace(/^\n+/, '');
    if (name === 'CqlParser.ts') text = useCqlRuleContext(text);
    if (!text.startsWith(HEADER)) text = HEADER + text;
    writeFileSync(path, text);
    files.set(name, text);
  }
  return files;
}

/**
 * Makes the generated contexts extend src/cql/rule-context.ts and assign ParserRuleContext's
 * fields in their own constructors (see that file for the V8 performance reason).
 */
function useCqlRuleContext(text) {
  const header = 'extends antlr.ParserRuleContext {';
  const superCall = '        super(parent, invokingState);\n';
  const fields =
    '        this.start = null;\n        this.stop = null;\n        this.children = [];\n' +
    '        this.parent = parent;\n        this.invokingState = invokingState;\n';
  const [head, ...classes] = text.split(header);
  if (classes.length === 0) throw new Error('post-processing: no generated context class found');
  const patched = classes.map((body) => {
    const at = body.indexOf(superCall);
    if (at < 0) throw new Error('post-processing: a context class has no super(parent, invokingState) call');
    return body.slice(0, at + superCall.length) + fields + body.slice(at + superCall.length);
  });
  const out = [head, ...patched].join('extends CqlRuleContext {');
  return out.replace('import * as antlr from "antlr4ng";\n', 'import * as antlr from "antlr4ng";\nimport { CqlRuleContext } from "../rule-context.js";\n');
}

function check() {
  const tmp = mkdtempSync(join(tmpdir(), 'ksmig-grammar-'));
  try {
    const fresh = generate(tmp);
    const committed = existsSync(targetDir)
      ? readdirSync(targetDir).filter((n) => n.endsWith('.ts')).sort()
      : [];
    const differing = [];
    for (const [name, text] of fresh) {
      const path = join(targetDir, name);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) differing.push(name);
    }
    for (const name of committed) if (!fresh.has(name)) differing.push(name);
    if (differing.length > 0) {
      process.stderr.write(
        `src/cql/generated/ is out of date with grammar/ (run \`npm run grammar\`):\n` +
          differing.map((n) => `  src/cql/generated/${n}\n`).join(''),
      );
      process.exit(1);
    }
    process.stdout.write(`src/cql/generated/ matches grammar/ (${fresh.size} files)\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv.includes('--check')) {
  check();
} else {
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  const files = generate(targetDir);
  process.stdout.write(`generated ${files.size} files in src/cql/generated/\n`);
}
