/**
 * The estimate as Markdown (for pull requests and wikis): the same content as the text view, as
 * tables. Text from inputs is escaped for Markdown table cells (pipes, backticks, control
 * characters).
 */
import { AUTOSCALING_COLUMNS, breakEvenLine, LABELS, recommendationLine, shapeExplanations, SHAPE_COLUMNS, TABLE_COLUMNS } from '../messages.js';
import type { CostBreakdown, EstimateReport } from '../report.js';
import { moneyFormatter, quantity, safeLine } from './format.js';
import { autoScalingCells, tableCells } from './table-cells.js';
import { appendAll } from '../../shared/arrays.js';

/** The estimate as Markdown. */
export function renderMarkdown(report: EstimateReport): string {
  const money = moneyFormatter(report.currency);
  const out: string[] = [];
  const replicas = report.replicaRegions.length > 0 ? ` (${LABELS.replicas}: ${report.replicaRegions.join(', ')})` : '';
  out.push(`## ${LABELS.title} — ${LABELS.region} ${md(report.region)}${replicas}`, '');
  out.push(`### ${LABELS.monthly}`, '');
  const b = report.breakdown;
  const rows: string[][] = [];
  const line = (label: string, pick: (c: CostBreakdown) => number): void => void rows.push([label, money(pick(b.onDemand)), money(pick(b.provisioned))]);
  line(LABELS.reads, (c) => c.reads);
  line(LABELS.writes, (c) => c.writes);
  if (report.replicaRegions.length > 0) line(LABELS.replicaWrites, (c) => c.replicaWrites);
  line(LABELS.ttlDeletes, (c) => c.ttlDeletes);
  line(LABELS.storage, (c) => c.storage);
  if (report.pitr) line(LABELS.pitr, (c) => c.pitr);
  rows.push([`**${LABELS.total}**`, `**${money(b.onDemand.total)}**`, `**${money(b.provisioned.total)}**`]);
  appendAll(out, table(['', LABELS.onDemand, LABELS.provisioned], rows, ['l', 'r', 'r']));
  out.push('');
  out.push(recommendationLine({ recommendation: report.recommendation, onDemand: report.monthly.onDemand, provisioned: report.monthly.provisioned }, money), '');
  out.push(breakEvenLine(report.breakEven), '');

  if (report.tables.length > 0) {
    out.push(`### ${LABELS.tables}`, '');
    appendAll(
      out,
      table(
        [...TABLE_COLUMNS],
        report.tables.map((t) => [
          `\`${md(t.table)}\``,
          ...tableCells(t, money),
        ]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    out.push('');
    out.push(`### ${LABELS.autoScaling}`, '');
    appendAll(
      out,
      table(
        [...AUTOSCALING_COLUMNS],
        report.tables.map((t) => [
          `\`${md(t.table)}\``,
          ...autoScalingCells(t),
        ]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    out.push('');
  }

  out.push(`### ${LABELS.shapes}`, '');
  if (report.shapes.length === 0) out.push(LABELS.noShapes, '');
  else {
    appendAll(
      out,
      table(
        [...SHAPE_COLUMNS],
        report.shapes.map((s, i) => [
          String(i + 1),
          money(s.monthly.onDemand),
          money(s.monthly.provisioned),
          quantity(s.perRun.rru),
          quantity(s.perRun.wcu),
          quantity(s.perSecond),
          code(s.shape),
        ]),
        ['r', 'r', 'r', 'r', 'r', 'r', 'l'],
      ),
    );
    out.push('');
    report.shapes.forEach((s, i) => {
      const explanations = shapeExplanations(s, money);
      if (explanations.length === 0) return;
      out.push(`${i + 1}. ${code(s.shape)} (${LABELS.from} ${s.sources.map((x) => md(x)).join(', ')})`);
      for (const e of explanations) out.push(`   - ${md(e)}`);
    });
    out.push('');
  }

  out.push(`### ${LABELS.notes}`, '');
  for (const n of report.notes) out.push(`- ${md(n)}`);
  return `${out.join('\n')}\n`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[]): string[] {
  return [`| ${header.join(' | ')} |`, `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** Text for a Markdown table cell or list item. */
function md(text: string): string {
  return safeLine(text).replace(/\\(?!x[0-9a-f]{2})/g, '\\\\').replace(/([|*_[\]<>`])/g, '\\$1');
}

/** Text as inline code (backticks in it are replaced, pipes escaped for table cells). */
function code(text: string): string {
  return `\`${safeLine(text).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
