import type { Finding } from '../rules/finding.js';
import { computeFingerprints, normaliseFile } from './fingerprint.js';
import { KsmigError } from '../shared/errors.js';

/**
 * Baselines (`--write-baseline <file>` / `--baseline <file>`): a JSON file listing the
 * fingerprints of the findings a project has accepted, so CI fails only on new ones. Matching is
 * by fingerprint only (rule id + file + normalised statement + occurrence index; see
 * `src/audit/fingerprint.ts`), so findings keep matching when lines move.
 */

export const BASELINE_VERSION = 1;

/** One accepted finding. `rule`, `file`, `line` and `message` are there for people reading diffs. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  rule: string;
  file: string;
  line: number;
  message: string;
}

/** The baseline file. */
export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: 'ksmig';
  findings: BaselineEntry[];
}

function withFingerprints(findings: readonly Finding[]): Finding[] {
  const computed = computeFingerprints(findings);
  return findings.map((f, i) => (f.fingerprint !== undefined ? f : { ...f, fingerprint: computed[i]! }));
}

/**
 * The baseline JSON (2-space indented, trailing newline) for the given findings: every finding
 * that is not suppressed, sorted by file, rule id and fingerprint so the file diffs cleanly.
 * Pass all findings of the run: fingerprints count occurrences among them.
 */
export function writeBaseline(findings: readonly Finding[]): string {
  const entries = withFingerprints(findings)
    .filter((f) => f.suppressed === undefined)
    .map((f) => ({
      fingerprint: f.fingerprint!,
      ruleId: f.ruleId,
      rule: f.rule,
      file: normaliseFile(f.file),
      line: f.line,
      message: f.message,
    }))
    .sort(
      (a, b) =>
        cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || a.line - b.line || cmp(a.fingerprint, b.fingerprint),
    );
  const baseline: Baseline = { version: BASELINE_VERSION, tool: 'ksmig', findings: entries };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Parses and checks a baseline file's text. Throws a config error (exit 2) naming `source`
 * and what is wrong when it is not a ksmig baseline.
 */
export function parseBaseline(text: string, source = 'baseline'): Baseline {
  const fail = (what: string, cause?: unknown): never => {
    throw new KsmigError('config', 'KSMIG_BASELINE_INVALID', `${source}: ${what}`, {
      ...(cause === undefined ? {} : { cause }),
      tryMessage: 'Write a new one with `ksmig audit --write-baseline <file>`.',
    });
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`, error);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('expected a JSON object');
  const obj = value as Record<string, unknown>;
  if (obj['version'] !== BASELINE_VERSION) return fail(`"version" must be ${BASELINE_VERSION}, got ${JSON.stringify(obj['version'])}`);
  if (!Array.isArray(obj['findings'])) return fail('"findings" must be an array');
  const findings: BaselineEntry[] = obj['findings'].map((e: unknown, i: number) => {
    const entry = e as Record<string, unknown> | null;
    if (typeof entry !== 'object' || entry === null) return fail(`findings[${i}] must be an object`);
    for (const key of ['fingerprint', 'ruleId', 'rule', 'file', 'message'] as const) {
      if (typeof entry[key] !== 'string') return fail(`findings[${i}].${key} must be a string`);
    }
    if (typeof entry['line'] !== 'number') return fail(`findings[${i}].line must be a number`);
    return {
      fingerprint: entry['fingerprint'] as string,
      ruleId: entry['ruleId'] as string,
      rule: entry['rule'] as string,
      file: entry['file'] as string,
      line: entry['line'],
      message: entry['message'] as string,
    };
  });
  return { version: BASELINE_VERSION, tool: 'ksmig', findings };
}

/** Result of `applyBaseline`. */
export interface BaselineResult {
  /** All findings, in input order, each with `fingerprint` and `baseline` (`new` | `existing`); suppressed ones get only the fingerprint. */
  findings: Finding[];
  /** Baseline entries no current finding matched (fixed since the baseline was written). */
  fixed: BaselineEntry[];
}

/** Marks each finding `existing` when its fingerprint is in the baseline, else `new`. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): BaselineResult {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const seen = new Set<string>();
  const out = withFingerprints(findings).map((f): Finding => {
    if (f.suppressed !== undefined) return f;
    const existing = known.has(f.fingerprint!);
    if (existing) seen.add(f.fingerprint!);
    return { ...f, baseline: existing ? 'existing' : 'new' };
  });
  return { findings: out, fixed: baseline.findings.filter((e) => !seen.has(e.fingerprint)) };
}
