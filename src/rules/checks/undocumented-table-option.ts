import type { AlterTable, CreateTable } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { IGNORED_TABLE_OPTIONS, KEYSPACES_TABLE_OPTIONS, tableProperties } from '../table-options.js';

/** Documented as ignored but reported by their own rules (KS4001, KS4002). */
const OWN_RULES = new Set(['compaction', 'compression']);

export default defineCheck({
  name: 'undocumented-table-option',
  create(ctx) {
    // One finding per statement listing every option whose handling AWS does not document.
    const check = (node: CreateTable | AlterTable): void => {
      const props = tableProperties(node).filter(
        (p) => !KEYSPACES_TABLE_OPTIONS.has(p.name.text) && !IGNORED_TABLE_OPTIONS.has(p.name.text) && !OWN_RULES.has(p.name.text),
      );
      const first = props[0];
      if (first !== undefined) ctx.report({ at: first, data: { options: props.map((p) => p.name.text).join(', ') } });
    };
    return { CreateTable: check, AlterTable: check };
  },
});
