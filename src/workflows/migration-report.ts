/**
 * The final report of a migration (the interactive flow and the demo): what was audited, how the
 * schema was converted and applied, what was copied and what the verification found, with the
 * figures — as Markdown for people and JSON for tools, side by side in one directory.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditReport } from '../audit/types.js';
import type { QueryShapeResult, VerifyMode } from '../verify/events.js';

/** Everything the report can hold; absent parts were not run. */
export interface MigrationReport {
  version: 1;
  generatedAt: string;
  origin?: string | undefined;
  target?: string | undefined;
  audit?: { files: number; statements: number; errors: number; warnings: number; infos: number; rules: Array<{ ruleId: string; rule: string; severity: string; count: number }> } | undefined;
  schema?: { keyspaces: number; tables: number; types: number; omitted: number; applied: number; failed: number } | undefined;
  copy?: { tables: Array<{ table: string; read: number; written: number; rejected: number; seconds: number }> } | undefined;
  verify?:
    | {
        mode: VerifyMode;
        tables: Array<{ table: string; compared: number; missing: number; extra: number; different: number; repaired: number; stillDifferent: number }>;
        queries?: Array<Pick<QueryShapeResult, 'shape' | 'runs' | 'match' | 'mismatch' | 'errors' | 'explained'>> | undefined;
      }
    | undefined;
}

/** The audit part of a report from an audit result. */
export function auditPart(report: AuditReport): NonNullable<MigrationReport['audit']> {
  const rules = new Map<string, { ruleId: string; rule: string; severity: string; count: number }>();
  for (const f of report.findings) {
    if (f.suppressed !== undefined) continue;
    const entry = rules.get(f.ruleId) ?? { ruleId: f.ruleId, rule: f.rule, severity: f.severity, count: 0 };
    entry.count += f.count ?? 1;
    rules.set(f.ruleId, entry);
  }
  const order = { error: 0, warning: 1, info: 2 } as Record<string, number>;
  return { ...report.summary, rules: [...rules.values()].sort((a, b) => (order[a.severity] ?? 3) - (order[b.severity] ?? 3) || b.count - a.count || a.ruleId.localeCompare(b.ruleId)) };
}

/** Writes `migration-report.md` and `migration-report.json` into `dir`; returns their paths. */
export async function writeMigrationReport(dir: string, report: MigrationReport): Promise<{ markdown: string; json: string }> {
  await mkdir(dir, { recursive: true });
  const json = join(dir, 'migration-report.json');
  const markdown = join(dir, 'migration-report.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdown, renderMarkdown(report));
  return { markdown, json };
}

/** The report as Markdown. */
export function renderMarkdown(report: MigrationReport): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  const cell = (v: string): string => v.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
  const out: string[] = ['# Migration report', '', `Generated ${report.generatedAt}${report.origin ? ` · origin ${report.origin}` : ''}${report.target ? ` · target ${report.target}` : ''}.`, ''];
  if (report.audit) {
    const a = report.audit;
    out.push('## Audit', '', `${n(a.files)} inputs, ${n(a.statements)} statements: **${n(a.errors)} errors**, ${n(a.warnings)} warnings, ${n(a.infos)} infos.`, '');
    if (a.rules.length > 0) {
      out.push('| rule | severity | findings |', '|---|---|---:|');
      for (const r of a.rules) out.push(`| ${r.ruleId} ${cell(r.rule)} | ${r.severity} | ${n(r.count)} |`);
      out.push('');
    }
  }
  if (report.schema) {
    const s = report.schema;
    out.push('## Keyspaces schema', '', `${n(s.keyspaces)} keyspaces, ${n(s.tables)} tables, ${n(s.types)} types converted (${n(s.omitted)} objects left out); ${n(s.applied)} statements applied, ${n(s.failed)} failed.`, '');
  }
  if (report.copy) {
    out.push('## Copy', '', '| table | read | written | rejected | seconds |', '|---|---:|---:|---:|---:|');
    for (const t of report.copy.tables) out.push(`| ${cell(t.table)} | ${n(t.read)} | ${n(t.written)} | ${n(t.rejected)} | ${t.seconds.toFixed(1)} |`);
    out.push('');
  }
  if (report.verify) {
    const v = report.verify;
    const remaining = v.tables.some((t) => (t.repaired > 0 ? t.stillDifferent > 0 : t.missing + t.extra + t.different > 0));
    out.push('## Verification', '', `Rows matched by ${v.mode === 'merge' ? 'merging both sides in token order' : 'key lookups'}: ${remaining ? '**differences remain**' : '**identical**'}.`, '');
    out.push('| table | compared | missing | extra | different | repaired | still different |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const t of v.tables) out.push(`| ${cell(t.table)} | ${n(t.compared)} | ${n(t.missing)} | ${n(t.extra)} | ${n(t.different)} | ${n(t.repaired)} | ${n(t.stillDifferent)} |`);
    out.push('');
    if (v.queries && v.queries.length > 0) {
      out.push('### Application queries on both sides', '', '| statement shape | runs | match | explained | mismatch | errors |', '|---|---:|---:|---:|---:|---:|');
      for (const q of v.queries) out.push(`| \`${cell(q.shape)}\` | ${q.runs} | ${q.match} | ${q.explained} | ${q.mismatch} | ${q.errors} |`);
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}
