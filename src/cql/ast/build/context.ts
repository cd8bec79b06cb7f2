/**
 * What every builder function shares: the statement's position mapper (source ranges of contexts
 * and tokens), the error for grammar shapes the builder does not know, and the dispatch table for
 * a rule's labelled alternatives.
 */
import type { ParserRuleContext, TerminalNode, Token } from 'antlr4ng';
import type { SourceRange } from '../../source.js';
import type { PositionMapper } from '../positions.js';

/** A grammar shape the builder does not know: a parser/builder mismatch, never user error. */
export class AstBuildError extends Error {
  constructor(what: string, ctx: ParserRuleContext) {
    super(`AST builder: unexpected ${what} (${ctx.constructor.name}) for "${ctx.getText()}"`);
    this.name = 'AstBuildError';
  }
}

/** `value`, or an `AstBuildError` naming `what` when the parse tree lacks it. */
export function req<T>(value: T | null | undefined, what: string, ctx: ParserRuleContext): T {
  if (value === null || value === undefined) throw new AstBuildError(`missing ${what}`, ctx);
  return value;
}

/** The state of one statement's build: where its parsed text sits in the script. */
export class BuildContext {
  constructor(readonly pos: PositionMapper) {}

  range(ctx: ParserRuleContext): SourceRange {
    const start = req(ctx.start, 'start token', ctx);
    const stop = ctx.stop ?? start;
    return { start: this.pos(start.start), end: this.pos(Math.max(stop.stop + 1, start.start)) };
  }

  tokenRange(token: Token): SourceRange {
    return { start: this.pos(token.start), end: this.pos(token.stop + 1) };
  }

  terminalRange(node: TerminalNode): SourceRange {
    return this.tokenRange(node.symbol);
  }

  span(first: SourceRange, last: SourceRange): SourceRange {
    return { start: first.start, end: last.end };
  }

  /** A zero-width range at the end of `ctx` (for clauses that were not written). */
  endOf(ctx: ParserRuleContext): SourceRange {
    const r = this.range(ctx);
    return { start: r.end, end: r.end };
  }
}

/** A generated parse-tree context class, as a dispatch key. */
export type ContextClass<C extends ParserRuleContext> = abstract new (...args: never[]) => C;

/** Builds the node of one labelled alternative (or one statement rule). */
export type AlternativeBuilder<C extends ParserRuleContext, R> = (b: BuildContext, ctx: C) => R;

/**
 * The builders of a grammar rule's labelled alternatives, keyed by each alternative's context
 * class: one map lookup on the context's constructor instead of an `instanceof` chain.
 * Alternatives are leaf classes (nothing derives from them), so the exact constructor is the key.
 * Rules with only a few alternatives keep `instanceof` where they are used.
 */
export class Alternatives<Base extends ParserRuleContext, R> {
  private readonly table = new Map<unknown, AlternativeBuilder<Base, R>>();

  /** @param what names the rule in the error thrown for a context without a builder. */
  constructor(private readonly what: string) {}

  /** Registers the builder of the alternative whose context class is `type`. */
  on<C extends Base>(type: ContextClass<C>, build: AlternativeBuilder<C, R>): this {
    this.table.set(type, build as AlternativeBuilder<Base, R>);
    return this;
  }

  /** The node for `ctx`; an `AstBuildError` when its alternative has no builder. */
  build(b: BuildContext, ctx: Base): R {
    const build = this.table.get(ctx.constructor);
    if (build === undefined) throw new AstBuildError(this.what, ctx);
    return build(b, ctx);
  }
}
