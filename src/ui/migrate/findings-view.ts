/**
 * The audit's findings as the migration lists them: grouped by severity, then by topic, one row a
 * finding; and a finding's details (the rule's why and what to do, the code frame) as lines.
 */
import { basename } from 'node:path';
import type { Finding, Severity } from '../../rules/finding.js';
import type { LoadedRule } from '../../rules/load.js';
import { frameRows, type FrameSource } from '../../reporters/code-frame.js';
import { escapeControl, oneLine } from '../escape.js';
import { maxOf } from '../../shared/arrays.js';

/** A row of the findings list: a group heading, or a finding (`index` into the sorted findings). */
export type FindingRow = { kind: 'severity'; severity: Severity; count: number } | { kind: 'topic'; topic: string; count: number } | { kind: 'finding'; index: number; finding: Finding };

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings that count (not suppressed), by severity, then topic, then place. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .filter((f) => f.suppressed === undefined)
    .slice()
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.topics[0] ?? '').localeCompare(b.topics[0] ?? '') || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

/** The rows of the list for findings already sorted by {@link sortedFindings}. */
export function findingRows(sorted: readonly Finding[]): FindingRow[] {
  const rows: FindingRow[] = [];
  let severity: Severity | undefined;
  let topic: string | undefined;
  sorted.forEach((finding, index) => {
    const t = finding.topics[0] ?? 'other';
    if (finding.severity !== severity) {
      severity = finding.severity;
      topic = undefined;
      rows.push({ kind: 'severity', severity, count: sorted.filter((f) => f.severity === finding.severity).length });
    }
    if (t !== topic) {
      topic = t;
      rows.push({ kind: 'topic', topic: t, count: sorted.filter((f) => f.severity === finding.severity && (f.topics[0] ?? 'other') === t).length });
    }
    rows.push({ kind: 'finding', index, finding });
  });
  return rows;
}

/** Where a finding is, short: `shop:12` for a live keyspace, `queries.log:40` for a file. */
export function shortPlace(finding: Pick<Finding, 'file' | 'line'>): string {
  const file = finding.file.startsWith('origin:') ? finding.file.slice(finding.file.lastIndexOf('/') + 1) : basename(finding.file);
  return `${oneLine(file)}:${finding.line}`;
}

/** The sections of a rule's docs (`## Why`, `## What to do`, …) as plain paragraphs. */
export function docSections(docs: string): Array<{ title: string; paragraphs: string[] }> {
  const out: Array<{ title: string; paragraphs: string[] }> = [];
  let current: { title: string; paragraphs: string[] } | undefined;
  let paragraph: string[] = [];
  const flush = (): void => {
    if (current !== undefined && paragraph.length > 0) current.paragraphs.push(paragraph.join(' ').replace(/`/g, ''));
    paragraph = [];
  };
  for (const raw of docs.split('\n')) {
    const line = raw.trim();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      current = { title: heading[1] ?? '', paragraphs: [] };
      out.push(current);
    } else if (line === '') {
      flush();
    } else if (/^([-*]|\d+\.)\s+/.test(line)) {
      // A list item starts a paragraph of its own.
      flush();
      paragraph.push(line.replace(/^[-*]\s+/, '• '));
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return out;
}

/** A finding's code frame in its source, as display lines (`12 │ text`, markers under it); empty when the source is unknown. */
export function codeFrame(finding: Finding, sources: ReadonlyMap<string, FrameSource>): string[] {
  const source = sources.get(finding.file);
  if (source === undefined) return finding.statement === '' ? [] : [escapeControl(oneLine(finding.statement))];
  const rows = frameRows(source, finding) ?? [];
  const width = maxOf(rows.map((r) => String(r.lineNumber ?? '').length), 1);
  return rows.map((r) => (r.kind === 'source' ? `${String(r.lineNumber).padStart(width)} │ ${escapeControl(r.text)}` : `${' '.repeat(width)} │ ${r.text}`));
}

/** The rule of a finding, when it is one of `rules`. */
export function ruleOf(finding: Pick<Finding, 'ruleId'>, rules: readonly LoadedRule[]): LoadedRule | undefined {
  return rules.find((r) => r.id === finding.ruleId);
}
