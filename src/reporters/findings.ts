import path from 'node:path';
import { severityRank, type Finding, type Severity } from '../rules/finding.js';
import type { FailOn } from './options.js';

/** Plain code-unit comparison: unlike `localeCompare`, identical on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The stable report order: file, line, column, rule id, then the rest of the range and the message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    compareStrings(a.message, b.message)
  );
}

/** A sorted copy of the findings. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** True when a finding makes the run fail under `failOn` (suppressed and baselined findings never do). */
export function failsRun(finding: Finding, failOn: FailOn): boolean {
  if (failOn === 'never' || finding.suppressed !== undefined || finding.baseline === 'existing') return false;
  return severityRank[finding.severity] >= severityRank[failOn];
}

/** True for findings that count in summaries and annotations (not suppressed, not in the baseline). */
export function isActive(finding: Finding): boolean {
  return finding.suppressed === undefined && finding.baseline !== 'existing';
}

/** `<stdin>` */
export const STDIN_FILE = '<stdin>';
/** Prefix of findings on a live cluster's schema. */
export const ORIGIN_PREFIX = 'origin:';

/** Where a finding's file lives, for reporters that must map it onto a repository. */
export type FileKind = 'file' | 'stdin' | 'origin';

export function fileKind(file: string): FileKind {
  if (file === STDIN_FILE) return 'stdin';
  if (file.startsWith(ORIGIN_PREFIX)) return 'origin';
  return 'file';
}

/**
 * A path relative to `baseDir` with forward slashes, or `undefined` when the file lies outside
 * it. Relative `file`s are relative to `cwd` (default: `baseDir` itself), so a run from a
 * subdirectory of the repository still gives repository-relative paths. Without a `baseDir`,
 * relative paths are taken as already relative and absolute ones as outside.
 */
export function repoRelativePath(file: string, baseDir: string | undefined, cwd: string | undefined = baseDir): string | undefined {
  const isWindowsAbsolute = /^[a-zA-Z]:[\\/]/.test(file);
  const slashed = file.replace(/\\/g, '/');
  let rel: string;
  if (baseDir === undefined) {
    if (path.posix.isAbsolute(slashed) || isWindowsAbsolute) return undefined;
    rel = path.posix.normalize(slashed);
  } else {
    rel = path.posix.relative(absolutePath(baseDir, '/'), absolutePath(file, absolutePath(cwd ?? baseDir, '/')));
  }
  if (rel === '' || rel === '..' || rel.startsWith('../') || path.posix.isAbsolute(rel)) return undefined;
  return rel;
}

/** `file` made absolute against `cwd`, normalised, with forward slashes; absolute paths are only normalised. */
export function absolutePath(file: string, cwd: string): string {
  const slashed = file.replace(/\\/g, '/');
  if (path.posix.isAbsolute(slashed) || /^[a-zA-Z]:\//.test(slashed)) return path.posix.normalize(slashed);
  return path.posix.normalize(`${cwd.replace(/\\/g, '/')}/${slashed}`);
}

/** Counts per severity. */
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** "1 error", "2 warnings", "3 infos". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const severityWord: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };
