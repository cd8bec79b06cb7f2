/**
 * ANTLR, loaded on demand. The fast path (fast-path.ts) reads the statements schema files and
 * applications are made of without it; only a statement the fast path declines needs ANTLR's lexer
 * and parser (full-parse.ts), whose runtime and generated code take tens of milliseconds to load —
 * longer than auditing a small schema. So the modules on the audit's path (the fast path, the
 * script reader) import neither antlr4ng nor the generated lexer and parser, and reach the full
 * parse through `antlr()`; its token types come from generated/CqlTokens.ts.
 *
 * Two ways load it: `loadAntlr()`, which callers that can wait await when a statement needs it
 * (`ScriptReader.pushAsync`, `parseScriptOnDemand`), and parse.ts, whose synchronous API cannot
 * wait: importing it imports full-parse.ts, and `antlrImported` records that. Internal to src/cql.
 */
import { debuglog } from 'node:util';
import type * as FullParse from './full-parse.js';

/** The full parse: ANTLR's lexer and parser (full-parse.ts). */
export type Antlr = typeof FullParse;

let loaded: Antlr | undefined;

/** `NODE_DEBUG=ksmig` tells when ANTLR loads on demand. */
const debug = debuglog('ksmig');

/** Loads the full parse (once); `antlr()` returns it from then on. */
export async function loadAntlr(): Promise<void> {
  if (loaded !== undefined) return;
  debug('loading the full CQL parser (ANTLR): a statement needs it');
  loaded = await import('./full-parse.js');
}

/** Whether the full parse is loaded. */
export function antlrLoaded(): boolean {
  return loaded !== undefined;
}

/** Thrown by `antlr()` before the full parse is loaded: a bug, the caller should have loaded it. */
export class AntlrNotLoadedError extends Error {
  constructor() {
    super('internal error: the full CQL parser is used before it is loaded (await loadAntlr() first, or import parse.ts)');
  }
}

/** The full parse; throws AntlrNotLoadedError before `loadAntlr()` or an import of parse.ts. */
export function antlr(): Antlr {
  if (loaded === undefined) throw new AntlrNotLoadedError();
  return loaded;
}

/** parse.ts imports full-parse.ts statically, and with it the full parse is loaded. */
export function antlrImported(module: Antlr): void {
  loaded = module;
}
