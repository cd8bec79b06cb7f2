// CQL lexer for ksmig: the token set of Apache Cassandra 5.0 CQL plus the cqlsh commands and the
// Amazon Keyspaces extensions that appear in .cql files. Written from scratch; Cassandra's own
// grammar was read only as the reference for what is valid. See grammar/README.md.
//
// Design notes:
// - No lexer predicates or actions (they disable the lexer DFA cache); only channel/type commands.
// - Keywords are case-insensitive (grammar option). Rules that Cassandra matches case-sensitively
//   (the ISO 8601 duration designators and the `expr(` custom-index token) opt out per rule.
// - Every input lexes: malformed pieces become UNTERMINATED_* or ERROR_CHAR tokens, which the
//   parse layer reports as syntax errors with their exact position.

lexer grammar CqlLexer;

options {
    caseInsensitive = true;
}

// ---------------------------------------------------------------------------------------------
// Cassandra keywords (reserved and unreserved; which is which is decided in the parser).

K_SELECT        : 'SELECT';
K_FROM          : 'FROM';
K_AS            : 'AS';
K_WHERE         : 'WHERE';
K_AND           : 'AND';
K_KEY           : 'KEY';
K_KEYS          : 'KEYS';
K_ENTRIES       : 'ENTRIES';
K_FULL          : 'FULL';
K_INSERT        : 'INSERT';
K_UPDATE        : 'UPDATE';
K_WITH          : 'WITH';
K_LIMIT         : 'LIMIT';
K_PER           : 'PER';
K_PARTITION     : 'PARTITION';
K_USING         : 'USING';
K_USE           : 'USE';
K_DISTINCT      : 'DISTINCT';
K_COUNT         : 'COUNT';
K_SET           : 'SET';
K_BEGIN         : 'BEGIN';
K_UNLOGGED      : 'UNLOGGED';
K_BATCH         : 'BATCH';
K_APPLY         : 'APPLY';
K_TRUNCATE      : 'TRUNCATE';
K_DELETE        : 'DELETE';
K_IN            : 'IN';
K_CREATE        : 'CREATE';
K_SCHEMA        : 'SCHEMA';
K_KEYSPACE      : 'KEYSPACE';
K_KEYSPACES     : 'KEYSPACES';
K_TABLE         : 'TABLE' | 'COLUMNFAMILY';
K_TABLES        : 'TABLES' | 'COLUMNFAMILIES';
K_MATERIALIZED  : 'MATERIALIZED';
K_VIEW          : 'VIEW';
K_INDEX         : 'INDEX';
K_CUSTOM        : 'CUSTOM';
K_ON            : 'ON';
K_TO            : 'TO';
K_DROP          : 'DROP';
K_PRIMARY       : 'PRIMARY';
K_INTO          : 'INTO';
K_VALUES        : 'VALUES';
K_TIMESTAMP     : 'TIMESTAMP';
K_TTL           : 'TTL';
K_CAST          : 'CAST';
K_ALTER         : 'ALTER';
K_RENAME        : 'RENAME';
K_ADD           : 'ADD';
K_TYPE          : 'TYPE';
K_TYPES         : 'TYPES';
K_COMPACT       : 'COMPACT';
K_STORAGE       : 'STORAGE';
K_ORDER         : 'ORDER';
K_BY            : 'BY';
K_ASC           : 'ASC';
K_DESC          : 'DESC';
K_ALLOW         : 'ALLOW';
K_FILTERING     : 'FILTERING';
K_IF            : 'IF';
K_IS            : 'IS';
K_CONTAINS      : 'CONTAINS';
K_GROUP         : 'GROUP';
K_CLUSTER       : 'CLUSTER';
K_INTERNALS     : 'INTERNALS';
K_ONLY          : 'ONLY';
K_GRANT         : 'GRANT';
K_ALL           : 'ALL';
K_PERMISSION    : 'PERMISSION';
K_PERMISSIONS   : 'PERMISSIONS';
K_OF            : 'OF';
K_REVOKE        : 'REVOKE';
K_MODIFY        : 'MODIFY';
K_AUTHORIZE     : 'AUTHORIZE';
K_DESCRIBE      : 'DESCRIBE';
K_EXECUTE       : 'EXECUTE';
K_NORECURSIVE   : 'NORECURSIVE';
K_MBEAN         : 'MBEAN';
K_MBEANS        : 'MBEANS';
K_USER          : 'USER';
K_USERS         : 'USERS';
K_ROLE          : 'ROLE';
K_ROLES         : 'ROLES';
K_SUPERUSER     : 'SUPERUSER';
K_NOSUPERUSER   : 'NOSUPERUSER';
K_PASSWORD      : 'PASSWORD';
K_HASHED        : 'HASHED';
K_LOGIN         : 'LOGIN';
K_NOLOGIN       : 'NOLOGIN';
K_OPTIONS       : 'OPTIONS';
K_ACCESS        : 'ACCESS';
K_DATACENTERS   : 'DATACENTERS';
K_CIDRS         : 'CIDRS';
K_IDENTITY      : 'IDENTITY';
K_CLUSTERING    : 'CLUSTERING';
K_ASCII         : 'ASCII';
K_BIGINT        : 'BIGINT';
K_BLOB          : 'BLOB';
K_BOOLEAN       : 'BOOLEAN';
K_COUNTER       : 'COUNTER';
K_DECIMAL       : 'DECIMAL';
K_DOUBLE        : 'DOUBLE';
K_DURATION      : 'DURATION';
K_FLOAT         : 'FLOAT';
K_INET          : 'INET';
K_INT           : 'INT';
K_SMALLINT      : 'SMALLINT';
K_TINYINT       : 'TINYINT';
K_TEXT          : 'TEXT';
K_UUID          : 'UUID';
K_VARCHAR       : 'VARCHAR';
K_VARINT        : 'VARINT';
K_TIMEUUID      : 'TIMEUUID';
K_TOKEN         : 'TOKEN';
K_WRITETIME     : 'WRITETIME';
K_MAXWRITETIME  : 'MAXWRITETIME';
K_DATE          : 'DATE';
K_TIME          : 'TIME';
K_NULL          : 'NULL';
K_NOT           : 'NOT';
K_EXISTS        : 'EXISTS';
K_MAP           : 'MAP';
K_LIST          : 'LIST';
K_NAN           : 'NAN';
K_NEGATIVE_NAN  : '-NAN';
K_INFINITY      : 'INFINITY';
K_NEGATIVE_INFINITY : '-INFINITY';
K_TUPLE         : 'TUPLE';
K_TRIGGER       : 'TRIGGER';
K_STATIC        : 'STATIC';
K_FROZEN        : 'FROZEN';
K_FUNCTION      : 'FUNCTION';
K_FUNCTIONS     : 'FUNCTIONS';
K_AGGREGATE     : 'AGGREGATE';
K_AGGREGATES    : 'AGGREGATES';
K_SFUNC         : 'SFUNC';
K_STYPE         : 'STYPE';
K_FINALFUNC     : 'FINALFUNC';
K_INITCOND      : 'INITCOND';
K_RETURNS       : 'RETURNS';
K_CALLED        : 'CALLED';
K_INPUT         : 'INPUT';
K_LANGUAGE      : 'LANGUAGE';
K_OR            : 'OR';
K_REPLACE       : 'REPLACE';
K_JSON          : 'JSON';
K_DEFAULT       : 'DEFAULT';
K_UNSET         : 'UNSET';
K_LIKE          : 'LIKE';
K_MASKED        : 'MASKED';
K_UNMASK        : 'UNMASK';
K_SELECT_MASKED : 'SELECT_MASKED';
K_VECTOR        : 'VECTOR';
K_ANN           : 'ANN';

// ---------------------------------------------------------------------------------------------
// Words that are plain identifiers to Cassandra but keywords of cqlsh commands or of Amazon
// Keyspaces. The parser accepts them wherever Cassandra accepts an unquoted identifier.

K_CONSISTENCY   : 'CONSISTENCY';
K_SERIAL        : 'SERIAL';
K_COPY          : 'COPY';
K_SOURCE        : 'SOURCE';
K_PAGING        : 'PAGING';
K_TRACING       : 'TRACING';
K_EXPAND        : 'EXPAND';
K_CAPTURE       : 'CAPTURE';
K_CLEAR         : 'CLEAR';
K_CLS           : 'CLS';
K_OFF           : 'OFF';
K_STDIN         : 'STDIN';
K_STDOUT        : 'STDOUT';
K_TAGS          : 'TAGS';
K_RESTORE       : 'RESTORE';

// ---------------------------------------------------------------------------------------------
// Literals.

STRING_LITERAL  : '\'' ( ~'\'' | '\'\'' )* '\'';
DOLLAR_STRING   : '$$' .*? '$$' -> type(STRING_LITERAL);
QUOTED_NAME     : '"' ( ~'"' | '""' )+ '"';
EMPTY_QUOTED_NAME : '""';

// `1..3` inside a slice: one token here, split into INTEGER + RANGE by the token source, because
// a float may end in '.' (`1.`) and a lexer without predicates cannot look past the second dot.
INTEGER_RANGE   : '-'? DIGIT+ '..';
INTEGER         : '-'? DIGIT+;
FLOAT           : '-'? DIGIT+ ( '.' DIGIT* EXPONENT? | EXPONENT );
BOOLEAN         : 'TRUE' | 'FALSE';

DURATION
    options { caseInsensitive = false; }
    : '-'? DIGIT+ DURATION_UNIT ( DIGIT+ DURATION_UNIT )*
    | '-'? 'P' DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT 'T' DIGIT DIGIT ':' DIGIT DIGIT ':' DIGIT DIGIT
    | '-'? 'P' ISO_TIME
    | '-'? 'P' DIGIT+ 'W'
    | '-'? 'P' ISO_PERIOD ISO_TIME?
    ;

EXPR_PAREN
    options { caseInsensitive = false; }
    : 'expr(';

IDENT           : [A-Z] [A-Z0-9_]*;
HEXNUMBER       : '0X' HEX*;
UUID            : HEX HEX HEX HEX HEX HEX HEX HEX '-' HEX HEX HEX HEX '-' HEX HEX HEX HEX '-'
                  HEX HEX HEX HEX '-' HEX HEX HEX HEX HEX HEX HEX HEX HEX HEX HEX HEX;

// ---------------------------------------------------------------------------------------------
// Punctuation.

SEMI            : ';';
COMMA           : ',';
DOT             : '.';
RANGE           : '..';
COLON           : ':';
LPAREN          : '(';
RPAREN          : ')';
LBRACKET        : '[';
RBRACKET        : ']';
LBRACE          : '{';
RBRACE          : '}';
EQ              : '=';
NEQ             : '!=';
LT              : '<';
LTE             : '<=';
GT              : '>';
GTE             : '>=';
PLUS            : '+';
MINUS           : '-';
STAR            : '*';
SLASH           : '/';
PERCENT         : '%';
PLUS_EQ         : '+=';
MINUS_EQ        : '-=';
QMARK           : '?';

// ---------------------------------------------------------------------------------------------
// Hidden: whitespace (only what Cassandra accepts) and the three comment forms.

WS                : [ \t\r\n]+ -> channel(HIDDEN);
LINE_COMMENT      : ( '--' | '//' ) ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT     : '/*' .*? '*/' -> channel(HIDDEN);

// ---------------------------------------------------------------------------------------------
// Malformed input, reported by the parse layer (longest match makes the terminated forms win).

UNTERMINATED_STRING        : '\'' ( ~'\'' | '\'\'' )*;
UNTERMINATED_DOLLAR_STRING : '$$' ( ~'$' | '$' ~'$' )* '$'?;
UNTERMINATED_QUOTED_NAME   : '"' ( ~'"' | '""' )*;
UNTERMINATED_COMMENT       : '/*' ( ~'*' | '*'+ ~[*/] )* '*'*;
ERROR_CHAR                 : .;

fragment DIGIT      : [0-9];
fragment HEX        : [0-9A-F];
fragment EXPONENT   : 'E' [+-]? DIGIT+;

fragment DURATION_UNIT
    : 'Y' | 'MO' | 'W' | 'D' | 'H' | 'M' | 'S' | 'MS' | 'US' | '\u00B5S' | 'NS'
    ;

fragment ISO_PERIOD
    options { caseInsensitive = false; }
    : DIGIT+ 'Y' ( DIGIT+ 'M' )? ( DIGIT+ 'D' )?
    | DIGIT+ 'M' ( DIGIT+ 'D' )?
    | DIGIT+ 'D'
    ;

fragment ISO_TIME
    options { caseInsensitive = false; }
    : 'T' DIGIT+ 'H' ( DIGIT+ 'M' )? ( DIGIT+ 'S' )?
    | 'T' DIGIT+ 'M' ( DIGIT+ 'S' )?
    | 'T' DIGIT+ 'S'
    ;
