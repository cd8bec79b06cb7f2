/**
 * A finding: one rule hit (or syntax error / unreadable file) at a position. Owned by the rule
 * engine that produces it; the audit, the reporters and the UI consume it. Part of the JSON
 * contract of DESIGN.md ("Audit JSON", version 1): field names and meanings must not change, and
 * version 1 may only gain the optional fields listed on `Finding`.
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

/** Maximum length of `Finding.statement`. */
export const STATEMENT_EXCERPT_LENGTH = 200;

/** Cuts a statement to the excerpt length of the contract. */
export function excerpt(statement: string): string {
  const s = statement.trim();
  return s.length <= STATEMENT_EXCERPT_LENGTH ? s : s.slice(0, STATEMENT_EXCERPT_LENGTH);
}
