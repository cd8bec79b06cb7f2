import type { AstNode, PropertyMap } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { replicationMap } from '../replication.js';

/** Table and keyspace properties only Keyspaces defines. */
const KEYSPACES_PROPERTIES = ['custom_properties', 'autoscaling_settings', 'tags', 'client_side_timestamps'];

export default defineCheck({
  name: 'keyspaces-only-syntax',
  create(ctx) {
    const props = (map: PropertyMap | undefined): void => {
      for (const name of KEYSPACES_PROPERTIES) {
        const p = map?.properties[name];
        if (p !== undefined) ctx.report({ at: p.name, data: { construct: name.toUpperCase() } });
      }
      for (const p of Object.values(map?.properties ?? {})) {
        if (p.value.kind !== 'MapLiteral') continue;
        for (const e of p.value.entries) {
          if (e.value.kind === 'Literal' && e.value.value?.startsWith('com.amazonaws.cassandra.') === true) {
            ctx.report({ at: e.value, data: { construct: e.value.value } });
          }
        }
      }
    };
    const tags = (at: AstNode): void => ctx.report({ at, data: { construct: 'ADD/DROP TAGS' } });
    return {
      CreateKeyspace(node) {
        props(node.properties);
        const map = replicationMap(node);
        if (map?.className === 'SingleRegionStrategy' && map.classEntry !== undefined) {
          ctx.report({ at: map.classEntry.value, data: { construct: 'SingleRegionStrategy' } });
        }
      },
      AlterKeyspace(node) {
        props(node.properties);
        if (node.tags !== undefined) tags(node.tags);
        const map = replicationMap(node);
        if (map?.className === 'SingleRegionStrategy' && map.classEntry !== undefined) {
          ctx.report({ at: map.classEntry.value, data: { construct: 'SingleRegionStrategy' } });
        }
      },
      CreateTable: (node) => props(node.properties),
      AlterTable(node) {
        if (node.action.kind === 'AlterTableWith') props(node.action.properties);
        if (node.action.kind === 'AlterTableTags') tags(node.action);
      },
      RestoreTable: (node) => ctx.report({ at: node, data: { construct: 'RESTORE TABLE' } }),
    };
  },
});
