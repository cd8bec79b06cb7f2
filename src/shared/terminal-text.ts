/**
 * Text from input files, servers and user data (statements, table names, error causes, row keys)
 * can hold terminal control characters: an ESC starts a sequence that moves the cursor, rewrites the
 * screen or (OSC 52) sets the clipboard; BEL rings. Every such text goes through these functions
 * before it reaches a terminal or a plain log (text reports, GitHub annotations, messages on
 * standard error, the views). JSON, SARIF and JUnit keep text exact: those formats encode it.
 */

// C0 controls except tab and newline, DEL, and the C1 controls (0x9B is a one-byte CSI).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// The same, plus tab, newline and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function hex(char: string): string {
  return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** `text` with every control character except newline and tab shown as `\xNN` (ESC → `\x1b`). */
export function escapeControl(text: string): string {
  // Most text has none: skip the copy.
  return ANY_CONTROL.test(text) ? text.replace(CONTROL, hex) : text;
}

/**
 * `text` made safe for one line of a view: control characters shown as `\xNN`, and runs of
 * newlines, tabs and other line breaks folded into one space.
 */
export function oneLine(text: string): string {
  return text.replace(/[\t\n\r\u2028\u2029]+/g, ' ').replace(CONTROL_OR_BREAK, hex);
}
