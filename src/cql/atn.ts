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

/**
 * Return stacks made unique by content, so a path is keyed by its state and its stack's number
 * (comparing whole stacks, as long as the nesting is deep, made every step quadratic).
 */
class Stacks {
  private readonly ids = new Map<Cont, number>();
  private readonly byKey = new Map<string, Cont>();

  id(stack: Cont | null): number {
    return stack === null ? 0 : (this.ids.get(stack) ?? 0);
  }

  push(returnState: ATNState, parent: Cont | null): Cont {
    const key = `${returnState.stateNumber},${this.id(parent)}`;
    let cont = this.byKey.get(key);
    if (cont === undefined) {
      cont = { returnState, parent };
      this.byKey.set(key, cont);
      this.ids.set(cont, this.byKey.size);
    }
    return cont;
  }
}

/** Follows epsilon and rule transitions from `config`, calling `visit` for every token transition. */
function closure(config: Config, stacks: Stacks, seen: Set<string>, visit: (c: Config, t: Transition) => void): void {
  const key = `${config.state.stateNumber}|${stacks.id(config.stack)}`;
  if (seen.has(key)) return;
  seen.add(key);
  const { state, stack } = config;
  if (state instanceof RuleStopState) {
    if (stack) closure({ state: stack.returnState, stack: stack.parent }, stacks, seen, visit);
    return;
  }
  for (const t of state.transitions) {
    if (t instanceof RuleTransition) closure({ state: t.target, stack: stacks.push(t.followState, stack) }, stacks, seen, visit);
    else if (t.isEpsilon) closure({ state: t.target, stack }, stacks, seen, visit);
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
 * Most paths kept alive from one token to the next. Ambiguous prefixes multiply paths: each
 * unclosed `{` may open a map, a set or a user-type literal, so ten of them make thousands of
 * paths and a few more exhaust memory. Real statements keep about ten; past the cap the first
 * ones found are kept, which still describes what could come next.
 */
const MAX_CONFIGS = 64;

/**
 * The paths of `singleStatement` still alive after `count` tokens, the i-th of type `typeAt(i)`
 * (empty when those tokens cannot begin a statement; at most MAX_CONFIGS of them).
 */
export function configsAfter(count: number, typeAt: (i: number) => number): Config[] {
  const atn = CqlParser._ATN;
  const start = atn.ruleToStartState[CqlParser.RULE_singleStatement];
  if (!start) return [];
  const stacks = new Stacks();
  let configs: Config[] = [{ state: start, stack: null }];
  for (let i = 0; i < count && configs.length > 0; i++) {
    const type = typeAt(i);
    const next = new Map<string, Config>();
    const seen = new Set<string>();
    for (const config of configs) {
      closure(config, stacks, seen, (c, t) => {
        if (next.size < MAX_CONFIGS && t.matches(type, Token.MIN_USER_TOKEN_TYPE, atn.maxTokenType)) {
          const target: Config = { state: t.target, stack: c.stack };
          next.set(`${target.state.stateNumber}|${stacks.id(target.stack)}`, target);
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
