import { appliedUsing } from '../cql/ast/using.js';
import { walk } from '../cql/ast/walk.js';
import type { Catalog } from '../catalog/catalog.js';
import type { SessionStatement } from '../catalog/session.js';

/** Tables (`ks.t`) whose statements need a Keyspaces table feature turned on. */
export interface FeatureUse {
  /** Written with `USING TTL`. */
  ttl: Set<string>;
  /** Written with `USING TIMESTAMP`, or read with `WRITETIME()`. */
  clientSideTimestamps: Set<string>;
}

/**
 * Which tables the DML among the statements needs TTL or client-side timestamps for (a batch's
 * `USING` counts for each of its statements), added to the tables already known to need them.
 */
export function featuresUsed(session: Iterable<SessionStatement>, catalog: Catalog, known: { ttl?: Iterable<string>; clientSideTimestamps?: Iterable<string> } = {}): FeatureUse {
  const use: FeatureUse = { ttl: new Set(known.ttl), clientSideTimestamps: new Set(known.clientSideTimestamps) };
  for (const { statement: stmt, keyspace } of session) {
    switch (stmt.kind) {
      case 'Insert':
      case 'Update':
      case 'Delete':
      case 'Batch':
        for (const write of stmt.kind === 'Batch' ? stmt.statements : [stmt]) {
          const using = appliedUsing(write, stmt.kind === 'Batch' ? stmt.using : undefined);
          if (using.ttl) use.ttl.add(catalog.qualify(write.table, keyspace));
          if (using.timestamp) use.clientSideTimestamps.add(catalog.qualify(write.table, keyspace));
        }
        break;
      case 'Select': {
        let readsWritetime = false;
        walk(stmt, {
          WritetimeTtl(node) {
            if (node.function !== 'ttl') readsWritetime = true;
          },
        });
        if (readsWritetime) use.clientSideTimestamps.add(catalog.qualify(stmt.table, keyspace));
        break;
      }
      default:
        break;
    }
  }
  return use;
}
