import { parseScript } from '../../../src/cql/parse.js';
import type { Statement } from '../../../src/cql/ast/nodes.js';
import { EmulatorState } from '../../../src/emulator/keyspaces/state.js';
import type { TableState } from '../../../src/emulator/keyspaces/state.js';

/** Parses exactly one statement, failing the test on syntax errors. */
export function parse(cql: string): Statement {
  const result = parseScript(cql);
  if (result.errors.length > 0) throw new Error(`parse errors in ${cql}: ${JSON.stringify(result.errors)}`);
  const [first] = result.statements;
  if (first === undefined || result.statements.length !== 1) throw new Error(`expected one statement in ${cql}`);
  return first;
}

/** A table as the emulator records it; columns `id text` (partition key), `ck text` (clustering), `v text`. */
export function tableState(table: string, overrides: Partial<TableState> = {}): TableState {
  return {
    keyspace: 'app',
    table,
    createdAt: 0,
    customProperties: {},
    tags: {},
    defaultTimeToLive: 0,
    columns: { partitionKey: ['id'], clustering: ['ck'], types: { id: 'text', ck: 'text', v: 'text' } },
    ...overrides,
  };
}

/** In-memory state with `app.plain`, `app.ttl` (TTL on), `app.ts` (client-side timestamps on), `app.counts` (counter). */
export function sampleState(): EmulatorState {
  const state = EmulatorState.open(undefined);
  state.putKeyspace({ keyspace: 'app', createdAt: 0, replication: { class: 'SingleRegionStrategy' }, tags: {} });
  state.putTable(tableState('plain'));
  state.putTable(tableState('ttl', { customProperties: { ttl: { status: 'enabled' } } }));
  state.putTable(tableState('ts', { customProperties: { client_side_timestamps: { status: 'enabled' } } }));
  state.putTable(
    tableState('counts', { columns: { partitionKey: ['id'], clustering: [], types: { id: 'text', n: 'counter' } } }),
  );
  return state;
}
