/**
 * Numbers and text as the estimate views show them: money with thousands separators, counts,
 * bytes, percentages, fixed-width columns and horizontal bars, and text from logs made safe for a
 * terminal (control characters shown as `\xNN`, line breaks folded). Deterministic: no locale.
 */

// C0 controls (line breaks included), DEL, the C1 controls (0x9B is a one-byte CSI) and the Unicode line separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `text` on one line with every control character shown as `\xNN` (ESC → `\x1b`); runs of white space folded. */
export function safeLine(text: string): string {
  return text.replace(/[\t\n\r]+/g, ' ').replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** An integer with thousands separators. */
export function integer(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + Math.round(Math.abs(n)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Money: `$1,234.56` for USD, `EUR 1,234.56` otherwise. */
export function moneyFormatter(currency: string): (n: number) => string {
  const prefix = currency === 'USD' ? '$' : `${currency} `;
  return (n) => {
    const cents = Math.round(Math.abs(n) * 100);
    const whole = integer(Math.floor(cents / 100));
    return `${n < 0 ? '-' : ''}${prefix}${whole}.${String(cents % 100).padStart(2, '0')}`;
  };
}

/** A rate or unit count: whole numbers with separators, small fractions with up to 2 decimals. */
export function quantity(n: number): string {
  if (n === 0) return '0';
  if (Math.abs(n) >= 100 || Number.isInteger(n)) return integer(n);
  return n.toFixed(2).replace(/\.?0+$/, '');
}

/** A count in at most six characters: `999`, `12.3k`, `4.56M`. */
export function compact(n: number | undefined): string {
  if (n === undefined) return '—';
  const abs = Math.abs(n);
  if (abs < 10_000) return quantity(n);
  const units = ['k', 'M', 'G', 'T', 'P'];
  let v = abs;
  let i = -1;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${n < 0 ? '-' : ''}${v.toFixed(v >= 100 ? 0 : v >= 10 ? 1 : 2)}${units[i]}`;
}

/** A 0–1 share as a percentage with no decimals. */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** `text` cut to `width` characters (ending with `…`) and padded to it. */
export function cell(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const chars = Array.from(text);
  const cut = chars.length > width ? `${chars.slice(0, Math.max(0, width - 1)).join('')}…` : text;
  const pad = ' '.repeat(Math.max(0, width - Array.from(cut).length));
  return align === 'left' ? cut + pad : pad + cut;
}

/** Rows laid out in columns as wide as their widest cell (the last column is not padded). */
export function columns(rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, Array.from(c).length)));
  return rows.map((row) =>
    (indent + row.map((c, i) => (i === row.length - 1 && align[i] !== 'right' ? c : cell(c, widths[i] ?? 0, align[i] ?? 'left'))).join('  ')).trimEnd(),
  );
}

/** A horizontal bar of `fraction` × `width` cells, in eighths. */
export function bar(fraction: number, width: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, fraction)) * width * 8);
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8] ?? '';
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}

/** `text` broken into lines of at most `width` characters at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line !== '' && Array.from(line).length + 1 + Array.from(word).length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
