import type { AuditReport } from '../audit/types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { ReportFormat, ReporterOptions } from './options.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export { REPORT_FORMATS } from './options.js';
export type { FailOn, ReportFormat, ReporterOptions, RuleMetadata } from './options.js';
export { failsRun, isActive, sortFindings } from './findings.js';

/**
 * Renders an audit report in one of the formats of `ksmig audit --format`. Pure: no I/O, no
 * clock, no environment; the same report and options always give the same string.
 */
export function formatReport(format: ReportFormat, report: AuditReport, options: ReporterOptions = {}): string {
  switch (format) {
    case 'text':
      return formatText(report, options);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, options);
    case 'junit':
      return formatJunit(report, options);
    case 'github':
      return formatGithub(report, options);
  }
}
