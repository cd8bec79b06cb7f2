import { excerpt, type Finding, type Severity } from '../rules/finding.js';

/**
 * Inline suppressions in CQL comments (all three comment forms):
 *
 *     -- ksmig-ignore KS1101: reason            the next statement (or the statement the comment sits in)
 *     // ksmig-ignore KS3101, allow-filtering   several rules, ids or names; the reason is optional
 *     /* ksmig-ignore-file KS4201: reason *\/   the whole file
 *
 * A directive must open the comment. Pure: no rule engine, no I/O. The engine parses each source,
 * applies the suppressions to its findings, and turns unused ones into KS9003 findings.
 */

/** Id and name of the meta rule reported for suppressions that matched nothing. */
export const UNUSED_SUPPRESSION_RULE = { id: 'KS9003', name: 'unused-suppression' } as const;

/** One rule reference inside a directive, with its position (1-based, UTF-16 columns, end exclusive). */
export interface SuppressionRuleRef {
  /** As written: a rule id (`KS1101`) or name (`materialized-view`). */
  ref: string;
  line: number;
  column: number;
  endColumn: number;
}

/** One `ksmig-ignore` / `ksmig-ignore-file` comment. */
export interface Suppression {
  kind: 'statement' | 'file';
  /** The file the comment is in, when the caller said (then it only applies to findings of that file). */
  file?: string;
  rules: SuppressionRuleRef[];
  /** Text after the `:`, whitespace collapsed; undefined when none was given. */
  reason?: string;
  /** The comment's range. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The comment text, for reports. */
  text: string;
  /**
   * For `statement` suppressions: the range of the statement they cover (from its first token to
   * its terminating `;` inclusive, or the end of the text). Absent when no statement follows.
   */
  statement?: { line: number; column: number; endLine: number; endColumn: number };
}

/** Maps a rule reference (id or name, any case) to the canonical rule id, or undefined if unknown. */
/** The rule id a reference names, or the ids it stands for (a retired rule's replacements); undefined when none. */
export type ResolveRule = (ref: string) => string | readonly string[] | undefined;

interface Token {
  kind: 'comment' | 'string' | 'word' | 'semicolon' | 'other';
  start: number;
  end: number;
  /** For comments: the body without delimiters, and where that body starts. */
  body?: string;
  bodyStart?: number;
}

/** Splits CQL into the tokens suppressions care about: comments, strings, words, semicolons. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (/\s/.test(ch)) {
      i += 1;
    } else if ((ch === '-' && next === '-') || (ch === '/' && next === '/')) {
      let end = text.indexOf('\n', i);
      if (end === -1) end = n;
      const bodyEnd = text[end - 1] === '\r' ? end - 1 : end;
      tokens.push({ kind: 'comment', start: i, end: bodyEnd, body: text.slice(i + 2, bodyEnd), bodyStart: i + 2 });
      i = end;
    } else if (ch === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close === -1 ? n : close + 2;
      tokens.push({ kind: 'comment', start: i, end, body: text.slice(i + 2, close === -1 ? n : close), bodyStart: i + 2 });
      i = end;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (text[j] === ch) {
          if (text[j + 1] === ch) j += 2; // doubled quote inside the literal
          else break;
        } else j += 1;
      }
      tokens.push({ kind: 'string', start: i, end: Math.min(j + 1, n) });
      i = Math.min(j + 1, n);
    } else if (ch === '$' && next === '$') {
      const close = text.indexOf('$$', i + 2);
      const end = close === -1 ? n : close + 2;
      tokens.push({ kind: 'string', start: i, end });
      i = end;
    } else if (ch === ';') {
      tokens.push({ kind: 'semicolon', start: i, end: i + 1 });
      i += 1;
    } else if (/[A-Za-z0-9_]/.test(ch)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_]/.test(text[j]!)) j += 1;
      tokens.push({ kind: 'word', start: i, end: j });
      i = j;
    } else {
      tokens.push({ kind: 'other', start: i, end: i + 1 });
      i += 1;
    }
  }
  return tokens;
}

interface Span {
  start: number;
  end: number;
}

/** Statement spans from the tokens: up to `;`, except that a BEGIN … BATCH runs to APPLY BATCH `;`. */
function statementSpans(text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let start: number | undefined;
  let inBatch = false;
  let lastEnd = 0;
  const word = (t: Token | undefined) => (t && t.kind === 'word' ? text.slice(t.start, t.end).toUpperCase() : undefined);
  const code = tokens.filter((t) => t.kind !== 'comment');
  code.forEach((t, k) => {
    if (start === undefined) {
      if (t.kind === 'semicolon') return; // an empty statement
      start = t.start;
      inBatch = word(t) === 'BEGIN';
    }
    lastEnd = t.end;
    if (t.kind !== 'semicolon') return;
    if (inBatch && !(word(code[k - 1]) === 'BATCH' && word(code[k - 2]) === 'APPLY')) return;
    spans.push({ start, end: t.end });
    start = undefined;
  });
  if (start !== undefined) spans.push({ start, end: lastEnd });
  return spans;
}

/** 1-based line and UTF-16 column of every offset, computed once per text. */
function positionIndex(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) lineStarts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
}

const DIRECTIVE = /^(\s*)ksmig-ignore(-file)?(?=\s|$)/;
const REF = /[A-Za-z0-9_][A-Za-z0-9_-]*/y;

/**
 * Finds every suppression directive in a CQL text. `file`, when given, is recorded on each
 * suppression so that `applySuppressions` can be called with findings of several files.
 * Directives without any rule reference are ignored.
 */
export function parseSuppressions(text: string, file?: string): Suppression[] {
  const tokens = tokenize(text);
  const spans = statementSpans(text, tokens);
  const pos = positionIndex(text);
  const out: Suppression[] = [];

  for (const t of tokens) {
    if (t.kind !== 'comment') continue;
    const body = t.body!;
    const m = DIRECTIVE.exec(body);
    if (!m) continue;
    const isFile = m[2] !== undefined;
    let i = m[0].length;
    const refs: SuppressionRuleRef[] = [];
    for (;;) {
      while (i < body.length && /[ \t]/.test(body[i]!)) i += 1;
      REF.lastIndex = i;
      const r = REF.exec(body);
      if (!r) break;
      const at = pos(t.bodyStart! + i);
      refs.push({ ref: r[0], line: at.line, column: at.column, endColumn: at.column + r[0].length });
      i += r[0].length;
      while (i < body.length && /[ \t]/.test(body[i]!)) i += 1;
      if (body[i] !== ',') break;
      i += 1;
    }
    if (refs.length === 0) continue;
    const rest = body.slice(i);
    const reasonMatch = /^\s*:\s*([\s\S]*)$/.exec(rest);
    const reason = reasonMatch ? reasonMatch[1]!.replace(/\s+/g, ' ').trim() : '';

    const from = pos(t.start);
    const to = pos(t.end);
    const suppression: Suppression = {
      kind: isFile ? 'file' : 'statement',
      rules: refs,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      text: text.slice(t.start, t.end),
    };
    if (file !== undefined) suppression.file = file;
    if (reason !== '') suppression.reason = reason;
    if (!isFile) {
      // The statement the comment sits inside, else the first one starting after it.
      const span = spans.find((s) => s.start < t.start && t.end <= s.end) ?? spans.find((s) => s.start >= t.end);
      if (span) {
        const a = pos(span.start);
        const b = pos(span.end);
        suppression.statement = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
      }
    }
    out.push(suppression);
  }
  return out;
}

function before(a: { line: number; column: number }, b: { line: number; column: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** True when the suppression covers the finding's position (its file permitting). */
export function suppressionCovers(s: Suppression, f: Finding): boolean {
  if (s.file !== undefined && s.file !== f.file) return false;
  if (s.kind === 'file') return true;
  if (!s.statement) return false;
  const start = { line: s.statement.line, column: s.statement.column };
  const end = { line: s.statement.endLine, column: s.statement.endColumn };
  const at = { line: f.line, column: f.column };
  return !before(at, start) && before(at, end);
}

function refMatches(ref: string, f: Finding, resolveRule: ResolveRule): boolean {
  const id = resolveRule(ref);
  if (id !== undefined) return typeof id === 'string' ? id === f.ruleId : id.includes(f.ruleId);
  return ref.toUpperCase() === f.ruleId.toUpperCase() || ref.toLowerCase() === f.rule.toLowerCase();
}

/** Result of `applySuppressions`. */
export interface SuppressionResult {
  /** All findings, in input order; suppressed ones carry `suppressed` (the reason). */
  findings: Finding[];
  /** Suppressions with at least one reference that matched nothing, narrowed to those references. */
  unused: Suppression[];
}

/**
 * Marks findings covered by a suppression naming their rule (by id or name). Statement
 * suppressions win over file suppressions for the reason shown. Findings of the unused-suppression
 * rule itself are never suppressed.
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  resolveRule: ResolveRule,
): SuppressionResult {
  const used = suppressions.map((s) => s.rules.map(() => false));
  const ordered = suppressions
    .map((s, index) => ({ s, index }))
    .sort((a, b) => (a.s.kind === b.s.kind ? a.index - b.index : a.s.kind === 'statement' ? -1 : 1));

  const out = findings.map((f) => {
    if (f.ruleId === UNUSED_SUPPRESSION_RULE.id) return f;
    let reason: string | undefined;
    for (const { s, index } of ordered) {
      if (!suppressionCovers(s, f)) continue;
      s.rules.forEach((r, k) => {
        if (!refMatches(r.ref, f, resolveRule)) return;
        used[index]![k] = true;
        reason ??= s.reason ?? `ksmig-ignore${s.kind === 'file' ? '-file' : ''} at line ${s.line}`;
      });
    }
    return reason === undefined || f.suppressed !== undefined ? f : { ...f, suppressed: reason };
  });

  const unused: Suppression[] = [];
  suppressions.forEach((s, index) => {
    const rules = s.rules.filter((_r, k) => !used[index]![k]);
    if (rules.length > 0) unused.push({ ...s, rules });
  });
  return { findings: out, unused };
}

/** Wording of an unused-suppression finding; supplied by the rule data of KS9003. */
export interface UnusedSuppressionRule {
  severity: Severity;
  topics: string[];
  /** The message for one unused reference; `known` is false when the reference names no rule. */
  message(ref: SuppressionRuleRef, suppression: Suppression, known: boolean): string;
  help: string;
}

/**
 * One KS9003 finding per unused rule reference, at the reference inside the comment. `file` is
 * used for suppressions that do not record their own.
 */
export function unusedSuppressionFindings(
  unused: readonly Suppression[],
  file: string,
  rule: UnusedSuppressionRule,
  resolveRule: ResolveRule,
): Finding[] {
  return unused.flatMap((s) =>
    s.rules.map((r) => ({
      ruleId: UNUSED_SUPPRESSION_RULE.id,
      rule: UNUSED_SUPPRESSION_RULE.name,
      severity: rule.severity,
      topics: [...rule.topics],
      message: rule.message(r, s, resolveRule(r.ref) !== undefined),
      help: rule.help,
      file: s.file ?? file,
      line: r.line,
      column: r.column,
      endLine: r.line,
      endColumn: r.endColumn,
      statement: excerpt(s.text),
    })),
  );
}
