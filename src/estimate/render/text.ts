/**
 * The estimate for a terminal, as plain text: the monthly bill in both modes, the tables, the
 * auto-scaling settings, the statement shapes by cost with the findings that explain them and
 * their fixes, a bar chart of cost by shape, and the notes. Text from inputs (shapes, table names)
 * has its control characters escaped.
 */
import { breakEvenLine, LABELS, recommendationLine, shapeExplanations, SHAPE_COLUMNS, TABLE_COLUMNS, AUTOSCALING_COLUMNS } from '../messages.js';
import type { CostBreakdown, EstimateReport } from '../report.js';
import { bar, columns, moneyFormatter, percent, quantity, safeLine, wrap } from './format.js';
import { autoScalingCells, tableCells } from './table-cells.js';
import { appendAll, maxOf } from '../../shared/arrays.js';

/** Options of the text view. */
export interface TextOptions {
  /** Terminal width (default 100). */
  width?: number | undefined;
  /** Shapes listed in detail and in the chart (default 20; the rest are summed in one line). */
  topShapes?: number | undefined;
}

/** The estimate as text. */
export function renderText(report: EstimateReport, options: TextOptions = {}): string {
  const width = Math.max(60, options.width ?? 100);
  const top = options.topShapes ?? 20;
  const money = moneyFormatter(report.currency);
  const out: string[] = [];
  const replicas = report.replicaRegions.length > 0 ? ` (${LABELS.replicas}: ${report.replicaRegions.join(', ')})` : '';
  out.push(`${LABELS.title} — ${LABELS.region} ${safeLine(report.region)}${replicas}`, '');

  out.push(LABELS.monthly);
  const b = report.breakdown;
  const line = (label: string, pick: (c: CostBreakdown) => number): string[] => [label, money(pick(b.onDemand)), money(pick(b.provisioned))];
  const rows: string[][] = [['', LABELS.onDemand, LABELS.provisioned], line(LABELS.reads, (c) => c.reads), line(LABELS.writes, (c) => c.writes)];
  if (report.replicaRegions.length > 0) rows.push(line(`  ${LABELS.replicaWrites}`, (c) => c.replicaWrites));
  rows.push(line(LABELS.ttlDeletes, (c) => c.ttlDeletes), line(LABELS.storage, (c) => c.storage));
  if (report.pitr) rows.push(line(LABELS.pitr, (c) => c.pitr));
  rows.push(line(LABELS.total, (c) => c.total));
  appendAll(out, columns(rows, ['left', 'right', 'right']));
  out.push('');
  appendAll(out, wrap(recommendationLine({ recommendation: report.recommendation, onDemand: report.monthly.onDemand, provisioned: report.monthly.provisioned }, money), width));
  appendAll(out, wrap(breakEvenLine(report.breakEven), width));
  out.push('');

  if (report.tables.length > 0) {
    out.push(LABELS.tables);
    appendAll(
      out,
      columns(
        [
          [...TABLE_COLUMNS],
          ...report.tables.map((t) => [
            safeLine(t.table),
            ...tableCells(t, money),
          ]),
        ],
        ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      ),
    );
    out.push('');
    out.push(LABELS.autoScaling);
    appendAll(
      out,
      columns(
        [
          [...AUTOSCALING_COLUMNS],
          ...report.tables.map((t) => [
            safeLine(t.table),
            ...autoScalingCells(t),
          ]),
        ],
        ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      ),
    );
    out.push('');
  }

  out.push(LABELS.shapes);
  if (report.shapes.length === 0) out.push(`  ${LABELS.noShapes}`);
  const shown = report.shapes.slice(0, top);
  const shapeWidth = Math.max(20, width - 58);
  const header = columns(
    [
      [...SHAPE_COLUMNS],
      ...shown.map((s, i) => [String(i + 1), money(s.monthly.onDemand), money(s.monthly.provisioned), quantity(s.perRun.rru), quantity(s.perRun.wcu), quantity(s.perSecond), safeLine(s.shape)]),
    ],
    ['right', 'right', 'right', 'right', 'right', 'right', 'left'],
  ).map((l) => (Array.from(l).length > width ? `${Array.from(l).slice(0, width - 1).join('')}…` : l));
  if (shown.length > 0) out.push(header[0] ?? '');
  shown.forEach((s, i) => {
    out.push(header[i + 1] ?? '');
    const detail = [`${LABELS.from} ${s.sources.map(safeLine).join(', ')}`, ...shapeExplanations(s, money).map(safeLine)];
    for (const d of detail) for (const l of wrap(d, width - 8)) out.push(`        ${l}`);
  });
  const rest = report.shapes.slice(top);
  if (rest.length > 0) out.push(`  … ${rest.length} ${LABELS.moreShapes}: ${money(rest.reduce((n, s) => n + s.monthly.onDemand, 0))} ${LABELS.onDemand}`);
  out.push('');

  if (shown.length > 0) {
    out.push(LABELS.chart);
    const maxCost = maxOf(shown.map((s) => s.monthly.onDemand), 0);
    const labelWidth = Math.min(shapeWidth, 40);
    const barWidth = Math.max(10, width - labelWidth - 24);
    for (const s of shown) {
      const label = safeLine(s.shape);
      const cut = Array.from(label).length > labelWidth ? `${Array.from(label).slice(0, labelWidth - 1).join('')}…` : label.padEnd(labelWidth);
      out.push(`  ${cut} ${bar(maxCost > 0 ? s.monthly.onDemand / maxCost : 0, barWidth)} ${money(s.monthly.onDemand)} (${percent(s.share)})`);
    }
    out.push('');
  }

  out.push(LABELS.notes);
  for (const n of report.notes) {
    const lines = wrap(safeLine(n), width - 4);
    lines.forEach((l, i) => out.push(`${i === 0 ? '  - ' : '    '}${l}`));
  }
  return `${out.join('\n')}\n`;
}
