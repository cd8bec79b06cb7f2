import type { Finding, FindingFix, Severity } from '../rules/finding.js';
import type { AuditReport } from '../audit/types.js';
import { computeFingerprints } from '../audit/fingerprint.js';
import { absolutePath, compareStrings, fileKind, repoRelativePath, sortFindings } from './findings.js';
import type { ReporterOptions, RuleMetadata } from './options.js';

/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, IDE viewers).
 * Locations are repository-relative (`uriBaseId: %SRCROOT%`, with `originalUriBaseIds` giving the
 * repository root as a `file://` URI when `baseDir` is known); files outside the root are absolute
 * `file://` URIs without a base. Columns are UTF-16 code units with an exclusive end (SARIF's
 * defaults, which the Finding contract already uses), and each result carries a line-independent
 * `partialFingerprints` entry so alerts survive code moving around. `<stdin>` becomes the
 * `stdinPath` if given, else the relative reference `stdin`; live-schema findings keep their
 * `origin:` URI and get a logical location.
 */

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of ksmig's entry in `partialFingerprints`. */
export const SARIF_FINGERPRINT_KEY = 'ksmig/v1';

const levelOf: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

type Json = Record<string, unknown>;

function ruleDescriptor(rule: RuleMetadata): Json {
  const out: Json = {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.docs && rule.docs.trim() !== '' ? rule.docs.trim() : rule.title },
  };
  if (rule.helpUri !== undefined) out['helpUri'] = rule.helpUri;
  const help = rule.help.trim() !== '' ? rule.help.trim() : rule.title;
  const helpText = rule.docs && rule.docs.trim() !== '' ? `${help}\n\n${rule.docs.trim()}` : help;
  out['help'] = { text: helpText, markdown: helpText };
  out['defaultConfiguration'] = { level: levelOf[rule.severity] };
  out['properties'] = { tags: [...rule.topics] };
  return out;
}

/** Describes a rule that the caller passed no metadata for, from one of its findings. */
function ruleFromFinding(f: Finding): RuleMetadata {
  return { id: f.ruleId, name: f.rule, title: f.rule, severity: f.severity, topics: f.topics, help: f.help };
}

/** Characters allowed unescaped in a URI path (RFC 3986 pchar plus `/`). */
function encodeUriPath(p: string): string {
  return p.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g, (ch) =>
    [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** A `file://` URI of an absolute path (`/x/y` or `C:/x/y`). */
function fileUri(absolute: string): string {
  const slashed = absolute.replace(/\\/g, '/');
  return `file://${slashed.startsWith('/') ? '' : '/'}${encodeUriPath(slashed)}`;
}

/** `%SRCROOT%`: the base directory as a `file://` URI ending in `/`, as SARIF requires of a base. */
function srcRootUri(baseDir: string): string {
  const uri = fileUri(absolutePath(baseDir, '/'));
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** The artifact location of a finding's file (see the module comment for stdin and live schemas). */
function artifactLocation(file: string, options: ReporterOptions): Json {
  const kind = fileKind(file);
  if (kind === 'stdin') {
    if (options.stdinPath !== undefined) return artifactLocation(options.stdinPath, options);
    return { uri: 'stdin', description: { text: 'standard input' } };
  }
  if (kind === 'origin') {
    // `origin:<host>/<keyspace>` is already a URI with its own scheme; positions refer to the
    // canonical DDL that ksmig rendered from the live schema.
    return { uri: `origin:${encodeUriPath(file.slice('origin:'.length))}`, description: { text: 'live schema of the origin cluster' } };
  }
  const rel = repoRelativePath(file, options.baseDir, options.cwd);
  if (rel !== undefined) return { uri: encodeUriPath(rel), uriBaseId: '%SRCROOT%' };
  const isAbsolute = /^([a-zA-Z]:)?[\\/]/.test(file);
  const cwd = options.cwd ?? options.baseDir;
  // Without any directory to resolve against, a path above the working directory stays a relative reference.
  if (cwd === undefined && !isAbsolute) return { uri: encodeUriPath(file.replace(/\\/g, '/')) };
  return { uri: fileUri(absolutePath(file, absolutePath(cwd ?? '/', '/'))) };
}

function region(r: { line: number; column: number; endLine: number; endColumn: number }): Json {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function fixes(fix: FindingFix, options: ReporterOptions): Json[] {
  const byFile = new Map<string, FindingFix['edits']>();
  for (const e of fix.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  return [
    {
      description: { text: fix.title },
      artifactChanges: [...byFile.entries()].map(([file, edits]) => ({
        artifactLocation: artifactLocation(file, options),
        replacements: edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.text } })),
      })),
    },
  ];
}

function result(f: Finding, ruleIndex: number, fingerprint: string, options: ReporterOptions): Json {
  const physicalLocation = { artifactLocation: artifactLocation(f.file, options), region: region(f) };
  const location: Json = { physicalLocation };
  if (fileKind(f.file) === 'origin') {
    location['logicalLocations'] = [{ fullyQualifiedName: f.file, kind: 'namespace' }];
  }
  const out: Json = {
    ruleId: f.ruleId,
    ruleIndex,
    level: levelOf[f.severity],
    message: { text: f.message },
    locations: [location],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: f.fingerprint ?? fingerprint },
  };
  if (f.suppressed !== undefined) {
    out['suppressions'] = [{ kind: 'inSource', status: 'accepted', justification: f.suppressed }];
  }
  if (f.baseline !== undefined) out['baselineState'] = f.baseline === 'new' ? 'new' : 'unchanged';
  if (f.fix !== undefined) out['fixes'] = fixes(f.fix, options);
  const properties: Json = {};
  if (f.count !== undefined) properties['count'] = f.count;
  if (f.firstLine !== undefined) properties['firstLine'] = f.firstLine;
  if (f.example !== undefined) properties['example'] = f.example;
  if (Object.keys(properties).length > 0) out['properties'] = properties;
  return out;
}

/**
 * SARIF 2.1.0 log (2-space indented JSON) with one run. `options.rules` describes the rules;
 * rules that findings reference but that are missing from it are described from the findings.
 */
export function formatSarif(report: AuditReport, options: ReporterOptions = {}): string {
  const findings = sortFindings(report.findings);
  const prints = computeFingerprints(findings);

  const rules = new Map<string, RuleMetadata>();
  for (const r of options.rules ?? []) rules.set(r.id, r);
  for (const f of findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, ruleFromFinding(f));
  const ordered = [...rules.values()].sort((a, b) => compareStrings(a.id, b.id));
  const indexOf = new Map(ordered.map((r, i) => [r.id, i]));

  const driver: Json = { name: 'ksmig' };
  if (options.toolVersion !== undefined) driver['version'] = options.toolVersion;
  if (options.informationUri !== undefined) driver['informationUri'] = options.informationUri;
  driver['rules'] = ordered.map(ruleDescriptor);

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        ...(options.baseDir !== undefined ? { originalUriBaseIds: { '%SRCROOT%': { uri: srcRootUri(options.baseDir) } } } : {}),
        columnKind: 'utf16CodeUnits',
        results: findings.map((f, i) => result(f, indexOf.get(f.ruleId)!, prints[i]!, options)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
