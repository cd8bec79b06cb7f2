import type { Finding, Severity } from '../rules/finding.js';
import type { AuditReport } from '../audit/types.js';
import { absolutePath, fileKind, isActive, plural, repoRelativePath, sortFindings } from './findings.js';
import type { ReporterOptions } from './options.js';
import { escapeControl } from '../shared/terminal-text.js';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`) that become annotations on
 * the pull request. Suppressed findings and findings already in the baseline are not annotated.
 * Findings on `<stdin>` (without `stdinPath`) or a live schema have no repository file, so they
 * are annotated without a location and name it in the message. `file=` is relative to the
 * repository root (`baseDir`), whatever subdirectory (`cwd`) ksmig ran in; a file outside the
 * root keeps an absolute path.
 */

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Escapes the message part of a workflow command (`%`, CR, LF); other control characters are
 * shown as `\xNN`, since the job log renders ANSI escapes.
 */
export function escapeData(s: string): string {
  return escapeControl(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value of a workflow command (`%`, CR, LF, `:`, `,`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A file outside the repository root: absolute when a directory is known (a relative path would be read from the root). */
function outsidePath(file: string, options: ReporterOptions): string {
  const cwd = options.cwd ?? options.baseDir;
  return cwd === undefined ? file.replace(/\\/g, '/') : absolutePath(file, absolutePath(cwd, '/'));
}

function annotation(f: Finding, options: ReporterOptions): string {
  const kind = fileKind(f.file);
  const repoFile =
    kind === 'file'
      ? (repoRelativePath(f.file, options.baseDir, options.cwd) ?? outsidePath(f.file, options))
      : kind === 'stdin' && options.stdinPath !== undefined
        ? repoRelativePath(options.stdinPath, options.baseDir, options.cwd)
        : undefined;
  const props: Array<[string, string | number]> = [];
  let message = f.message;
  if (repoFile !== undefined) {
    props.push(['file', repoFile], ['line', f.line], ['col', f.column], ['endLine', f.endLine], ['endColumn', f.endColumn]);
  } else {
    message = `${f.file}:${f.line}:${f.column}: ${message}`;
  }
  props.push(['title', `${f.ruleId} ${f.rule}`]);
  if (f.help !== '') message = `${message}\n${f.help}`;
  const propText = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${command[f.severity]} ${propText}::${escapeData(message)}`;
}

/** One workflow command per active finding, then a plain summary line for the job log. */
export function formatGithub(report: AuditReport, options: ReporterOptions = {}): string {
  const lines = sortFindings(report.findings)
    .filter(isActive)
    .map((f) => annotation(f, options));
  const { summary } = report;
  const problems = summary.errors + summary.warnings + summary.infos;
  lines.push(
    `ksmig: ${plural(problems, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}) in ${plural(summary.files, 'file')}`,
  );
  return `${lines.join('\n')}\n`;
}
