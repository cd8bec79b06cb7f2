/**
 * Issue 14, items 6, 8 and 11 (inputs): non-seekable inputs, special files under directories,
 * unreadable paths with their real cause, inputs that yield nothing, binary files.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/audit/types.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-inputs-'));
});

const json = (stdout: string): AuditReport => JSON.parse(stdout) as AuditReport;

/** A named pipe at `path` that another writer fills with `text` once the audit opens it. */
function fifo(path: string, text: string): void {
  execFileSync('mkfifo', [path]);
  // Opening for writing waits for the reader, as `<(zcat …)` does.
  const out = createWriteStream(path);
  out.end(text);
}

describe('non-seekable inputs and special files (item 6)', () => {
  it('reads a named pipe called *.log (as <(zcat queries.log.gz) is) as a query log', async () => {
    const path = join(dir, 'queries.log');
    fifo(path, 'SELECT * FROM ks.t WHERE v = 1 ALLOW FILTERING;\nTRUNCATE ks.t;\nTRUNCATE ks.t;\n');
    const r = await runCli(['audit', path, '--format', 'json']);
    expect(r.stderr).not.toContain('ESPIPE');
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.summary).toMatchObject({ files: 1, statements: 2 });
    expect(report.findings.find((f) => f.ruleId === 'KS1401')).toMatchObject({ count: 2, firstLine: 2 });
  });

  it('reads a named pipe of CQL given by name as a script, twice over (it is spooled)', async () => {
    const path = join(dir, 'schema-pipe.cql');
    fifo(path, 'CREATE TABLE ks.t (k int PRIMARY KEY, v int);\nSELECT * FROM ks.t WHERE v = 1;\n');
    const r = await runCli(['audit', path, '--format', 'text']);
    expect(r.stdout).toContain(`${path}:2:`);
    expect(r.stdout).toContain('> 2 | SELECT * FROM ks.t WHERE v = 1;');
  });

  it('skips a named pipe found under a directory (saying so) instead of waiting for it forever', async () => {
    const tree = join(dir, 'tree');
    await mkdir(tree);
    await writeFile(join(tree, 'a.cql'), 'TRUNCATE ks.t;\n');
    execFileSync('mkfifo', [join(tree, 'pipe.cql')]);
    const r = await runCli(['audit', tree, '--format', 'json']);
    expect(r.stderr).toContain('pipe.cql: skipped: a named pipe (FIFO)');
    expect(json(r.stdout).summary).toMatchObject({ files: 1, statements: 1 });
  });

  it('reports a symbolic link loop with its real cause, and a dangling link too', async () => {
    const tree = join(dir, 'links');
    await mkdir(tree);
    await symlink('loop-b.cql', join(tree, 'loop-a.cql'));
    await symlink('loop-a.cql', join(tree, 'loop-b.cql'));
    await symlink('nowhere.cql', join(tree, 'dangling.cql'));
    const r = await runCli(['audit', tree, '--format', 'json']);
    const reasons = Object.fromEntries(json(r.stdout).findings.map((f) => [f.file.slice(tree.length + 1), f.message]));
    expect(reasons['loop-a.cql']).toContain('symbolic link loop');
    expect(reasons['loop-a.cql']).not.toContain('ENOENT');
    expect(reasons['dangling.cql']).toContain('ENOENT');
    // Given by name, a loop is unreadable (KS0002), not "no such file" (exit 2).
    const named = await runCli(['audit', join(tree, 'loop-a.cql'), '--format', 'json']);
    expect(named.code).toBe(1);
    expect(json(named.stdout).findings[0]).toMatchObject({ ruleId: 'KS0002' });
  });
});

describe('an input that yields no statement (item 8)', () => {
  it('a CSV without a header naming the query column is a finding, not a passing gate', async () => {
    const path = join(dir, 'no-header.csv');
    await writeFile(path, 'SELECT * FROM ks.t,ONE\nTRUNCATE ks.t,ONE\nDELETE FROM ks.t WHERE k = 1,ONE\n');
    const r = await runCli(['audit', path, '--query-log-format', 'csv', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.summary).toMatchObject({ files: 1, statements: 0, errors: 1 });
    expect(report.findings[0]).toMatchObject({ ruleId: 'KS0002', file: path });
    expect(report.findings[0]!.message).toContain('no query column');
    // Every line was passed over, and stderr says how many: all three.
    expect(r.stderr).toContain('passed over 3 line(s)');
  });

  it('a JSON-lines log none of whose lines is usable is a finding; a log with some usable lines is not', async () => {
    const none = join(dir, 'none.jsonl');
    await writeFile(none, '{"q": "TRUNCATE ks.t"}\n{"q": "SELECT 1"}\n');
    const r = await runCli(['audit', none, '--query-log-format', 'jsonl', '--format', 'json']);
    expect(json(r.stdout).findings.map((f) => f.ruleId)).toEqual(['KS0002']);
    const some = join(dir, 'some.jsonl');
    await writeFile(some, '{"q": "x"}\n{"query": "SELECT * FROM ks.t"}\n');
    const s = await runCli(['audit', some, '--query-log-format', 'jsonl', '--format', 'json']);
    expect(json(s.stdout).findings.map((f) => f.ruleId)).toEqual([]);
    expect(json(s.stdout).summary).toMatchObject({ files: 1, statements: 1 });
  });

  it('counts a log with no shapes as a file of the report', async () => {
    const empty = join(dir, 'comments.log');
    await writeFile(empty, '-- nothing ran\n\n');
    const r = await runCli(['audit', empty, '--format', 'json']);
    expect(json(r.stdout).summary).toMatchObject({ files: 1, statements: 0 });
  });
});

describe('binary and compressed inputs (item 11)', () => {
  it('a binary file named otherwise than .cql is KS0002, not hundreds of syntax errors', async () => {
    const path = join(dir, 'core.dump');
    await writeFile(path, Buffer.concat([Buffer.from('\u007fELF\u0002\u0001\u0001\u0000'), Buffer.alloc(4000, 7), Buffer.from('SELECT\u0000\u001b[2J')]));
    const r = await runCli(['audit', path, '--format', 'json']);
    expect(json(r.stdout).findings.map((f) => f.ruleId)).toEqual(['KS0002']);
    expect(json(r.stdout).findings[0]!.message).toContain('binary');
  });

  it('a gzip-compressed log says to decompress it', async () => {
    const path = join(dir, 'queries.log.gz');
    await writeFile(path, gzipSync('TRUNCATE ks.t;\n'));
    const r = await runCli(['audit', path, '--format', 'json']);
    expect(json(r.stdout).findings[0]!.message).toContain('gzip-compressed');
  });

  it('a JSON-lines consistency that is an object is ignored, not shown as [OBJECT OBJECT]', async () => {
    const path = join(dir, 'objects.jsonl');
    await writeFile(path, '{"query": "INSERT INTO ks.t (k) VALUES (1)", "consistency": {"level": "ALL"}}\n');
    const r = await runCli(['audit', path, '--format', 'json', '--show-literals']);
    expect(r.stdout).not.toContain('OBJECT');
  });
});
