/**
 * The base of every generated parse-tree context (scripts/grammar.mjs points the generated
 * classes here instead of at antlr4ng's ParserRuleContext).
 *
 * Why: antlr4ng's ParserRuleContext initialises its fields as class fields. With ~150 context
 * classes deriving from it, that one initialiser sees ~150 object shapes, and V8's megamorphic
 * class-field definition costs about 2 µs per object — most of the parse time. This base has
 * ParserRuleContext's prototype (so every method, `instanceof ParserRuleContext` and the types
 * are unchanged) but no initialiser of its own: each generated class assigns the same five fields
 * in its own constructor, where V8 sees one shape.
 */
import { ParserRuleContext } from 'antlr4ng';

function CqlRuleContextConstructor(): void {
  // Fields are assigned by the generated subclass constructors (see above).
}
CqlRuleContextConstructor.prototype = Object.create(ParserRuleContext.prototype, {
  constructor: { value: CqlRuleContextConstructor, writable: true, configurable: true },
});
Object.setPrototypeOf(CqlRuleContextConstructor, ParserRuleContext);

export const CqlRuleContext = CqlRuleContextConstructor as unknown as typeof ParserRuleContext;
