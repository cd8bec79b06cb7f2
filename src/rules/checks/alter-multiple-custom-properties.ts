import { mapEntries } from '../../catalog/properties.js';
import { defineCheck } from '../context.js';

export default defineCheck({
  name: 'alter-multiple-custom-properties',
  create(ctx) {
    return {
      AlterTable(node) {
        if (node.action.kind !== 'AlterTableWith') return;
        const prop = node.action.properties.properties['custom_properties'];
        if (prop === undefined) return;
        const keys = [...mapEntries(prop.value).keys()];
        if (keys.length > 1) ctx.report({ at: prop, data: { table: ctx.qualify(node.name), properties: keys.join(', ') } });
      },
    };
  },
});
