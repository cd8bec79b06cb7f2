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
  const noise = new CqlshNoise();
  return noise.push(text) + noise.end();
}

/** Lines longer than this are judged by their beginning, so a line of any length streams through. */
const LINE_HEAD = 64 * 1024;

/**
 * `stripCqlshNoise` for text that arrives in pieces: `push` each piece and concatenate what it
 * returns, then `end`. The output is the same as stripping the whole text at once; a line is held
 * back only until its end or its first 64 KiB are known.
 */
export class CqlshNoise {
  // Inside a statement typed at a prompt that has not reached its ';' yet.
  private typing = false;
  /** The start of the current line, not yet judged. */
  private partial = '';
  /** The current line was judged on its beginning: the rest is passed or dropped as it comes. */
  private streaming: { drop: boolean; prompt: boolean; statement: boolean; last: string } | undefined;

  push(text: string): string {
    let out = '';
    let at = 0;
    while (at < text.length) {
      const nl = text.indexOf('\n', at);
      const piece = nl < 0 ? text.slice(at) : text.slice(at, nl);
      if (this.streaming !== undefined) {
        out += this.continueLine(piece);
      } else if (nl >= 0) {
        out += this.line(this.partial + piece);
        this.partial = '';
      } else {
        this.partial += piece;
        if (this.partial.length > LINE_HEAD) out += this.judgeHead();
      }
      if (nl < 0) break;
      out += '\n';
      if (this.streaming !== undefined) this.endStreamedLine();
      at = nl + 1;
      // No prompt pending and nothing that looks like cqlsh in the rest: its whole lines pass as they are.
      if (!this.typing && this.streaming === undefined) {
        const lastNl = text.lastIndexOf('\n');
        if (lastNl >= at && !mayBeNoise(text, at, lastNl)) {
          out += text.slice(at, lastNl + 1);
          at = lastNl + 1;
        }
      }
    }
    return out;
  }

  end(): string {
    if (this.streaming !== undefined) {
      this.endStreamedLine();
      return '';
    }
    const out = this.line(this.partial);
    this.partial = '';
    return out;
  }

  /** One whole line (without its LF). */
  private line(line: string): string {
    const bare = line.replace(/\r$/, '');
    if (BANNER.test(bare)) {
      this.typing = false;
      return '';
    }
    const prompt = PROMPT.exec(bare) ?? (this.typing ? CONTINUATION.exec(bare) : null);
    if (prompt === null) {
      this.typing = false;
      return line;
    }
    const typed = bare.slice(prompt[0].length);
    // cqlsh's own commands (DESCRIBE, CONSISTENCY …) end with their line; they are not statement starts here.
    this.typing = STATEMENT_START.test(typed) && !typed.trimEnd().endsWith(';');
    return ' '.repeat(prompt[0].length) + line.slice(prompt[0].length);
  }

  /** Judges a line too long to hold on its beginning; the rest of it then streams. */
  private judgeHead(): string {
    const head = this.partial;
    this.partial = '';
    if (/^Warnings\s*:/.test(head)) {
      this.streaming = { drop: true, prompt: false, statement: false, last: '' };
      return '';
    }
    const prompt = PROMPT.exec(head) ?? (this.typing ? CONTINUATION.exec(head) : null);
    this.streaming = { drop: false, prompt: prompt !== null, statement: prompt !== null && STATEMENT_START.test(head.slice(prompt[0].length)), last: '' };
    const out = prompt === null ? head : ' '.repeat(prompt[0].length) + head.slice(prompt[0].length);
    this.track(head);
    return out;
  }

  private continueLine(piece: string): string {
    const streaming = this.streaming!;
    if (streaming.drop) return '';
    this.track(piece);
    return piece;
  }

  private track(piece: string): void {
    const trimmed = piece.trimEnd();
    if (trimmed !== '') this.streaming!.last = trimmed[trimmed.length - 1]!;
  }

  private endStreamedLine(): void {
    const streaming = this.streaming!;
    this.typing = streaming.prompt && streaming.statement && streaming.last !== ';';
    this.streaming = undefined;
  }
}

/** Whether lines `text[from..to]` may hold a prompt or banner. */
function mayBeNoise(text: string, from: number, to: number): boolean {
  for (const marker of ['cqlsh', 'Warnings', ' row)', ' rows)']) {
    const at = text.indexOf(marker, from);
    if (at >= 0 && at <= to) return true;
  }
  return false;
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
