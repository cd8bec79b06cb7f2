/**
 * Numbers, durations and widths as the views show them. Deterministic (no locale): `1,234`,
 * `12.3k`, `1.23M`, `2m05s`.
 */

/** An integer with thousands separators: `1234567` → `1,234,567`. */
export function formatExact(value: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + Math.round(Math.abs(value)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const UNITS = ['', 'k', 'M', 'G', 'T', 'P'];

/**
 * A count in at most five characters: exact below 10,000 (`9,999`), then three significant
 * digits with a unit (`12.3k`, `1.23M`, `456M`).
 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs < 10_000) return formatExact(value);
  let unit = 0;
  let scaled = abs;
  while (scaled >= 999.5 && unit < UNITS.length - 1) {
    scaled /= 1000;
    unit += 1;
  }
  const digits = scaled >= 99.95 ? 0 : scaled >= 9.995 ? 1 : 2;
  return `${value < 0 ? '-' : ''}${scaled.toFixed(digits)}${UNITS[unit]}`;
}

/**
 * A speed, `8,210 rows/s`, or `measuring…` while the job has not run long enough to tell one
 * (`measuring speed…` where no `speed` label stands before it).
 */
export function speedText(rowsPerSecond: number | undefined, labelled: boolean): string {
  if (rowsPerSecond === undefined) return labelled ? 'measuring…' : 'measuring speed…';
  return `${formatCount(rowsPerSecond)} rows/s`;
}

/** Bytes in binary units: `3.1 GiB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let unit = 0;
  let scaled = bytes;
  while (scaled >= 1024 && unit < units.length - 1) {
    scaled /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? scaled.toFixed(0) : scaled.toFixed(1)} ${units[unit]}`;
}

/** Seconds as the two largest units: `45s`, `2m05s`, `1h02m`, `3d04h`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const pad = (n: number): string => n.toString().padStart(2, '0');
  if (s < 3600) return `${Math.floor(s / 60)}m${pad(s % 60)}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h${pad(Math.floor((s % 3600) / 60))}m`;
  return `${Math.floor(s / 86_400)}d${pad(Math.floor((s % 86_400) / 3600))}h`;
}

/** A fraction as a whole percentage, never 100% before `fraction` is 1: `0.999` → `99%`. */
export function formatPercent(fraction: number): string {
  const clamped = Math.min(1, Math.max(0, fraction));
  const whole = clamped < 1 ? Math.min(99, Math.floor(clamped * 100)) : 100;
  return `${whole}%`;
}

/** `text` cut to `width` characters, ending with `…` when cut. */
export function truncate(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  if (width <= 0) return '';
  return `${chars.slice(0, width - 1).join('')}…`;
}

/** `text` padded with spaces (or cut) to exactly `width` characters. */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = truncate(text, width);
  const pad = ' '.repeat(Math.max(0, width - Array.from(cut).length));
  return align === 'left' ? cut + pad : pad + cut;
}

/**
 * `text` broken into lines of at most `width` characters, at spaces where it can, mid-word where a
 * word is longer than a line. Lines carry no leading or trailing spaces.
 */
export function wrapWords(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/).filter((w) => w !== '')) {
    let rest = Array.from(word);
    if (line !== '' && Array.from(line).length + 1 + rest.length <= limit) {
      line += ` ${word}`;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    while (rest.length > limit) {
      lines.push(rest.slice(0, limit).join(''));
      rest = rest.slice(limit);
    }
    line = rest.join('');
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
