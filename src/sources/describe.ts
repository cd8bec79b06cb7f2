/**
 * `cqlsh DESCRIBE SCHEMA` output is CQL, but copies pasted from a terminal carry cqlsh's own
 * lines: prompts (`cqlsh:shop> DESCRIBE SCHEMA`, `   ... ` on the lines of a statement typed over
 * several), its `Warnings :` banners and the blank `(N rows)` footers. Prompts and banners are
 * blanked (not removed), so every finding keeps the line and column it has in the user's file; what
 * was typed at a prompt stays, since it is part of what ran. The `/* Warning: … *\/` comments
 * DESCRIBE writes for objects it cannot render are already comments and stay.
 */
import { detectFormat } from './query-logs/detect.js';

const PROMPT = /^cqlsh(?::[^>]*)?> ?/;
/** cqlsh's prompt for the next line of an unfinished statement. */
const CONTINUATION = /^ {0,8}\.\.\. ?/;
const BANNER = /^(?:Warnings\s*:.*|\(\d+ rows?\)\s*)$/;

/** Blanks cqlsh prompts and banner lines, keeping every other character at its position. */
export function stripCqlshNoise(text: string): string {
  if (!text.includes('cqlsh') && !text.includes('Warnings') && !text.includes(' rows)')) return text;
  // Inside a statement typed at a prompt that has not reached its ';' yet.
  let typing = false;
  return text
    .split('\n')
    .map((line) => {
      const bare = line.replace(/\r$/, '');
      if (BANNER.test(bare)) {
        typing = false;
        return '';
      }
      const prompt = PROMPT.exec(bare) ?? (typing ? CONTINUATION.exec(bare) : null);
      if (prompt === null) {
        typing = false;
        return line;
      }
      const typed = bare.slice(prompt[0].length);
      // cqlsh's own commands (DESCRIBE, CONSISTENCY …) end with their line; they are not statement starts here.
      typing = STATEMENT_START.test(typed) && !typed.trimEnd().endsWith(';');
      return ' '.repeat(prompt[0].length) + line.slice(prompt[0].length);
    })
    .join('\n');
}

/** Keywords that begin a CQL statement (which, typed at a prompt, may go on over `   ...` lines). */
const STATEMENT_START = /^\s*(create|alter|drop|use|insert|update|delete|select|begin|apply|grant|revoke|truncate|list)\b/i;

/**
 * Whether the start of a file given without a CQL ending (`schema.txt`, `describe.out`) is a CQL
 * script rather than a query log: none of the log formats' markers, and at least one statement
 * that goes on over the next lines, as DESCRIBE output and hand-written schemas do, while a
 * one-statement-per-line log never does.
 */
export function looksLikeCqlScript(head: string): boolean {
  if (detectFormat(head) !== 'lines') return false;
  const lines = stripCqlshNoise(head)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('--') && !l.startsWith('//'));
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1] as string;
    if (STATEMENT_START.test(line) && !line.endsWith(';') && !STATEMENT_START.test(next)) return true;
  }
  return false;
}
