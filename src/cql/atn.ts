/**
 * Simulating the parser's ATN over token types, all paths at once (as full LL prediction would),
 * without running the parser: what could follow a statement prefix, and whether a prefix can start
 * a statement at all. Internal to src/cql; depends on the generated parser only.
 */
import { type ATNState, RuleStopState, RuleTransition, Token, type Transition } from 'antlr4ng';
import { CqlParser } from './generated/CqlParser.js';

/** A continuation: the return state to resume at when a rule ends, and what follows that. */
export interface Cont {
  readonly returnState: ATNState;
  readonly parent: Cont | null;
}

/** One path through the ATN: a state and its rule-return stack. */
export interface Config {
  state: ATNState;
  stack: Cont | null;
}

/** Follows epsilon and rule transitions from `config`, calling `visit` for every token transition. */
export function closure(config: Config, seen: Set<string>, visit: (c: Config, t: Transition) => void): void {
  const key = `${config.state.stateNumber}|${contKey(config.stack, Infinity)}`;
  if (seen.has(key)) return;
  seen.add(key);
  const { state, stack } = config;
  if (state instanceof RuleStopState) {
    if (stack) closure({ state: stack.returnState, stack: stack.parent }, seen, visit);
    return;
  }
  for (const t of state.transitions) {
    if (t instanceof RuleTransition) closure({ state: t.target, stack: { returnState: t.followState, parent: stack } }, seen, visit);
    else if (t.isEpsilon) closure({ state: t.target, stack }, seen, visit);
    else visit(config, t);
  }
}

/** A key for the first `depth` return states of a stack. */
export function contKey(cont: Cont | null, depth = 6): string {
  let key = '';
  for (let c = cont, n = 0; c && n < depth; c = c.parent, n++) key += `${c.returnState.stateNumber},`;
  return key;
}

/**
 * The paths of `singleStatement` still alive after `count` tokens, the i-th of type `typeAt(i)`
 * (empty when those tokens cannot begin a statement).
 */
export function configsAfter(count: number, typeAt: (i: number) => number): Config[] {
  const atn = CqlParser._ATN;
  const start = atn.ruleToStartState[CqlParser.RULE_singleStatement];
  if (!start) return [];
  let configs: Config[] = [{ state: start, stack: null }];
  for (let i = 0; i < count && configs.length > 0; i++) {
    const type = typeAt(i);
    const next = new Map<string, Config>();
    const seen = new Set<string>();
    for (const config of configs) {
      closure(config, seen, (c, t) => {
        if (t.matches(type, Token.MIN_USER_TOKEN_TYPE, atn.maxTokenType)) {
          const target: Config = { state: t.target, stack: c.stack };
          next.set(`${target.state.stateNumber}|${contKey(target.stack, Infinity)}`, target);
        }
      });
    }
    configs = [...next.values()];
  }
  return configs;
}

/** Whether a statement can begin with tokens of these types (the whole statement, or a prefix). */
export function isStatementPrefix(types: readonly number[]): boolean {
  return configsAfter(types.length, (i) => types[i]!).length > 0;
}

let statementStarts: ReadonlySet<number> | undefined;

/** The token types a statement can start with (its first keyword). */
export function statementStartTypes(): ReadonlySet<number> {
  if (!statementStarts) {
    const atn = CqlParser._ATN;
    const start = atn.ruleToStartState[CqlParser.RULE_statement];
    statementStarts = new Set(start ? atn.nextTokens(start).toArray() : []);
  }
  return statementStarts;
}
