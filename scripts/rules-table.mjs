#!/usr/bin/env node
// Regenerates the rules table in docs/rules.md (between the rules-table markers) from
// compat-rules/rules/*.yaml. `--check` exits 1 without writing when the table is out of date (CI).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../', import.meta.url));
const rulesDir = `${root}compat-rules/rules/`;
const target = `${root}docs/rules.md`;
const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';

/** Escapes a table cell. */
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function rulesTable() {
  const all = readdirSync(rulesDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(rulesDir + f, 'utf8')));
  const rules = all.filter((r) => r.retired === undefined);
  const retired = all.filter((r) => r.retired !== undefined);
  const count = (sev) => rules.filter((r) => r.severity === sev).length;
  const lines = [
    `${rules.length} rules: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos. ` +
      'Explain one with `ksmig rules <id|name>`.',
    '',
    '| id | name | severity | topics | title |',
    '|---|---|---|---|---|',
    ...rules.map((r) => `| ${r.id} | \`${r.name}\` | ${r.severity} | ${cell(r.topics.join(', '))} | ${cell(r.title)} |`),
  ];
  if (retired.length > 0) {
    lines.push(
      '',
      `Retired (ids are never reused; naming one in \`--rules\`, \`--disable\`, the config or \`ksmig-ignore\` means its replacements): ` +
        retired.map((r) => `${r.id} \`${r.name}\` (${r.retired.on}, replaced by ${r.retired.replacedBy.join(', ')})`).join('; ') +
        '.',
    );
  }
  return lines.join('\n');
}

function main() {
  const check = process.argv.includes('--check');
  const text = readFileSync(target, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) {
    console.error(`${target}: markers ${START} / ${END} not found`);
    process.exit(2);
  }
  const next = `${text.slice(0, start + START.length)}\n${rulesTable()}\n${text.slice(end)}`;
  if (next === text) {
    console.log('rules table is up to date');
    return;
  }
  if (check) {
    console.error('the rules table in docs/rules.md is out of date: run `node scripts/rules-table.mjs`');
    process.exit(1);
  }
  writeFileSync(target, next);
  console.log('rules table updated');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
