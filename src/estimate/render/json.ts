import type { EstimateReport } from '../report.js';

/** The estimate as exactly one JSON object (the `--json` contract, see report.ts), indented, with a final newline. */
export function renderJson(report: EstimateReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
