/**
 * `cqlsh DESCRIBE SCHEMA` output is CQL, but copies pasted from a terminal carry cqlsh's own
 * lines: prompts (`cqlsh:shop> DESCRIBE SCHEMA`), its `Warnings :` banners and the blank
 * `(N rows)` footers. Those lines are blanked (not removed), so every finding keeps the line and
 * column it has in the user's file. The `/* Warning: … *\/` comments DESCRIBE writes for objects
 * it cannot render are already comments and stay.
 */
const CQLSH_LINE = /^(?:cqlsh(?::[^>]*)?>.*|Warnings\s*:.*|\(\d+ rows?\)\s*)$/;

/** Blanks cqlsh prompt and banner lines, keeping every other character at its position. */
export function stripCqlshNoise(text: string): string {
  if (!text.includes('cqlsh') && !text.includes('Warnings') && !text.includes(' rows)')) return text;
  return text
    .split('\n')
    .map((line) => (CQLSH_LINE.test(line.replace(/\r$/, '')) ? '' : line))
    .join('\n');
}
