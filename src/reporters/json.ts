import type { Finding, FindingFix } from '../rules/finding.js';
import type { AuditReport } from '../audit/types.js';
import { sortFindings } from './findings.js';

/**
 * Copies a finding with exactly the fields of the version 1 contract, in contract order, so that
 * whatever else an in-memory finding carries never leaks into the JSON and key order is stable.
 */
function contractFinding(f: Finding): Finding {
  const out: Finding = {
    ruleId: f.ruleId,
    rule: f.rule,
    severity: f.severity,
    topics: [...f.topics],
    message: f.message,
    help: f.help,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    statement: f.statement,
  };
  if (f.fingerprint !== undefined) out.fingerprint = f.fingerprint;
  if (f.count !== undefined) out.count = f.count;
  if (f.firstLine !== undefined) out.firstLine = f.firstLine;
  if (f.example !== undefined) out.example = f.example;
  if (f.suppressed !== undefined) out.suppressed = f.suppressed;
  if (f.baseline !== undefined) out.baseline = f.baseline;
  if (f.fix !== undefined) out.fix = contractFix(f.fix);
  return out;
}

function contractFix(fix: FindingFix): FindingFix {
  return {
    title: fix.title,
    safety: fix.safety,
    edits: fix.edits.map((e) => ({
      file: e.file,
      line: e.line,
      column: e.column,
      endLine: e.endLine,
      endColumn: e.endColumn,
      text: e.text,
    })),
  };
}

/** The audit JSON of DESIGN.md (version 1): 2-space indented, findings in stable order, trailing newline. */
export function formatJson(report: AuditReport): string {
  const out: AuditReport = {
    version: 1,
    summary: {
      files: report.summary.files,
      statements: report.summary.statements,
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      infos: report.summary.infos,
    },
    findings: sortFindings(report.findings).map(contractFinding),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
