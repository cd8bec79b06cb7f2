/** The parser corpus as the AST tests see it: every ok file, parsed once at collection time. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Statement } from '../../src/cql/ast/nodes.js';
import { parseScript, type ParseResult } from '../../src/cql/parse.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const CORPUS_DIRS = ['fixtures/cql/ok', 'fixtures/cql/ok-keyspaces', 'fixtures/cql/ok-cassandra3'] as const;

export interface CorpusFile {
  /** Repo-relative path, e.g. `fixtures/cql/ok/select.cql`. */
  path: string;
  /** `ok-select` style id used in snapshot names. */
  id: string;
  text: string;
  result: ParseResult;
}

export function corpusFiles(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const dir of CORPUS_DIRS) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).filter((n) => n.endsWith('.cql')).sort()) {
      const text = readFileSync(join(abs, name), 'utf8');
      const folder = dir.slice('fixtures/cql/'.length);
      files.push({ path: `${dir}/${name}`, id: `${folder}-${name.slice(0, -'.cql'.length)}`, text, result: parseScript(text) });
    }
  }
  return files;
}

export interface CorpusStatement {
  file: string;
  line: number;
  statement: Statement;
  source: string;
}

export function corpusStatements(files: CorpusFile[]): CorpusStatement[] {
  return files.flatMap((f) =>
    f.result.statements.map((statement) => ({
      file: f.path,
      line: statement.range.start.line,
      statement,
      source: f.text.slice(statement.range.start.offset, statement.range.end.offset),
    })),
  );
}
