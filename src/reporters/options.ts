import type { Severity } from '../rules/finding.js';
import type { LoadedRule } from '../rules/load.js';
import type { FrameSource } from './code-frame.js';

/** `--fail-on`: the weakest severity that fails the run, or `never`. */
export type FailOn = Severity | 'never';

/** The report formats `ksmig audit --format` accepts. */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * What a reporter needs to know about a rule beyond the finding itself. The rule engine (rule
 * data in `compat-rules/`) supplies these; reporters never read rule files.
 */
export interface RuleMetadata {
  id: string;
  /** kebab-case name, accepted everywhere an id is. */
  name: string;
  /** One-line title. */
  title: string;
  severity: Severity;
  topics: readonly string[];
  /** Short "how to fix" text. */
  help: string;
  /** Documentation URL of the rule. */
  helpUri?: string;
  /** Longer explanation (why / what to do). */
  docs?: string;
}

/** A loaded rule as reporters see it (its first reference with a URL is its help URI). */
export function ruleMetadata(rule: LoadedRule): RuleMetadata {
  const helpUri = rule.references.find((r) => r.url !== undefined)?.url;
  return { id: rule.id, name: rule.name, title: rule.title, severity: rule.severity, topics: rule.topics, help: rule.help.trim(), docs: rule.docs, ...(helpUri ? { helpUri } : {}) };
}

/** Options every reporter accepts; each reporter reads only the ones it needs. */
export interface ReporterOptions {
  /**
   * Source texts by `Finding.file`, for code frames (text): the whole text, or the lines the
   * findings need (see `SourceLines`). A file without an entry gets no frame.
   */
  sources?: ReadonlyMap<string, FrameSource>;
  /**
   * `--show-literals` (text): also frame query-log findings (those with an `example` shape), whose
   * source lines carry the literal values the shape replaces with `?`. Default false.
   */
  showLiterals?: boolean;
  /** ANSI colours (text). The CLI passes `stdout.isTTY && !--no-color`. */
  color?: boolean;
  /** Rule metadata (sarif). Rules missing here are described from their findings. */
  rules?: readonly RuleMetadata[];
  /**
   * Directory that file paths are made relative to (sarif `%SRCROOT%`, github `file=`): normally
   * the repository root. Absolute (the CLI passes an absolute path).
   */
  baseDir?: string;
  /**
   * Directory that relative `Finding.file` paths are relative to (sarif, github): the working
   * directory of the run, which may be below `baseDir`. Default: `baseDir`.
   */
  cwd?: string;
  /** ksmig's version (sarif). */
  toolVersion?: string;
  /** Home page of the tool (sarif `informationUri`). */
  informationUri?: string;
  /** Which findings fail the run (junit: `<failure>` vs `<system-out>`). Default `error`. */
  failOn?: FailOn;
  /** Every audited file, so files without findings appear as passing test cases (junit). */
  files?: readonly string[];
  /** Repository path to report `<stdin>` findings under (sarif, github), e.g. from `--stdin-filename`. */
  stdinPath?: string;
}
