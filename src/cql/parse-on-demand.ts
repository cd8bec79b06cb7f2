/**
 * `parseScript` for callers that can wait (the audit of files): the same results, with ANTLR loaded
 * only when a statement needs it (antlr.ts). parse.ts's synchronous API is built on the helpers
 * here. Internal to src/cql but for `parseScriptOnDemand`.
 */
import type { Statement } from './ast/nodes.js';
import type { CqlSyntaxError } from './errors.js';
import { parseFastScript } from './fast-path.js';
import { statementLimits, type StatementLimits } from './limits.js';
import { ScriptReader, type ScriptWindow } from './script-reader.js';

export interface ParseResult {
  /** The statements that parsed, in script order. */
  statements: Statement[];
  /** One error per statement that did not parse, in script order (including those past a limit, marked with it). */
  errors: CqlSyntaxError[];
}

/** `parseScript` (parse.ts), loading ANTLR first when a statement of `text` needs it. */
export async function parseScriptOnDemand(text: string, limits?: Partial<StatementLimits>): Promise<ParseResult> {
  return parseFast(text, limits) ?? parsedWindows(await ScriptReader.allAsync(text, { ...limits, fastPath: true }));
}

/**
 * The statements of `text` when the fast path reads every one of them, undefined otherwise. Plain
 * DML (most of what applications send) and schema statements have this shortcut to the same
 * statements, skipping the lexer too (fast-path.ts). It takes nothing nested anywhere near the
 * nesting limit, and no statement can be past the length limit when the whole text is within it.
 */
export function parseFast(text: string, limits: Partial<StatementLimits> | undefined): ParseResult | undefined {
  if (text.length > statementLimits(limits).maxLength) return undefined;
  const fast = parseFastScript(text);
  return fast === undefined ? undefined : { statements: fast, errors: [] };
}

/** Every statement of the windows, parsed. */
export function parsedWindows(windows: readonly ScriptWindow[]): ParseResult {
  const statements: Statement[] = [];
  const errors: CqlSyntaxError[] = [];
  for (const window of windows) {
    for (const s of window.statements) {
      const parsed = s.parse();
      if ('error' in parsed) errors.push(parsed.error);
      else statements.push(parsed.statement);
    }
  }
  return { statements, errors };
}
