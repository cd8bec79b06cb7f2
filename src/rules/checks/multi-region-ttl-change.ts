import { property } from '../../catalog/properties.js';
import { defineCheck } from '../context.js';

export default defineCheck({
  name: 'multi-region-ttl-change',
  create(ctx) {
    return {
      AlterTable(node) {
        if (node.action.kind !== 'AlterTableWith') return;
        const props = node.action.properties;
        const ttlProp = props.properties['default_time_to_live'];
        const custom = property(props, 'custom_properties');
        const touchesTtl = ttlProp !== undefined || (custom?.kind === 'MapLiteral' && custom.entries.some((e) => e.key.kind === 'Literal' && e.key.value?.toLowerCase() === 'ttl'));
        if (!touchesTtl) return;
        const table = ctx.table(node.name);
        const keyspace = table === undefined ? undefined : ctx.catalog.keyspaces.get(table.keyspace);
        if (keyspace === undefined || !ctx.catalog.multiRegion(keyspace.name, ctx.position)) return;
        ctx.report({ at: ttlProp ?? props, data: { table: table!.id, keyspace: keyspace.name } });
      },
    };
  },
});
