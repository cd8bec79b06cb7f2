import type { Finding, Severity } from '../rules/finding.js';
import type { AuditReport } from '../audit/types.js';
import { frameRows, type FrameSource } from './code-frame.js';
import { appendAll, maxOf } from '../shared/arrays.js';
import { escapeControl } from '../shared/terminal-text.js';
import { compareStrings, countBySeverity, plural, sortFindings, type SeverityCounts } from './findings.js';
import type { ReporterOptions } from './options.js';

/** ANSI styling; identity functions when colour is off, so output is byte-identical minus escapes. */
interface Style {
  severity(severity: Severity, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const red = ansi(31, 39);
const yellow = ansi(33, 39);
const cyan = ansi(36, 39);

function makeStyle(color: boolean): Style {
  if (!color) return { severity: (_s, t) => t, bold: (t) => t, dim: (t) => t };
  const bySeverity: Record<Severity, (t: string) => string> = { error: red, warning: yellow, info: cyan };
  return { severity: (s, t) => bySeverity[s](t), bold: ansi(1, 22), dim: ansi(2, 22) };
}

function countsText(c: SeverityCounts): string {
  const parts: string[] = [];
  if (c.error) parts.push(plural(c.error, 'error'));
  if (c.warning) parts.push(plural(c.warning, 'warning'));
  if (c.info) parts.push(plural(c.info, 'info'));
  return parts.join(', ');
}

function indentBlock(text: string, prefix: string): string[] {
  return text.split(/\r\n|\r|\n/).map((l) => `${prefix}${l}`);
}

function renderFrame(f: Finding, source: FrameSource | undefined, style: Style): string[] {
  if (source === undefined) return [];
  const rows = frameRows(source, f);
  if (!rows) return [];
  const numberWidth = String(maxOf(rows.map((r) => r.lineNumber ?? 0), 0)).length;
  return rows.map((row) => {
    if (row.kind === 'source') {
      const mark = row.inRange ? '>' : ' ';
      const gutter = `${mark} ${String(row.lineNumber).padStart(numberWidth)} |`;
      return `    ${style.dim(gutter)}${row.text === '' ? '' : ` ${row.text}`}`;
    }
    if (row.kind === 'gap') return `    ${style.dim(`  ${' '.repeat(numberWidth)} ${row.text}`)}`;
    return `    ${style.dim(`  ${' '.repeat(numberWidth)} |`)} ${style.severity(f.severity, row.text)}`;
  });
}

function renderFinding(f: Finding, options: ReporterOptions, style: Style): string[] {
  const where = `${escapeControl(f.file)}:${f.line}:${f.column}`;
  const tag = f.baseline === 'existing' ? ` ${style.dim('[baseline]')}` : '';
  const [firstLine = '', ...moreLines] = f.message.split(/\r\n|\r|\n/);
  const out = [
    `  ${style.bold(where)} ${style.severity(f.severity, f.severity)} ${f.ruleId}(${f.rule}) ${firstLine}${tag}`,
    ...moreLines.map((l) => `    ${l}`),
  ];
  // A query-log line holds the literals the shape hides (often personal data): frame it only when asked.
  const mayFrame = f.example === undefined || options.showLiterals === true;
  appendAll(out, renderFrame(f, mayFrame ? options.sources?.get(f.file) : undefined, style));
  if (f.count !== undefined) {
    const first = f.firstLine !== undefined ? `, first at line ${f.firstLine}` : '';
    out.push(`    seen ${plural(f.count, 'time')}${first}`);
  }
  if (f.example !== undefined) appendAll(out, indentBlock(f.example, '    shape: '));
  if (f.help !== '') appendAll(out, indentBlock(f.help, `    ${style.dim('help:')} `));
  if (f.fix !== undefined) out.push(`    ${style.dim('fix:')} ${f.fix.title} (${f.fix.safety})`);
  return out;
}

/** Topic lines: strongest first (errors, then warnings, then infos), then by name. */
function topicSummary(findings: readonly Finding[]): string[] {
  const byTopic = new Map<string, SeverityCounts>();
  for (const f of findings) {
    for (const topic of f.topics) {
      const c = byTopic.get(topic) ?? { error: 0, warning: 0, info: 0 };
      c[f.severity] += 1;
      byTopic.set(topic, c);
    }
  }
  const rows = [...byTopic.entries()].sort(
    ([ta, a], [tb, b]) => b.error - a.error || b.warning - a.warning || b.info - a.info || compareStrings(ta, tb),
  );
  const width = maxOf(rows.map(([t]) => t.length), 0);
  return rows.map(([topic, c]) => `  ${topic.padEnd(width)}  ${countsText(c)}`);
}

/** A finding's text fields as a terminal may show them: control characters escaped (they come from the inputs). */
function terminalSafe(f: Finding): Finding {
  // `file` stays as it is: it keys the sources; it is escaped where it is printed.
  const safe: Finding = { ...f, message: escapeControl(f.message), help: escapeControl(f.help), statement: escapeControl(f.statement) };
  if (f.example !== undefined) safe.example = escapeControl(f.example);
  if (f.fix !== undefined) safe.fix = { ...f.fix, title: escapeControl(f.fix.title) };
  return safe;
}

/**
 * Human-readable report: findings grouped by file (each with a code frame when the source text is
 * in `options.sources`, help, and any query-log details), then a summary per topic and totals.
 * Suppressed findings are not listed, only counted. Colours only when `options.color`.
 */
export function formatText(report: AuditReport, options: ReporterOptions = {}): string {
  const style = makeStyle(options.color === true);
  const all = sortFindings(report.findings).map(terminalSafe);
  const shown = all.filter((f) => f.suppressed === undefined);
  const suppressed = all.length - shown.length;
  const lines: string[] = [];

  const byFile = new Map<string, Finding[]>();
  for (const f of shown) {
    const list = byFile.get(f.file);
    if (list === undefined) byFile.set(f.file, [f]);
    else list.push(f);
  }
  for (const [file, findings] of byFile) {
    // A query log's findings are ranked by how often their statement ran (ties keep the report order).
    const inFile = findings.sort((a, b) => (b.count ?? 0) - (a.count ?? 0));
    lines.push(`${style.bold(escapeControl(file))} ${style.dim(`(${countsText(countBySeverity(inFile))})`)}`);
    for (const f of inFile) {
      appendAll(lines, renderFinding(f, options, style));
      lines.push('');
    }
  }

  if (shown.length > 0) {
    lines.push('Topics:');
    appendAll(lines, topicSummary(shown));
    lines.push('');
  }

  const { summary } = report;
  const problems = summary.errors + summary.warnings + summary.infos;
  const scope = `in ${plural(summary.files, 'file')}, ${plural(summary.statements, 'statement')}`;
  const totals = countsText({ error: summary.errors, warning: summary.warnings, info: summary.infos });
  const headline =
    problems === 0 ? `No problems found ${scope}.` : `${plural(problems, 'problem')} (${totals}) ${scope}.`;
  const worst: Severity | undefined = summary.errors ? 'error' : summary.warnings ? 'warning' : summary.infos ? 'info' : undefined;
  lines.push(worst ? style.bold(style.severity(worst, headline)) : style.bold(headline));

  const notes: string[] = [];
  const existing = shown.filter((f) => f.baseline === 'existing').length;
  const fresh = shown.filter((f) => f.baseline === 'new').length;
  if (existing > 0 || fresh > 0) notes.push(`${fresh} new, ${existing} in baseline`);
  if (suppressed > 0) notes.push(`${suppressed} suppressed`);
  if (notes.length > 0) lines.push(style.dim(notes.join('; ')));
  return `${lines.join('\n')}\n`;
}
