#!/usr/bin/env node
// Builds README.md from docs/readme/*.md: the two set-up commands and the audiences, a tour per
// audience, the reference index. The long reference lives in docs/*.md. A line
// `<!-- frame: NAME -->` becomes docs/frames/NAME.txt in a code block: screens captured by the
// pseudo-terminal test (KSMIG_FRAMES_DIR=docs/frames on test/integration/migrate-tty.test.ts), runs
// of blank lines shown as one. `--check` exits 1 without writing when README.md is out of date (CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const ORDER = ['00-intro.md', '10-tours.md', '90-reference.md'];

/** A captured screen: trailing spaces and blank runs folded, so the frame shows what the screen shows. */
function frame(name) {
  const text = readFileSync(`${root}docs/frames/${name}.txt`, 'utf8');
  const lines = text.replace(/\s+$/, '').split('\n').map((line) => line.trimEnd());
  const folded = lines.filter((line, i) => !(line === '' && lines[i - 1] === ''));
  return ['```', ...folded, '```'].join('\n');
}

const banner = '<!-- Generated from docs/readme/*.md and docs/frames/ by `npm run docs`; edit those files, not this one. -->';
const sections = ORDER.map((name) =>
  readFileSync(`${root}docs/readme/${name}`, 'utf8')
    .trim()
    .replace(/^<!-- frame: ([\w-]+) -->$/gm, (_, name) => frame(name)),
);
const [intro, ...rest] = sections;
// The two set-up commands must stay the first thing in the README, so the banner goes after the intro's code block.
const readme = `${intro}\n\n${banner}\n\n${rest.join('\n\n')}\n`;
const target = `${root}README.md`;
const current = (() => {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return '';
  }
})();
if (process.argv.includes('--check')) {
  if (current !== readme) {
    console.error('README.md is out of date: run `npm run docs`');
    process.exit(1);
  }
} else if (current !== readme) {
  writeFileSync(target, readme);
}
