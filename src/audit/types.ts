/**
 * The audit result: pure data produced by `src/audit`, consumed by reporters and the UI.
 * `AuditReport` is the JSON contract of DESIGN.md ("Audit JSON", version 1): field names and
 * meanings must not change; version 1 may only gain the optional fields listed on `Finding`.
 */

import type { Finding } from '../rules/finding.js';

export interface AuditSummary {
  files: number;
  statements: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** The whole audit, exactly as `--format json` prints it. */
export interface AuditReport {
  version: 1;
  summary: AuditSummary;
  findings: Finding[];
}

/** Counts findings per severity (suppressed findings do not count). */
export function summarize(files: number, statements: number, findings: readonly Finding[]): AuditSummary {
  const live = findings.filter((f) => f.suppressed === undefined);
  return {
    files,
    statements,
    errors: live.filter((f) => f.severity === 'error').length,
    warnings: live.filter((f) => f.severity === 'warning').length,
    infos: live.filter((f) => f.severity === 'info').length,
  };
}
