import { createHash } from 'node:crypto';
import type { Finding } from '../rules/finding.js';

/**
 * Stable finding fingerprints (DESIGN.md: "stable across runs and line moves").
 *
 * A fingerprint hashes the rule id, the file (normalised to forward slashes, without a leading
 * `./`), the statement text with whitespace collapsed, and the occurrence index of the finding
 * among findings that share those three keys (ordered by position). Line and column numbers are
 * deliberately left out, so inserting lines above a statement keeps its fingerprint; the
 * occurrence index keeps two identical statements in one file apart.
 */

/** Version prefix of the fingerprint scheme; bump it if the hashed inputs ever change. */
export const FINGERPRINT_VERSION = 'v1';

/** Normalises a file name for fingerprints and baselines: forward slashes, no leading `./`. */
export function normaliseFile(file: string): string {
  let f = file.replace(/\\/g, '/');
  while (f.startsWith('./')) f = f.slice(2);
  return f;
}

/** Collapses every run of whitespace to one space and trims; the statement part of the hash. */
export function normaliseStatement(statement: string): string {
  return statement.replace(/\s+/g, ' ').trim();
}

/** The fingerprint of one finding given its occurrence index among findings with equal keys. */
export function fingerprintOf(
  key: { ruleId: string; file: string; statement: string },
  occurrence: number,
): string {
  return hashParts(key.ruleId, normaliseFile(key.file), normaliseStatement(key.statement), occurrence);
}

/** The hash of the normalised parts (length-prefixed, so ("a b", "c") and ("a", "b c") cannot collide). */
function hashParts(ruleId: string, file: string, statement: string, occurrence: number): string {
  const parts = [ruleId, file, statement, String(occurrence)];
  let input = FINGERPRINT_VERSION;
  for (const part of parts) input += `\u0000${part.length}:${part}`;
  return createHash('sha256').update(input).digest('hex').slice(0, 32);
}

/** Maps a finding's file (as the user gave it) to the name its fingerprint uses. */
export type FingerprintFile = (file: string) => string;

function byPosition(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

/** `fn` computed once per distinct argument. */
function once(fn: (text: string) => string): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let out = seen.get(text);
    if (out === undefined) seen.set(text, (out = fn(text)));
    return out;
  };
}

/**
 * Computes the fingerprint of every finding (in input order). Findings that already carry a
 * fingerprint keep it in the result only if it equals the computed one; the computed value wins.
 */
export function computeFingerprints(findings: readonly Finding[], fileKey?: FingerprintFile): string[] {
  // A schema's findings share a few files and, many of them, a statement: each is normalised once.
  const fileOf = once(fileKey === undefined ? normaliseFile : (file) => normaliseFile(fileKey(file)));
  const statementOf = once(normaliseStatement);
  const groups = new Map<string, { ruleId: string; file: string; statement: string; indexes: number[] }>();
  findings.forEach((f, i) => {
    const file = fileOf(f.file);
    const statement = statementOf(f.statement);
    const key = `${f.ruleId}\u0000${file}\u0000${statement}`;
    const group = groups.get(key);
    if (group) group.indexes.push(i);
    else groups.set(key, { ruleId: f.ruleId, file, statement, indexes: [i] });
  });
  const out = new Array<string>(findings.length);
  for (const { ruleId, file, statement, indexes } of groups.values()) {
    if (indexes.length > 1) indexes.sort((x, y) => byPosition(findings[x]!, findings[y]!) || x - y);
    indexes.forEach((index, occurrence) => {
      out[index] = hashParts(ruleId, file, statement, occurrence);
    });
  }
  return out;
}

/**
 * Returns copies of the findings with `fingerprint` set (input order kept). `fileKey` names files
 * the same way wherever ksmig runs (the CLI: relative to the repository root).
 */
export function assignFingerprints(findings: readonly Finding[], fileKey?: FingerprintFile): Finding[] {
  const prints = computeFingerprints(findings, fileKey);
  return findings.map((f, i) => ({ ...f, fingerprint: prints[i]! }));
}
