/**
 * What the parser expected at a syntax error, described in words ("a table name", "'FROM'").
 * Walks the parser's ATN from the states alive at the error, describing a call of a known rule by
 * a noun (so "a table name" rather than the hundred tokens a name can start with). Internal.
 */
import { type ATN, type ATNState, RuleStopState, RuleTransition, Token, Transition } from 'antlr4ng';
import { configsAfter, type Cont, contKey } from './atn.js';
import { CqlParser } from './generated/CqlParser.js';
import { CqlLexer } from './generated/CqlLexer.js';
import { tokenTypeDisplayName } from './tokens.js';

/** Rules described by a noun wherever they are called. */
const RULE_NOUNS: ReadonlyMap<number, string> = new Map([
  [CqlParser.RULE_statement, 'a statement'],
  [CqlParser.RULE_batchChild, 'INSERT, UPDATE or DELETE'],
  [CqlParser.RULE_tableName, 'a table name'],
  [CqlParser.RULE_userTypeName, 'a type name'],
  [CqlParser.RULE_functionName, 'a function name'],
  [CqlParser.RULE_allowedFunctionName, 'a function name'],
  [CqlParser.RULE_roleName, 'a role name'],
  [CqlParser.RULE_userName, 'a user name'],
  [CqlParser.RULE_identityName, 'an identity'],
  [CqlParser.RULE_comparatorType, 'a type'],
  [CqlParser.RULE_nativeType, 'a native type'],
  [CqlParser.RULE_term, 'a value'],
  [CqlParser.RULE_termAddition, 'a value'],
  [CqlParser.RULE_termMultiplication, 'a value'],
  [CqlParser.RULE_termGroup, 'a value'],
  [CqlParser.RULE_simpleTerm, 'a value'],
  [CqlParser.RULE_valueLiteral, 'a value'],
  [CqlParser.RULE_constant, 'a literal'],
  [CqlParser.RULE_propertyValue, 'a literal'],
  [CqlParser.RULE_propertyMapValue, 'a literal or map'],
  [CqlParser.RULE_propertyMap, 'a map literal'],
  [CqlParser.RULE_properties, 'an option name'],
  [CqlParser.RULE_property, 'an option name'],
  [CqlParser.RULE_tableProperty, 'a table option'],
  [CqlParser.RULE_selectors, "a column name, an expression or '*'"],
  [CqlParser.RULE_selector, 'a column name or expression'],
  [CqlParser.RULE_unaliasedSelector, 'a column name or expression'],
  [CqlParser.RULE_whereClause, 'a condition'],
  [CqlParser.RULE_relationOrExpression, 'a condition'],
  [CqlParser.RULE_relation, 'a condition'],
  [CqlParser.RULE_updateConditions, 'a condition'],
  [CqlParser.RULE_columnCondition, 'a condition'],
  [CqlParser.RULE_columnOperation, 'a column assignment'],
  [CqlParser.RULE_intValue, 'an integer or bind marker'],
  [CqlParser.RULE_marker, 'a bind marker'],
  [CqlParser.RULE_inMarker, 'a bind marker'],
  [CqlParser.RULE_usingClauseObjective, "'TIMESTAMP' or 'TTL'"],
  [CqlParser.RULE_permission, 'a permission'],
  [CqlParser.RULE_permissionOrAll, 'a permission'],
  [CqlParser.RULE_resource, 'a resource'],
  [CqlParser.RULE_roleOption, 'a role option'],
  [CqlParser.RULE_roleOptions, 'a role option'],
  [CqlParser.RULE_consistencyLevel, 'a consistency level'],
  [CqlParser.RULE_tupleLiteral, 'a tuple'],
  [CqlParser.RULE_columnDefinition, 'a column definition'],
  [CqlParser.RULE_addColumnDefinition, 'a column definition'],
  [CqlParser.RULE_tableElement, 'a column definition'],
  [CqlParser.RULE_typeField, 'a field definition'],
  [CqlParser.RULE_anyWord, 'a word'],
  [CqlParser.RULE_copyOptionValue, 'a value'],
  [CqlParser.RULE_describeTarget, 'what to describe'],
  // SCHEMA is Cassandra 3.x's synonym of KEYSPACE: accepted, never suggested.
  [CqlParser.RULE_keyspaceKeyword, "'KEYSPACE'"],
  [CqlParser.RULE_indexTarget, 'a column name'],
]);

/** Name rules: their noun depends on the rule that calls them. */
const NAME_RULES: ReadonlySet<number> = new Set([
  CqlParser.RULE_ident,
  CqlParser.RULE_cident,
  CqlParser.RULE_plainIdent,
  CqlParser.RULE_nonTypeIdent,
  CqlParser.RULE_unreservedKeyword,
  CqlParser.RULE_basicUnreservedKeyword,
]);

const COLUMN = 'a column name';
const NAME_NOUN_BY_CALLER: ReadonlyMap<number, string> = new Map([
  [CqlParser.RULE_tableName, 'a table name'],
  [CqlParser.RULE_qualifiedIndexName, 'an index name'],
  [CqlParser.RULE_userTypeName, 'a type name'],
  [CqlParser.RULE_functionName, 'a function name'],
  [CqlParser.RULE_columnDefinition, COLUMN],
  [CqlParser.RULE_addColumnDefinition, COLUMN],
  [CqlParser.RULE_primaryKeyDefinition, COLUMN],
  [CqlParser.RULE_partitionKey, COLUMN],
  [CqlParser.RULE_clusteringOrder, COLUMN],
  [CqlParser.RULE_createMaterializedViewStatement, COLUMN],
  [CqlParser.RULE_relation, COLUMN],
  [CqlParser.RULE_tupleOfIdentifiers, COLUMN],
  [CqlParser.RULE_orderByClause, COLUMN],
  [CqlParser.RULE_insertBody, COLUMN],
  [CqlParser.RULE_columnOperation, COLUMN],
  [CqlParser.RULE_columnCondition, COLUMN],
  [CqlParser.RULE_deleteOp, COLUMN],
  [CqlParser.RULE_indexTarget, COLUMN],
  [CqlParser.RULE_alterTableInstruction, COLUMN],
  [CqlParser.RULE_renameColumn, COLUMN],
  [CqlParser.RULE_simpleUnaliasedSelector, COLUMN],
  [CqlParser.RULE_copyStatement, COLUMN],
  [CqlParser.RULE_useStatement, 'a keyspace name'],
  [CqlParser.RULE_createKeyspaceStatement, 'a keyspace name'],
  [CqlParser.RULE_alterKeyspaceStatement, 'a keyspace name'],
  [CqlParser.RULE_dropKeyspaceStatement, 'a keyspace name'],
  [CqlParser.RULE_resource, 'a keyspace name'],
  [CqlParser.RULE_typeField, 'a field name'],
  [CqlParser.RULE_alterTypeInstruction, 'a field name'],
  [CqlParser.RULE_renameField, 'a field name'],
  [CqlParser.RULE_usertypeField, 'a field name'],
  [CqlParser.RULE_selectorModifier, 'a field name'],
  [CqlParser.RULE_createIndexStatement, 'an index name'],
  [CqlParser.RULE_customIndexExpression, 'an index name'],
  [CqlParser.RULE_property, 'an option name'],
  [CqlParser.RULE_selector, 'an alias'],
  [CqlParser.RULE_functionParameter, 'a parameter name'],
  [CqlParser.RULE_createTriggerStatement, 'a trigger name'],
  [CqlParser.RULE_dropTriggerStatement, 'a trigger name'],
  [CqlParser.RULE_marker, 'a bind marker name'],
  [CqlParser.RULE_inMarker, 'a bind marker name'],
  [CqlParser.RULE_createFunctionStatement, 'a language name'],
]);

/** Tokens that are names (an identifier or a keyword usable as one). */
function isNameToken(type: number): boolean {
  return (
    type === CqlLexer.IDENT ||
    type === CqlLexer.QUOTED_NAME ||
    type === CqlLexer.EMPTY_QUOTED_NAME ||
    (type >= CqlLexer.K_SELECT && type <= CqlLexer.K_RESTORE)
  );
}

let nameTokens: ReadonlySet<number> | undefined;

/** Keywords that can never be a name (Cassandra's reserved keywords). */
export function isReservedKeyword(type: number): boolean {
  if (type < CqlLexer.K_SELECT || type > CqlLexer.K_RESTORE) return false;
  if (!nameTokens) {
    const atn = CqlParser._ATN;
    const start = atn.ruleToStartState[CqlParser.RULE_ident];
    nameTokens = new Set(start ? atn.nextTokens(start).toArray() : []);
  }
  return !nameTokens.has(type);
}

interface Collected {
  nouns: string[];
  tokens: number[];
  /** Name tokens seen inside a name rule, keyed by the noun of the caller. */
  nameNouns: string[];
}

/**
 * Words for what could come at `index` of a statement's tokens (`tokens.length` for its end):
 * the ATN is simulated over the tokens before it (all paths at once, as full LL would), and every
 * path still alive is described from there, by nouns where a described rule would start.
 */
export function describeExpectedAt(tokens: readonly Token[], index: number): string[] {
  const atn = CqlParser._ATN;
  const configs = configsAfter(index, (i) => tokens[i]!.type);
  const collected: Collected = { nouns: [], tokens: [], nameNouns: [] };
  const seen = new Set<string>();
  for (const config of configs) walk(atn, config.state, config.stack, collected, seen, 0);
  return summarize(collected);
}

function walk(atn: ATN, state: ATNState, cont: Cont | null, out: Collected, seen: Set<string>, depth: number): void {
  const key = `${state.stateNumber}|${contKey(cont)}`;
  if (seen.has(key) || depth > 200) return;
  seen.add(key);

  if (state instanceof RuleStopState || state.transitions.length === 0) {
    if (cont) walk(atn, cont.returnState, cont.parent, out, seen, depth + 1);
    else out.tokens.push(Token.EOF);
    return;
  }
  for (const t of state.transitions) {
    if (t instanceof RuleTransition) {
      const noun = RULE_NOUNS.get(t.ruleIndex);
      if (noun) {
        out.nouns.push(noun);
        continue;
      }
      if (NAME_RULES.has(t.ruleIndex)) {
        out.nameNouns.push(nameNoun(state.ruleIndex, cont));
        continue;
      }
      walk(atn, t.target, { returnState: t.followState, parent: cont }, out, seen, depth + 1);
      continue;
    }
    if (t.isEpsilon) {
      walk(atn, t.target, cont, out, seen, depth + 1);
      continue;
    }
    const label = t.label;
    if (!label || t.transitionType === Transition.NOT_SET || t.transitionType === Transition.WILDCARD) continue;
    for (const type of label.toArray()) {
      if (NAME_RULES.has(state.ruleIndex) && isNameToken(type)) out.nameNouns.push(nameNoun(callerRule(cont), cont));
      else out.tokens.push(type);
    }
  }
}

function callerRule(cont: Cont | null): number {
  // The first return state outside the name rules tells who called the name rule.
  for (let c = cont; c; c = c.parent) if (!NAME_RULES.has(c.returnState.ruleIndex)) return c.returnState.ruleIndex;
  return -1;
}

function nameNoun(ruleIndex: number, cont: Cont | null): string {
  const direct = NAME_NOUN_BY_CALLER.get(ruleIndex);
  if (direct) return direct;
  if (NAME_RULES.has(ruleIndex)) {
    const caller = callerRule(cont);
    return NAME_NOUN_BY_CALLER.get(caller) ?? RULE_NOUNS.get(caller) ?? 'a name';
  }
  return RULE_NOUNS.get(ruleIndex) ?? 'a name';
}

function summarize(c: Collected): string[] {
  const words: string[] = [];
  const add = (w: string): void => {
    if (!words.includes(w)) words.push(w);
  };
  c.nameNouns.forEach(add);
  c.nouns.forEach(add);
  const hasEof = c.tokens.includes(Token.EOF);
  for (const type of c.tokens) {
    if (type === Token.EOF) continue;
    // Statements arrive without their ';', so ';' and the end of the statement are one thing.
    if (type === CqlLexer.SEMI && hasEof) continue;
    // When a name is expected, the keywords usable as names are not worth listing.
    if (c.nameNouns.length > 0 && isNameToken(type) && type !== CqlLexer.EMPTY_QUOTED_NAME) continue;
    add(tokenTypeDisplayName(type));
  }
  if (hasEof) add('end of statement');
  // Tokens that would only extend what precedes (`ks.t`, `m[k]`, `a + b`) are noise next to what
  // would continue the statement; keep them only when nothing else fits.
  const continuing = words.filter((w) => !EXTENDERS.has(w));
  return continuing.length > 0 ? continuing : words;
}

const EXTENDERS: ReadonlySet<string> = new Set(
  [CqlLexer.DOT, CqlLexer.LBRACKET, CqlLexer.STAR, CqlLexer.SLASH, CqlLexer.PERCENT, CqlLexer.PLUS, CqlLexer.MINUS].map(
    tokenTypeDisplayName,
  ),
);

/**
 * Orders expected words so the ones the offending token looks like a typo of come first
 * (`TABEL` → `'TABLE'`, `DEC` → `'DESC'`), the rest keeping the grammar's order. Nouns ("a table
 * name") are never moved.
 */
export function rankAlternatives(words: readonly string[], offending: Token | undefined): string[] {
  if (!offending || offending.type === Token.EOF || words.length < 2) return [...words];
  const typed = (offending.text ?? '').toUpperCase();
  const typo = (word: string): boolean => {
    const literal = /^'(.+)'$/.exec(word)?.[1];
    return literal !== undefined && isTypo(typed, literal.toUpperCase());
  };
  return [...words.filter(typo), ...words.filter((w) => !typo(w))];
}

/** `typed` is a likely misspelling of `word`: one edit (two for longer words) or a prefix of it. */
function isTypo(typed: string, word: string): boolean {
  if (typed === '' || typed === word) return false;
  if (typed.length >= 3 && word.startsWith(typed)) return true;
  const allowed = Math.min(typed.length, word.length) >= 5 ? 2 : 1;
  if (Math.abs(typed.length - word.length) > allowed || Math.min(typed.length, word.length) < 3) return false;
  return editDistance(typed, word) <= allowed;
}

/** Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * "A, B or C". All of them when there are at most `max` (the grammar never offers more than a dozen
 * at one point, and a list cut short hides exactly the word the user needed); beyond that the first
 * `max - 2` and how many more, so rank them first (`rankAlternatives`).
 */
export function joinAlternatives(words: readonly string[], max = 12): string {
  const shown = words.length > max ? words.slice(0, max - 2) : words;
  const rest = words.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} or ${rest} other ${rest === 1 ? 'word' : 'words'}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}
