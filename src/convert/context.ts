import type { Statement } from '../cql/ast/nodes.js';
import { resolveOptions } from '../rules/engine.js';
import { findRule, type LoadedRule } from '../rules/load.js';
import type { Wording } from './wording.js';

/** A rule as a comment cites it: `{{ruleId}} {{rule}}`, and its advice for `{{help}}`. */
export type RuleCitation = {
  ruleId: string;
  rule: string;
  help: string;
};

/** What every per-object converter reads: the wording, the rules it cites, and the target's limits and Regions. */
export interface ConvertContext {
  wording: Wording;
  /** The rule named `name`, as comments cite it (the name itself when the rule set lacks it). */
  cite(name: string): RuleCitation;
  /** The deepest collection nesting the target accepts: rule KS2004's `maxDepth` option (its default unless overridden). */
  maxDepth: number;
  /** The target's AWS Regions, each once, in the order given. */
  regions: readonly string[];
}

/** An object as the target gets it, and one note per change (written as comments above it). */
export interface Converted<T extends Statement> {
  statement: T;
  notes: string[];
}

/** The context of one conversion, from the options of `convertSchema`. */
export function convertContext(options: {
  rules: readonly LoadedRule[];
  ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  regions?: readonly string[];
  wording: Wording;
}): ConvertContext {
  return {
    wording: options.wording,
    cite(name) {
      const r = findRule(options.rules, name);
      return { ruleId: r?.id ?? name, rule: r?.name ?? name, help: r?.help.trim() ?? '' };
    },
    maxDepth: nestingLimit(options.rules, options.ruleOptions),
    regions: [...new Set(options.regions ?? [])],
  };
}

/** `KS4005 simple-strategy`: how a reason list names a rule. */
export function ruleLabel(r: RuleCitation): string {
  return `${r.ruleId} ${r.rule}`;
}

function nestingLimit(rules: readonly LoadedRule[], ruleOptions: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined): number {
  const r = findRule(rules, 'frozen-nesting-depth');
  if (r === undefined) return Number.POSITIVE_INFINITY;
  const value = resolveOptions(r, ruleOptions?.[r.id] ?? ruleOptions?.[r.name])['maxDepth'];
  return typeof value === 'number' ? value : Number.POSITIVE_INFINITY;
}
