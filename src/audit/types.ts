/**
 * The audit result: pure data produced by `src/audit`, consumed by reporters and the UI.
 * `AuditReport` is the JSON contract of DESIGN.md ("Audit JSON", version 1): field names and
 * meanings must not change; version 1 may only gain the optional fields listed on `Finding`.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Severity order, strongest first; used by `--fail-on` and sorting. */
export const severityRank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A fix as text edits on the audited source (end column exclusive, like all ranges). */
export interface FindingFix {
  title: string;
  safety: 'safe' | 'unsafe';
  edits: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; text: string }>;
}

/** One rule hit (or syntax error / unreadable file) at a 1-based position. Columns count UTF-16 code units; `endColumn` is exclusive, as in SARIF. */
export interface Finding {
  ruleId: string;
  rule: string;
  severity: Severity;
  topics: string[];
  message: string;
  help: string;
  /** The path as the user gave it; `<stdin>` for `-`; `origin:<host>/<keyspace>` for a live schema. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The statement text, truncated to 200 characters. */
  statement: string;
  // Optional fields allowed in version 1 (DESIGN.md); nothing else may be added without version 2.
  fingerprint?: string;
  count?: number;
  firstLine?: number;
  example?: string;
  suppressed?: string;
  baseline?: 'new' | 'existing';
  fix?: FindingFix;
}

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

/** Maximum length of `Finding.statement`. */
export const STATEMENT_EXCERPT_LENGTH = 200;

/** Cuts a statement to the excerpt length of the contract. */
export function excerpt(statement: string): string {
  const s = statement.trim();
  return s.length <= STATEMENT_EXCERPT_LENGTH ? s : s.slice(0, STATEMENT_EXCERPT_LENGTH);
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
