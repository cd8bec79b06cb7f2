/**
 * Parses a CQL script into one parse tree per statement (internal to src/cql; the public API is
 * parse.ts). Two-stage parsing: SLL prediction with a bail-out strategy first; only if that fails,
 * the statement is reparsed with full LL prediction, which is exact, and the first error is
 * reported at its token. One lexer and one parser per process keep the shared DFA warm.
 */
import {
  BailErrorStrategy,
  BaseErrorListener,
  CommonTokenStream,
  DefaultErrorStrategy,
  InputMismatchException,
  ListTokenSource,
  ParseCancellationException,
  type Parser,
  PredictionMode,
  type RecognitionException,
  type Recognizer,
  type ATNSimulator,
  Token,
  type Token as TokenType,
} from 'antlr4ng';
import type { CqlSyntaxError } from './errors.js';
import { lengthLimitMessage, MAX_NESTING, nestingLimitMessage, overflowMessage, statementLimits, type StatementLimits } from './limits.js';
import { CqlParser, type StatementContext } from './generated/CqlParser.js';
import { syntaxErrorMessage } from './messages.js';
import type { SourceRange } from './source.js';
import { splitTokens, type StatementSlice } from './split.js';
import { lexScript, type PositionIndex } from './tokens.js';
import { mayNeedValidation, validateStatement } from './validate.js';

export interface ParsedStatementTree {
  tree: StatementContext;
  text: string;
  range: SourceRange;
}

export interface ParseTreeResult {
  trees: ParsedStatementTree[];
  errors: CqlSyntaxError[];
  /** Statements that needed the second (LL) stage, whether or not they then parsed. */
  sllFallbacks: number;
}

/** The first syntax error of the statement being parsed, with the parser state at that moment. */
interface PendingError {
  token: TokenType;
  message: string;
}

/**
 * One listener for lexer and parser. It keeps only the first error of a statement: the strategy
 * below stops the parse right after it.
 */
class FirstErrorListener extends BaseErrorListener {
  pending: PendingError | undefined;
  tokens: TokenType[] = [];
  positions: PositionIndex | undefined;

  override syntaxError<S extends Token, T extends ATNSimulator>(
    recognizer: Recognizer<T>,
    offendingSymbol: S | null,
    _line: number,
    _column: number,
    _msg: string,
    _e: RecognitionException | null,
  ): void {
    if (this.pending || !offendingSymbol || !this.positions) return;
    this.pending = {
      token: offendingSymbol,
      message: syntaxErrorMessage(offendingSymbol, this.tokens, this.positions),
    };
  }
}

/** Reports the first error (through the listeners) and stops; no recovery, as in Cassandra. */
class FirstErrorStrategy extends DefaultErrorStrategy {
  override reportError(recognizer: Parser, e: RecognitionException): void {
    recognizer.notifyErrorListeners(e.message, e.offendingToken, e);
    throw new ParseCancellationException(e);
  }

  override recoverInline(recognizer: Parser): Token {
    throw new InputMismatchException(recognizer);
  }

  // `sync` (inherited) notices a wrong token at the start of an optional block or loop, where the
  // expected set is the widest; these two are its reports, stopped here as well.
  override reportUnwantedToken(recognizer: Parser): void {
    this.reportError(recognizer, new InputMismatchException(recognizer));
  }

  override reportMissingToken(recognizer: Parser): void {
    this.reportError(recognizer, new InputMismatchException(recognizer));
  }
}

let shared: { parser: CqlParser; listener: FirstErrorListener; bail: BailErrorStrategy; report: FirstErrorStrategy } | undefined;

function instance(): NonNullable<typeof shared> {
  if (!shared) {
    const parser = new CqlParser(new CommonTokenStream(new ListTokenSource([])));
    parser.removeErrorListeners();
    const listener = new FirstErrorListener();
    parser.addErrorListener(listener);
    shared = { parser, listener, bail: new BailErrorStrategy(), report: new FirstErrorStrategy() };
  }
  return shared;
}

/** Parses every statement of `text`. A bad statement yields one error and never hides the next. */
export function parseTrees(text: string, limits?: Partial<StatementLimits>): ParseTreeResult {
  const trees: ParsedStatementTree[] = [];
  const { errors, sllFallbacks } = parseStatements(text, (tree) => trees.push(tree), limits);
  return { trees, errors, sllFallbacks };
}

/**
 * Streams the statements of `text` to `onTree` as they parse, so a caller that turns each tree
 * into something smaller lets the tree die young (large scripts stay cheap for the GC).
 */
export function parseStatements(
  text: string,
  onTree: (tree: ParsedStatementTree, positions: PositionIndex) => void,
  limits?: Partial<StatementLimits>,
): { errors: CqlSyntaxError[]; sllFallbacks: number; positions: PositionIndex } {
  const script = lexScript(text);
  const slices = splitTokens(script);
  const errors: CqlSyntaxError[] = [];
  const resolved = statementLimits(limits);
  let sllFallbacks = 0;
  for (const slice of slices) {
    const outcome = parseSlice(slice, script.positions, resolved);
    if (outcome.fellBack) sllFallbacks++;
    if ('error' in outcome) errors.push(outcome.error);
    else onTree({ tree: outcome.tree, text: slice.text, range: slice.range }, script.positions);
  }
  return { errors, sllFallbacks, positions: script.positions };
}

export type SliceOutcome = { fellBack: boolean } & ({ tree: StatementContext } | { error: CqlSyntaxError });

/**
 * Parses one statement. Statements past a limit (length, nesting) are not parsed at all: they come
 * back as an error marked with the limit, as does one whose parse exhausts the stack anyway.
 */
export function parseSlice(slice: StatementSlice, positions: PositionIndex, limits: StatementLimits): SliceOutcome {
  if (slice.text.length > limits.maxLength) {
    return { fellBack: false, error: limitError(slice, slice.range, 'length', lengthLimitMessage(slice.text.length, limits.maxLength)) };
  }
  const deep = nestingBeyond(slice.tokens, MAX_NESTING);
  if (deep !== undefined) {
    return { fellBack: false, error: limitError(slice, positions.tokenRange(deep), 'nesting', nestingLimitMessage(MAX_NESTING)) };
  }
  try {
    return parseWithinLimits(slice, positions);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    // The stack (or an array or string) ran out: the statement is too complex to read, whatever else holds.
    instance().parser.reset();
    return { fellBack: true, error: limitError(slice, slice.range, 'nesting', overflowMessage()) };
  }
}

function limitError(slice: StatementSlice, range: SourceRange, limit: NonNullable<CqlSyntaxError['limit']>, message: string): CqlSyntaxError {
  return { message, range, statementRange: slice.range, statementText: slice.text, limit };
}

/** The token at which more than `max` brackets are open, if any. */
function nestingBeyond(tokens: readonly TokenType[], max: number): TokenType | undefined {
  let depth = 0;
  let angles = 0;
  let previous = 0;
  for (const t of tokens) {
    switch (t.type) {
      case CqlParser.LPAREN:
      case CqlParser.LBRACKET:
      case CqlParser.LBRACE:
        depth++;
        break;
      case CqlParser.RPAREN:
      case CqlParser.RBRACKET:
      case CqlParser.RBRACE:
        depth = Math.max(0, depth - 1);
        break;
      case CqlParser.LT:
        if (TYPE_OPENERS.has(previous)) {
          depth++;
          angles++;
        }
        break;
      case CqlParser.GT:
        if (angles > 0) {
          depth = Math.max(0, depth - 1);
          angles--;
        }
        break;
    }
    if (depth > max) return t;
    previous = t.type;
  }
  return undefined;
}

/** Keywords whose `<` opens a type argument list (counted as nesting, like brackets). */
const TYPE_OPENERS: ReadonlySet<number> = new Set([CqlParser.K_FROZEN, CqlParser.K_LIST, CqlParser.K_SET, CqlParser.K_MAP, CqlParser.K_TUPLE, CqlParser.K_VECTOR]);

function parseWithinLimits(slice: StatementSlice, positions: PositionIndex): SliceOutcome {
  const { parser, listener, bail, report } = instance();
  const stream = new CommonTokenStream(new ListTokenSource(slice.tokens));
  parser.tokenStream = stream;
  parser.errorHandler = bail;
  parser.interpreter.predictionMode = PredictionMode.SLL;
  let tree: StatementContext | undefined;
  let fellBack = false;
  try {
    tree = parser.singleStatement().statement();
  } catch (e) {
    if (!(e instanceof ParseCancellationException)) throw e;
  }
  if (!tree) {
    fellBack = true;
    stream.seek(0);
    parser.reset();
    parser.errorHandler = report;
    parser.interpreter.predictionMode = PredictionMode.LL;
    listener.pending = undefined;
    listener.tokens = slice.tokens;
    listener.positions = positions;
    try {
      tree = parser.singleStatement().statement();
    } catch (e) {
      if (!(e instanceof ParseCancellationException)) throw e;
    }
    const pending = listener.pending as PendingError | undefined;
    listener.pending = undefined;
    listener.tokens = [];
    if (pending || !tree) {
      const token = pending?.token ?? stream.get(stream.index);
      return {
        fellBack,
        error: makeError(slice, positions, token, pending?.message ?? 'this statement cannot be parsed'),
      };
    }
  }
  const violation = mayNeedValidation(slice.tokens) ? validateStatement(tree) : null;
  if (violation) return { fellBack, error: makeError(slice, positions, violation.token, violation.message) };
  return { fellBack, tree };
}

function makeError(slice: StatementSlice, positions: PositionIndex, token: TokenType, message: string): CqlSyntaxError {
  let range: SourceRange;
  if (token.type === Token.EOF) {
    range = { start: slice.range.end, end: slice.range.end };
  } else {
    const [start, end] = positions.tokenSpan(token);
    // An unterminated literal runs to the end of the script: point at its opening delimiter.
    const opener = syntaxOpenerLength(token);
    range = positions.range(start, opener ? start + opener : end);
  }
  return { message, range, statementRange: slice.range, statementText: slice.text };
}

function syntaxOpenerLength(token: TokenType): number {
  switch (token.type) {
    case CqlParser.UNTERMINATED_STRING:
    case CqlParser.UNTERMINATED_QUOTED_NAME:
      return 1;
    case CqlParser.UNTERMINATED_DOLLAR_STRING:
    case CqlParser.UNTERMINATED_COMMENT:
      return 2;
    default:
      return 0;
  }
}
