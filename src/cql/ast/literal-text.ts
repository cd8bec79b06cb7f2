/**
 * The values of literals as the AST holds them, read from their text: shared by the AST builder and
 * the parser's fast path (which must not load ANTLR, see ../antlr.ts).
 */

/** Content of a `'…'` literal or the body of a `$$…$$` literal. */
export function stringContent(text: string): string {
  if (text.startsWith('$$')) return text.slice(2, -2);
  return text.slice(1, -1).replaceAll("''", "'");
}
