import { describe, expect, it } from 'vitest';
import stripAnsi from 'strip-ansi';
import type { Finding } from '../../src/rules/finding.js';
import type { AuditReport } from '../../src/audit/types.js';
import { computeFingerprints } from '../../src/audit/fingerprint.js';
import { frameRows } from '../../src/reporters/code-frame.js';
import { repoRelativePath } from '../../src/reporters/findings.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/reporters/github.js';
import { formatReport, REPORT_FORMATS } from '../../src/reporters/index.js';
import { formatJson } from '../../src/reporters/json.js';
import { formatJunit, xmlAttr, xmlText } from '../../src/reporters/junit.js';
import { formatSarif, SARIF_FINGERPRINT_KEY } from '../../src/reporters/sarif.js';
import { formatText } from '../../src/reporters/text.js';
import { goldenOptions, loadReport } from './fixture.js';

function finding(extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'KS3401',
    rule: 'truncate',
    severity: 'error',
    topics: ['truncate'],
    message: 'TRUNCATE is not supported.',
    help: 'Delete by partition.',
    file: 'a.cql',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 12,
    statement: 'TRUNCATE t;',
    ...extra,
  };
}

function report(findings: Finding[]): AuditReport {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s && f.suppressed === undefined).length;
  return { version: 1, summary: { files: 1, statements: findings.length, errors: count('error'), warnings: count('warning'), infos: count('info') }, findings };
}

function shuffled<T>(items: readonly T[]): T[] {
  // A fixed permutation (reverse, then odd/even interleave) so the test is deterministic.
  const r = [...items].reverse();
  return [...r.filter((_x, i) => i % 2 === 1), ...r.filter((_x, i) => i % 2 === 0)];
}

type Sarif = {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; name: string; defaultConfiguration: { level: string } }> } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      partialFingerprints: Record<string, string>;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
      suppressions?: Array<{ kind: string; justification: string }>;
    }>;
  }>;
};

describe('every format', () => {
  it('is deterministic: input order does not change the output', () => {
    const a = loadReport();
    const b = { ...a, findings: shuffled(a.findings) };
    for (const format of REPORT_FORMATS) {
      expect(formatReport(format, b, goldenOptions())).toBe(formatReport(format, a, goldenOptions()));
    }
  });

  it('handles a report without findings', () => {
    const empty = report([]);
    expect(formatText(empty)).toBe('No problems found in 1 file, 0 statements.\n');
    expect(JSON.parse(formatJson(empty))).toEqual(empty);
    expect(formatGithub(empty)).toBe('ksmig: 0 problems (0 errors, 0 warnings, 0 infos) in 1 file\n');
    expect(formatJunit(empty)).toContain('<testcase classname="ksmig" name="no findings"/>');
  });
});

describe('text', () => {
  it('ranks a query log\'s findings by how often their statement ran', () => {
    const rare = finding({ file: 'app.log', line: 2, endLine: 2, count: 1, firstLine: 2, message: 'rare one' });
    const hot = finding({ file: 'app.log', line: 9, endLine: 9, count: 500, firstLine: 9, message: 'hot one' });
    const out = stripAnsi(formatText(report([rare, hot])));
    expect(out.indexOf('hot one')).toBeGreaterThan(-1);
    expect(out.indexOf('hot one')).toBeLessThan(out.indexOf('rare one'));
  });

  it('uses ANSI colours only when asked', () => {
    const r = loadReport();
    const plain = formatText(r, goldenOptions());
    const coloured = formatText(r, { ...goldenOptions(), color: true });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it('prints no frame when the source is unknown or the range is outside it', () => {
    const out = formatText(report([finding({ line: 50, endLine: 50 })]), { sources: new Map([['a.cql', 'SELECT 1;\n']]) });
    expect(out).not.toContain(' | ');
    expect(out).toContain('a.cql:50:1 error KS3401(truncate) TRUNCATE is not supported.');
  });

  it('frames query-log lines, which carry literals, only with showLiterals', () => {
    const log = finding({ file: 'q.log', example: 'SELECT * FROM t WHERE k = ?', count: 2, statement: 'SELECT * FROM t WHERE k = ?' });
    const sources = new Map([['q.log', "SELECT * FROM t WHERE k = 'alice@example.com'\n"]]);
    expect(formatText(report([log]), { sources })).not.toContain('alice');
    expect(formatText(report([log]), { sources, showLiterals: true })).toContain("> 1 | SELECT * FROM t WHERE k = 'alice@example.com'");
  });

  it('lists suppressed findings only in the totals', () => {
    const out = formatText(report([finding(), finding({ line: 2, endLine: 2, suppressed: 'fine' })]));
    expect(out.match(/KS3401/g)).toHaveLength(1);
    expect(out).toContain('1 problem (1 error) in 1 file, 2 statements.\n1 suppressed\n');
  });
});

describe('code frames', () => {
  it('underline by display width after wide characters and tabs', () => {
    const src = '\t"名前" x;\n';
    // `x` is at UTF-16 column 7 (tab, quote, two CJK characters, quote, space).
    const rows = frameRows(src, { line: 1, column: 7, endLine: 1, endColumn: 8 })!;
    expect(rows.map((r) => r.text)).toEqual(['  "名前" x;', '         ^']);
  });

  it('mark an empty span with one caret, and cut long ranges with a gap', () => {
    expect(frameRows('abc', { line: 1, column: 2, endLine: 1, endColumn: 2 })!.map((r) => r.text)).toEqual(['abc', ' ^']);
    const src = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const rows = frameRows(src, { line: 2, column: 1, endLine: 15, endColumn: 8 })!;
    const numbers = rows.filter((r) => r.kind === 'source').map((r) => r.lineNumber);
    expect(numbers).toEqual([1, 2, 3, 4, 13, 14, 15, 16]);
    expect(rows.filter((r) => r.kind === 'gap')).toHaveLength(1);
  });
});

describe('json', () => {
  it('keeps exactly the contract fields, in contract order', () => {
    const extra = { ...finding({ count: 2, baseline: 'new' }), internalNode: { kind: 'Select' } } as Finding;
    const parsed = JSON.parse(formatJson(report([extra]))) as AuditReport;
    expect(Object.keys(parsed.findings[0]!)).toEqual([
      'ruleId', 'rule', 'severity', 'topics', 'message', 'help', 'file', 'line', 'column', 'endLine', 'endColumn', 'statement', 'count', 'baseline',
    ]);
  });

  it('sorts by file, line, column, then rule id', () => {
    const fs = [finding({ file: 'b.cql' }), finding({ line: 3, ruleId: 'KS1000' }), finding({ line: 3, ruleId: 'KS0999' }), finding({ column: 1 })];
    const parsed = JSON.parse(formatJson(report(fs))) as AuditReport;
    expect(parsed.findings.map((f) => `${f.file}:${f.line}:${f.ruleId}`)).toEqual(['a.cql:1:KS3401', 'a.cql:3:KS0999', 'a.cql:3:KS1000', 'b.cql:1:KS3401']);
  });
});

describe('sarif', () => {
  it('points each result at its rule descriptor and maps severities to levels', () => {
    const sarif = JSON.parse(formatSarif(loadReport(), goldenOptions())) as Sarif;
    const run = sarif.runs[0]!;
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const levels = Object.fromEntries(run.results.map((r) => [r.ruleId, r.level]));
    expect(levels).toMatchObject({ KS1101: 'error', KS3301: 'warning', KS4201: 'note' });
    // KS0001 has no metadata in rules.json: it is described from its finding.
    expect(run.tool.driver.rules.find((r) => r.id === 'KS0001')).toMatchObject({ name: 'syntax-error', defaultConfiguration: { level: 'error' } });
  });

  it('keeps fingerprints when lines move, and matches the audit fingerprint', () => {
    const base = [finding(), finding({ line: 5, endLine: 5 })];
    const moved = base.map((f) => ({ ...f, line: f.line + 10, endLine: f.endLine + 10 }));
    const prints = (fs: Finding[]) => (JSON.parse(formatSarif(report(fs))) as Sarif).runs[0]!.results.map((r) => r.partialFingerprints[SARIF_FINGERPRINT_KEY]);
    expect(prints(moved)).toEqual(prints(base));
    expect(prints(base)).toEqual(computeFingerprints(base));
    expect(new Set(prints(base)).size).toBe(2);
    expect(prints([finding({ fingerprint: 'given' })])).toEqual(['given']);
  });

  it('maps stdin to --stdin-filename when given, and records suppressions', () => {
    const fs = [finding({ file: '<stdin>' }), finding({ file: 'b.cql', suppressed: 'reviewed' })];
    const run = (JSON.parse(formatSarif(report(fs), { baseDir: '/repo', stdinPath: '/repo/db/schema.cql' })) as Sarif).runs[0]!;
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'db/schema.cql', uriBaseId: '%SRCROOT%' });
    expect(run.results[1]!.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'reviewed' }]);
  });

  it('gives %SRCROOT% as a file URI ending in / and keeps files outside it absolute, without a base', () => {
    const fs = [finding({ file: 'a.cql' }), finding({ file: '../../../etc/b.cql' }), finding({ file: '/repo/c d.cql' })];
    const run = (JSON.parse(formatSarif(report(fs), { baseDir: '/home/u/repo', cwd: '/home/u/repo/db' })) as Sarif).runs[0]!;
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/u/repo/' } });
    expect(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: 'file:///home/etc/b.cql' },
      { uri: 'file:///repo/c%20d.cql' },
      { uri: 'db/a.cql', uriBaseId: '%SRCROOT%' },
    ]);
    expect((JSON.parse(formatSarif(report(fs), { baseDir: '/' })) as Sarif).runs[0]!.originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///' },
    });
    // Without a base directory there is nothing to define %SRCROOT% as.
    expect(formatSarif(report(fs))).not.toContain('originalUriBaseIds');
  });
});

describe('junit', () => {
  it('escapes markup and control characters', () => {
    expect(xmlText('a < b && c > d\u0007\u0000')).toBe('a &lt; b &amp;&amp; c &gt; d\\u0007\\u0000');
    expect(xmlAttr('"q" \'s\'\ttab\nline\r')).toBe('&quot;q&quot; &apos;s&apos;&#9;tab&#10;line&#13;');
    expect(xmlText('lone \ud800 surrogate, pair 🎉')).toBe('lone \\ud800 surrogate, pair 🎉');
    const xml = formatJunit(report([finding({ message: 'bad\u001b[31m <x>', file: 'dir/"q".cql' })]));
    const controls = [...xml].filter((ch) => ch < ' ' && ch !== '\n' && ch !== '\t' && ch !== '\r');
    expect(controls).toEqual([]);
    expect(xml).toContain('message="bad\\u001b[31m &lt;x&gt;"');
    expect(xml).toContain('<testsuite name="dir/&quot;q&quot;.cql"');
  });

  it('fails according to --fail-on, never for baselined findings', () => {
    const fs = [finding(), finding({ line: 2, endLine: 2, severity: 'warning' }), finding({ line: 3, endLine: 3, baseline: 'existing' })];
    const failures = (failOn: 'error' | 'warning' | 'info' | 'never') => (formatJunit(report(fs), { failOn }).match(/<failure /g) ?? []).length;
    expect(failures('error')).toBe(1);
    expect(failures('warning')).toBe(2);
    expect(failures('never')).toBe(0);
  });
});

describe('github', () => {
  it('escapes property values and message data as the runner requires', () => {
    expect(escapeData('100%\r\nnext: a,b')).toBe('100%25%0D%0Anext: a,b');
    expect(escapeProperty('100%\r\nnext: a,b')).toBe('100%25%0D%0Anext%3A a%2Cb');
    const out = formatGithub(report([finding({ file: 'dir,1/a:b.cql', message: '50% done: a,b\nsecond', help: '' })]));
    expect(out.split('\n')[0]).toBe('::error file=dir%2C1/a%3Ab.cql,line=1,col=1,endLine=1,endColumn=12,title=KS3401 truncate::50%25 done: a,b%0Asecond');
  });

  it('annotates without a file for live schemas, and skips suppressed and baselined findings', () => {
    const out = formatGithub(
      report([finding({ file: 'origin:h/ks' }), finding({ suppressed: 'x', line: 2 }), finding({ baseline: 'existing', line: 3 })]),
    );
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toEqual(['::error title=KS3401 truncate::origin:h/ks:1:1: TRUNCATE is not supported.%0ADelete by partition.']);
  });

  it('makes paths relative to the repository root', () => {
    expect(repoRelativePath('/repo/db/a.cql', '/repo')).toBe('db/a.cql');
    expect(repoRelativePath('db\\a.cql', '/repo')).toBe('db/a.cql');
    expect(repoRelativePath('/other/a.cql', '/repo')).toBeUndefined();
    expect(repoRelativePath('./db/a.cql', undefined)).toBe('db/a.cql');
    expect(formatGithub(report([finding({ file: '/repo/db/a.cql' })]), { baseDir: '/repo' })).toMatch(/^::error file=db\/a\.cql,/);
  });

  it('resolves relative paths against the working directory when it is below the repository root', () => {
    expect(repoRelativePath('a.cql', '/repo', '/repo/db')).toBe('db/a.cql');
    expect(repoRelativePath('../shared/a.cql', '/repo', '/repo/db')).toBe('shared/a.cql');
    expect(repoRelativePath('../../a.cql', '/repo', '/repo/db')).toBeUndefined();
    expect(repoRelativePath('/repo/x/a.cql', '/repo', '/repo/db')).toBe('x/a.cql');
    expect(repoRelativePath('b\\a.cql', 'C:\\repo', 'C:\\repo\\db')).toBe('db/b/a.cql');
    const out = (file: string) => formatGithub(report([finding({ file })]), { baseDir: '/repo', cwd: '/repo/db' }).split('\n')[0];
    expect(out('a.cql')).toMatch(/^::error file=db\/a\.cql,/);
    // Outside the repository: an absolute path, never one GitHub would read from the root.
    expect(out('../../other/a.cql')).toMatch(/^::error file=\/other\/a\.cql,/);
  });
});
