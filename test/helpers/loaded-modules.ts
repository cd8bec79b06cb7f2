import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `NODE_OPTIONS` and the variable that make a child process list the modules it loads in `file`. */
export function recordLoads(file: string): NodeJS.ProcessEnv {
  const hook = fileURLToPath(new URL('./record-loads.mjs', import.meta.url));
  const options = process.env.NODE_OPTIONS === undefined ? '' : `${process.env.NODE_OPTIONS} `;
  return { NODE_OPTIONS: `${options}--import=${hook}`, KSMIG_TEST_LOADS: file };
}

/** Paths of the ANTLR runtime and the generated lexer and parser (as sources or compiled). */
const ANTLR_PATH = /\/node_modules\/antlr4ng\/|\/cql\/generated\/Cql(Lexer|Parser|ParserVisitor)\.[jt]s$/;
/** A bundle chunk holding them: class names survive the bundle's minification (esbuild may prefix them with `_`). */
const ANTLR_CODE = /\bclass _?(ATNDeserializer|CqlLexer|CqlParser)\b/;

/** The modules listed in `file` (see `recordLoads`) that hold ANTLR: its runtime, or the generated lexer or parser. */
export function loadedAntlr(file: string): string[] {
  const urls = readFileSync(file, 'utf8').split('\n').filter((u) => u.startsWith('file:'));
  return urls.filter((url) => ANTLR_PATH.test(url) || (url.includes('/dist/bundle/') && ANTLR_CODE.test(readFileSync(fileURLToPath(url), 'utf8'))));
}
