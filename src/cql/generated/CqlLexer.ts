// @ts-nocheck
import * as antlr from "antlr4ng";
import { Token } from "antlr4ng";


export class CqlLexer extends antlr.Lexer {
    public static readonly K_SELECT = 1;
    public static readonly K_FROM = 2;
    public static readonly K_AS = 3;
    public static readonly K_WHERE = 4;
    public static readonly K_AND = 5;
    public static readonly K_KEY = 6;
    public static readonly K_KEYS = 7;
    public static readonly K_ENTRIES = 8;
    public static readonly K_FULL = 9;
    public static readonly K_INSERT = 10;
    public static readonly K_UPDATE = 11;
    public static readonly K_WITH = 12;
    public static readonly K_LIMIT = 13;
    public static readonly K_PER = 14;
    public static readonly K_PARTITION = 15;
    public static readonly K_USING = 16;
    public static readonly K_USE = 17;
    public static readonly K_DISTINCT = 18;
    public static readonly K_COUNT = 19;
    public static readonly K_SET = 20;
    public static readonly K_BEGIN = 21;
    public static readonly K_UNLOGGED = 22;
    public static readonly K_BATCH = 23;
    public static readonly K_APPLY = 24;
    public static readonly K_TRUNCATE = 25;
    public static readonly K_DELETE = 26;
    public static readonly K_IN = 27;
    public static readonly K_CREATE = 28;
    public static readonly K_SCHEMA = 29;
    public static readonly K_KEYSPACE = 30;
    public static readonly K_KEYSPACES = 31;
    public static readonly K_TABLE = 32;
    public static readonly K_TABLES = 33;
    public static readonly K_MATERIALIZED = 34;
    public static readonly K_VIEW = 35;
    public static readonly K_INDEX = 36;
    public static readonly K_CUSTOM = 37;
    public static readonly K_ON = 38;
    public static readonly K_TO = 39;
    public static readonly K_DROP = 40;
    public static readonly K_PRIMARY = 41;
    public static readonly K_INTO = 42;
    public static readonly K_VALUES = 43;
    public static readonly K_TIMESTAMP = 44;
    public static readonly K_TTL = 45;
    public static readonly K_CAST = 46;
    public static readonly K_ALTER = 47;
    public static readonly K_RENAME = 48;
    public static readonly K_ADD = 49;
    public static readonly K_TYPE = 50;
    public static readonly K_TYPES = 51;
    public static readonly K_COMPACT = 52;
    public static readonly K_STORAGE = 53;
    public static readonly K_ORDER = 54;
    public static readonly K_BY = 55;
    public static readonly K_ASC = 56;
    public static readonly K_DESC = 57;
    public static readonly K_ALLOW = 58;
    public static readonly K_FILTERING = 59;
    public static readonly K_IF = 60;
    public static readonly K_IS = 61;
    public static readonly K_CONTAINS = 62;
    public static readonly K_GROUP = 63;
    public static readonly K_CLUSTER = 64;
    public static readonly K_INTERNALS = 65;
    public static readonly K_ONLY = 66;
    public static readonly K_GRANT = 67;
    public static readonly K_ALL = 68;
    public static readonly K_PERMISSION = 69;
    public static readonly K_PERMISSIONS = 70;
    public static readonly K_OF = 71;
    public static readonly K_REVOKE = 72;
    public static readonly K_MODIFY = 73;
    public static readonly K_AUTHORIZE = 74;
    public static readonly K_DESCRIBE = 75;
    public static readonly K_EXECUTE = 76;
    public static readonly K_NORECURSIVE = 77;
    public static readonly K_MBEAN = 78;
    public static readonly K_MBEANS = 79;
    public static readonly K_USER = 80;
    public static readonly K_USERS = 81;
    public static readonly K_ROLE = 82;
    public static readonly K_ROLES = 83;
    public static readonly K_SUPERUSER = 84;
    public static readonly K_NOSUPERUSER = 85;
    public static readonly K_PASSWORD = 86;
    public static readonly K_HASHED = 87;
    public static readonly K_LOGIN = 88;
    public static readonly K_NOLOGIN = 89;
    public static readonly K_OPTIONS = 90;
    public static readonly K_ACCESS = 91;
    public static readonly K_DATACENTERS = 92;
    public static readonly K_CIDRS = 93;
    public static readonly K_IDENTITY = 94;
    public static readonly K_CLUSTERING = 95;
    public static readonly K_ASCII = 96;
    public static readonly K_BIGINT = 97;
    public static readonly K_BLOB = 98;
    public static readonly K_BOOLEAN = 99;
    public static readonly K_COUNTER = 100;
    public static readonly K_DECIMAL = 101;
    public static readonly K_DOUBLE = 102;
    public static readonly K_DURATION = 103;
    public static readonly K_FLOAT = 104;
    public static readonly K_INET = 105;
    public static readonly K_INT = 106;
    public static readonly K_SMALLINT = 107;
    public static readonly K_TINYINT = 108;
    public static readonly K_TEXT = 109;
    public static readonly K_UUID = 110;
    public static readonly K_VARCHAR = 111;
    public static readonly K_VARINT = 112;
    public static readonly K_TIMEUUID = 113;
    public static readonly K_TOKEN = 114;
    public static readonly K_WRITETIME = 115;
    public static readonly K_MAXWRITETIME = 116;
    public static readonly K_DATE = 117;
    public static readonly K_TIME = 118;
    public static readonly K_NULL = 119;
    public static readonly K_NOT = 120;
    public static readonly K_EXISTS = 121;
    public static readonly K_MAP = 122;
    public static readonly K_LIST = 123;
    public static readonly K_NAN = 124;
    public static readonly K_NEGATIVE_NAN = 125;
    public static readonly K_INFINITY = 126;
    public static readonly K_NEGATIVE_INFINITY = 127;
    public static readonly K_TUPLE = 128;
    public static readonly K_TRIGGER = 129;
    public static readonly K_STATIC = 130;
    public static readonly K_FROZEN = 131;
    public static readonly K_FUNCTION = 132;
    public static readonly K_FUNCTIONS = 133;
    public static readonly K_AGGREGATE = 134;
    public static readonly K_AGGREGATES = 135;
    public static readonly K_SFUNC = 136;
    public static readonly K_STYPE = 137;
    public static readonly K_FINALFUNC = 138;
    public static readonly K_INITCOND = 139;
    public static readonly K_RETURNS = 140;
    public static readonly K_CALLED = 141;
    public static readonly K_INPUT = 142;
    public static readonly K_LANGUAGE = 143;
    public static readonly K_OR = 144;
    public static readonly K_REPLACE = 145;
    public static readonly K_JSON = 146;
    public static readonly K_DEFAULT = 147;
    public static readonly K_UNSET = 148;
    public static readonly K_LIKE = 149;
    public static readonly K_MASKED = 150;
    public static readonly K_UNMASK = 151;
    public static readonly K_SELECT_MASKED = 152;
    public static readonly K_VECTOR = 153;
    public static readonly K_ANN = 154;
    public static readonly K_CONSISTENCY = 155;
    public static readonly K_SERIAL = 156;
    public static readonly K_COPY = 157;
    public static readonly K_SOURCE = 158;
    public static readonly K_PAGING = 159;
    public static readonly K_TRACING = 160;
    public static readonly K_EXPAND = 161;
    public static readonly K_CAPTURE = 162;
    public static readonly K_CLEAR = 163;
    public static readonly K_CLS = 164;
    public static readonly K_OFF = 165;
    public static readonly K_STDIN = 166;
    public static readonly K_STDOUT = 167;
    public static readonly K_TAGS = 168;
    public static readonly K_RESTORE = 169;
    public static readonly STRING_LITERAL = 170;
    public static readonly QUOTED_NAME = 171;
    public static readonly EMPTY_QUOTED_NAME = 172;
    public static readonly INTEGER_RANGE = 173;
    public static readonly INTEGER = 174;
    public static readonly FLOAT = 175;
    public static readonly BOOLEAN = 176;
    public static readonly DURATION = 177;
    public static readonly EXPR_PAREN = 178;
    public static readonly IDENT = 179;
    public static readonly HEXNUMBER = 180;
    public static readonly UUID = 181;
    public static readonly SEMI = 182;
    public static readonly COMMA = 183;
    public static readonly DOT = 184;
    public static readonly RANGE = 185;
    public static readonly COLON = 186;
    public static readonly LPAREN = 187;
    public static readonly RPAREN = 188;
    public static readonly LBRACKET = 189;
    public static readonly RBRACKET = 190;
    public static readonly LBRACE = 191;
    public static readonly RBRACE = 192;
    public static readonly EQ = 193;
    public static readonly NEQ = 194;
    public static readonly LT = 195;
    public static readonly LTE = 196;
    public static readonly GT = 197;
    public static readonly GTE = 198;
    public static readonly PLUS = 199;
    public static readonly MINUS = 200;
    public static readonly STAR = 201;
    public static readonly SLASH = 202;
    public static readonly PERCENT = 203;
    public static readonly PLUS_EQ = 204;
    public static readonly MINUS_EQ = 205;
    public static readonly QMARK = 206;
    public static readonly WS = 207;
    public static readonly LINE_COMMENT = 208;
    public static readonly BLOCK_COMMENT = 209;
    public static readonly UNTERMINATED_STRING = 210;
    public static readonly UNTERMINATED_DOLLAR_STRING = 211;
    public static readonly UNTERMINATED_QUOTED_NAME = 212;
    public static readonly UNTERMINATED_COMMENT = 213;
    public static readonly ERROR_CHAR = 214;

    public static readonly channelNames = [
        "DEFAULT_TOKEN_CHANNEL", "HIDDEN"
    ];

    public static readonly literalNames = [
        null, "'SELECT'", "'FROM'", "'AS'", "'WHERE'", "'AND'", "'KEY'", 
        "'KEYS'", "'ENTRIES'", "'FULL'", "'INSERT'", "'UPDATE'", "'WITH'", 
        "'LIMIT'", "'PER'", "'PARTITION'", "'USING'", "'USE'", "'DISTINCT'", 
        "'COUNT'", "'SET'", "'BEGIN'", "'UNLOGGED'", "'BATCH'", "'APPLY'", 
        "'TRUNCATE'", "'DELETE'", "'IN'", "'CREATE'", "'SCHEMA'", "'KEYSPACE'", 
        "'KEYSPACES'", null, null, "'MATERIALIZED'", "'VIEW'", "'INDEX'", 
        "'CUSTOM'", "'ON'", "'TO'", "'DROP'", "'PRIMARY'", "'INTO'", "'VALUES'", 
        "'TIMESTAMP'", "'TTL'", "'CAST'", "'ALTER'", "'RENAME'", "'ADD'", 
        "'TYPE'", "'TYPES'", "'COMPACT'", "'STORAGE'", "'ORDER'", "'BY'", 
        "'ASC'", "'DESC'", "'ALLOW'", "'FILTERING'", "'IF'", "'IS'", "'CONTAINS'", 
        "'GROUP'", "'CLUSTER'", "'INTERNALS'", "'ONLY'", "'GRANT'", "'ALL'", 
        "'PERMISSION'", "'PERMISSIONS'", "'OF'", "'REVOKE'", "'MODIFY'", 
        "'AUTHORIZE'", "'DESCRIBE'", "'EXECUTE'", "'NORECURSIVE'", "'MBEAN'", 
        "'MBEANS'", "'USER'", "'USERS'", "'ROLE'", "'ROLES'", "'SUPERUSER'", 
        "'NOSUPERUSER'", "'PASSWORD'", "'HASHED'", "'LOGIN'", "'NOLOGIN'", 
        "'OPTIONS'", "'ACCESS'", "'DATACENTERS'", "'CIDRS'", "'IDENTITY'", 
        "'CLUSTERING'", "'ASCII'", "'BIGINT'", "'BLOB'", "'BOOLEAN'", "'COUNTER'", 
        "'DECIMAL'", "'DOUBLE'", "'DURATION'", "'FLOAT'", "'INET'", "'INT'", 
        "'SMALLINT'", "'TINYINT'", "'TEXT'", "'UUID'", "'VARCHAR'", "'VARINT'", 
        "'TIMEUUID'", "'TOKEN'", "'WRITETIME'", "'MAXWRITETIME'", "'DATE'", 
        "'TIME'", "'NULL'", "'NOT'", "'EXISTS'", "'MAP'", "'LIST'", "'NAN'", 
        "'-NAN'", "'INFINITY'", "'-INFINITY'", "'TUPLE'", "'TRIGGER'", "'STATIC'", 
        "'FROZEN'", "'FUNCTION'", "'FUNCTIONS'", "'AGGREGATE'", "'AGGREGATES'", 
        "'SFUNC'", "'STYPE'", "'FINALFUNC'", "'INITCOND'", "'RETURNS'", 
        "'CALLED'", "'INPUT'", "'LANGUAGE'", "'OR'", "'REPLACE'", "'JSON'", 
        "'DEFAULT'", "'UNSET'", "'LIKE'", "'MASKED'", "'UNMASK'", "'SELECT_MASKED'", 
        "'VECTOR'", "'ANN'", "'CONSISTENCY'", "'SERIAL'", "'COPY'", "'SOURCE'", 
        "'PAGING'", "'TRACING'", "'EXPAND'", "'CAPTURE'", "'CLEAR'", "'CLS'", 
        "'OFF'", "'STDIN'", "'STDOUT'", "'TAGS'", "'RESTORE'", null, null, 
        "'\"\"'", null, null, null, null, null, null, null, null, null, 
        "';'", "','", "'.'", "'..'", "':'", "'('", "')'", "'['", "']'", 
        "'{'", "'}'", "'='", "'!='", "'<'", "'<='", "'>'", "'>='", "'+'", 
        "'-'", "'*'", "'/'", "'%'", "'+='", "'-='", "'?'"
    ];

    public static readonly symbolicNames = [
        null, "K_SELECT", "K_FROM", "K_AS", "K_WHERE", "K_AND", "K_KEY", 
        "K_KEYS", "K_ENTRIES", "K_FULL", "K_INSERT", "K_UPDATE", "K_WITH", 
        "K_LIMIT", "K_PER", "K_PARTITION", "K_USING", "K_USE", "K_DISTINCT", 
        "K_COUNT", "K_SET", "K_BEGIN", "K_UNLOGGED", "K_BATCH", "K_APPLY", 
        "K_TRUNCATE", "K_DELETE", "K_IN", "K_CREATE", "K_SCHEMA", "K_KEYSPACE", 
        "K_KEYSPACES", "K_TABLE", "K_TABLES", "K_MATERIALIZED", "K_VIEW", 
        "K_INDEX", "K_CUSTOM", "K_ON", "K_TO", "K_DROP", "K_PRIMARY", "K_INTO", 
        "K_VALUES", "K_TIMESTAMP", "K_TTL", "K_CAST", "K_ALTER", "K_RENAME", 
        "K_ADD", "K_TYPE", "K_TYPES", "K_COMPACT", "K_STORAGE", "K_ORDER", 
        "K_BY", "K_ASC", "K_DESC", "K_ALLOW", "K_FILTERING", "K_IF", "K_IS", 
        "K_CONTAINS", "K_GROUP", "K_CLUSTER", "K_INTERNALS", "K_ONLY", "K_GRANT", 
        "K_ALL", "K_PERMISSION", "K_PERMISSIONS", "K_OF", "K_REVOKE", "K_MODIFY", 
        "K_AUTHORIZE", "K_DESCRIBE", "K_EXECUTE", "K_NORECURSIVE", "K_MBEAN", 
        "K_MBEANS", "K_USER", "K_USERS", "K_ROLE", "K_ROLES", "K_SUPERUSER", 
        "K_NOSUPERUSER", "K_PASSWORD", "K_HASHED", "K_LOGIN", "K_NOLOGIN", 
        "K_OPTIONS", "K_ACCESS", "K_DATACENTERS", "K_CIDRS", "K_IDENTITY", 
        "K_CLUSTERING", "K_ASCII", "K_BIGINT", "K_BLOB", "K_BOOLEAN", "K_COUNTER", 
        "K_DECIMAL", "K_DOUBLE", "K_DURATION", "K_FLOAT", "K_INET", "K_INT", 
        "K_SMALLINT", "K_TINYINT", "K_TEXT", "K_UUID", "K_VARCHAR", "K_VARINT", 
        "K_TIMEUUID", "K_TOKEN", "K_WRITETIME", "K_MAXWRITETIME", "K_DATE", 
        "K_TIME", "K_NULL", "K_NOT", "K_EXISTS", "K_MAP", "K_LIST", "K_NAN", 
        "K_NEGATIVE_NAN", "K_INFINITY", "K_NEGATIVE_INFINITY", "K_TUPLE", 
        "K_TRIGGER", "K_STATIC", "K_FROZEN", "K_FUNCTION", "K_FUNCTIONS", 
        "K_AGGREGATE", "K_AGGREGATES", "K_SFUNC", "K_STYPE", "K_FINALFUNC", 
        "K_INITCOND", "K_RETURNS", "K_CALLED", "K_INPUT", "K_LANGUAGE", 
        "K_OR", "K_REPLACE", "K_JSON", "K_DEFAULT", "K_UNSET", "K_LIKE", 
        "K_MASKED", "K_UNMASK", "K_SELECT_MASKED", "K_VECTOR", "K_ANN", 
        "K_CONSISTENCY", "K_SERIAL", "K_COPY", "K_SOURCE", "K_PAGING", "K_TRACING", 
        "K_EXPAND", "K_CAPTURE", "K_CLEAR", "K_CLS", "K_OFF", "K_STDIN", 
        "K_STDOUT", "K_TAGS", "K_RESTORE", "STRING_LITERAL", "QUOTED_NAME", 
        "EMPTY_QUOTED_NAME", "INTEGER_RANGE", "INTEGER", "FLOAT", "BOOLEAN", 
        "DURATION", "EXPR_PAREN", "IDENT", "HEXNUMBER", "UUID", "SEMI", 
        "COMMA", "DOT", "RANGE", "COLON", "LPAREN", "RPAREN", "LBRACKET", 
        "RBRACKET", "LBRACE", "RBRACE", "EQ", "NEQ", "LT", "LTE", "GT", 
        "GTE", "PLUS", "MINUS", "STAR", "SLASH", "PERCENT", "PLUS_EQ", "MINUS_EQ", 
        "QMARK", "WS", "LINE_COMMENT", "BLOCK_COMMENT", "UNTERMINATED_STRING", 
        "UNTERMINATED_DOLLAR_STRING", "UNTERMINATED_QUOTED_NAME", "UNTERMINATED_COMMENT", 
        "ERROR_CHAR"
    ];

    public static readonly modeNames = [
        "DEFAULT_MODE",
    ];

    public static readonly ruleNames = [
        "K_SELECT", "K_FROM", "K_AS", "K_WHERE", "K_AND", "K_KEY", "K_KEYS", 
        "K_ENTRIES", "K_FULL", "K_INSERT", "K_UPDATE", "K_WITH", "K_LIMIT", 
        "K_PER", "K_PARTITION", "K_USING", "K_USE", "K_DISTINCT", "K_COUNT", 
        "K_SET", "K_BEGIN", "K_UNLOGGED", "K_BATCH", "K_APPLY", "K_TRUNCATE", 
        "K_DELETE", "K_IN", "K_CREATE", "K_SCHEMA", "K_KEYSPACE", "K_KEYSPACES", 
        "K_TABLE", "K_TABLES", "K_MATERIALIZED", "K_VIEW", "K_INDEX", "K_CUSTOM", 
        "K_ON", "K_TO", "K_DROP", "K_PRIMARY", "K_INTO", "K_VALUES", "K_TIMESTAMP", 
        "K_TTL", "K_CAST", "K_ALTER", "K_RENAME", "K_ADD", "K_TYPE", "K_TYPES", 
        "K_COMPACT", "K_STORAGE", "K_ORDER", "K_BY", "K_ASC", "K_DESC", 
        "K_ALLOW", "K_FILTERING", "K_IF", "K_IS", "K_CONTAINS", "K_GROUP", 
        "K_CLUSTER", "K_INTERNALS", "K_ONLY", "K_GRANT", "K_ALL", "K_PERMISSION", 
        "K_PERMISSIONS", "K_OF", "K_REVOKE", "K_MODIFY", "K_AUTHORIZE", 
        "K_DESCRIBE", "K_EXECUTE", "K_NORECURSIVE", "K_MBEAN", "K_MBEANS", 
        "K_USER", "K_USERS", "K_ROLE", "K_ROLES", "K_SUPERUSER", "K_NOSUPERUSER", 
        "K_PASSWORD", "K_HASHED", "K_LOGIN", "K_NOLOGIN", "K_OPTIONS", "K_ACCESS", 
        "K_DATACENTERS", "K_CIDRS", "K_IDENTITY", "K_CLUSTERING", "K_ASCII", 
        "K_BIGINT", "K_BLOB", "K_BOOLEAN", "K_COUNTER", "K_DECIMAL", "K_DOUBLE", 
        "K_DURATION", "K_FLOAT", "K_INET", "K_INT", "K_SMALLINT", "K_TINYINT", 
        "K_TEXT", "K_UUID", "K_VARCHAR", "K_VARINT", "K_TIMEUUID", "K_TOKEN", 
        "K_WRITETIME", "K_MAXWRITETIME", "K_DATE", "K_TIME", "K_NULL", "K_NOT", 
        "K_EXISTS", "K_MAP", "K_LIST", "K_NAN", "K_NEGATIVE_NAN", "K_INFINITY", 
        "K_NEGATIVE_INFINITY", "K_TUPLE", "K_TRIGGER", "K_STATIC", "K_FROZEN", 
        "K_FUNCTION", "K_FUNCTIONS", "K_AGGREGATE", "K_AGGREGATES", "K_SFUNC", 
        "K_STYPE", "K_FINALFUNC", "K_INITCOND", "K_RETURNS", "K_CALLED", 
        "K_INPUT", "K_LANGUAGE", "K_OR", "K_REPLACE", "K_JSON", "K_DEFAULT", 
        "K_UNSET", "K_LIKE", "K_MASKED", "K_UNMASK", "K_SELECT_MASKED", 
        "K_VECTOR", "K_ANN", "K_CONSISTENCY", "K_SERIAL", "K_COPY", "K_SOURCE", 
        "K_PAGING", "K_TRACING", "K_EXPAND", "K_CAPTURE", "K_CLEAR", "K_CLS", 
        "K_OFF", "K_STDIN", "K_STDOUT", "K_TAGS", "K_RESTORE", "STRING_LITERAL", 
        "DOLLAR_STRING", "QUOTED_NAME", "EMPTY_QUOTED_NAME", "INTEGER_RANGE", 
        "INTEGER", "FLOAT", "BOOLEAN", "DURATION", "EXPR_PAREN", "IDENT", 
        "HEXNUMBER", "UUID", "SEMI", "COMMA", "DOT", "RANGE", "COLON", "LPAREN", 
        "RPAREN", "LBRACKET", "RBRACKET", "LBRACE", "RBRACE", "EQ", "NEQ", 
        "LT", "LTE", "GT", "GTE", "PLUS", "MINUS", "STAR", "SLASH", "PERCENT", 
        "PLUS_EQ", "MINUS_EQ", "QMARK", "WS", "LINE_COMMENT", "BLOCK_COMMENT", 
        "UNTERMINATED_STRING", "UNTERMINATED_DOLLAR_STRING", "UNTERMINATED_QUOTED_NAME", 
        "UNTERMINATED_COMMENT", "ERROR_CHAR", "DIGIT", "HEX", "EXPONENT", 
        "DURATION_UNIT", "ISO_PERIOD", "ISO_TIME",
    ];


    public constructor(input: antlr.CharStream) {
        super(input);
        this.interpreter = new antlr.LexerATNSimulator(this, CqlLexer._ATN, CqlLexer.decisionsToDFA, new antlr.PredictionContextCache());
    }

    public get grammarFileName(): string { return "CqlLexer.g4"; }

    public get literalNames(): (string | null)[] { return CqlLexer.literalNames; }
    public get symbolicNames(): (string | null)[] { return CqlLexer.symbolicNames; }
    public get ruleNames(): string[] { return CqlLexer.ruleNames; }

    public get serializedATN(): number[] { return CqlLexer._serializedATN; }

    public get channelNames(): string[] { return CqlLexer.channelNames; }

    public get modeNames(): string[] { return CqlLexer.modeNames; }

    public static readonly _serializedATN: number[] = [
        4,0,214,2121,6,-1,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,
        5,2,6,7,6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,
        2,13,7,13,2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,
        7,19,2,20,7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,
        2,26,7,26,2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,
        7,32,2,33,7,33,2,34,7,34,2,35,7,35,2,36,7,36,2,37,7,37,2,38,7,38,
        2,39,7,39,2,40,7,40,2,41,7,41,2,42,7,42,2,43,7,43,2,44,7,44,2,45,
        7,45,2,46,7,46,2,47,7,47,2,48,7,48,2,49,7,49,2,50,7,50,2,51,7,51,
        2,52,7,52,2,53,7,53,2,54,7,54,2,55,7,55,2,56,7,56,2,57,7,57,2,58,
        7,58,2,59,7,59,2,60,7,60,2,61,7,61,2,62,7,62,2,63,7,63,2,64,7,64,
        2,65,7,65,2,66,7,66,2,67,7,67,2,68,7,68,2,69,7,69,2,70,7,70,2,71,
        7,71,2,72,7,72,2,73,7,73,2,74,7,74,2,75,7,75,2,76,7,76,2,77,7,77,
        2,78,7,78,2,79,7,79,2,80,7,80,2,81,7,81,2,82,7,82,2,83,7,83,2,84,
        7,84,2,85,7,85,2,86,7,86,2,87,7,87,2,88,7,88,2,89,7,89,2,90,7,90,
        2,91,7,91,2,92,7,92,2,93,7,93,2,94,7,94,2,95,7,95,2,96,7,96,2,97,
        7,97,2,98,7,98,2,99,7,99,2,100,7,100,2,101,7,101,2,102,7,102,2,103,
        7,103,2,104,7,104,2,105,7,105,2,106,7,106,2,107,7,107,2,108,7,108,
        2,109,7,109,2,110,7,110,2,111,7,111,2,112,7,112,2,113,7,113,2,114,
        7,114,2,115,7,115,2,116,7,116,2,117,7,117,2,118,7,118,2,119,7,119,
        2,120,7,120,2,121,7,121,2,122,7,122,2,123,7,123,2,124,7,124,2,125,
        7,125,2,126,7,126,2,127,7,127,2,128,7,128,2,129,7,129,2,130,7,130,
        2,131,7,131,2,132,7,132,2,133,7,133,2,134,7,134,2,135,7,135,2,136,
        7,136,2,137,7,137,2,138,7,138,2,139,7,139,2,140,7,140,2,141,7,141,
        2,142,7,142,2,143,7,143,2,144,7,144,2,145,7,145,2,146,7,146,2,147,
        7,147,2,148,7,148,2,149,7,149,2,150,7,150,2,151,7,151,2,152,7,152,
        2,153,7,153,2,154,7,154,2,155,7,155,2,156,7,156,2,157,7,157,2,158,
        7,158,2,159,7,159,2,160,7,160,2,161,7,161,2,162,7,162,2,163,7,163,
        2,164,7,164,2,165,7,165,2,166,7,166,2,167,7,167,2,168,7,168,2,169,
        7,169,2,170,7,170,2,171,7,171,2,172,7,172,2,173,7,173,2,174,7,174,
        2,175,7,175,2,176,7,176,2,177,7,177,2,178,7,178,2,179,7,179,2,180,
        7,180,2,181,7,181,2,182,7,182,2,183,7,183,2,184,7,184,2,185,7,185,
        2,186,7,186,2,187,7,187,2,188,7,188,2,189,7,189,2,190,7,190,2,191,
        7,191,2,192,7,192,2,193,7,193,2,194,7,194,2,195,7,195,2,196,7,196,
        2,197,7,197,2,198,7,198,2,199,7,199,2,200,7,200,2,201,7,201,2,202,
        7,202,2,203,7,203,2,204,7,204,2,205,7,205,2,206,7,206,2,207,7,207,
        2,208,7,208,2,209,7,209,2,210,7,210,2,211,7,211,2,212,7,212,2,213,
        7,213,2,214,7,214,2,215,7,215,2,216,7,216,2,217,7,217,2,218,7,218,
        2,219,7,219,2,220,7,220,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,1,1,1,1,1,
        1,1,1,1,1,2,1,2,1,2,1,3,1,3,1,3,1,3,1,3,1,3,1,4,1,4,1,4,1,4,1,5,
        1,5,1,5,1,5,1,6,1,6,1,6,1,6,1,6,1,7,1,7,1,7,1,7,1,7,1,7,1,7,1,7,
        1,8,1,8,1,8,1,8,1,8,1,9,1,9,1,9,1,9,1,9,1,9,1,9,1,10,1,10,1,10,1,
        10,1,10,1,10,1,10,1,11,1,11,1,11,1,11,1,11,1,12,1,12,1,12,1,12,1,
        12,1,12,1,13,1,13,1,13,1,13,1,14,1,14,1,14,1,14,1,14,1,14,1,14,1,
        14,1,14,1,14,1,15,1,15,1,15,1,15,1,15,1,15,1,16,1,16,1,16,1,16,1,
        17,1,17,1,17,1,17,1,17,1,17,1,17,1,17,1,17,1,18,1,18,1,18,1,18,1,
        18,1,18,1,19,1,19,1,19,1,19,1,20,1,20,1,20,1,20,1,20,1,20,1,21,1,
        21,1,21,1,21,1,21,1,21,1,21,1,21,1,21,1,22,1,22,1,22,1,22,1,22,1,
        22,1,23,1,23,1,23,1,23,1,23,1,23,1,24,1,24,1,24,1,24,1,24,1,24,1,
        24,1,24,1,24,1,25,1,25,1,25,1,25,1,25,1,25,1,25,1,26,1,26,1,26,1,
        27,1,27,1,27,1,27,1,27,1,27,1,27,1,28,1,28,1,28,1,28,1,28,1,28,1,
        28,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,29,1,30,1,30,1,30,1,
        30,1,30,1,30,1,30,1,30,1,30,1,30,1,31,1,31,1,31,1,31,1,31,1,31,1,
        31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,1,31,3,31,655,8,
        31,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,1,
        32,1,32,1,32,1,32,1,32,1,32,1,32,1,32,3,32,677,8,32,1,33,1,33,1,
        33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,34,1,34,1,
        34,1,34,1,34,1,35,1,35,1,35,1,35,1,35,1,35,1,36,1,36,1,36,1,36,1,
        36,1,36,1,36,1,37,1,37,1,37,1,38,1,38,1,38,1,39,1,39,1,39,1,39,1,
        39,1,40,1,40,1,40,1,40,1,40,1,40,1,40,1,40,1,41,1,41,1,41,1,41,1,
        41,1,42,1,42,1,42,1,42,1,42,1,42,1,42,1,43,1,43,1,43,1,43,1,43,1,
        43,1,43,1,43,1,43,1,43,1,44,1,44,1,44,1,44,1,45,1,45,1,45,1,45,1,
        45,1,46,1,46,1,46,1,46,1,46,1,46,1,47,1,47,1,47,1,47,1,47,1,47,1,
        47,1,48,1,48,1,48,1,48,1,49,1,49,1,49,1,49,1,49,1,50,1,50,1,50,1,
        50,1,50,1,50,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,51,1,52,1,52,1,
        52,1,52,1,52,1,52,1,52,1,52,1,53,1,53,1,53,1,53,1,53,1,53,1,54,1,
        54,1,54,1,55,1,55,1,55,1,55,1,56,1,56,1,56,1,56,1,56,1,57,1,57,1,
        57,1,57,1,57,1,57,1,58,1,58,1,58,1,58,1,58,1,58,1,58,1,58,1,58,1,
        58,1,59,1,59,1,59,1,60,1,60,1,60,1,61,1,61,1,61,1,61,1,61,1,61,1,
        61,1,61,1,61,1,62,1,62,1,62,1,62,1,62,1,62,1,63,1,63,1,63,1,63,1,
        63,1,63,1,63,1,63,1,64,1,64,1,64,1,64,1,64,1,64,1,64,1,64,1,64,1,
        64,1,65,1,65,1,65,1,65,1,65,1,66,1,66,1,66,1,66,1,66,1,66,1,67,1,
        67,1,67,1,67,1,68,1,68,1,68,1,68,1,68,1,68,1,68,1,68,1,68,1,68,1,
        68,1,69,1,69,1,69,1,69,1,69,1,69,1,69,1,69,1,69,1,69,1,69,1,69,1,
        70,1,70,1,70,1,71,1,71,1,71,1,71,1,71,1,71,1,71,1,72,1,72,1,72,1,
        72,1,72,1,72,1,72,1,73,1,73,1,73,1,73,1,73,1,73,1,73,1,73,1,73,1,
        73,1,74,1,74,1,74,1,74,1,74,1,74,1,74,1,74,1,74,1,75,1,75,1,75,1,
        75,1,75,1,75,1,75,1,75,1,76,1,76,1,76,1,76,1,76,1,76,1,76,1,76,1,
        76,1,76,1,76,1,76,1,77,1,77,1,77,1,77,1,77,1,77,1,78,1,78,1,78,1,
        78,1,78,1,78,1,78,1,79,1,79,1,79,1,79,1,79,1,80,1,80,1,80,1,80,1,
        80,1,80,1,81,1,81,1,81,1,81,1,81,1,82,1,82,1,82,1,82,1,82,1,82,1,
        83,1,83,1,83,1,83,1,83,1,83,1,83,1,83,1,83,1,83,1,84,1,84,1,84,1,
        84,1,84,1,84,1,84,1,84,1,84,1,84,1,84,1,84,1,85,1,85,1,85,1,85,1,
        85,1,85,1,85,1,85,1,85,1,86,1,86,1,86,1,86,1,86,1,86,1,86,1,87,1,
        87,1,87,1,87,1,87,1,87,1,88,1,88,1,88,1,88,1,88,1,88,1,88,1,88,1,
        89,1,89,1,89,1,89,1,89,1,89,1,89,1,89,1,90,1,90,1,90,1,90,1,90,1,
        90,1,90,1,91,1,91,1,91,1,91,1,91,1,91,1,91,1,91,1,91,1,91,1,91,1,
        91,1,92,1,92,1,92,1,92,1,92,1,92,1,93,1,93,1,93,1,93,1,93,1,93,1,
        93,1,93,1,93,1,94,1,94,1,94,1,94,1,94,1,94,1,94,1,94,1,94,1,94,1,
        94,1,95,1,95,1,95,1,95,1,95,1,95,1,96,1,96,1,96,1,96,1,96,1,96,1,
        96,1,97,1,97,1,97,1,97,1,97,1,98,1,98,1,98,1,98,1,98,1,98,1,98,1,
        98,1,99,1,99,1,99,1,99,1,99,1,99,1,99,1,99,1,100,1,100,1,100,1,100,
        1,100,1,100,1,100,1,100,1,101,1,101,1,101,1,101,1,101,1,101,1,101,
        1,102,1,102,1,102,1,102,1,102,1,102,1,102,1,102,1,102,1,103,1,103,
        1,103,1,103,1,103,1,103,1,104,1,104,1,104,1,104,1,104,1,105,1,105,
        1,105,1,105,1,106,1,106,1,106,1,106,1,106,1,106,1,106,1,106,1,106,
        1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,108,1,108,1,108,
        1,108,1,108,1,109,1,109,1,109,1,109,1,109,1,110,1,110,1,110,1,110,
        1,110,1,110,1,110,1,110,1,111,1,111,1,111,1,111,1,111,1,111,1,111,
        1,112,1,112,1,112,1,112,1,112,1,112,1,112,1,112,1,112,1,113,1,113,
        1,113,1,113,1,113,1,113,1,114,1,114,1,114,1,114,1,114,1,114,1,114,
        1,114,1,114,1,114,1,115,1,115,1,115,1,115,1,115,1,115,1,115,1,115,
        1,115,1,115,1,115,1,115,1,115,1,116,1,116,1,116,1,116,1,116,1,117,
        1,117,1,117,1,117,1,117,1,118,1,118,1,118,1,118,1,118,1,119,1,119,
        1,119,1,119,1,120,1,120,1,120,1,120,1,120,1,120,1,120,1,121,1,121,
        1,121,1,121,1,122,1,122,1,122,1,122,1,122,1,123,1,123,1,123,1,123,
        1,124,1,124,1,124,1,124,1,124,1,125,1,125,1,125,1,125,1,125,1,125,
        1,125,1,125,1,125,1,126,1,126,1,126,1,126,1,126,1,126,1,126,1,126,
        1,126,1,126,1,127,1,127,1,127,1,127,1,127,1,127,1,128,1,128,1,128,
        1,128,1,128,1,128,1,128,1,128,1,129,1,129,1,129,1,129,1,129,1,129,
        1,129,1,130,1,130,1,130,1,130,1,130,1,130,1,130,1,131,1,131,1,131,
        1,131,1,131,1,131,1,131,1,131,1,131,1,132,1,132,1,132,1,132,1,132,
        1,132,1,132,1,132,1,132,1,132,1,133,1,133,1,133,1,133,1,133,1,133,
        1,133,1,133,1,133,1,133,1,134,1,134,1,134,1,134,1,134,1,134,1,134,
        1,134,1,134,1,134,1,134,1,135,1,135,1,135,1,135,1,135,1,135,1,136,
        1,136,1,136,1,136,1,136,1,136,1,137,1,137,1,137,1,137,1,137,1,137,
        1,137,1,137,1,137,1,137,1,138,1,138,1,138,1,138,1,138,1,138,1,138,
        1,138,1,138,1,139,1,139,1,139,1,139,1,139,1,139,1,139,1,139,1,140,
        1,140,1,140,1,140,1,140,1,140,1,140,1,141,1,141,1,141,1,141,1,141,
        1,141,1,142,1,142,1,142,1,142,1,142,1,142,1,142,1,142,1,142,1,143,
        1,143,1,143,1,144,1,144,1,144,1,144,1,144,1,144,1,144,1,144,1,145,
        1,145,1,145,1,145,1,145,1,146,1,146,1,146,1,146,1,146,1,146,1,146,
        1,146,1,147,1,147,1,147,1,147,1,147,1,147,1,148,1,148,1,148,1,148,
        1,148,1,149,1,149,1,149,1,149,1,149,1,149,1,149,1,150,1,150,1,150,
        1,150,1,150,1,150,1,150,1,151,1,151,1,151,1,151,1,151,1,151,1,151,
        1,151,1,151,1,151,1,151,1,151,1,151,1,151,1,152,1,152,1,152,1,152,
        1,152,1,152,1,152,1,153,1,153,1,153,1,153,1,154,1,154,1,154,1,154,
        1,154,1,154,1,154,1,154,1,154,1,154,1,154,1,154,1,155,1,155,1,155,
        1,155,1,155,1,155,1,155,1,156,1,156,1,156,1,156,1,156,1,157,1,157,
        1,157,1,157,1,157,1,157,1,157,1,158,1,158,1,158,1,158,1,158,1,158,
        1,158,1,159,1,159,1,159,1,159,1,159,1,159,1,159,1,159,1,160,1,160,
        1,160,1,160,1,160,1,160,1,160,1,161,1,161,1,161,1,161,1,161,1,161,
        1,161,1,161,1,162,1,162,1,162,1,162,1,162,1,162,1,163,1,163,1,163,
        1,163,1,164,1,164,1,164,1,164,1,165,1,165,1,165,1,165,1,165,1,165,
        1,166,1,166,1,166,1,166,1,166,1,166,1,166,1,167,1,167,1,167,1,167,
        1,167,1,168,1,168,1,168,1,168,1,168,1,168,1,168,1,168,1,169,1,169,
        1,169,1,169,5,169,1635,8,169,10,169,12,169,1638,9,169,1,169,1,169,
        1,170,1,170,1,170,1,170,5,170,1646,8,170,10,170,12,170,1649,9,170,
        1,170,1,170,1,170,1,170,1,170,1,171,1,171,1,171,1,171,4,171,1660,
        8,171,11,171,12,171,1661,1,171,1,171,1,172,1,172,1,172,1,173,3,173,
        1670,8,173,1,173,4,173,1673,8,173,11,173,12,173,1674,1,173,1,173,
        1,173,1,174,3,174,1681,8,174,1,174,4,174,1684,8,174,11,174,12,174,
        1685,1,175,3,175,1689,8,175,1,175,4,175,1692,8,175,11,175,12,175,
        1693,1,175,1,175,5,175,1698,8,175,10,175,12,175,1701,9,175,1,175,
        3,175,1704,8,175,1,175,3,175,1707,8,175,1,176,1,176,1,176,1,176,
        1,176,1,176,1,176,1,176,1,176,3,176,1718,8,176,1,177,3,177,1721,
        8,177,1,177,4,177,1724,8,177,11,177,12,177,1725,1,177,1,177,4,177,
        1730,8,177,11,177,12,177,1731,1,177,1,177,5,177,1736,8,177,10,177,
        12,177,1739,9,177,1,177,3,177,1742,8,177,1,177,1,177,1,177,1,177,
        1,177,1,177,1,177,1,177,1,177,1,177,1,177,1,177,1,177,1,177,1,177,
        1,177,1,177,1,177,1,177,1,177,1,177,1,177,3,177,1766,8,177,1,177,
        1,177,1,177,3,177,1771,8,177,1,177,1,177,4,177,1775,8,177,11,177,
        12,177,1776,1,177,1,177,1,177,3,177,1782,8,177,1,177,1,177,1,177,
        3,177,1787,8,177,3,177,1789,8,177,1,178,1,178,1,178,1,178,1,178,
        1,178,1,179,1,179,5,179,1799,8,179,10,179,12,179,1802,9,179,1,180,
        1,180,1,180,1,180,5,180,1808,8,180,10,180,12,180,1811,9,180,1,181,
        1,181,1,181,1,181,1,181,1,181,1,181,1,181,1,181,1,181,1,181,1,181,
        1,181,1,181,1,181,1,181,1,181,1,181,1,181,1,181,1,181,1,181,1,181,
        1,181,1,181,1,181,1,181,1,181,1,181,1,181,1,181,1,181,1,181,1,181,
        1,181,1,181,1,181,1,182,1,182,1,183,1,183,1,184,1,184,1,185,1,185,
        1,185,1,186,1,186,1,187,1,187,1,188,1,188,1,189,1,189,1,190,1,190,
        1,191,1,191,1,192,1,192,1,193,1,193,1,194,1,194,1,194,1,195,1,195,
        1,196,1,196,1,196,1,197,1,197,1,198,1,198,1,198,1,199,1,199,1,200,
        1,200,1,201,1,201,1,202,1,202,1,203,1,203,1,204,1,204,1,204,1,205,
        1,205,1,205,1,206,1,206,1,207,4,207,1907,8,207,11,207,12,207,1908,
        1,207,1,207,1,208,1,208,1,208,1,208,3,208,1917,8,208,1,208,5,208,
        1920,8,208,10,208,12,208,1923,9,208,1,208,1,208,1,209,1,209,1,209,
        1,209,5,209,1931,8,209,10,209,12,209,1934,9,209,1,209,1,209,1,209,
        1,209,1,209,1,210,1,210,1,210,1,210,5,210,1945,8,210,10,210,12,210,
        1948,9,210,1,211,1,211,1,211,1,211,1,211,1,211,5,211,1956,8,211,
        10,211,12,211,1959,9,211,1,211,3,211,1962,8,211,1,212,1,212,1,212,
        1,212,5,212,1968,8,212,10,212,12,212,1971,9,212,1,213,1,213,1,213,
        1,213,1,213,4,213,1978,8,213,11,213,12,213,1979,1,213,5,213,1983,
        8,213,10,213,12,213,1986,9,213,1,213,5,213,1989,8,213,10,213,12,
        213,1992,9,213,1,214,1,214,1,215,1,215,1,216,1,216,1,217,1,217,3,
        217,2002,8,217,1,217,4,217,2005,8,217,11,217,12,217,2006,1,218,1,
        218,1,218,1,218,1,218,1,218,1,218,1,218,1,218,1,218,1,218,1,218,
        3,218,2021,8,218,1,219,4,219,2024,8,219,11,219,12,219,2025,1,219,
        1,219,4,219,2030,8,219,11,219,12,219,2031,1,219,1,219,3,219,2036,
        8,219,1,219,4,219,2039,8,219,11,219,12,219,2040,1,219,1,219,3,219,
        2045,8,219,1,219,4,219,2048,8,219,11,219,12,219,2049,1,219,1,219,
        4,219,2054,8,219,11,219,12,219,2055,1,219,1,219,3,219,2060,8,219,
        1,219,4,219,2063,8,219,11,219,12,219,2064,1,219,1,219,3,219,2069,
        8,219,1,220,1,220,4,220,2073,8,220,11,220,12,220,2074,1,220,1,220,
        4,220,2079,8,220,11,220,12,220,2080,1,220,1,220,3,220,2085,8,220,
        1,220,4,220,2088,8,220,11,220,12,220,2089,1,220,1,220,3,220,2094,
        8,220,1,220,1,220,4,220,2098,8,220,11,220,12,220,2099,1,220,1,220,
        4,220,2104,8,220,11,220,12,220,2105,1,220,1,220,3,220,2110,8,220,
        1,220,1,220,4,220,2114,8,220,11,220,12,220,2115,1,220,1,220,3,220,
        2120,8,220,2,1647,1932,0,221,1,1,3,2,5,3,7,4,9,5,11,6,13,7,15,8,
        17,9,19,10,21,11,23,12,25,13,27,14,29,15,31,16,33,17,35,18,37,19,
        39,20,41,21,43,22,45,23,47,24,49,25,51,26,53,27,55,28,57,29,59,30,
        61,31,63,32,65,33,67,34,69,35,71,36,73,37,75,38,77,39,79,40,81,41,
        83,42,85,43,87,44,89,45,91,46,93,47,95,48,97,49,99,50,101,51,103,
        52,105,53,107,54,109,55,111,56,113,57,115,58,117,59,119,60,121,61,
        123,62,125,63,127,64,129,65,131,66,133,67,135,68,137,69,139,70,141,
        71,143,72,145,73,147,74,149,75,151,76,153,77,155,78,157,79,159,80,
        161,81,163,82,165,83,167,84,169,85,171,86,173,87,175,88,177,89,179,
        90,181,91,183,92,185,93,187,94,189,95,191,96,193,97,195,98,197,99,
        199,100,201,101,203,102,205,103,207,104,209,105,211,106,213,107,
        215,108,217,109,219,110,221,111,223,112,225,113,227,114,229,115,
        231,116,233,117,235,118,237,119,239,120,241,121,243,122,245,123,
        247,124,249,125,251,126,253,127,255,128,257,129,259,130,261,131,
        263,132,265,133,267,134,269,135,271,136,273,137,275,138,277,139,
        279,140,281,141,283,142,285,143,287,144,289,145,291,146,293,147,
        295,148,297,149,299,150,301,151,303,152,305,153,307,154,309,155,
        311,156,313,157,315,158,317,159,319,160,321,161,323,162,325,163,
        327,164,329,165,331,166,333,167,335,168,337,169,339,170,341,0,343,
        171,345,172,347,173,349,174,351,175,353,176,355,177,357,178,359,
        179,361,180,363,181,365,182,367,183,369,184,371,185,373,186,375,
        187,377,188,379,189,381,190,383,191,385,192,387,193,389,194,391,
        195,393,196,395,197,397,198,399,199,401,200,403,201,405,202,407,
        203,409,204,411,205,413,206,415,207,417,208,419,209,421,210,423,
        211,425,212,427,213,429,214,431,0,433,0,435,0,437,0,439,0,441,0,
        1,0,39,2,0,83,83,115,115,2,0,69,69,101,101,2,0,76,76,108,108,2,0,
        67,67,99,99,2,0,84,84,116,116,2,0,70,70,102,102,2,0,82,82,114,114,
        2,0,79,79,111,111,2,0,77,77,109,109,2,0,65,65,97,97,2,0,87,87,119,
        119,2,0,72,72,104,104,2,0,78,78,110,110,2,0,68,68,100,100,2,0,75,
        75,107,107,2,0,89,89,121,121,2,0,73,73,105,105,2,0,85,85,117,117,
        2,0,80,80,112,112,2,0,71,71,103,103,2,0,66,66,98,98,2,0,90,90,122,
        122,2,0,86,86,118,118,2,0,88,88,120,120,2,0,74,74,106,106,1,0,39,
        39,1,0,34,34,2,0,65,90,97,122,4,0,48,57,65,90,95,95,97,122,3,0,9,
        10,13,13,32,32,2,0,10,10,13,13,1,0,36,36,1,0,42,42,2,0,42,42,47,
        47,1,0,48,57,3,0,48,57,65,70,97,102,2,0,43,43,45,45,10,0,68,68,72,
        72,77,77,83,83,87,87,100,100,104,104,109,109,115,115,119,119,2,0,
        181,181,924,924,2192,0,1,1,0,0,0,0,3,1,0,0,0,0,5,1,0,0,0,0,7,1,0,
        0,0,0,9,1,0,0,0,0,11,1,0,0,0,0,13,1,0,0,0,0,15,1,0,0,0,0,17,1,0,
        0,0,0,19,1,0,0,0,0,21,1,0,0,0,0,23,1,0,0,0,0,25,1,0,0,0,0,27,1,0,
        0,0,0,29,1,0,0,0,0,31,1,0,0,0,0,33,1,0,0,0,0,35,1,0,0,0,0,37,1,0,
        0,0,0,39,1,0,0,0,0,41,1,0,0,0,0,43,1,0,0,0,0,45,1,0,0,0,0,47,1,0,
        0,0,0,49,1,0,0,0,0,51,1,0,0,0,0,53,1,0,0,0,0,55,1,0,0,0,0,57,1,0,
        0,0,0,59,1,0,0,0,0,61,1,0,0,0,0,63,1,0,0,0,0,65,1,0,0,0,0,67,1,0,
        0,0,0,69,1,0,0,0,0,71,1,0,0,0,0,73,1,0,0,0,0,75,1,0,0,0,0,77,1,0,
        0,0,0,79,1,0,0,0,0,81,1,0,0,0,0,83,1,0,0,0,0,85,1,0,0,0,0,87,1,0,
        0,0,0,89,1,0,0,0,0,91,1,0,0,0,0,93,1,0,0,0,0,95,1,0,0,0,0,97,1,0,
        0,0,0,99,1,0,0,0,0,101,1,0,0,0,0,103,1,0,0,0,0,105,1,0,0,0,0,107,
        1,0,0,0,0,109,1,0,0,0,0,111,1,0,0,0,0,113,1,0,0,0,0,115,1,0,0,0,
        0,117,1,0,0,0,0,119,1,0,0,0,0,121,1,0,0,0,0,123,1,0,0,0,0,125,1,
        0,0,0,0,127,1,0,0,0,0,129,1,0,0,0,0,131,1,0,0,0,0,133,1,0,0,0,0,
        135,1,0,0,0,0,137,1,0,0,0,0,139,1,0,0,0,0,141,1,0,0,0,0,143,1,0,
        0,0,0,145,1,0,0,0,0,147,1,0,0,0,0,149,1,0,0,0,0,151,1,0,0,0,0,153,
        1,0,0,0,0,155,1,0,0,0,0,157,1,0,0,0,0,159,1,0,0,0,0,161,1,0,0,0,
        0,163,1,0,0,0,0,165,1,0,0,0,0,167,1,0,0,0,0,169,1,0,0,0,0,171,1,
        0,0,0,0,173,1,0,0,0,0,175,1,0,0,0,0,177,1,0,0,0,0,179,1,0,0,0,0,
        181,1,0,0,0,0,183,1,0,0,0,0,185,1,0,0,0,0,187,1,0,0,0,0,189,1,0,
        0,0,0,191,1,0,0,0,0,193,1,0,0,0,0,195,1,0,0,0,0,197,1,0,0,0,0,199,
        1,0,0,0,0,201,1,0,0,0,0,203,1,0,0,0,0,205,1,0,0,0,0,207,1,0,0,0,
        0,209,1,0,0,0,0,211,1,0,0,0,0,213,1,0,0,0,0,215,1,0,0,0,0,217,1,
        0,0,0,0,219,1,0,0,0,0,221,1,0,0,0,0,223,1,0,0,0,0,225,1,0,0,0,0,
        227,1,0,0,0,0,229,1,0,0,0,0,231,1,0,0,0,0,233,1,0,0,0,0,235,1,0,
        0,0,0,237,1,0,0,0,0,239,1,0,0,0,0,241,1,0,0,0,0,243,1,0,0,0,0,245,
        1,0,0,0,0,247,1,0,0,0,0,249,1,0,0,0,0,251,1,0,0,0,0,253,1,0,0,0,
        0,255,1,0,0,0,0,257,1,0,0,0,0,259,1,0,0,0,0,261,1,0,0,0,0,263,1,
        0,0,0,0,265,1,0,0,0,0,267,1,0,0,0,0,269,1,0,0,0,0,271,1,0,0,0,0,
        273,1,0,0,0,0,275,1,0,0,0,0,277,1,0,0,0,0,279,1,0,0,0,0,281,1,0,
        0,0,0,283,1,0,0,0,0,285,1,0,0,0,0,287,1,0,0,0,0,289,1,0,0,0,0,291,
        1,0,0,0,0,293,1,0,0,0,0,295,1,0,0,0,0,297,1,0,0,0,0,299,1,0,0,0,
        0,301,1,0,0,0,0,303,1,0,0,0,0,305,1,0,0,0,0,307,1,0,0,0,0,309,1,
        0,0,0,0,311,1,0,0,0,0,313,1,0,0,0,0,315,1,0,0,0,0,317,1,0,0,0,0,
        319,1,0,0,0,0,321,1,0,0,0,0,323,1,0,0,0,0,325,1,0,0,0,0,327,1,0,
        0,0,0,329,1,0,0,0,0,331,1,0,0,0,0,333,1,0,0,0,0,335,1,0,0,0,0,337,
        1,0,0,0,0,339,1,0,0,0,0,341,1,0,0,0,0,343,1,0,0,0,0,345,1,0,0,0,
        0,347,1,0,0,0,0,349,1,0,0,0,0,351,1,0,0,0,0,353,1,0,0,0,0,355,1,
        0,0,0,0,357,1,0,0,0,0,359,1,0,0,0,0,361,1,0,0,0,0,363,1,0,0,0,0,
        365,1,0,0,0,0,367,1,0,0,0,0,369,1,0,0,0,0,371,1,0,0,0,0,373,1,0,
        0,0,0,375,1,0,0,0,0,377,1,0,0,0,0,379,1,0,0,0,0,381,1,0,0,0,0,383,
        1,0,0,0,0,385,1,0,0,0,0,387,1,0,0,0,0,389,1,0,0,0,0,391,1,0,0,0,
        0,393,1,0,0,0,0,395,1,0,0,0,0,397,1,0,0,0,0,399,1,0,0,0,0,401,1,
        0,0,0,0,403,1,0,0,0,0,405,1,0,0,0,0,407,1,0,0,0,0,409,1,0,0,0,0,
        411,1,0,0,0,0,413,1,0,0,0,0,415,1,0,0,0,0,417,1,0,0,0,0,419,1,0,
        0,0,0,421,1,0,0,0,0,423,1,0,0,0,0,425,1,0,0,0,0,427,1,0,0,0,0,429,
        1,0,0,0,1,443,1,0,0,0,3,450,1,0,0,0,5,455,1,0,0,0,7,458,1,0,0,0,
        9,464,1,0,0,0,11,468,1,0,0,0,13,472,1,0,0,0,15,477,1,0,0,0,17,485,
        1,0,0,0,19,490,1,0,0,0,21,497,1,0,0,0,23,504,1,0,0,0,25,509,1,0,
        0,0,27,515,1,0,0,0,29,519,1,0,0,0,31,529,1,0,0,0,33,535,1,0,0,0,
        35,539,1,0,0,0,37,548,1,0,0,0,39,554,1,0,0,0,41,558,1,0,0,0,43,564,
        1,0,0,0,45,573,1,0,0,0,47,579,1,0,0,0,49,585,1,0,0,0,51,594,1,0,
        0,0,53,601,1,0,0,0,55,604,1,0,0,0,57,611,1,0,0,0,59,618,1,0,0,0,
        61,627,1,0,0,0,63,654,1,0,0,0,65,676,1,0,0,0,67,678,1,0,0,0,69,691,
        1,0,0,0,71,696,1,0,0,0,73,702,1,0,0,0,75,709,1,0,0,0,77,712,1,0,
        0,0,79,715,1,0,0,0,81,720,1,0,0,0,83,728,1,0,0,0,85,733,1,0,0,0,
        87,740,1,0,0,0,89,750,1,0,0,0,91,754,1,0,0,0,93,759,1,0,0,0,95,765,
        1,0,0,0,97,772,1,0,0,0,99,776,1,0,0,0,101,781,1,0,0,0,103,787,1,
        0,0,0,105,795,1,0,0,0,107,803,1,0,0,0,109,809,1,0,0,0,111,812,1,
        0,0,0,113,816,1,0,0,0,115,821,1,0,0,0,117,827,1,0,0,0,119,837,1,
        0,0,0,121,840,1,0,0,0,123,843,1,0,0,0,125,852,1,0,0,0,127,858,1,
        0,0,0,129,866,1,0,0,0,131,876,1,0,0,0,133,881,1,0,0,0,135,887,1,
        0,0,0,137,891,1,0,0,0,139,902,1,0,0,0,141,914,1,0,0,0,143,917,1,
        0,0,0,145,924,1,0,0,0,147,931,1,0,0,0,149,941,1,0,0,0,151,950,1,
        0,0,0,153,958,1,0,0,0,155,970,1,0,0,0,157,976,1,0,0,0,159,983,1,
        0,0,0,161,988,1,0,0,0,163,994,1,0,0,0,165,999,1,0,0,0,167,1005,1,
        0,0,0,169,1015,1,0,0,0,171,1027,1,0,0,0,173,1036,1,0,0,0,175,1043,
        1,0,0,0,177,1049,1,0,0,0,179,1057,1,0,0,0,181,1065,1,0,0,0,183,1072,
        1,0,0,0,185,1084,1,0,0,0,187,1090,1,0,0,0,189,1099,1,0,0,0,191,1110,
        1,0,0,0,193,1116,1,0,0,0,195,1123,1,0,0,0,197,1128,1,0,0,0,199,1136,
        1,0,0,0,201,1144,1,0,0,0,203,1152,1,0,0,0,205,1159,1,0,0,0,207,1168,
        1,0,0,0,209,1174,1,0,0,0,211,1179,1,0,0,0,213,1183,1,0,0,0,215,1192,
        1,0,0,0,217,1200,1,0,0,0,219,1205,1,0,0,0,221,1210,1,0,0,0,223,1218,
        1,0,0,0,225,1225,1,0,0,0,227,1234,1,0,0,0,229,1240,1,0,0,0,231,1250,
        1,0,0,0,233,1263,1,0,0,0,235,1268,1,0,0,0,237,1273,1,0,0,0,239,1278,
        1,0,0,0,241,1282,1,0,0,0,243,1289,1,0,0,0,245,1293,1,0,0,0,247,1298,
        1,0,0,0,249,1302,1,0,0,0,251,1307,1,0,0,0,253,1316,1,0,0,0,255,1326,
        1,0,0,0,257,1332,1,0,0,0,259,1340,1,0,0,0,261,1347,1,0,0,0,263,1354,
        1,0,0,0,265,1363,1,0,0,0,267,1373,1,0,0,0,269,1383,1,0,0,0,271,1394,
        1,0,0,0,273,1400,1,0,0,0,275,1406,1,0,0,0,277,1416,1,0,0,0,279,1425,
        1,0,0,0,281,1433,1,0,0,0,283,1440,1,0,0,0,285,1446,1,0,0,0,287,1455,
        1,0,0,0,289,1458,1,0,0,0,291,1466,1,0,0,0,293,1471,1,0,0,0,295,1479,
        1,0,0,0,297,1485,1,0,0,0,299,1490,1,0,0,0,301,1497,1,0,0,0,303,1504,
        1,0,0,0,305,1518,1,0,0,0,307,1525,1,0,0,0,309,1529,1,0,0,0,311,1541,
        1,0,0,0,313,1548,1,0,0,0,315,1553,1,0,0,0,317,1560,1,0,0,0,319,1567,
        1,0,0,0,321,1575,1,0,0,0,323,1582,1,0,0,0,325,1590,1,0,0,0,327,1596,
        1,0,0,0,329,1600,1,0,0,0,331,1604,1,0,0,0,333,1610,1,0,0,0,335,1617,
        1,0,0,0,337,1622,1,0,0,0,339,1630,1,0,0,0,341,1641,1,0,0,0,343,1655,
        1,0,0,0,345,1665,1,0,0,0,347,1669,1,0,0,0,349,1680,1,0,0,0,351,1688,
        1,0,0,0,353,1717,1,0,0,0,355,1788,1,0,0,0,357,1790,1,0,0,0,359,1796,
        1,0,0,0,361,1803,1,0,0,0,363,1812,1,0,0,0,365,1849,1,0,0,0,367,1851,
        1,0,0,0,369,1853,1,0,0,0,371,1855,1,0,0,0,373,1858,1,0,0,0,375,1860,
        1,0,0,0,377,1862,1,0,0,0,379,1864,1,0,0,0,381,1866,1,0,0,0,383,1868,
        1,0,0,0,385,1870,1,0,0,0,387,1872,1,0,0,0,389,1874,1,0,0,0,391,1877,
        1,0,0,0,393,1879,1,0,0,0,395,1882,1,0,0,0,397,1884,1,0,0,0,399,1887,
        1,0,0,0,401,1889,1,0,0,0,403,1891,1,0,0,0,405,1893,1,0,0,0,407,1895,
        1,0,0,0,409,1897,1,0,0,0,411,1900,1,0,0,0,413,1903,1,0,0,0,415,1906,
        1,0,0,0,417,1916,1,0,0,0,419,1926,1,0,0,0,421,1940,1,0,0,0,423,1949,
        1,0,0,0,425,1963,1,0,0,0,427,1972,1,0,0,0,429,1993,1,0,0,0,431,1995,
        1,0,0,0,433,1997,1,0,0,0,435,1999,1,0,0,0,437,2020,1,0,0,0,439,2068,
        1,0,0,0,441,2119,1,0,0,0,443,444,7,0,0,0,444,445,7,1,0,0,445,446,
        7,2,0,0,446,447,7,1,0,0,447,448,7,3,0,0,448,449,7,4,0,0,449,2,1,
        0,0,0,450,451,7,5,0,0,451,452,7,6,0,0,452,453,7,7,0,0,453,454,7,
        8,0,0,454,4,1,0,0,0,455,456,7,9,0,0,456,457,7,0,0,0,457,6,1,0,0,
        0,458,459,7,10,0,0,459,460,7,11,0,0,460,461,7,1,0,0,461,462,7,6,
        0,0,462,463,7,1,0,0,463,8,1,0,0,0,464,465,7,9,0,0,465,466,7,12,0,
        0,466,467,7,13,0,0,467,10,1,0,0,0,468,469,7,14,0,0,469,470,7,1,0,
        0,470,471,7,15,0,0,471,12,1,0,0,0,472,473,7,14,0,0,473,474,7,1,0,
        0,474,475,7,15,0,0,475,476,7,0,0,0,476,14,1,0,0,0,477,478,7,1,0,
        0,478,479,7,12,0,0,479,480,7,4,0,0,480,481,7,6,0,0,481,482,7,16,
        0,0,482,483,7,1,0,0,483,484,7,0,0,0,484,16,1,0,0,0,485,486,7,5,0,
        0,486,487,7,17,0,0,487,488,7,2,0,0,488,489,7,2,0,0,489,18,1,0,0,
        0,490,491,7,16,0,0,491,492,7,12,0,0,492,493,7,0,0,0,493,494,7,1,
        0,0,494,495,7,6,0,0,495,496,7,4,0,0,496,20,1,0,0,0,497,498,7,17,
        0,0,498,499,7,18,0,0,499,500,7,13,0,0,500,501,7,9,0,0,501,502,7,
        4,0,0,502,503,7,1,0,0,503,22,1,0,0,0,504,505,7,10,0,0,505,506,7,
        16,0,0,506,507,7,4,0,0,507,508,7,11,0,0,508,24,1,0,0,0,509,510,7,
        2,0,0,510,511,7,16,0,0,511,512,7,8,0,0,512,513,7,16,0,0,513,514,
        7,4,0,0,514,26,1,0,0,0,515,516,7,18,0,0,516,517,7,1,0,0,517,518,
        7,6,0,0,518,28,1,0,0,0,519,520,7,18,0,0,520,521,7,9,0,0,521,522,
        7,6,0,0,522,523,7,4,0,0,523,524,7,16,0,0,524,525,7,4,0,0,525,526,
        7,16,0,0,526,527,7,7,0,0,527,528,7,12,0,0,528,30,1,0,0,0,529,530,
        7,17,0,0,530,531,7,0,0,0,531,532,7,16,0,0,532,533,7,12,0,0,533,534,
        7,19,0,0,534,32,1,0,0,0,535,536,7,17,0,0,536,537,7,0,0,0,537,538,
        7,1,0,0,538,34,1,0,0,0,539,540,7,13,0,0,540,541,7,16,0,0,541,542,
        7,0,0,0,542,543,7,4,0,0,543,544,7,16,0,0,544,545,7,12,0,0,545,546,
        7,3,0,0,546,547,7,4,0,0,547,36,1,0,0,0,548,549,7,3,0,0,549,550,7,
        7,0,0,550,551,7,17,0,0,551,552,7,12,0,0,552,553,7,4,0,0,553,38,1,
        0,0,0,554,555,7,0,0,0,555,556,7,1,0,0,556,557,7,4,0,0,557,40,1,0,
        0,0,558,559,7,20,0,0,559,560,7,1,0,0,560,561,7,19,0,0,561,562,7,
        16,0,0,562,563,7,12,0,0,563,42,1,0,0,0,564,565,7,17,0,0,565,566,
        7,12,0,0,566,567,7,2,0,0,567,568,7,7,0,0,568,569,7,19,0,0,569,570,
        7,19,0,0,570,571,7,1,0,0,571,572,7,13,0,0,572,44,1,0,0,0,573,574,
        7,20,0,0,574,575,7,9,0,0,575,576,7,4,0,0,576,577,7,3,0,0,577,578,
        7,11,0,0,578,46,1,0,0,0,579,580,7,9,0,0,580,581,7,18,0,0,581,582,
        7,18,0,0,582,583,7,2,0,0,583,584,7,15,0,0,584,48,1,0,0,0,585,586,
        7,4,0,0,586,587,7,6,0,0,587,588,7,17,0,0,588,589,7,12,0,0,589,590,
        7,3,0,0,590,591,7,9,0,0,591,592,7,4,0,0,592,593,7,1,0,0,593,50,1,
        0,0,0,594,595,7,13,0,0,595,596,7,1,0,0,596,597,7,2,0,0,597,598,7,
        1,0,0,598,599,7,4,0,0,599,600,7,1,0,0,600,52,1,0,0,0,601,602,7,16,
        0,0,602,603,7,12,0,0,603,54,1,0,0,0,604,605,7,3,0,0,605,606,7,6,
        0,0,606,607,7,1,0,0,607,608,7,9,0,0,608,609,7,4,0,0,609,610,7,1,
        0,0,610,56,1,0,0,0,611,612,7,0,0,0,612,613,7,3,0,0,613,614,7,11,
        0,0,614,615,7,1,0,0,615,616,7,8,0,0,616,617,7,9,0,0,617,58,1,0,0,
        0,618,619,7,14,0,0,619,620,7,1,0,0,620,621,7,15,0,0,621,622,7,0,
        0,0,622,623,7,18,0,0,623,624,7,9,0,0,624,625,7,3,0,0,625,626,7,1,
        0,0,626,60,1,0,0,0,627,628,7,14,0,0,628,629,7,1,0,0,629,630,7,15,
        0,0,630,631,7,0,0,0,631,632,7,18,0,0,632,633,7,9,0,0,633,634,7,3,
        0,0,634,635,7,1,0,0,635,636,7,0,0,0,636,62,1,0,0,0,637,638,7,4,0,
        0,638,639,7,9,0,0,639,640,7,20,0,0,640,641,7,2,0,0,641,655,7,1,0,
        0,642,643,7,3,0,0,643,644,7,7,0,0,644,645,7,2,0,0,645,646,7,17,0,
        0,646,647,7,8,0,0,647,648,7,12,0,0,648,649,7,5,0,0,649,650,7,9,0,
        0,650,651,7,8,0,0,651,652,7,16,0,0,652,653,7,2,0,0,653,655,7,15,
        0,0,654,637,1,0,0,0,654,642,1,0,0,0,655,64,1,0,0,0,656,657,7,4,0,
        0,657,658,7,9,0,0,658,659,7,20,0,0,659,660,7,2,0,0,660,661,7,1,0,
        0,661,677,7,0,0,0,662,663,7,3,0,0,663,664,7,7,0,0,664,665,7,2,0,
        0,665,666,7,17,0,0,666,667,7,8,0,0,667,668,7,12,0,0,668,669,7,5,
        0,0,669,670,7,9,0,0,670,671,7,8,0,0,671,672,7,16,0,0,672,673,7,2,
        0,0,673,674,7,16,0,0,674,675,7,1,0,0,675,677,7,0,0,0,676,656,1,0,
        0,0,676,662,1,0,0,0,677,66,1,0,0,0,678,679,7,8,0,0,679,680,7,9,0,
        0,680,681,7,4,0,0,681,682,7,1,0,0,682,683,7,6,0,0,683,684,7,16,0,
        0,684,685,7,9,0,0,685,686,7,2,0,0,686,687,7,16,0,0,687,688,7,21,
        0,0,688,689,7,1,0,0,689,690,7,13,0,0,690,68,1,0,0,0,691,692,7,22,
        0,0,692,693,7,16,0,0,693,694,7,1,0,0,694,695,7,10,0,0,695,70,1,0,
        0,0,696,697,7,16,0,0,697,698,7,12,0,0,698,699,7,13,0,0,699,700,7,
        1,0,0,700,701,7,23,0,0,701,72,1,0,0,0,702,703,7,3,0,0,703,704,7,
        17,0,0,704,705,7,0,0,0,705,706,7,4,0,0,706,707,7,7,0,0,707,708,7,
        8,0,0,708,74,1,0,0,0,709,710,7,7,0,0,710,711,7,12,0,0,711,76,1,0,
        0,0,712,713,7,4,0,0,713,714,7,7,0,0,714,78,1,0,0,0,715,716,7,13,
        0,0,716,717,7,6,0,0,717,718,7,7,0,0,718,719,7,18,0,0,719,80,1,0,
        0,0,720,721,7,18,0,0,721,722,7,6,0,0,722,723,7,16,0,0,723,724,7,
        8,0,0,724,725,7,9,0,0,725,726,7,6,0,0,726,727,7,15,0,0,727,82,1,
        0,0,0,728,729,7,16,0,0,729,730,7,12,0,0,730,731,7,4,0,0,731,732,
        7,7,0,0,732,84,1,0,0,0,733,734,7,22,0,0,734,735,7,9,0,0,735,736,
        7,2,0,0,736,737,7,17,0,0,737,738,7,1,0,0,738,739,7,0,0,0,739,86,
        1,0,0,0,740,741,7,4,0,0,741,742,7,16,0,0,742,743,7,8,0,0,743,744,
        7,1,0,0,744,745,7,0,0,0,745,746,7,4,0,0,746,747,7,9,0,0,747,748,
        7,8,0,0,748,749,7,18,0,0,749,88,1,0,0,0,750,751,7,4,0,0,751,752,
        7,4,0,0,752,753,7,2,0,0,753,90,1,0,0,0,754,755,7,3,0,0,755,756,7,
        9,0,0,756,757,7,0,0,0,757,758,7,4,0,0,758,92,1,0,0,0,759,760,7,9,
        0,0,760,761,7,2,0,0,761,762,7,4,0,0,762,763,7,1,0,0,763,764,7,6,
        0,0,764,94,1,0,0,0,765,766,7,6,0,0,766,767,7,1,0,0,767,768,7,12,
        0,0,768,769,7,9,0,0,769,770,7,8,0,0,770,771,7,1,0,0,771,96,1,0,0,
        0,772,773,7,9,0,0,773,774,7,13,0,0,774,775,7,13,0,0,775,98,1,0,0,
        0,776,777,7,4,0,0,777,778,7,15,0,0,778,779,7,18,0,0,779,780,7,1,
        0,0,780,100,1,0,0,0,781,782,7,4,0,0,782,783,7,15,0,0,783,784,7,18,
        0,0,784,785,7,1,0,0,785,786,7,0,0,0,786,102,1,0,0,0,787,788,7,3,
        0,0,788,789,7,7,0,0,789,790,7,8,0,0,790,791,7,18,0,0,791,792,7,9,
        0,0,792,793,7,3,0,0,793,794,7,4,0,0,794,104,1,0,0,0,795,796,7,0,
        0,0,796,797,7,4,0,0,797,798,7,7,0,0,798,799,7,6,0,0,799,800,7,9,
        0,0,800,801,7,19,0,0,801,802,7,1,0,0,802,106,1,0,0,0,803,804,7,7,
        0,0,804,805,7,6,0,0,805,806,7,13,0,0,806,807,7,1,0,0,807,808,7,6,
        0,0,808,108,1,0,0,0,809,810,7,20,0,0,810,811,7,15,0,0,811,110,1,
        0,0,0,812,813,7,9,0,0,813,814,7,0,0,0,814,815,7,3,0,0,815,112,1,
        0,0,0,816,817,7,13,0,0,817,818,7,1,0,0,818,819,7,0,0,0,819,820,7,
        3,0,0,820,114,1,0,0,0,821,822,7,9,0,0,822,823,7,2,0,0,823,824,7,
        2,0,0,824,825,7,7,0,0,825,826,7,10,0,0,826,116,1,0,0,0,827,828,7,
        5,0,0,828,829,7,16,0,0,829,830,7,2,0,0,830,831,7,4,0,0,831,832,7,
        1,0,0,832,833,7,6,0,0,833,834,7,16,0,0,834,835,7,12,0,0,835,836,
        7,19,0,0,836,118,1,0,0,0,837,838,7,16,0,0,838,839,7,5,0,0,839,120,
        1,0,0,0,840,841,7,16,0,0,841,842,7,0,0,0,842,122,1,0,0,0,843,844,
        7,3,0,0,844,845,7,7,0,0,845,846,7,12,0,0,846,847,7,4,0,0,847,848,
        7,9,0,0,848,849,7,16,0,0,849,850,7,12,0,0,850,851,7,0,0,0,851,124,
        1,0,0,0,852,853,7,19,0,0,853,854,7,6,0,0,854,855,7,7,0,0,855,856,
        7,17,0,0,856,857,7,18,0,0,857,126,1,0,0,0,858,859,7,3,0,0,859,860,
        7,2,0,0,860,861,7,17,0,0,861,862,7,0,0,0,862,863,7,4,0,0,863,864,
        7,1,0,0,864,865,7,6,0,0,865,128,1,0,0,0,866,867,7,16,0,0,867,868,
        7,12,0,0,868,869,7,4,0,0,869,870,7,1,0,0,870,871,7,6,0,0,871,872,
        7,12,0,0,872,873,7,9,0,0,873,874,7,2,0,0,874,875,7,0,0,0,875,130,
        1,0,0,0,876,877,7,7,0,0,877,878,7,12,0,0,878,879,7,2,0,0,879,880,
        7,15,0,0,880,132,1,0,0,0,881,882,7,19,0,0,882,883,7,6,0,0,883,884,
        7,9,0,0,884,885,7,12,0,0,885,886,7,4,0,0,886,134,1,0,0,0,887,888,
        7,9,0,0,888,889,7,2,0,0,889,890,7,2,0,0,890,136,1,0,0,0,891,892,
        7,18,0,0,892,893,7,1,0,0,893,894,7,6,0,0,894,895,7,8,0,0,895,896,
        7,16,0,0,896,897,7,0,0,0,897,898,7,0,0,0,898,899,7,16,0,0,899,900,
        7,7,0,0,900,901,7,12,0,0,901,138,1,0,0,0,902,903,7,18,0,0,903,904,
        7,1,0,0,904,905,7,6,0,0,905,906,7,8,0,0,906,907,7,16,0,0,907,908,
        7,0,0,0,908,909,7,0,0,0,909,910,7,16,0,0,910,911,7,7,0,0,911,912,
        7,12,0,0,912,913,7,0,0,0,913,140,1,0,0,0,914,915,7,7,0,0,915,916,
        7,5,0,0,916,142,1,0,0,0,917,918,7,6,0,0,918,919,7,1,0,0,919,920,
        7,22,0,0,920,921,7,7,0,0,921,922,7,14,0,0,922,923,7,1,0,0,923,144,
        1,0,0,0,924,925,7,8,0,0,925,926,7,7,0,0,926,927,7,13,0,0,927,928,
        7,16,0,0,928,929,7,5,0,0,929,930,7,15,0,0,930,146,1,0,0,0,931,932,
        7,9,0,0,932,933,7,17,0,0,933,934,7,4,0,0,934,935,7,11,0,0,935,936,
        7,7,0,0,936,937,7,6,0,0,937,938,7,16,0,0,938,939,7,21,0,0,939,940,
        7,1,0,0,940,148,1,0,0,0,941,942,7,13,0,0,942,943,7,1,0,0,943,944,
        7,0,0,0,944,945,7,3,0,0,945,946,7,6,0,0,946,947,7,16,0,0,947,948,
        7,20,0,0,948,949,7,1,0,0,949,150,1,0,0,0,950,951,7,1,0,0,951,952,
        7,23,0,0,952,953,7,1,0,0,953,954,7,3,0,0,954,955,7,17,0,0,955,956,
        7,4,0,0,956,957,7,1,0,0,957,152,1,0,0,0,958,959,7,12,0,0,959,960,
        7,7,0,0,960,961,7,6,0,0,961,962,7,1,0,0,962,963,7,3,0,0,963,964,
        7,17,0,0,964,965,7,6,0,0,965,966,7,0,0,0,966,967,7,16,0,0,967,968,
        7,22,0,0,968,969,7,1,0,0,969,154,1,0,0,0,970,971,7,8,0,0,971,972,
        7,20,0,0,972,973,7,1,0,0,973,974,7,9,0,0,974,975,7,12,0,0,975,156,
        1,0,0,0,976,977,7,8,0,0,977,978,7,20,0,0,978,979,7,1,0,0,979,980,
        7,9,0,0,980,981,7,12,0,0,981,982,7,0,0,0,982,158,1,0,0,0,983,984,
        7,17,0,0,984,985,7,0,0,0,985,986,7,1,0,0,986,987,7,6,0,0,987,160,
        1,0,0,0,988,989,7,17,0,0,989,990,7,0,0,0,990,991,7,1,0,0,991,992,
        7,6,0,0,992,993,7,0,0,0,993,162,1,0,0,0,994,995,7,6,0,0,995,996,
        7,7,0,0,996,997,7,2,0,0,997,998,7,1,0,0,998,164,1,0,0,0,999,1000,
        7,6,0,0,1000,1001,7,7,0,0,1001,1002,7,2,0,0,1002,1003,7,1,0,0,1003,
        1004,7,0,0,0,1004,166,1,0,0,0,1005,1006,7,0,0,0,1006,1007,7,17,0,
        0,1007,1008,7,18,0,0,1008,1009,7,1,0,0,1009,1010,7,6,0,0,1010,1011,
        7,17,0,0,1011,1012,7,0,0,0,1012,1013,7,1,0,0,1013,1014,7,6,0,0,1014,
        168,1,0,0,0,1015,1016,7,12,0,0,1016,1017,7,7,0,0,1017,1018,7,0,0,
        0,1018,1019,7,17,0,0,1019,1020,7,18,0,0,1020,1021,7,1,0,0,1021,1022,
        7,6,0,0,1022,1023,7,17,0,0,1023,1024,7,0,0,0,1024,1025,7,1,0,0,1025,
        1026,7,6,0,0,1026,170,1,0,0,0,1027,1028,7,18,0,0,1028,1029,7,9,0,
        0,1029,1030,7,0,0,0,1030,1031,7,0,0,0,1031,1032,7,10,0,0,1032,1033,
        7,7,0,0,1033,1034,7,6,0,0,1034,1035,7,13,0,0,1035,172,1,0,0,0,1036,
        1037,7,11,0,0,1037,1038,7,9,0,0,1038,1039,7,0,0,0,1039,1040,7,11,
        0,0,1040,1041,7,1,0,0,1041,1042,7,13,0,0,1042,174,1,0,0,0,1043,1044,
        7,2,0,0,1044,1045,7,7,0,0,1045,1046,7,19,0,0,1046,1047,7,16,0,0,
        1047,1048,7,12,0,0,1048,176,1,0,0,0,1049,1050,7,12,0,0,1050,1051,
        7,7,0,0,1051,1052,7,2,0,0,1052,1053,7,7,0,0,1053,1054,7,19,0,0,1054,
        1055,7,16,0,0,1055,1056,7,12,0,0,1056,178,1,0,0,0,1057,1058,7,7,
        0,0,1058,1059,7,18,0,0,1059,1060,7,4,0,0,1060,1061,7,16,0,0,1061,
        1062,7,7,0,0,1062,1063,7,12,0,0,1063,1064,7,0,0,0,1064,180,1,0,0,
        0,1065,1066,7,9,0,0,1066,1067,7,3,0,0,1067,1068,7,3,0,0,1068,1069,
        7,1,0,0,1069,1070,7,0,0,0,1070,1071,7,0,0,0,1071,182,1,0,0,0,1072,
        1073,7,13,0,0,1073,1074,7,9,0,0,1074,1075,7,4,0,0,1075,1076,7,9,
        0,0,1076,1077,7,3,0,0,1077,1078,7,1,0,0,1078,1079,7,12,0,0,1079,
        1080,7,4,0,0,1080,1081,7,1,0,0,1081,1082,7,6,0,0,1082,1083,7,0,0,
        0,1083,184,1,0,0,0,1084,1085,7,3,0,0,1085,1086,7,16,0,0,1086,1087,
        7,13,0,0,1087,1088,7,6,0,0,1088,1089,7,0,0,0,1089,186,1,0,0,0,1090,
        1091,7,16,0,0,1091,1092,7,13,0,0,1092,1093,7,1,0,0,1093,1094,7,12,
        0,0,1094,1095,7,4,0,0,1095,1096,7,16,0,0,1096,1097,7,4,0,0,1097,
        1098,7,15,0,0,1098,188,1,0,0,0,1099,1100,7,3,0,0,1100,1101,7,2,0,
        0,1101,1102,7,17,0,0,1102,1103,7,0,0,0,1103,1104,7,4,0,0,1104,1105,
        7,1,0,0,1105,1106,7,6,0,0,1106,1107,7,16,0,0,1107,1108,7,12,0,0,
        1108,1109,7,19,0,0,1109,190,1,0,0,0,1110,1111,7,9,0,0,1111,1112,
        7,0,0,0,1112,1113,7,3,0,0,1113,1114,7,16,0,0,1114,1115,7,16,0,0,
        1115,192,1,0,0,0,1116,1117,7,20,0,0,1117,1118,7,16,0,0,1118,1119,
        7,19,0,0,1119,1120,7,16,0,0,1120,1121,7,12,0,0,1121,1122,7,4,0,0,
        1122,194,1,0,0,0,1123,1124,7,20,0,0,1124,1125,7,2,0,0,1125,1126,
        7,7,0,0,1126,1127,7,20,0,0,1127,196,1,0,0,0,1128,1129,7,20,0,0,1129,
        1130,7,7,0,0,1130,1131,7,7,0,0,1131,1132,7,2,0,0,1132,1133,7,1,0,
        0,1133,1134,7,9,0,0,1134,1135,7,12,0,0,1135,198,1,0,0,0,1136,1137,
        7,3,0,0,1137,1138,7,7,0,0,1138,1139,7,17,0,0,1139,1140,7,12,0,0,
        1140,1141,7,4,0,0,1141,1142,7,1,0,0,1142,1143,7,6,0,0,1143,200,1,
        0,0,0,1144,1145,7,13,0,0,1145,1146,7,1,0,0,1146,1147,7,3,0,0,1147,
        1148,7,16,0,0,1148,1149,7,8,0,0,1149,1150,7,9,0,0,1150,1151,7,2,
        0,0,1151,202,1,0,0,0,1152,1153,7,13,0,0,1153,1154,7,7,0,0,1154,1155,
        7,17,0,0,1155,1156,7,20,0,0,1156,1157,7,2,0,0,1157,1158,7,1,0,0,
        1158,204,1,0,0,0,1159,1160,7,13,0,0,1160,1161,7,17,0,0,1161,1162,
        7,6,0,0,1162,1163,7,9,0,0,1163,1164,7,4,0,0,1164,1165,7,16,0,0,1165,
        1166,7,7,0,0,1166,1167,7,12,0,0,1167,206,1,0,0,0,1168,1169,7,5,0,
        0,1169,1170,7,2,0,0,1170,1171,7,7,0,0,1171,1172,7,9,0,0,1172,1173,
        7,4,0,0,1173,208,1,0,0,0,1174,1175,7,16,0,0,1175,1176,7,12,0,0,1176,
        1177,7,1,0,0,1177,1178,7,4,0,0,1178,210,1,0,0,0,1179,1180,7,16,0,
        0,1180,1181,7,12,0,0,1181,1182,7,4,0,0,1182,212,1,0,0,0,1183,1184,
        7,0,0,0,1184,1185,7,8,0,0,1185,1186,7,9,0,0,1186,1187,7,2,0,0,1187,
        1188,7,2,0,0,1188,1189,7,16,0,0,1189,1190,7,12,0,0,1190,1191,7,4,
        0,0,1191,214,1,0,0,0,1192,1193,7,4,0,0,1193,1194,7,16,0,0,1194,1195,
        7,12,0,0,1195,1196,7,15,0,0,1196,1197,7,16,0,0,1197,1198,7,12,0,
        0,1198,1199,7,4,0,0,1199,216,1,0,0,0,1200,1201,7,4,0,0,1201,1202,
        7,1,0,0,1202,1203,7,23,0,0,1203,1204,7,4,0,0,1204,218,1,0,0,0,1205,
        1206,7,17,0,0,1206,1207,7,17,0,0,1207,1208,7,16,0,0,1208,1209,7,
        13,0,0,1209,220,1,0,0,0,1210,1211,7,22,0,0,1211,1212,7,9,0,0,1212,
        1213,7,6,0,0,1213,1214,7,3,0,0,1214,1215,7,11,0,0,1215,1216,7,9,
        0,0,1216,1217,7,6,0,0,1217,222,1,0,0,0,1218,1219,7,22,0,0,1219,1220,
        7,9,0,0,1220,1221,7,6,0,0,1221,1222,7,16,0,0,1222,1223,7,12,0,0,
        1223,1224,7,4,0,0,1224,224,1,0,0,0,1225,1226,7,4,0,0,1226,1227,7,
        16,0,0,1227,1228,7,8,0,0,1228,1229,7,1,0,0,1229,1230,7,17,0,0,1230,
        1231,7,17,0,0,1231,1232,7,16,0,0,1232,1233,7,13,0,0,1233,226,1,0,
        0,0,1234,1235,7,4,0,0,1235,1236,7,7,0,0,1236,1237,7,14,0,0,1237,
        1238,7,1,0,0,1238,1239,7,12,0,0,1239,228,1,0,0,0,1240,1241,7,10,
        0,0,1241,1242,7,6,0,0,1242,1243,7,16,0,0,1243,1244,7,4,0,0,1244,
        1245,7,1,0,0,1245,1246,7,4,0,0,1246,1247,7,16,0,0,1247,1248,7,8,
        0,0,1248,1249,7,1,0,0,1249,230,1,0,0,0,1250,1251,7,8,0,0,1251,1252,
        7,9,0,0,1252,1253,7,23,0,0,1253,1254,7,10,0,0,1254,1255,7,6,0,0,
        1255,1256,7,16,0,0,1256,1257,7,4,0,0,1257,1258,7,1,0,0,1258,1259,
        7,4,0,0,1259,1260,7,16,0,0,1260,1261,7,8,0,0,1261,1262,7,1,0,0,1262,
        232,1,0,0,0,1263,1264,7,13,0,0,1264,1265,7,9,0,0,1265,1266,7,4,0,
        0,1266,1267,7,1,0,0,1267,234,1,0,0,0,1268,1269,7,4,0,0,1269,1270,
        7,16,0,0,1270,1271,7,8,0,0,1271,1272,7,1,0,0,1272,236,1,0,0,0,1273,
        1274,7,12,0,0,1274,1275,7,17,0,0,1275,1276,7,2,0,0,1276,1277,7,2,
        0,0,1277,238,1,0,0,0,1278,1279,7,12,0,0,1279,1280,7,7,0,0,1280,1281,
        7,4,0,0,1281,240,1,0,0,0,1282,1283,7,1,0,0,1283,1284,7,23,0,0,1284,
        1285,7,16,0,0,1285,1286,7,0,0,0,1286,1287,7,4,0,0,1287,1288,7,0,
        0,0,1288,242,1,0,0,0,1289,1290,7,8,0,0,1290,1291,7,9,0,0,1291,1292,
        7,18,0,0,1292,244,1,0,0,0,1293,1294,7,2,0,0,1294,1295,7,16,0,0,1295,
        1296,7,0,0,0,1296,1297,7,4,0,0,1297,246,1,0,0,0,1298,1299,7,12,0,
        0,1299,1300,7,9,0,0,1300,1301,7,12,0,0,1301,248,1,0,0,0,1302,1303,
        5,45,0,0,1303,1304,7,12,0,0,1304,1305,7,9,0,0,1305,1306,7,12,0,0,
        1306,250,1,0,0,0,1307,1308,7,16,0,0,1308,1309,7,12,0,0,1309,1310,
        7,5,0,0,1310,1311,7,16,0,0,1311,1312,7,12,0,0,1312,1313,7,16,0,0,
        1313,1314,7,4,0,0,1314,1315,7,15,0,0,1315,252,1,0,0,0,1316,1317,
        5,45,0,0,1317,1318,7,16,0,0,1318,1319,7,12,0,0,1319,1320,7,5,0,0,
        1320,1321,7,16,0,0,1321,1322,7,12,0,0,1322,1323,7,16,0,0,1323,1324,
        7,4,0,0,1324,1325,7,15,0,0,1325,254,1,0,0,0,1326,1327,7,4,0,0,1327,
        1328,7,17,0,0,1328,1329,7,18,0,0,1329,1330,7,2,0,0,1330,1331,7,1,
        0,0,1331,256,1,0,0,0,1332,1333,7,4,0,0,1333,1334,7,6,0,0,1334,1335,
        7,16,0,0,1335,1336,7,19,0,0,1336,1337,7,19,0,0,1337,1338,7,1,0,0,
        1338,1339,7,6,0,0,1339,258,1,0,0,0,1340,1341,7,0,0,0,1341,1342,7,
        4,0,0,1342,1343,7,9,0,0,1343,1344,7,4,0,0,1344,1345,7,16,0,0,1345,
        1346,7,3,0,0,1346,260,1,0,0,0,1347,1348,7,5,0,0,1348,1349,7,6,0,
        0,1349,1350,7,7,0,0,1350,1351,7,21,0,0,1351,1352,7,1,0,0,1352,1353,
        7,12,0,0,1353,262,1,0,0,0,1354,1355,7,5,0,0,1355,1356,7,17,0,0,1356,
        1357,7,12,0,0,1357,1358,7,3,0,0,1358,1359,7,4,0,0,1359,1360,7,16,
        0,0,1360,1361,7,7,0,0,1361,1362,7,12,0,0,1362,264,1,0,0,0,1363,1364,
        7,5,0,0,1364,1365,7,17,0,0,1365,1366,7,12,0,0,1366,1367,7,3,0,0,
        1367,1368,7,4,0,0,1368,1369,7,16,0,0,1369,1370,7,7,0,0,1370,1371,
        7,12,0,0,1371,1372,7,0,0,0,1372,266,1,0,0,0,1373,1374,7,9,0,0,1374,
        1375,7,19,0,0,1375,1376,7,19,0,0,1376,1377,7,6,0,0,1377,1378,7,1,
        0,0,1378,1379,7,19,0,0,1379,1380,7,9,0,0,1380,1381,7,4,0,0,1381,
        1382,7,1,0,0,1382,268,1,0,0,0,1383,1384,7,9,0,0,1384,1385,7,19,0,
        0,1385,1386,7,19,0,0,1386,1387,7,6,0,0,1387,1388,7,1,0,0,1388,1389,
        7,19,0,0,1389,1390,7,9,0,0,1390,1391,7,4,0,0,1391,1392,7,1,0,0,1392,
        1393,7,0,0,0,1393,270,1,0,0,0,1394,1395,7,0,0,0,1395,1396,7,5,0,
        0,1396,1397,7,17,0,0,1397,1398,7,12,0,0,1398,1399,7,3,0,0,1399,272,
        1,0,0,0,1400,1401,7,0,0,0,1401,1402,7,4,0,0,1402,1403,7,15,0,0,1403,
        1404,7,18,0,0,1404,1405,7,1,0,0,1405,274,1,0,0,0,1406,1407,7,5,0,
        0,1407,1408,7,16,0,0,1408,1409,7,12,0,0,1409,1410,7,9,0,0,1410,1411,
        7,2,0,0,1411,1412,7,5,0,0,1412,1413,7,17,0,0,1413,1414,7,12,0,0,
        1414,1415,7,3,0,0,1415,276,1,0,0,0,1416,1417,7,16,0,0,1417,1418,
        7,12,0,0,1418,1419,7,16,0,0,1419,1420,7,4,0,0,1420,1421,7,3,0,0,
        1421,1422,7,7,0,0,1422,1423,7,12,0,0,1423,1424,7,13,0,0,1424,278,
        1,0,0,0,1425,1426,7,6,0,0,1426,1427,7,1,0,0,1427,1428,7,4,0,0,1428,
        1429,7,17,0,0,1429,1430,7,6,0,0,1430,1431,7,12,0,0,1431,1432,7,0,
        0,0,1432,280,1,0,0,0,1433,1434,7,3,0,0,1434,1435,7,9,0,0,1435,1436,
        7,2,0,0,1436,1437,7,2,0,0,1437,1438,7,1,0,0,1438,1439,7,13,0,0,1439,
        282,1,0,0,0,1440,1441,7,16,0,0,1441,1442,7,12,0,0,1442,1443,7,18,
        0,0,1443,1444,7,17,0,0,1444,1445,7,4,0,0,1445,284,1,0,0,0,1446,1447,
        7,2,0,0,1447,1448,7,9,0,0,1448,1449,7,12,0,0,1449,1450,7,19,0,0,
        1450,1451,7,17,0,0,1451,1452,7,9,0,0,1452,1453,7,19,0,0,1453,1454,
        7,1,0,0,1454,286,1,0,0,0,1455,1456,7,7,0,0,1456,1457,7,6,0,0,1457,
        288,1,0,0,0,1458,1459,7,6,0,0,1459,1460,7,1,0,0,1460,1461,7,18,0,
        0,1461,1462,7,2,0,0,1462,1463,7,9,0,0,1463,1464,7,3,0,0,1464,1465,
        7,1,0,0,1465,290,1,0,0,0,1466,1467,7,24,0,0,1467,1468,7,0,0,0,1468,
        1469,7,7,0,0,1469,1470,7,12,0,0,1470,292,1,0,0,0,1471,1472,7,13,
        0,0,1472,1473,7,1,0,0,1473,1474,7,5,0,0,1474,1475,7,9,0,0,1475,1476,
        7,17,0,0,1476,1477,7,2,0,0,1477,1478,7,4,0,0,1478,294,1,0,0,0,1479,
        1480,7,17,0,0,1480,1481,7,12,0,0,1481,1482,7,0,0,0,1482,1483,7,1,
        0,0,1483,1484,7,4,0,0,1484,296,1,0,0,0,1485,1486,7,2,0,0,1486,1487,
        7,16,0,0,1487,1488,7,14,0,0,1488,1489,7,1,0,0,1489,298,1,0,0,0,1490,
        1491,7,8,0,0,1491,1492,7,9,0,0,1492,1493,7,0,0,0,1493,1494,7,14,
        0,0,1494,1495,7,1,0,0,1495,1496,7,13,0,0,1496,300,1,0,0,0,1497,1498,
        7,17,0,0,1498,1499,7,12,0,0,1499,1500,7,8,0,0,1500,1501,7,9,0,0,
        1501,1502,7,0,0,0,1502,1503,7,14,0,0,1503,302,1,0,0,0,1504,1505,
        7,0,0,0,1505,1506,7,1,0,0,1506,1507,7,2,0,0,1507,1508,7,1,0,0,1508,
        1509,7,3,0,0,1509,1510,7,4,0,0,1510,1511,5,95,0,0,1511,1512,7,8,
        0,0,1512,1513,7,9,0,0,1513,1514,7,0,0,0,1514,1515,7,14,0,0,1515,
        1516,7,1,0,0,1516,1517,7,13,0,0,1517,304,1,0,0,0,1518,1519,7,22,
        0,0,1519,1520,7,1,0,0,1520,1521,7,3,0,0,1521,1522,7,4,0,0,1522,1523,
        7,7,0,0,1523,1524,7,6,0,0,1524,306,1,0,0,0,1525,1526,7,9,0,0,1526,
        1527,7,12,0,0,1527,1528,7,12,0,0,1528,308,1,0,0,0,1529,1530,7,3,
        0,0,1530,1531,7,7,0,0,1531,1532,7,12,0,0,1532,1533,7,0,0,0,1533,
        1534,7,16,0,0,1534,1535,7,0,0,0,1535,1536,7,4,0,0,1536,1537,7,1,
        0,0,1537,1538,7,12,0,0,1538,1539,7,3,0,0,1539,1540,7,15,0,0,1540,
        310,1,0,0,0,1541,1542,7,0,0,0,1542,1543,7,1,0,0,1543,1544,7,6,0,
        0,1544,1545,7,16,0,0,1545,1546,7,9,0,0,1546,1547,7,2,0,0,1547,312,
        1,0,0,0,1548,1549,7,3,0,0,1549,1550,7,7,0,0,1550,1551,7,18,0,0,1551,
        1552,7,15,0,0,1552,314,1,0,0,0,1553,1554,7,0,0,0,1554,1555,7,7,0,
        0,1555,1556,7,17,0,0,1556,1557,7,6,0,0,1557,1558,7,3,0,0,1558,1559,
        7,1,0,0,1559,316,1,0,0,0,1560,1561,7,18,0,0,1561,1562,7,9,0,0,1562,
        1563,7,19,0,0,1563,1564,7,16,0,0,1564,1565,7,12,0,0,1565,1566,7,
        19,0,0,1566,318,1,0,0,0,1567,1568,7,4,0,0,1568,1569,7,6,0,0,1569,
        1570,7,9,0,0,1570,1571,7,3,0,0,1571,1572,7,16,0,0,1572,1573,7,12,
        0,0,1573,1574,7,19,0,0,1574,320,1,0,0,0,1575,1576,7,1,0,0,1576,1577,
        7,23,0,0,1577,1578,7,18,0,0,1578,1579,7,9,0,0,1579,1580,7,12,0,0,
        1580,1581,7,13,0,0,1581,322,1,0,0,0,1582,1583,7,3,0,0,1583,1584,
        7,9,0,0,1584,1585,7,18,0,0,1585,1586,7,4,0,0,1586,1587,7,17,0,0,
        1587,1588,7,6,0,0,1588,1589,7,1,0,0,1589,324,1,0,0,0,1590,1591,7,
        3,0,0,1591,1592,7,2,0,0,1592,1593,7,1,0,0,1593,1594,7,9,0,0,1594,
        1595,7,6,0,0,1595,326,1,0,0,0,1596,1597,7,3,0,0,1597,1598,7,2,0,
        0,1598,1599,7,0,0,0,1599,328,1,0,0,0,1600,1601,7,7,0,0,1601,1602,
        7,5,0,0,1602,1603,7,5,0,0,1603,330,1,0,0,0,1604,1605,7,0,0,0,1605,
        1606,7,4,0,0,1606,1607,7,13,0,0,1607,1608,7,16,0,0,1608,1609,7,12,
        0,0,1609,332,1,0,0,0,1610,1611,7,0,0,0,1611,1612,7,4,0,0,1612,1613,
        7,13,0,0,1613,1614,7,7,0,0,1614,1615,7,17,0,0,1615,1616,7,4,0,0,
        1616,334,1,0,0,0,1617,1618,7,4,0,0,1618,1619,7,9,0,0,1619,1620,7,
        19,0,0,1620,1621,7,0,0,0,1621,336,1,0,0,0,1622,1623,7,6,0,0,1623,
        1624,7,1,0,0,1624,1625,7,0,0,0,1625,1626,7,4,0,0,1626,1627,7,7,0,
        0,1627,1628,7,6,0,0,1628,1629,7,1,0,0,1629,338,1,0,0,0,1630,1636,
        5,39,0,0,1631,1635,8,25,0,0,1632,1633,5,39,0,0,1633,1635,5,39,0,
        0,1634,1631,1,0,0,0,1634,1632,1,0,0,0,1635,1638,1,0,0,0,1636,1634,
        1,0,0,0,1636,1637,1,0,0,0,1637,1639,1,0,0,0,1638,1636,1,0,0,0,1639,
        1640,5,39,0,0,1640,340,1,0,0,0,1641,1642,5,36,0,0,1642,1643,5,36,
        0,0,1643,1647,1,0,0,0,1644,1646,9,0,0,0,1645,1644,1,0,0,0,1646,1649,
        1,0,0,0,1647,1648,1,0,0,0,1647,1645,1,0,0,0,1648,1650,1,0,0,0,1649,
        1647,1,0,0,0,1650,1651,5,36,0,0,1651,1652,5,36,0,0,1652,1653,1,0,
        0,0,1653,1654,6,170,0,0,1654,342,1,0,0,0,1655,1659,5,34,0,0,1656,
        1660,8,26,0,0,1657,1658,5,34,0,0,1658,1660,5,34,0,0,1659,1656,1,
        0,0,0,1659,1657,1,0,0,0,1660,1661,1,0,0,0,1661,1659,1,0,0,0,1661,
        1662,1,0,0,0,1662,1663,1,0,0,0,1663,1664,5,34,0,0,1664,344,1,0,0,
        0,1665,1666,5,34,0,0,1666,1667,5,34,0,0,1667,346,1,0,0,0,1668,1670,
        5,45,0,0,1669,1668,1,0,0,0,1669,1670,1,0,0,0,1670,1672,1,0,0,0,1671,
        1673,3,431,215,0,1672,1671,1,0,0,0,1673,1674,1,0,0,0,1674,1672,1,
        0,0,0,1674,1675,1,0,0,0,1675,1676,1,0,0,0,1676,1677,5,46,0,0,1677,
        1678,5,46,0,0,1678,348,1,0,0,0,1679,1681,5,45,0,0,1680,1679,1,0,
        0,0,1680,1681,1,0,0,0,1681,1683,1,0,0,0,1682,1684,3,431,215,0,1683,
        1682,1,0,0,0,1684,1685,1,0,0,0,1685,1683,1,0,0,0,1685,1686,1,0,0,
        0,1686,350,1,0,0,0,1687,1689,5,45,0,0,1688,1687,1,0,0,0,1688,1689,
        1,0,0,0,1689,1691,1,0,0,0,1690,1692,3,431,215,0,1691,1690,1,0,0,
        0,1692,1693,1,0,0,0,1693,1691,1,0,0,0,1693,1694,1,0,0,0,1694,1706,
        1,0,0,0,1695,1699,5,46,0,0,1696,1698,3,431,215,0,1697,1696,1,0,0,
        0,1698,1701,1,0,0,0,1699,1697,1,0,0,0,1699,1700,1,0,0,0,1700,1703,
        1,0,0,0,1701,1699,1,0,0,0,1702,1704,3,435,217,0,1703,1702,1,0,0,
        0,1703,1704,1,0,0,0,1704,1707,1,0,0,0,1705,1707,3,435,217,0,1706,
        1695,1,0,0,0,1706,1705,1,0,0,0,1707,352,1,0,0,0,1708,1709,7,4,0,
        0,1709,1710,7,6,0,0,1710,1711,7,17,0,0,1711,1718,7,1,0,0,1712,1713,
        7,5,0,0,1713,1714,7,9,0,0,1714,1715,7,2,0,0,1715,1716,7,0,0,0,1716,
        1718,7,1,0,0,1717,1708,1,0,0,0,1717,1712,1,0,0,0,1718,354,1,0,0,
        0,1719,1721,5,45,0,0,1720,1719,1,0,0,0,1720,1721,1,0,0,0,1721,1723,
        1,0,0,0,1722,1724,3,431,215,0,1723,1722,1,0,0,0,1724,1725,1,0,0,
        0,1725,1723,1,0,0,0,1725,1726,1,0,0,0,1726,1727,1,0,0,0,1727,1737,
        3,437,218,0,1728,1730,3,431,215,0,1729,1728,1,0,0,0,1730,1731,1,
        0,0,0,1731,1729,1,0,0,0,1731,1732,1,0,0,0,1732,1733,1,0,0,0,1733,
        1734,3,437,218,0,1734,1736,1,0,0,0,1735,1729,1,0,0,0,1736,1739,1,
        0,0,0,1737,1735,1,0,0,0,1737,1738,1,0,0,0,1738,1789,1,0,0,0,1739,
        1737,1,0,0,0,1740,1742,5,45,0,0,1741,1740,1,0,0,0,1741,1742,1,0,
        0,0,1742,1743,1,0,0,0,1743,1744,5,80,0,0,1744,1745,3,431,215,0,1745,
        1746,3,431,215,0,1746,1747,3,431,215,0,1747,1748,3,431,215,0,1748,
        1749,5,45,0,0,1749,1750,3,431,215,0,1750,1751,3,431,215,0,1751,1752,
        5,45,0,0,1752,1753,3,431,215,0,1753,1754,3,431,215,0,1754,1755,5,
        84,0,0,1755,1756,3,431,215,0,1756,1757,3,431,215,0,1757,1758,5,58,
        0,0,1758,1759,3,431,215,0,1759,1760,3,431,215,0,1760,1761,5,58,0,
        0,1761,1762,3,431,215,0,1762,1763,3,431,215,0,1763,1789,1,0,0,0,
        1764,1766,5,45,0,0,1765,1764,1,0,0,0,1765,1766,1,0,0,0,1766,1767,
        1,0,0,0,1767,1768,5,80,0,0,1768,1789,3,441,220,0,1769,1771,5,45,
        0,0,1770,1769,1,0,0,0,1770,1771,1,0,0,0,1771,1772,1,0,0,0,1772,1774,
        5,80,0,0,1773,1775,3,431,215,0,1774,1773,1,0,0,0,1775,1776,1,0,0,
        0,1776,1774,1,0,0,0,1776,1777,1,0,0,0,1777,1778,1,0,0,0,1778,1779,
        5,87,0,0,1779,1789,1,0,0,0,1780,1782,5,45,0,0,1781,1780,1,0,0,0,
        1781,1782,1,0,0,0,1782,1783,1,0,0,0,1783,1784,5,80,0,0,1784,1786,
        3,439,219,0,1785,1787,3,441,220,0,1786,1785,1,0,0,0,1786,1787,1,
        0,0,0,1787,1789,1,0,0,0,1788,1720,1,0,0,0,1788,1741,1,0,0,0,1788,
        1765,1,0,0,0,1788,1770,1,0,0,0,1788,1781,1,0,0,0,1789,356,1,0,0,
        0,1790,1791,5,101,0,0,1791,1792,5,120,0,0,1792,1793,5,112,0,0,1793,
        1794,5,114,0,0,1794,1795,5,40,0,0,1795,358,1,0,0,0,1796,1800,7,27,
        0,0,1797,1799,7,28,0,0,1798,1797,1,0,0,0,1799,1802,1,0,0,0,1800,
        1798,1,0,0,0,1800,1801,1,0,0,0,1801,360,1,0,0,0,1802,1800,1,0,0,
        0,1803,1804,5,48,0,0,1804,1805,7,23,0,0,1805,1809,1,0,0,0,1806,1808,
        3,433,216,0,1807,1806,1,0,0,0,1808,1811,1,0,0,0,1809,1807,1,0,0,
        0,1809,1810,1,0,0,0,1810,362,1,0,0,0,1811,1809,1,0,0,0,1812,1813,
        3,433,216,0,1813,1814,3,433,216,0,1814,1815,3,433,216,0,1815,1816,
        3,433,216,0,1816,1817,3,433,216,0,1817,1818,3,433,216,0,1818,1819,
        3,433,216,0,1819,1820,3,433,216,0,1820,1821,5,45,0,0,1821,1822,3,
        433,216,0,1822,1823,3,433,216,0,1823,1824,3,433,216,0,1824,1825,
        3,433,216,0,1825,1826,5,45,0,0,1826,1827,3,433,216,0,1827,1828,3,
        433,216,0,1828,1829,3,433,216,0,1829,1830,3,433,216,0,1830,1831,
        5,45,0,0,1831,1832,3,433,216,0,1832,1833,3,433,216,0,1833,1834,3,
        433,216,0,1834,1835,3,433,216,0,1835,1836,5,45,0,0,1836,1837,3,433,
        216,0,1837,1838,3,433,216,0,1838,1839,3,433,216,0,1839,1840,3,433,
        216,0,1840,1841,3,433,216,0,1841,1842,3,433,216,0,1842,1843,3,433,
        216,0,1843,1844,3,433,216,0,1844,1845,3,433,216,0,1845,1846,3,433,
        216,0,1846,1847,3,433,216,0,1847,1848,3,433,216,0,1848,364,1,0,0,
        0,1849,1850,5,59,0,0,1850,366,1,0,0,0,1851,1852,5,44,0,0,1852,368,
        1,0,0,0,1853,1854,5,46,0,0,1854,370,1,0,0,0,1855,1856,5,46,0,0,1856,
        1857,5,46,0,0,1857,372,1,0,0,0,1858,1859,5,58,0,0,1859,374,1,0,0,
        0,1860,1861,5,40,0,0,1861,376,1,0,0,0,1862,1863,5,41,0,0,1863,378,
        1,0,0,0,1864,1865,5,91,0,0,1865,380,1,0,0,0,1866,1867,5,93,0,0,1867,
        382,1,0,0,0,1868,1869,5,123,0,0,1869,384,1,0,0,0,1870,1871,5,125,
        0,0,1871,386,1,0,0,0,1872,1873,5,61,0,0,1873,388,1,0,0,0,1874,1875,
        5,33,0,0,1875,1876,5,61,0,0,1876,390,1,0,0,0,1877,1878,5,60,0,0,
        1878,392,1,0,0,0,1879,1880,5,60,0,0,1880,1881,5,61,0,0,1881,394,
        1,0,0,0,1882,1883,5,62,0,0,1883,396,1,0,0,0,1884,1885,5,62,0,0,1885,
        1886,5,61,0,0,1886,398,1,0,0,0,1887,1888,5,43,0,0,1888,400,1,0,0,
        0,1889,1890,5,45,0,0,1890,402,1,0,0,0,1891,1892,5,42,0,0,1892,404,
        1,0,0,0,1893,1894,5,47,0,0,1894,406,1,0,0,0,1895,1896,5,37,0,0,1896,
        408,1,0,0,0,1897,1898,5,43,0,0,1898,1899,5,61,0,0,1899,410,1,0,0,
        0,1900,1901,5,45,0,0,1901,1902,5,61,0,0,1902,412,1,0,0,0,1903,1904,
        5,63,0,0,1904,414,1,0,0,0,1905,1907,7,29,0,0,1906,1905,1,0,0,0,1907,
        1908,1,0,0,0,1908,1906,1,0,0,0,1908,1909,1,0,0,0,1909,1910,1,0,0,
        0,1910,1911,6,207,1,0,1911,416,1,0,0,0,1912,1913,5,45,0,0,1913,1917,
        5,45,0,0,1914,1915,5,47,0,0,1915,1917,5,47,0,0,1916,1912,1,0,0,0,
        1916,1914,1,0,0,0,1917,1921,1,0,0,0,1918,1920,8,30,0,0,1919,1918,
        1,0,0,0,1920,1923,1,0,0,0,1921,1919,1,0,0,0,1921,1922,1,0,0,0,1922,
        1924,1,0,0,0,1923,1921,1,0,0,0,1924,1925,6,208,1,0,1925,418,1,0,
        0,0,1926,1927,5,47,0,0,1927,1928,5,42,0,0,1928,1932,1,0,0,0,1929,
        1931,9,0,0,0,1930,1929,1,0,0,0,1931,1934,1,0,0,0,1932,1933,1,0,0,
        0,1932,1930,1,0,0,0,1933,1935,1,0,0,0,1934,1932,1,0,0,0,1935,1936,
        5,42,0,0,1936,1937,5,47,0,0,1937,1938,1,0,0,0,1938,1939,6,209,1,
        0,1939,420,1,0,0,0,1940,1946,5,39,0,0,1941,1945,8,25,0,0,1942,1943,
        5,39,0,0,1943,1945,5,39,0,0,1944,1941,1,0,0,0,1944,1942,1,0,0,0,
        1945,1948,1,0,0,0,1946,1944,1,0,0,0,1946,1947,1,0,0,0,1947,422,1,
        0,0,0,1948,1946,1,0,0,0,1949,1950,5,36,0,0,1950,1951,5,36,0,0,1951,
        1957,1,0,0,0,1952,1956,8,31,0,0,1953,1954,5,36,0,0,1954,1956,8,31,
        0,0,1955,1952,1,0,0,0,1955,1953,1,0,0,0,1956,1959,1,0,0,0,1957,1955,
        1,0,0,0,1957,1958,1,0,0,0,1958,1961,1,0,0,0,1959,1957,1,0,0,0,1960,
        1962,5,36,0,0,1961,1960,1,0,0,0,1961,1962,1,0,0,0,1962,424,1,0,0,
        0,1963,1969,5,34,0,0,1964,1968,8,26,0,0,1965,1966,5,34,0,0,1966,
        1968,5,34,0,0,1967,1964,1,0,0,0,1967,1965,1,0,0,0,1968,1971,1,0,
        0,0,1969,1967,1,0,0,0,1969,1970,1,0,0,0,1970,426,1,0,0,0,1971,1969,
        1,0,0,0,1972,1973,5,47,0,0,1973,1974,5,42,0,0,1974,1984,1,0,0,0,
        1975,1983,8,32,0,0,1976,1978,5,42,0,0,1977,1976,1,0,0,0,1978,1979,
        1,0,0,0,1979,1977,1,0,0,0,1979,1980,1,0,0,0,1980,1981,1,0,0,0,1981,
        1983,8,33,0,0,1982,1975,1,0,0,0,1982,1977,1,0,0,0,1983,1986,1,0,
        0,0,1984,1982,1,0,0,0,1984,1985,1,0,0,0,1985,1990,1,0,0,0,1986,1984,
        1,0,0,0,1987,1989,5,42,0,0,1988,1987,1,0,0,0,1989,1992,1,0,0,0,1990,
        1988,1,0,0,0,1990,1991,1,0,0,0,1991,428,1,0,0,0,1992,1990,1,0,0,
        0,1993,1994,9,0,0,0,1994,430,1,0,0,0,1995,1996,7,34,0,0,1996,432,
        1,0,0,0,1997,1998,7,35,0,0,1998,434,1,0,0,0,1999,2001,7,1,0,0,2000,
        2002,7,36,0,0,2001,2000,1,0,0,0,2001,2002,1,0,0,0,2002,2004,1,0,
        0,0,2003,2005,3,431,215,0,2004,2003,1,0,0,0,2005,2006,1,0,0,0,2006,
        2004,1,0,0,0,2006,2007,1,0,0,0,2007,436,1,0,0,0,2008,2021,7,15,0,
        0,2009,2010,7,8,0,0,2010,2021,7,7,0,0,2011,2021,7,37,0,0,2012,2013,
        7,8,0,0,2013,2021,7,0,0,0,2014,2015,7,17,0,0,2015,2021,7,0,0,0,2016,
        2017,7,38,0,0,2017,2021,7,0,0,0,2018,2019,7,12,0,0,2019,2021,7,0,
        0,0,2020,2008,1,0,0,0,2020,2009,1,0,0,0,2020,2011,1,0,0,0,2020,2012,
        1,0,0,0,2020,2014,1,0,0,0,2020,2016,1,0,0,0,2020,2018,1,0,0,0,2021,
        438,1,0,0,0,2022,2024,3,431,215,0,2023,2022,1,0,0,0,2024,2025,1,
        0,0,0,2025,2023,1,0,0,0,2025,2026,1,0,0,0,2026,2027,1,0,0,0,2027,
        2035,5,89,0,0,2028,2030,3,431,215,0,2029,2028,1,0,0,0,2030,2031,
        1,0,0,0,2031,2029,1,0,0,0,2031,2032,1,0,0,0,2032,2033,1,0,0,0,2033,
        2034,5,77,0,0,2034,2036,1,0,0,0,2035,2029,1,0,0,0,2035,2036,1,0,
        0,0,2036,2044,1,0,0,0,2037,2039,3,431,215,0,2038,2037,1,0,0,0,2039,
        2040,1,0,0,0,2040,2038,1,0,0,0,2040,2041,1,0,0,0,2041,2042,1,0,0,
        0,2042,2043,5,68,0,0,2043,2045,1,0,0,0,2044,2038,1,0,0,0,2044,2045,
        1,0,0,0,2045,2069,1,0,0,0,2046,2048,3,431,215,0,2047,2046,1,0,0,
        0,2048,2049,1,0,0,0,2049,2047,1,0,0,0,2049,2050,1,0,0,0,2050,2051,
        1,0,0,0,2051,2059,5,77,0,0,2052,2054,3,431,215,0,2053,2052,1,0,0,
        0,2054,2055,1,0,0,0,2055,2053,1,0,0,0,2055,2056,1,0,0,0,2056,2057,
        1,0,0,0,2057,2058,5,68,0,0,2058,2060,1,0,0,0,2059,2053,1,0,0,0,2059,
        2060,1,0,0,0,2060,2069,1,0,0,0,2061,2063,3,431,215,0,2062,2061,1,
        0,0,0,2063,2064,1,0,0,0,2064,2062,1,0,0,0,2064,2065,1,0,0,0,2065,
        2066,1,0,0,0,2066,2067,5,68,0,0,2067,2069,1,0,0,0,2068,2023,1,0,
        0,0,2068,2047,1,0,0,0,2068,2062,1,0,0,0,2069,440,1,0,0,0,2070,2072,
        5,84,0,0,2071,2073,3,431,215,0,2072,2071,1,0,0,0,2073,2074,1,0,0,
        0,2074,2072,1,0,0,0,2074,2075,1,0,0,0,2075,2076,1,0,0,0,2076,2084,
        5,72,0,0,2077,2079,3,431,215,0,2078,2077,1,0,0,0,2079,2080,1,0,0,
        0,2080,2078,1,0,0,0,2080,2081,1,0,0,0,2081,2082,1,0,0,0,2082,2083,
        5,77,0,0,2083,2085,1,0,0,0,2084,2078,1,0,0,0,2084,2085,1,0,0,0,2085,
        2093,1,0,0,0,2086,2088,3,431,215,0,2087,2086,1,0,0,0,2088,2089,1,
        0,0,0,2089,2087,1,0,0,0,2089,2090,1,0,0,0,2090,2091,1,0,0,0,2091,
        2092,5,83,0,0,2092,2094,1,0,0,0,2093,2087,1,0,0,0,2093,2094,1,0,
        0,0,2094,2120,1,0,0,0,2095,2097,5,84,0,0,2096,2098,3,431,215,0,2097,
        2096,1,0,0,0,2098,2099,1,0,0,0,2099,2097,1,0,0,0,2099,2100,1,0,0,
        0,2100,2101,1,0,0,0,2101,2109,5,77,0,0,2102,2104,3,431,215,0,2103,
        2102,1,0,0,0,2104,2105,1,0,0,0,2105,2103,1,0,0,0,2105,2106,1,0,0,
        0,2106,2107,1,0,0,0,2107,2108,5,83,0,0,2108,2110,1,0,0,0,2109,2103,
        1,0,0,0,2109,2110,1,0,0,0,2110,2120,1,0,0,0,2111,2113,5,84,0,0,2112,
        2114,3,431,215,0,2113,2112,1,0,0,0,2114,2115,1,0,0,0,2115,2113,1,
        0,0,0,2115,2116,1,0,0,0,2116,2117,1,0,0,0,2117,2118,5,83,0,0,2118,
        2120,1,0,0,0,2119,2070,1,0,0,0,2119,2095,1,0,0,0,2119,2111,1,0,0,
        0,2120,442,1,0,0,0,69,0,654,676,1634,1636,1647,1659,1661,1669,1674,
        1680,1685,1688,1693,1699,1703,1706,1717,1720,1725,1731,1737,1741,
        1765,1770,1776,1781,1786,1788,1800,1809,1908,1916,1921,1932,1944,
        1946,1955,1957,1961,1967,1969,1979,1982,1984,1990,2001,2006,2020,
        2025,2031,2035,2040,2044,2049,2055,2059,2064,2068,2074,2080,2084,
        2089,2093,2099,2105,2109,2115,2119,2,7,170,0,0,1,0
    ];

    private static __ATN: antlr.ATN;
    public static get _ATN(): antlr.ATN {
        if (!CqlLexer.__ATN) {
            CqlLexer.__ATN = new antlr.ATNDeserializer().deserialize(CqlLexer._serializedATN);
        }

        return CqlLexer.__ATN;
    }


    private static readonly vocabulary = new antlr.Vocabulary(CqlLexer.literalNames, CqlLexer.symbolicNames, []);

    public override get vocabulary(): antlr.Vocabulary {
        return CqlLexer.vocabulary;
    }

    private static readonly decisionsToDFA = CqlLexer._ATN.decisionToState.map( (ds: antlr.DecisionState, index: number) => new antlr.DFA(ds, index) );
}