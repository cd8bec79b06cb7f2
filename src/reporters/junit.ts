import type { Finding } from '../rules/finding.js';
import type { AuditReport } from '../audit/types.js';
import { compareStrings, failsRun, sortFindings } from './findings.js';
import type { ReporterOptions } from './options.js';
import { appendAll } from '../shared/arrays.js';

/**
 * JUnit XML in the dialect Jenkins (JUnit plugin), GitLab (`artifacts:reports:junit`) and GitHub
 * test-report actions read: `<testsuites>` → one `<testsuite>` per file → one `<testcase>` per
 * finding. Findings that fail the run under `--fail-on` carry `<failure>`; the others print their
 * details in `<system-out>`; suppressed findings are `<skipped>`.
 */

/**
 * Characters XML 1.0 cannot carry at all (not even as character references): C0 controls other
 * than tab/LF/CR, lone surrogates, U+FFFE and U+FFFF. They are shown as `\u` plus four hex digits instead.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function visibleInvalid(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Escapes element text. */
export function xmlText(s: string): string {
  return s.replace(INVALID_XML, visibleInvalid).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value; tab, LF and CR become character references so parsers keep them. */
export function xmlAttr(s: string): string {
  return xmlText(s)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function attrs(pairs: Array<[string, string | number]>): string {
  return pairs.map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`).join('');
}

function details(f: Finding): string {
  const lines = [
    `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}(${f.rule}) ${f.message}`,
    `range: ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`,
  ];
  if (f.count !== undefined) lines.push(`count: ${f.count}${f.firstLine !== undefined ? ` (first at line ${f.firstLine})` : ''}`);
  if (f.help !== '') lines.push(`help: ${f.help}`);
  if (f.statement !== '') lines.push(`statement: ${f.statement}`);
  if (f.baseline === 'existing') lines.push('baseline: existing');
  return lines.join('\n');
}

interface Suite {
  name: string;
  cases: string[];
  tests: number;
  failures: number;
  skipped: number;
}

function testcase(f: Finding, failOn: NonNullable<ReporterOptions['failOn']>): { xml: string; kind: 'failure' | 'skipped' | 'passed' } {
  const head = `    <testcase${attrs([
    ['classname', `ksmig.${f.file}`],
    ['name', `${f.ruleId} ${f.rule} at ${f.line}:${f.column}`],
    ['file', f.file],
    ['line', f.line],
  ])}>`;
  let body: string;
  let kind: 'failure' | 'skipped' | 'passed';
  if (f.suppressed !== undefined) {
    kind = 'skipped';
    body = `      <skipped${attrs([['message', `suppressed: ${f.suppressed}`]])}/>`;
  } else if (failsRun(f, failOn)) {
    kind = 'failure';
    body = `      <failure${attrs([['type', `${f.ruleId} ${f.severity}`], ['message', f.message]])}>${xmlText(details(f))}</failure>`;
  } else {
    kind = 'passed';
    body = `      <system-out>${xmlText(details(f))}</system-out>`;
  }
  return { xml: `${head}\n${body}\n    </testcase>`, kind };
}

/** JUnit XML report; `options.failOn` (default `error`) decides failures, `options.files` adds passing files. */
export function formatJunit(report: AuditReport, options: ReporterOptions = {}): string {
  const failOn = options.failOn ?? 'error';
  const findings = sortFindings(report.findings);
  const files = [...new Set([...(options.files ?? []), ...findings.map((f) => f.file)])].sort(compareStrings);

  const suites: Suite[] = files.map((file) => {
    const suite: Suite = { name: file, cases: [], tests: 0, failures: 0, skipped: 0 };
    for (const f of findings.filter((x) => x.file === file)) {
      const tc = testcase(f, failOn);
      suite.cases.push(tc.xml);
      suite.tests += 1;
      if (tc.kind === 'failure') suite.failures += 1;
      if (tc.kind === 'skipped') suite.skipped += 1;
    }
    if (suite.tests === 0) {
      suite.cases.push(`    <testcase${attrs([['classname', `ksmig.${file}`], ['name', 'no findings'], ['file', file]])}/>`);
      suite.tests = 1;
    }
    return suite;
  });
  if (suites.length === 0) {
    // An audit of nothing still yields one passing test, so CI readers do not report "no tests".
    suites.push({ name: 'ksmig', cases: [`    <testcase${attrs([['classname', 'ksmig'], ['name', 'no findings']])}/>`], tests: 1, failures: 0, skipped: 0 });
  }

  const total = (k: 'tests' | 'failures' | 'skipped') => suites.reduce((n, s) => n + s[k], 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs([['name', 'ksmig audit'], ['tests', total('tests')], ['failures', total('failures')], ['errors', 0], ['skipped', total('skipped')]])}>`,
  ];
  for (const s of suites) {
    out.push(`  <testsuite${attrs([['name', s.name], ['tests', s.tests], ['failures', s.failures], ['errors', 0], ['skipped', s.skipped]])}>`);
    appendAll(out, s.cases);
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
