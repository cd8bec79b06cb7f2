import type { AlterKeyspace, CreateKeyspace } from '../cql/ast/nodes.js';
import { defineCheck, type CheckModule } from './context.js';
import { replicationProblems, type ReplicationRule } from './replication.js';

/**
 * The check of one replication rule. A replication map gets one finding: the strongest selected
 * rule among `REPLICATION_RULES` that applies reports it, carrying the other applicable selected
 * rules' messages (`also`); the others stay silent for that map.
 */
export function replicationCheck(name: ReplicationRule): CheckModule {
  return defineCheck({
    name,
    create(ctx) {
      const visit = (node: CreateKeyspace | AlterKeyspace): void => {
        const problems = replicationProblems(node).filter((p) => ctx.selected(p.rule));
        const first = problems[0];
        if (first?.rule !== name) return;
        ctx.report({ at: first.at, data: first.data, also: problems.slice(1).map((p) => ({ rule: p.rule, data: p.data })) });
      };
      return { CreateKeyspace: visit, AlterKeyspace: visit };
    },
  });
}
