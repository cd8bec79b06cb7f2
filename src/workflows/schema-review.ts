/**
 * The schema review of the interactive migration: each object of the origin's live schema beside
 * what the Keyspaces schema makes of it (or the note saying why it is left out), both printed by
 * the same CQL printer so that a line diff shows exactly what the conversion removed, changed and
 * added, with the converter's notes for the object. Pure: an audit outcome in, data out.
 */
import type { QualifiedName, Statement } from '../cql/ast/nodes.js';
import { printStatement } from '../cql/ast/print.js';
import { parseScript } from '../cql/parse.js';
import { renameKeyspace } from '../convert/rename-keyspace.js';
import { PREPARED_HEADER } from '../sources/live-schema.js';
import type { AuditOutcome } from './audit.js';
import { appendAll } from '../shared/arrays.js';

/** One line of a diff: kept on both sides, only in the origin's DDL (`-`), only in the Keyspaces DDL (`+`). */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
  /** A removed line and the added line right after it are the same line, changed. */
  changed?: true;
}

/** One object of the schema, on both sides. */
export interface SchemaObjectReview {
  kind: 'keyspace' | 'type' | 'table' | 'index' | 'view' | 'function' | 'aggregate' | 'trigger';
  /** Its name on the origin (`ks`, `ks.name`). */
  name: string;
  /** Its name on the target, when it is created there (the keyspace may be renamed). */
  targetName: string | undefined;
  /** The origin's DDL (absent for an object only the target has, such as a keyspace added for its tables). */
  origin: string | undefined;
  /** The Keyspaces DDL (absent when the object is left out). */
  target: string | undefined;
  /** What the converter says about it. */
  notes: string[];
  /** The origin's DDL against the Keyspaces DDL, line by line. */
  diff: DiffLine[];
}

/** The whole review. */
export interface SchemaReview {
  objects: SchemaObjectReview[];
  /** Notes about the whole schema (Regions, replication). */
  general: string[];
  /** Counts of the Keyspaces schema. */
  keyspaces: number;
  tables: number;
  types: number;
  omitted: number;
}

type Key = { kind: SchemaObjectReview['kind']; name: string };

/**
 * Pairs the origin's objects (its live schema as the audit read it) with the converted schema's,
 * and diffs each pair. `rename` maps the (one) origin keyspace to another name on the target.
 */
export function reviewSchema(outcome: Pick<AuditOutcome, 'sources' | 'targetSchema'>, rename?: { from: string; to: string } | undefined): SchemaReview {
  const origin = new Map<string, { key: Key; text: string }>();
  for (const [file, text] of outcome.sources) {
    // The live schema is there whole, as text (see AuditOutcome.sources).
    if (!file.startsWith('origin:') || typeof text !== 'string') continue;
    const cut = text.indexOf(PREPARED_HEADER);
    let current: string | undefined;
    for (const st of parseScript(cut >= 0 ? text.slice(0, cut) : text).statements) {
      if (st.kind === 'Use') current = st.keyspace.text;
      const key = objectKey(st, current);
      if (key !== undefined) origin.set(id(key), { key, text: printStatement(st) });
    }
  }

  const converted = outcome.targetSchema;
  const allNotes = converted?.notes ?? [];
  const target = new Map<string, { key: Key; text: string; targetName: string; notes: string[] }>();
  const leftOut: string[][] = [];
  const general: string[] = [];
  const blocks = converted === undefined ? [] : converted.text.split('\n\n');
  let current: string | undefined;
  for (const [index, block] of blocks.entries()) {
    const lines = block.split('\n');
    const commentText = lines.filter((l) => l.startsWith('--')).map((l) => l.replace(/^-- ?/, '')).join('\n');
    const code = lines.filter((l) => !l.startsWith('--')).join('\n').trim();
    const notes = [...new Set(allNotes.filter((n) => commentText.includes(n)))];
    if (code === '') {
      if (index === 0) appendAll(general, notes.length > 0 ? notes : commentText.split('\n').slice(1).filter((l) => l.trim() !== ''));
      else leftOut.push(notes.length > 0 ? notes : [commentText]);
      continue;
    }
    for (const st of parseScript(code).statements) {
      if (st.kind === 'Use') current = st.keyspace.text;
      const key = objectKey(st, current);
      if (key === undefined) continue;
      const shown = rename === undefined ? st : (renameKeyspace([st], rename.from, rename.to)[0] as Statement);
      target.set(id(key), { key, text: printStatement(shown), targetName: objectKey(shown, current === rename?.from ? rename?.to : current)?.name ?? key.name, notes });
    }
  }

  const objects: SchemaObjectReview[] = [];
  const used = new Set<string[]>();
  for (const [k, o] of origin) {
    const t = target.get(k);
    let notes = t?.notes ?? [];
    if (t === undefined) {
      const first = o.text.split('\n')[0] ?? o.text;
      const found = leftOut.find((n) => !used.has(n) && n.some((note) => note.includes(first) || note.includes(o.key.name)));
      if (found !== undefined) used.add(found);
      notes = found ?? [];
    }
    objects.push({ ...o.key, targetName: t?.targetName, origin: o.text, target: t?.text, notes, diff: lineDiff(o.text, t?.text ?? '') });
  }
  for (const [k, t] of target) {
    if (origin.has(k)) continue;
    objects.push({ ...t.key, targetName: t.targetName, origin: undefined, target: t.text, notes: t.notes, diff: lineDiff('', t.text) });
  }
  for (const n of leftOut) if (!used.has(n)) appendAll(general, n);
  return {
    objects,
    general,
    keyspaces: converted?.keyspaces ?? 0,
    tables: converted?.tables ?? 0,
    types: converted?.types ?? 0,
    omitted: converted?.omitted ?? 0,
  };
}

/** The object a DDL statement creates, by kind and qualified name; undefined for other statements. */
function objectKey(st: Statement, current: string | undefined): Key | undefined {
  const q = (name: QualifiedName): string => `${name.keyspace?.text ?? current ?? ''}.${name.name.text}`;
  switch (st.kind) {
    case 'CreateKeyspace':
      return { kind: 'keyspace', name: st.name.text };
    case 'CreateType':
      return { kind: 'type', name: q(st.name) };
    case 'CreateTable':
      return { kind: 'table', name: q(st.name) };
    case 'CreateIndex':
      return { kind: 'index', name: `${st.table.keyspace?.text ?? current ?? ''}.${st.name?.text ?? `${st.table.name.text}_index`}` };
    case 'CreateMaterializedView':
      return { kind: 'view', name: q(st.name) };
    case 'CreateFunction':
      return { kind: 'function', name: q(st.name) };
    case 'CreateAggregate':
      return { kind: 'aggregate', name: q(st.name) };
    case 'CreateTrigger':
      return { kind: 'trigger', name: `${st.table.keyspace?.text ?? current ?? ''}.${st.name.text}` };
    default:
      return undefined;
  }
}

const id = (key: Key): string => `${key.kind} ${key.name}`;

/**
 * A line diff of `a` against `b` (longest common subsequence of lines; indentation, a trailing
 * comma and a leading `) WITH` or `AND` are ignored when matching, so a column or an option that
 * lost its neighbour still pairs up): the lines of both in order, each kept, removed (`-`, only in
 * `a`) or added (`+`, only in `b`); a line that pairs up but reads differently is removed and added.
 */
export function lineDiff(a: string, b: string): DiffLine[] {
  const left = a === '' ? [] : a.split('\n');
  const right = b === '' ? [] : b.split('\n');
  // `) WITH x` and `AND x` are the same option wherever it lands in the list.
  const norm = (s: string): string => s.trim().replace(/^\) WITH /, '').replace(/^AND /, '').replace(/,$/, '');
  const n = left.length;
  const m = right.length;
  // lcs[i][j]: length of the longest common subsequence of left[i..] and right[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = norm(left[i]!) === norm(right[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (norm(left[i]!) === norm(right[j]!)) {
      if (left[i] === right[j]) out.push({ op: ' ', text: right[j]! });
      else out.push({ op: '-', text: left[i]!, changed: true }, { op: '+', text: right[j]!, changed: true });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      out.push({ op: '-', text: left[i++]! });
    } else {
      out.push({ op: '+', text: right[j++]! });
    }
  }
  while (i < n) out.push({ op: '-', text: left[i++]! });
  while (j < m) out.push({ op: '+', text: right[j++]! });
  return out;
}
