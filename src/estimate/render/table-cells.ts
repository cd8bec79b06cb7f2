/** The cells of a table's rows in the tables and auto-scaling sections, shared by the text and Markdown renderings. */
import { bytes } from '../messages.js';
import type { TableEstimate } from '../report.js';
import { compact, integer, percent, quantity } from './format.js';

/** After the table's name (`TABLE_COLUMNS`): rows, storage, reads and writes (average/peak), monthly cost on demand and provisioned. */
export function tableCells(t: TableEstimate, money: (n: number) => string): string[] {
  return [
    compact(t.rows),
    t.storageBytes === undefined ? '—' : bytes(t.storageBytes),
    `${quantity(t.reads.average)}/${quantity(t.reads.peak)}`,
    `${quantity(t.writes.average)}/${quantity(t.writes.peak)}`,
    money(t.monthly.onDemand),
    money(t.monthly.provisioned),
  ];
}

/** After the table's name (`AUTOSCALING_COLUMNS`): read and write capacity bounds, the target utilization, the expected utilization. */
export function autoScalingCells(t: TableEstimate): string[] {
  return [
    integer(t.autoScaling.read.min),
    integer(t.autoScaling.read.max),
    integer(t.autoScaling.write.min),
    integer(t.autoScaling.write.max),
    `${t.autoScaling.read.targetUtilization}%`,
    `${percent(t.autoScaling.read.utilization)}/${percent(t.autoScaling.write.utilization)}`,
  ];
}
