// @ts-nocheck
import * as antlr from "antlr4ng";
import { CqlRuleContext } from "../rule-context.js";
import { Token } from "antlr4ng";

import { CqlParserVisitor } from "./CqlParserVisitor.js";

// for running tests with parameters, TODO: discuss strategy for typed parameters in CI
// eslint-disable-next-line no-unused-vars
type int = number;


export class CqlParser extends antlr.Parser {
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
    public static readonly RULE_singleStatement = 0;
    public static readonly RULE_statement = 1;
    public static readonly RULE_useStatement = 2;
    public static readonly RULE_selectStatement = 3;
    public static readonly RULE_selectors = 4;
    public static readonly RULE_selector = 5;
    public static readonly RULE_unaliasedSelector = 6;
    public static readonly RULE_selectionAddition = 7;
    public static readonly RULE_selectionMultiplication = 8;
    public static readonly RULE_selectionGroup = 9;
    public static readonly RULE_selectorModifier = 10;
    public static readonly RULE_collectionSubSelection = 11;
    public static readonly RULE_selectionGroupWithoutField = 12;
    public static readonly RULE_simpleUnaliasedSelector = 13;
    public static readonly RULE_selectionLiteral = 14;
    public static readonly RULE_whereClause = 15;
    public static readonly RULE_relationOrExpression = 16;
    public static readonly RULE_customIndexExpression = 17;
    public static readonly RULE_relation = 18;
    public static readonly RULE_relationType = 19;
    public static readonly RULE_tupleOfIdentifiers = 20;
    public static readonly RULE_singleColumnInValues = 21;
    public static readonly RULE_multiColumnInValues = 22;
    public static readonly RULE_multiColumnValue = 23;
    public static readonly RULE_inMarker = 24;
    public static readonly RULE_groupByClause = 25;
    public static readonly RULE_orderByClause = 26;
    public static readonly RULE_insertStatement = 27;
    public static readonly RULE_insertBody = 28;
    public static readonly RULE_jsonValue = 29;
    public static readonly RULE_usingClause = 30;
    public static readonly RULE_usingClauseObjective = 31;
    public static readonly RULE_updateStatement = 32;
    public static readonly RULE_columnOperation = 33;
    public static readonly RULE_signedInteger = 34;
    public static readonly RULE_updateConditions = 35;
    public static readonly RULE_columnCondition = 36;
    public static readonly RULE_deleteStatement = 37;
    public static readonly RULE_deleteSelection = 38;
    public static readonly RULE_deleteOp = 39;
    public static readonly RULE_batchStatement = 40;
    public static readonly RULE_batchChild = 41;
    public static readonly RULE_truncateStatement = 42;
    public static readonly RULE_ifNotExists = 43;
    public static readonly RULE_ifExists = 44;
    public static readonly RULE_keyspaceKeyword = 45;
    public static readonly RULE_createKeyspaceStatement = 46;
    public static readonly RULE_alterKeyspaceStatement = 47;
    public static readonly RULE_alterKeyspaceInstruction = 48;
    public static readonly RULE_dropKeyspaceStatement = 49;
    public static readonly RULE_createTableStatement = 50;
    public static readonly RULE_tableElement = 51;
    public static readonly RULE_columnDefinition = 52;
    public static readonly RULE_primaryKeyDefinition = 53;
    public static readonly RULE_partitionKey = 54;
    public static readonly RULE_columnMask = 55;
    public static readonly RULE_tableProperty = 56;
    public static readonly RULE_clusteringOrder = 57;
    public static readonly RULE_alterTableStatement = 58;
    public static readonly RULE_alterTableInstruction = 59;
    public static readonly RULE_addColumnDefinition = 60;
    public static readonly RULE_renameColumn = 61;
    public static readonly RULE_dropTableStatement = 62;
    public static readonly RULE_createTypeStatement = 63;
    public static readonly RULE_typeField = 64;
    public static readonly RULE_alterTypeStatement = 65;
    public static readonly RULE_alterTypeInstruction = 66;
    public static readonly RULE_renameField = 67;
    public static readonly RULE_dropTypeStatement = 68;
    public static readonly RULE_createIndexStatement = 69;
    public static readonly RULE_indexTarget = 70;
    public static readonly RULE_dropIndexStatement = 71;
    public static readonly RULE_qualifiedIndexName = 72;
    public static readonly RULE_createMaterializedViewStatement = 73;
    public static readonly RULE_alterMaterializedViewStatement = 74;
    public static readonly RULE_dropMaterializedViewStatement = 75;
    public static readonly RULE_createFunctionStatement = 76;
    public static readonly RULE_functionParameter = 77;
    public static readonly RULE_dropFunctionStatement = 78;
    public static readonly RULE_functionSignature = 79;
    public static readonly RULE_createAggregateStatement = 80;
    public static readonly RULE_dropAggregateStatement = 81;
    public static readonly RULE_createTriggerStatement = 82;
    public static readonly RULE_dropTriggerStatement = 83;
    public static readonly RULE_restoreTableStatement = 84;
    public static readonly RULE_properties = 85;
    public static readonly RULE_property = 86;
    public static readonly RULE_propertyValue = 87;
    public static readonly RULE_propertyMap = 88;
    public static readonly RULE_propertyMapEntry = 89;
    public static readonly RULE_propertyMapValue = 90;
    public static readonly RULE_createUserStatement = 91;
    public static readonly RULE_alterUserStatement = 92;
    public static readonly RULE_dropUserStatement = 93;
    public static readonly RULE_listUsersStatement = 94;
    public static readonly RULE_userName = 95;
    public static readonly RULE_userPassword = 96;
    public static readonly RULE_addIdentityStatement = 97;
    public static readonly RULE_dropIdentityStatement = 98;
    public static readonly RULE_identityName = 99;
    public static readonly RULE_createRoleStatement = 100;
    public static readonly RULE_alterRoleStatement = 101;
    public static readonly RULE_dropRoleStatement = 102;
    public static readonly RULE_listRolesStatement = 103;
    public static readonly RULE_grantRoleStatement = 104;
    public static readonly RULE_revokeRoleStatement = 105;
    public static readonly RULE_roleOptions = 106;
    public static readonly RULE_roleOption = 107;
    public static readonly RULE_grantPermissionsStatement = 108;
    public static readonly RULE_revokePermissionsStatement = 109;
    public static readonly RULE_listPermissionsStatement = 110;
    public static readonly RULE_permissionOrAll = 111;
    public static readonly RULE_permission = 112;
    public static readonly RULE_resource = 113;
    public static readonly RULE_describeStatement = 114;
    public static readonly RULE_describeTarget = 115;
    public static readonly RULE_consistencyStatement = 116;
    public static readonly RULE_serialConsistencyStatement = 117;
    public static readonly RULE_consistencyLevel = 118;
    public static readonly RULE_copyStatement = 119;
    public static readonly RULE_copyOption = 120;
    public static readonly RULE_copyOptionValue = 121;
    public static readonly RULE_sourceStatement = 122;
    public static readonly RULE_pagingStatement = 123;
    public static readonly RULE_tracingStatement = 124;
    public static readonly RULE_expandStatement = 125;
    public static readonly RULE_captureStatement = 126;
    public static readonly RULE_loginStatement = 127;
    public static readonly RULE_clearStatement = 128;
    public static readonly RULE_constant = 129;
    public static readonly RULE_marker = 130;
    public static readonly RULE_intValue = 131;
    public static readonly RULE_term = 132;
    public static readonly RULE_termAddition = 133;
    public static readonly RULE_termMultiplication = 134;
    public static readonly RULE_termGroup = 135;
    public static readonly RULE_simpleTerm = 136;
    public static readonly RULE_valueLiteral = 137;
    public static readonly RULE_collectionLiteral = 138;
    public static readonly RULE_usertypeLiteral = 139;
    public static readonly RULE_usertypeField = 140;
    public static readonly RULE_tupleLiteral = 141;
    public static readonly RULE_comparatorType = 142;
    public static readonly RULE_nativeType = 143;
    public static readonly RULE_tableName = 144;
    public static readonly RULE_userTypeName = 145;
    public static readonly RULE_functionName = 146;
    public static readonly RULE_roleName = 147;
    public static readonly RULE_cident = 148;
    public static readonly RULE_ident = 149;
    public static readonly RULE_plainIdent = 150;
    public static readonly RULE_nonTypeIdent = 151;
    public static readonly RULE_allowedFunctionName = 152;
    public static readonly RULE_unreservedKeyword = 153;
    public static readonly RULE_basicUnreservedKeyword = 154;
    public static readonly RULE_anyWord = 155;

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
    public static readonly ruleNames = [
        "singleStatement", "statement", "useStatement", "selectStatement", 
        "selectors", "selector", "unaliasedSelector", "selectionAddition", 
        "selectionMultiplication", "selectionGroup", "selectorModifier", 
        "collectionSubSelection", "selectionGroupWithoutField", "simpleUnaliasedSelector", 
        "selectionLiteral", "whereClause", "relationOrExpression", "customIndexExpression", 
        "relation", "relationType", "tupleOfIdentifiers", "singleColumnInValues", 
        "multiColumnInValues", "multiColumnValue", "inMarker", "groupByClause", 
        "orderByClause", "insertStatement", "insertBody", "jsonValue", "usingClause", 
        "usingClauseObjective", "updateStatement", "columnOperation", "signedInteger", 
        "updateConditions", "columnCondition", "deleteStatement", "deleteSelection", 
        "deleteOp", "batchStatement", "batchChild", "truncateStatement", 
        "ifNotExists", "ifExists", "keyspaceKeyword", "createKeyspaceStatement", 
        "alterKeyspaceStatement", "alterKeyspaceInstruction", "dropKeyspaceStatement", 
        "createTableStatement", "tableElement", "columnDefinition", "primaryKeyDefinition", 
        "partitionKey", "columnMask", "tableProperty", "clusteringOrder", 
        "alterTableStatement", "alterTableInstruction", "addColumnDefinition", 
        "renameColumn", "dropTableStatement", "createTypeStatement", "typeField", 
        "alterTypeStatement", "alterTypeInstruction", "renameField", "dropTypeStatement", 
        "createIndexStatement", "indexTarget", "dropIndexStatement", "qualifiedIndexName", 
        "createMaterializedViewStatement", "alterMaterializedViewStatement", 
        "dropMaterializedViewStatement", "createFunctionStatement", "functionParameter", 
        "dropFunctionStatement", "functionSignature", "createAggregateStatement", 
        "dropAggregateStatement", "createTriggerStatement", "dropTriggerStatement", 
        "restoreTableStatement", "properties", "property", "propertyValue", 
        "propertyMap", "propertyMapEntry", "propertyMapValue", "createUserStatement", 
        "alterUserStatement", "dropUserStatement", "listUsersStatement", 
        "userName", "userPassword", "addIdentityStatement", "dropIdentityStatement", 
        "identityName", "createRoleStatement", "alterRoleStatement", "dropRoleStatement", 
        "listRolesStatement", "grantRoleStatement", "revokeRoleStatement", 
        "roleOptions", "roleOption", "grantPermissionsStatement", "revokePermissionsStatement", 
        "listPermissionsStatement", "permissionOrAll", "permission", "resource", 
        "describeStatement", "describeTarget", "consistencyStatement", "serialConsistencyStatement", 
        "consistencyLevel", "copyStatement", "copyOption", "copyOptionValue", 
        "sourceStatement", "pagingStatement", "tracingStatement", "expandStatement", 
        "captureStatement", "loginStatement", "clearStatement", "constant", 
        "marker", "intValue", "term", "termAddition", "termMultiplication", 
        "termGroup", "simpleTerm", "valueLiteral", "collectionLiteral", 
        "usertypeLiteral", "usertypeField", "tupleLiteral", "comparatorType", 
        "nativeType", "tableName", "userTypeName", "functionName", "roleName", 
        "cident", "ident", "plainIdent", "nonTypeIdent", "allowedFunctionName", 
        "unreservedKeyword", "basicUnreservedKeyword", "anyWord",
    ];

    public get grammarFileName(): string { return "CqlParser.g4"; }
    public get literalNames(): (string | null)[] { return CqlParser.literalNames; }
    public get symbolicNames(): (string | null)[] { return CqlParser.symbolicNames; }
    public get ruleNames(): string[] { return CqlParser.ruleNames; }
    public get serializedATN(): number[] { return CqlParser._serializedATN; }

    protected createFailedPredicateException(predicate?: string, message?: string): antlr.FailedPredicateException {
        return new antlr.FailedPredicateException(this, predicate, message);
    }

    public constructor(input: antlr.TokenStream) {
        super(input);
        this.interpreter = new antlr.ParserATNSimulator(this, CqlParser._ATN, CqlParser.decisionsToDFA, new antlr.PredictionContextCache());
    }
    public singleStatement(): SingleStatementContext {
        let localContext = new SingleStatementContext(this.context, this.state);
        this.enterRule(localContext, 0, CqlParser.RULE_singleStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 312;
            this.statement();
            this.state = 316;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 182) {
                {
                {
                this.state = 313;
                this.match(CqlParser.SEMI);
                }
                }
                this.state = 318;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 319;
            this.match(CqlParser.EOF);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public statement(): StatementContext {
        let localContext = new StatementContext(this.context, this.state);
        this.enterRule(localContext, 2, CqlParser.RULE_statement);
        try {
            this.state = 375;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 1, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 321;
                this.selectStatement();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 322;
                this.insertStatement();
                }
                break;
            case 3:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 323;
                this.updateStatement();
                }
                break;
            case 4:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 324;
                this.deleteStatement();
                }
                break;
            case 5:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 325;
                this.batchStatement();
                }
                break;
            case 6:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 326;
                this.useStatement();
                }
                break;
            case 7:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 327;
                this.truncateStatement();
                }
                break;
            case 8:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 328;
                this.createKeyspaceStatement();
                }
                break;
            case 9:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 329;
                this.alterKeyspaceStatement();
                }
                break;
            case 10:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 330;
                this.dropKeyspaceStatement();
                }
                break;
            case 11:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 331;
                this.createTableStatement();
                }
                break;
            case 12:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 332;
                this.alterTableStatement();
                }
                break;
            case 13:
                this.enterOuterAlt(localContext, 13);
                {
                this.state = 333;
                this.dropTableStatement();
                }
                break;
            case 14:
                this.enterOuterAlt(localContext, 14);
                {
                this.state = 334;
                this.createTypeStatement();
                }
                break;
            case 15:
                this.enterOuterAlt(localContext, 15);
                {
                this.state = 335;
                this.alterTypeStatement();
                }
                break;
            case 16:
                this.enterOuterAlt(localContext, 16);
                {
                this.state = 336;
                this.dropTypeStatement();
                }
                break;
            case 17:
                this.enterOuterAlt(localContext, 17);
                {
                this.state = 337;
                this.createIndexStatement();
                }
                break;
            case 18:
                this.enterOuterAlt(localContext, 18);
                {
                this.state = 338;
                this.dropIndexStatement();
                }
                break;
            case 19:
                this.enterOuterAlt(localContext, 19);
                {
                this.state = 339;
                this.createMaterializedViewStatement();
                }
                break;
            case 20:
                this.enterOuterAlt(localContext, 20);
                {
                this.state = 340;
                this.alterMaterializedViewStatement();
                }
                break;
            case 21:
                this.enterOuterAlt(localContext, 21);
                {
                this.state = 341;
                this.dropMaterializedViewStatement();
                }
                break;
            case 22:
                this.enterOuterAlt(localContext, 22);
                {
                this.state = 342;
                this.createFunctionStatement();
                }
                break;
            case 23:
                this.enterOuterAlt(localContext, 23);
                {
                this.state = 343;
                this.dropFunctionStatement();
                }
                break;
            case 24:
                this.enterOuterAlt(localContext, 24);
                {
                this.state = 344;
                this.createAggregateStatement();
                }
                break;
            case 25:
                this.enterOuterAlt(localContext, 25);
                {
                this.state = 345;
                this.dropAggregateStatement();
                }
                break;
            case 26:
                this.enterOuterAlt(localContext, 26);
                {
                this.state = 346;
                this.createTriggerStatement();
                }
                break;
            case 27:
                this.enterOuterAlt(localContext, 27);
                {
                this.state = 347;
                this.dropTriggerStatement();
                }
                break;
            case 28:
                this.enterOuterAlt(localContext, 28);
                {
                this.state = 348;
                this.createRoleStatement();
                }
                break;
            case 29:
                this.enterOuterAlt(localContext, 29);
                {
                this.state = 349;
                this.alterRoleStatement();
                }
                break;
            case 30:
                this.enterOuterAlt(localContext, 30);
                {
                this.state = 350;
                this.dropRoleStatement();
                }
                break;
            case 31:
                this.enterOuterAlt(localContext, 31);
                {
                this.state = 351;
                this.grantRoleStatement();
                }
                break;
            case 32:
                this.enterOuterAlt(localContext, 32);
                {
                this.state = 352;
                this.revokeRoleStatement();
                }
                break;
            case 33:
                this.enterOuterAlt(localContext, 33);
                {
                this.state = 353;
                this.listRolesStatement();
                }
                break;
            case 34:
                this.enterOuterAlt(localContext, 34);
                {
                this.state = 354;
                this.createUserStatement();
                }
                break;
            case 35:
                this.enterOuterAlt(localContext, 35);
                {
                this.state = 355;
                this.alterUserStatement();
                }
                break;
            case 36:
                this.enterOuterAlt(localContext, 36);
                {
                this.state = 356;
                this.dropUserStatement();
                }
                break;
            case 37:
                this.enterOuterAlt(localContext, 37);
                {
                this.state = 357;
                this.listUsersStatement();
                }
                break;
            case 38:
                this.enterOuterAlt(localContext, 38);
                {
                this.state = 358;
                this.addIdentityStatement();
                }
                break;
            case 39:
                this.enterOuterAlt(localContext, 39);
                {
                this.state = 359;
                this.dropIdentityStatement();
                }
                break;
            case 40:
                this.enterOuterAlt(localContext, 40);
                {
                this.state = 360;
                this.grantPermissionsStatement();
                }
                break;
            case 41:
                this.enterOuterAlt(localContext, 41);
                {
                this.state = 361;
                this.revokePermissionsStatement();
                }
                break;
            case 42:
                this.enterOuterAlt(localContext, 42);
                {
                this.state = 362;
                this.listPermissionsStatement();
                }
                break;
            case 43:
                this.enterOuterAlt(localContext, 43);
                {
                this.state = 363;
                this.describeStatement();
                }
                break;
            case 44:
                this.enterOuterAlt(localContext, 44);
                {
                this.state = 364;
                this.restoreTableStatement();
                }
                break;
            case 45:
                this.enterOuterAlt(localContext, 45);
                {
                this.state = 365;
                this.consistencyStatement();
                }
                break;
            case 46:
                this.enterOuterAlt(localContext, 46);
                {
                this.state = 366;
                this.serialConsistencyStatement();
                }
                break;
            case 47:
                this.enterOuterAlt(localContext, 47);
                {
                this.state = 367;
                this.copyStatement();
                }
                break;
            case 48:
                this.enterOuterAlt(localContext, 48);
                {
                this.state = 368;
                this.sourceStatement();
                }
                break;
            case 49:
                this.enterOuterAlt(localContext, 49);
                {
                this.state = 369;
                this.pagingStatement();
                }
                break;
            case 50:
                this.enterOuterAlt(localContext, 50);
                {
                this.state = 370;
                this.tracingStatement();
                }
                break;
            case 51:
                this.enterOuterAlt(localContext, 51);
                {
                this.state = 371;
                this.expandStatement();
                }
                break;
            case 52:
                this.enterOuterAlt(localContext, 52);
                {
                this.state = 372;
                this.captureStatement();
                }
                break;
            case 53:
                this.enterOuterAlt(localContext, 53);
                {
                this.state = 373;
                this.loginStatement();
                }
                break;
            case 54:
                this.enterOuterAlt(localContext, 54);
                {
                this.state = 374;
                this.clearStatement();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public useStatement(): UseStatementContext {
        let localContext = new UseStatementContext(this.context, this.state);
        this.enterRule(localContext, 4, CqlParser.RULE_useStatement);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 377;
            this.match(CqlParser.K_USE);
            this.state = 378;
            localContext._keyspace = this.ident();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public selectStatement(): SelectStatementContext {
        let localContext = new SelectStatementContext(this.context, this.state);
        this.enterRule(localContext, 6, CqlParser.RULE_selectStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 380;
            this.match(CqlParser.K_SELECT);
            this.state = 382;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 2, this.context) ) {
            case 1:
                {
                this.state = 381;
                localContext._json = this.match(CqlParser.K_JSON);
                }
                break;
            }
            this.state = 385;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 3, this.context) ) {
            case 1:
                {
                this.state = 384;
                localContext._distinct = this.match(CqlParser.K_DISTINCT);
                }
                break;
            }
            this.state = 387;
            this.selectors();
            this.state = 388;
            this.match(CqlParser.K_FROM);
            this.state = 389;
            localContext._table = this.tableName();
            this.state = 392;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 4) {
                {
                this.state = 390;
                this.match(CqlParser.K_WHERE);
                this.state = 391;
                this.whereClause();
                }
            }

            this.state = 404;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 63) {
                {
                this.state = 394;
                this.match(CqlParser.K_GROUP);
                this.state = 395;
                this.match(CqlParser.K_BY);
                this.state = 396;
                this.groupByClause();
                this.state = 401;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 397;
                    this.match(CqlParser.COMMA);
                    this.state = 398;
                    this.groupByClause();
                    }
                    }
                    this.state = 403;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 416;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 54) {
                {
                this.state = 406;
                this.match(CqlParser.K_ORDER);
                this.state = 407;
                this.match(CqlParser.K_BY);
                this.state = 408;
                this.orderByClause();
                this.state = 413;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 409;
                    this.match(CqlParser.COMMA);
                    this.state = 410;
                    this.orderByClause();
                    }
                    }
                    this.state = 415;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 422;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 14) {
                {
                this.state = 418;
                this.match(CqlParser.K_PER);
                this.state = 419;
                this.match(CqlParser.K_PARTITION);
                this.state = 420;
                this.match(CqlParser.K_LIMIT);
                this.state = 421;
                localContext._perPartitionLimit = this.intValue();
                }
            }

            this.state = 426;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 13) {
                {
                this.state = 424;
                this.match(CqlParser.K_LIMIT);
                this.state = 425;
                localContext._limit = this.intValue();
                }
            }

            this.state = 430;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 58) {
                {
                this.state = 428;
                this.match(CqlParser.K_ALLOW);
                this.state = 429;
                localContext._allowFiltering = this.match(CqlParser.K_FILTERING);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public selectors(): SelectorsContext {
        let localContext = new SelectorsContext(this.context, this.state);
        this.enterRule(localContext, 8, CqlParser.RULE_selectors);
        let _la: number;
        try {
            this.state = 441;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_AS:
            case CqlParser.K_KEY:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_DISTINCT:
            case CqlParser.K_COUNT:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_TTL:
            case CqlParser.K_CAST:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_TOKEN:
            case CqlParser.K_WRITETIME:
            case CqlParser.K_MAXWRITETIME:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
            case CqlParser.K_NULL:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_NAN:
            case CqlParser.K_NEGATIVE_NAN:
            case CqlParser.K_INFINITY:
            case CqlParser.K_NEGATIVE_INFINITY:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_JSON:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.STRING_LITERAL:
            case CqlParser.QUOTED_NAME:
            case CqlParser.INTEGER:
            case CqlParser.FLOAT:
            case CqlParser.BOOLEAN:
            case CqlParser.DURATION:
            case CqlParser.IDENT:
            case CqlParser.HEXNUMBER:
            case CqlParser.UUID:
            case CqlParser.COLON:
            case CqlParser.LPAREN:
            case CqlParser.LBRACKET:
            case CqlParser.LBRACE:
            case CqlParser.MINUS:
            case CqlParser.QMARK:
                localContext = new SelectorListContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 432;
                this.selector();
                this.state = 437;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 433;
                    this.match(CqlParser.COMMA);
                    this.state = 434;
                    this.selector();
                    }
                    }
                    this.state = 439;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case CqlParser.STAR:
                localContext = new SelectAllContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 440;
                this.match(CqlParser.STAR);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public selector(): SelectorContext {
        let localContext = new SelectorContext(this.context, this.state);
        this.enterRule(localContext, 10, CqlParser.RULE_selector);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 443;
            this.unaliasedSelector();
            this.state = 446;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 3) {
                {
                this.state = 444;
                this.match(CqlParser.K_AS);
                this.state = 445;
                localContext._alias = this.ident();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public unaliasedSelector(): UnaliasedSelectorContext {
        let localContext = new UnaliasedSelectorContext(this.context, this.state);
        this.enterRule(localContext, 12, CqlParser.RULE_unaliasedSelector);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 448;
            this.selectionAddition();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public selectionAddition(): SelectionAdditionContext {
        let localContext = new SelectionAdditionContext(this.context, this.state);
        this.enterRule(localContext, 14, CqlParser.RULE_selectionAddition);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 450;
            this.selectionMultiplication();
            this.state = 455;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 199 || _la === 200) {
                {
                {
                this.state = 451;
                localContext.__tset465 = this.tokenStream.LT(1);
                _la = this.tokenStream.LA(1);
                if(!(_la === 199 || _la === 200)) {
                    localContext.__tset465 = this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                localContext._ops.push(localContext.__tset465!);
                this.state = 452;
                this.selectionMultiplication();
                }
                }
                this.state = 457;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public selectionMultiplication(): SelectionMultiplicationContext {
        let localContext = new SelectionMultiplicationContext(this.context, this.state);
        this.enterRule(localContext, 16, CqlParser.RULE_selectionMultiplication);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 458;
            this.selectionGroup();
            this.state = 463;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (((((_la - 201)) & ~0x1F) === 0 && ((1 << (_la - 201)) & 7) !== 0)) {
                {
                {
                this.state = 459;
                localContext.__tset492 = this.tokenStream.LT(1);
                _la = this.tokenStream.LA(1);
                if(!(((((_la - 201)) & ~0x1F) === 0 && ((1 << (_la - 201)) & 7) !== 0))) {
                    localContext.__tset492 = this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                localContext._ops.push(localContext.__tset492!);
                this.state = 460;
                this.selectionGroup();
                }
                }
                this.state = 465;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public selectionGroup(): SelectionGroupContext {
        let localContext = new SelectionGroupContext(this.context, this.state);
        this.enterRule(localContext, 18, CqlParser.RULE_selectionGroup);
        let _la: number;
        try {
            this.state = 475;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_AS:
            case CqlParser.K_KEY:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_DISTINCT:
            case CqlParser.K_COUNT:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_TTL:
            case CqlParser.K_CAST:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_TOKEN:
            case CqlParser.K_WRITETIME:
            case CqlParser.K_MAXWRITETIME:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
            case CqlParser.K_NULL:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_NAN:
            case CqlParser.K_NEGATIVE_NAN:
            case CqlParser.K_INFINITY:
            case CqlParser.K_NEGATIVE_INFINITY:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_JSON:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.STRING_LITERAL:
            case CqlParser.QUOTED_NAME:
            case CqlParser.INTEGER:
            case CqlParser.FLOAT:
            case CqlParser.BOOLEAN:
            case CqlParser.DURATION:
            case CqlParser.IDENT:
            case CqlParser.HEXNUMBER:
            case CqlParser.UUID:
            case CqlParser.COLON:
            case CqlParser.LPAREN:
            case CqlParser.LBRACKET:
            case CqlParser.LBRACE:
            case CqlParser.QMARK:
                localContext = new SelectionGroupPlainContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 466;
                this.selectionGroupWithoutField();
                this.state = 470;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 184 || _la === 189) {
                    {
                    {
                    this.state = 467;
                    this.selectorModifier();
                    }
                    }
                    this.state = 472;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case CqlParser.MINUS:
                localContext = new SelectionGroupNegationContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 473;
                this.match(CqlParser.MINUS);
                this.state = 474;
                this.selectionGroup();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public selectorModifier(): SelectorModifierContext {
        let localContext = new SelectorModifierContext(this.context, this.state);
        this.enterRule(localContext, 20, CqlParser.RULE_selectorModifier);
        try {
            this.state = 483;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.DOT:
                localContext = new FieldSelectorModifierContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 477;
                this.match(CqlParser.DOT);
                this.state = 478;
                (localContext as FieldSelectorModifierContext)._field = this.ident();
                }
                break;
            case CqlParser.LBRACKET:
                localContext = new ElementSelectorModifierContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 479;
                this.match(CqlParser.LBRACKET);
                this.state = 480;
                this.collectionSubSelection();
                this.state = 481;
                this.match(CqlParser.RBRACKET);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public collectionSubSelection(): CollectionSubSelectionContext {
        let localContext = new CollectionSubSelectionContext(this.context, this.state);
        this.enterRule(localContext, 22, CqlParser.RULE_collectionSubSelection);
        let _la: number;
        try {
            this.state = 493;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 21, this.context) ) {
            case 1:
                localContext = new SubSelectionElementContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 485;
                (localContext as SubSelectionElementContext)._element = this.term();
                }
                break;
            case 2:
                localContext = new SubSelectionSliceContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 486;
                (localContext as SubSelectionSliceContext)._from_ = this.term();
                this.state = 487;
                this.match(CqlParser.RANGE);
                this.state = 489;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 4286578687) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 1444800511) !== 0) || _la === 200 || _la === 206) {
                    {
                    this.state = 488;
                    (localContext as SubSelectionSliceContext)._to = this.term();
                    }
                }

                }
                break;
            case 3:
                localContext = new SubSelectionSliceToContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 491;
                this.match(CqlParser.RANGE);
                this.state = 492;
                (localContext as SubSelectionSliceToContext)._to = this.term();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public selectionGroupWithoutField(): SelectionGroupWithoutFieldContext {
        let localContext = new SelectionGroupWithoutFieldContext(this.context, this.state);
        this.enterRule(localContext, 24, CqlParser.RULE_selectionGroupWithoutField);
        let _la: number;
        try {
            this.state = 553;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 27, this.context) ) {
            case 1:
                localContext = new SelectionSimpleContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 495;
                this.simpleUnaliasedSelector();
                }
                break;
            case 2:
                localContext = new SelectionTypeHintContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 496;
                this.match(CqlParser.LPAREN);
                this.state = 497;
                (localContext as SelectionTypeHintContext)._type_ = this.comparatorType();
                this.state = 498;
                this.match(CqlParser.RPAREN);
                this.state = 499;
                this.selectionGroupWithoutField();
                }
                break;
            case 3:
                localContext = new SelectionTupleContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 501;
                this.match(CqlParser.LPAREN);
                this.state = 502;
                this.unaliasedSelector();
                this.state = 507;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 503;
                    this.match(CqlParser.COMMA);
                    this.state = 504;
                    this.unaliasedSelector();
                    }
                    }
                    this.state = 509;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 510;
                this.match(CqlParser.RPAREN);
                }
                break;
            case 4:
                localContext = new SelectionListContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 512;
                this.match(CqlParser.LBRACKET);
                this.state = 521;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 4286578687) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 1444800511) !== 0) || _la === 200 || _la === 206) {
                    {
                    this.state = 513;
                    this.unaliasedSelector();
                    this.state = 518;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 183) {
                        {
                        {
                        this.state = 514;
                        this.match(CqlParser.COMMA);
                        this.state = 515;
                        this.unaliasedSelector();
                        }
                        }
                        this.state = 520;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 523;
                this.match(CqlParser.RBRACKET);
                }
                break;
            case 5:
                localContext = new SelectionMapContext(localContext);
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 524;
                this.match(CqlParser.LBRACE);
                this.state = 525;
                this.unaliasedSelector();
                this.state = 526;
                this.match(CqlParser.COLON);
                this.state = 527;
                this.unaliasedSelector();
                this.state = 535;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 528;
                    this.match(CqlParser.COMMA);
                    this.state = 529;
                    this.unaliasedSelector();
                    this.state = 530;
                    this.match(CqlParser.COLON);
                    this.state = 531;
                    this.unaliasedSelector();
                    }
                    }
                    this.state = 537;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 538;
                this.match(CqlParser.RBRACE);
                }
                break;
            case 6:
                localContext = new SelectionSetContext(localContext);
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 540;
                this.match(CqlParser.LBRACE);
                this.state = 541;
                this.unaliasedSelector();
                this.state = 546;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 542;
                    this.match(CqlParser.COMMA);
                    this.state = 543;
                    this.unaliasedSelector();
                    }
                    }
                    this.state = 548;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 549;
                this.match(CqlParser.RBRACE);
                }
                break;
            case 7:
                localContext = new SelectionEmptyBracesContext(localContext);
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 551;
                this.match(CqlParser.LBRACE);
                this.state = 552;
                this.match(CqlParser.RBRACE);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public simpleUnaliasedSelector(): SimpleUnaliasedSelectorContext {
        let localContext = new SimpleUnaliasedSelectorContext(this.context, this.state);
        this.enterRule(localContext, 26, CqlParser.RULE_simpleUnaliasedSelector);
        let _la: number;
        try {
            this.state = 593;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 31, this.context) ) {
            case 1:
                localContext = new SelectionColumnContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 555;
                this.ident();
                }
                break;
            case 2:
                localContext = new SelectionValueContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 556;
                this.selectionLiteral();
                }
                break;
            case 3:
                localContext = new SelectionCountRowsContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 557;
                this.match(CqlParser.K_COUNT);
                this.state = 558;
                this.match(CqlParser.LPAREN);
                this.state = 559;
                this.match(CqlParser.STAR);
                this.state = 560;
                this.match(CqlParser.RPAREN);
                }
                break;
            case 4:
                localContext = new SelectionWritetimeOrTtlContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 561;
                (localContext as SelectionWritetimeOrTtlContext)._kind = this.tokenStream.LT(1);
                _la = this.tokenStream.LA(1);
                if(!(_la === 45 || _la === 115 || _la === 116)) {
                    (localContext as SelectionWritetimeOrTtlContext)._kind = this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 562;
                this.match(CqlParser.LPAREN);
                this.state = 563;
                (localContext as SelectionWritetimeOrTtlContext)._column = this.ident();
                this.state = 567;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 184 || _la === 189) {
                    {
                    {
                    this.state = 564;
                    this.selectorModifier();
                    }
                    }
                    this.state = 569;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 570;
                this.match(CqlParser.RPAREN);
                }
                break;
            case 5:
                localContext = new SelectionCastContext(localContext);
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 572;
                this.match(CqlParser.K_CAST);
                this.state = 573;
                this.match(CqlParser.LPAREN);
                this.state = 574;
                this.unaliasedSelector();
                this.state = 575;
                this.match(CqlParser.K_AS);
                this.state = 576;
                (localContext as SelectionCastContext)._type_ = this.nativeType();
                this.state = 577;
                this.match(CqlParser.RPAREN);
                }
                break;
            case 6:
                localContext = new SelectionFunctionContext(localContext);
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 579;
                this.functionName();
                this.state = 580;
                this.match(CqlParser.LPAREN);
                this.state = 589;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 4286578687) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 1444800511) !== 0) || _la === 200 || _la === 206) {
                    {
                    this.state = 581;
                    this.unaliasedSelector();
                    this.state = 586;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 183) {
                        {
                        {
                        this.state = 582;
                        this.match(CqlParser.COMMA);
                        this.state = 583;
                        this.unaliasedSelector();
                        }
                        }
                        this.state = 588;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 591;
                this.match(CqlParser.RPAREN);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public selectionLiteral(): SelectionLiteralContext {
        let localContext = new SelectionLiteralContext(this.context, this.state);
        this.enterRule(localContext, 28, CqlParser.RULE_selectionLiteral);
        try {
            this.state = 598;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_NAN:
            case CqlParser.K_NEGATIVE_NAN:
            case CqlParser.K_INFINITY:
            case CqlParser.K_NEGATIVE_INFINITY:
            case CqlParser.STRING_LITERAL:
            case CqlParser.INTEGER:
            case CqlParser.FLOAT:
            case CqlParser.BOOLEAN:
            case CqlParser.DURATION:
            case CqlParser.HEXNUMBER:
            case CqlParser.UUID:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 595;
                this.constant();
                }
                break;
            case CqlParser.K_NULL:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 596;
                this.match(CqlParser.K_NULL);
                }
                break;
            case CqlParser.COLON:
            case CqlParser.QMARK:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 597;
                this.marker();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public whereClause(): WhereClauseContext {
        let localContext = new WhereClauseContext(this.context, this.state);
        this.enterRule(localContext, 30, CqlParser.RULE_whereClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 600;
            this.relationOrExpression();
            this.state = 605;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 5) {
                {
                {
                this.state = 601;
                this.match(CqlParser.K_AND);
                this.state = 602;
                this.relationOrExpression();
                }
                }
                this.state = 607;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public relationOrExpression(): RelationOrExpressionContext {
        let localContext = new RelationOrExpressionContext(this.context, this.state);
        this.enterRule(localContext, 32, CqlParser.RULE_relationOrExpression);
        try {
            this.state = 610;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_AS:
            case CqlParser.K_KEY:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_DISTINCT:
            case CqlParser.K_COUNT:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_TTL:
            case CqlParser.K_CAST:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_TOKEN:
            case CqlParser.K_WRITETIME:
            case CqlParser.K_MAXWRITETIME:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_JSON:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.QUOTED_NAME:
            case CqlParser.EMPTY_QUOTED_NAME:
            case CqlParser.IDENT:
            case CqlParser.LPAREN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 608;
                this.relation();
                }
                break;
            case CqlParser.EXPR_PAREN:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 609;
                this.customIndexExpression();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public customIndexExpression(): CustomIndexExpressionContext {
        let localContext = new CustomIndexExpressionContext(this.context, this.state);
        this.enterRule(localContext, 34, CqlParser.RULE_customIndexExpression);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 612;
            this.match(CqlParser.EXPR_PAREN);
            this.state = 613;
            localContext._index = this.ident();
            this.state = 614;
            this.match(CqlParser.COMMA);
            this.state = 615;
            localContext._value = this.term();
            this.state = 616;
            this.match(CqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public relation(): RelationContext {
        let localContext = new RelationContext(this.context, this.state);
        this.enterRule(localContext, 36, CqlParser.RULE_relation);
        try {
            this.state = 666;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 36, this.context) ) {
            case 1:
                localContext = new RelationCompareContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 618;
                (localContext as RelationCompareContext)._column = this.cident();
                this.state = 619;
                (localContext as RelationCompareContext)._op = this.relationType();
                this.state = 620;
                (localContext as RelationCompareContext)._value = this.term();
                }
                break;
            case 2:
                localContext = new RelationLikeContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 622;
                (localContext as RelationLikeContext)._column = this.cident();
                this.state = 623;
                this.match(CqlParser.K_LIKE);
                this.state = 624;
                (localContext as RelationLikeContext)._value = this.term();
                }
                break;
            case 3:
                localContext = new RelationIsNotNullContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 626;
                (localContext as RelationIsNotNullContext)._column = this.cident();
                this.state = 627;
                this.match(CqlParser.K_IS);
                this.state = 628;
                this.match(CqlParser.K_NOT);
                this.state = 629;
                this.match(CqlParser.K_NULL);
                }
                break;
            case 4:
                localContext = new RelationInContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 631;
                (localContext as RelationInContext)._column = this.cident();
                this.state = 632;
                this.match(CqlParser.K_IN);
                this.state = 633;
                (localContext as RelationInContext)._inValues = this.singleColumnInValues();
                }
                break;
            case 5:
                localContext = new RelationContainsContext(localContext);
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 635;
                (localContext as RelationContainsContext)._column = this.cident();
                this.state = 636;
                this.match(CqlParser.K_CONTAINS);
                this.state = 638;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 35, this.context) ) {
                case 1:
                    {
                    this.state = 637;
                    (localContext as RelationContainsContext)._key = this.match(CqlParser.K_KEY);
                    }
                    break;
                }
                this.state = 640;
                (localContext as RelationContainsContext)._value = this.term();
                }
                break;
            case 6:
                localContext = new RelationTokenContext(localContext);
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 642;
                this.match(CqlParser.K_TOKEN);
                this.state = 643;
                (localContext as RelationTokenContext)._columns = this.tupleOfIdentifiers();
                this.state = 644;
                (localContext as RelationTokenContext)._op = this.relationType();
                this.state = 645;
                (localContext as RelationTokenContext)._value = this.term();
                }
                break;
            case 7:
                localContext = new RelationMapElementContext(localContext);
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 647;
                (localContext as RelationMapElementContext)._column = this.cident();
                this.state = 648;
                this.match(CqlParser.LBRACKET);
                this.state = 649;
                (localContext as RelationMapElementContext)._element = this.term();
                this.state = 650;
                this.match(CqlParser.RBRACKET);
                this.state = 651;
                (localContext as RelationMapElementContext)._op = this.relationType();
                this.state = 652;
                (localContext as RelationMapElementContext)._value = this.term();
                }
                break;
            case 8:
                localContext = new RelationMultiInContext(localContext);
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 654;
                (localContext as RelationMultiInContext)._columns = this.tupleOfIdentifiers();
                this.state = 655;
                this.match(CqlParser.K_IN);
                this.state = 656;
                (localContext as RelationMultiInContext)._inValues = this.multiColumnInValues();
                }
                break;
            case 9:
                localContext = new RelationMultiCompareContext(localContext);
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 658;
                (localContext as RelationMultiCompareContext)._columns = this.tupleOfIdentifiers();
                this.state = 659;
                (localContext as RelationMultiCompareContext)._op = this.relationType();
                this.state = 660;
                (localContext as RelationMultiCompareContext)._value = this.multiColumnValue();
                }
                break;
            case 10:
                localContext = new RelationParenthesizedContext(localContext);
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 662;
                this.match(CqlParser.LPAREN);
                this.state = 663;
                this.relation();
                this.state = 664;
                this.match(CqlParser.RPAREN);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public relationType(): RelationTypeContext {
        let localContext = new RelationTypeContext(this.context, this.state);
        this.enterRule(localContext, 38, CqlParser.RULE_relationType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 668;
            _la = this.tokenStream.LA(1);
            if(!(((((_la - 193)) & ~0x1F) === 0 && ((1 << (_la - 193)) & 63) !== 0))) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tupleOfIdentifiers(): TupleOfIdentifiersContext {
        let localContext = new TupleOfIdentifiersContext(this.context, this.state);
        this.enterRule(localContext, 40, CqlParser.RULE_tupleOfIdentifiers);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 670;
            this.match(CqlParser.LPAREN);
            this.state = 671;
            this.cident();
            this.state = 676;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 183) {
                {
                {
                this.state = 672;
                this.match(CqlParser.COMMA);
                this.state = 673;
                this.cident();
                }
                }
                this.state = 678;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 679;
            this.match(CqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public singleColumnInValues(): SingleColumnInValuesContext {
        let localContext = new SingleColumnInValuesContext(this.context, this.state);
        this.enterRule(localContext, 42, CqlParser.RULE_singleColumnInValues);
        let _la: number;
        try {
            this.state = 694;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.LPAREN:
                localContext = new InTermListContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 681;
                this.match(CqlParser.LPAREN);
                this.state = 690;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 4286578687) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 1444800511) !== 0) || _la === 200 || _la === 206) {
                    {
                    this.state = 682;
                    this.term();
                    this.state = 687;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 183) {
                        {
                        {
                        this.state = 683;
                        this.match(CqlParser.COMMA);
                        this.state = 684;
                        this.term();
                        }
                        }
                        this.state = 689;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 692;
                this.match(CqlParser.RPAREN);
                }
                break;
            case CqlParser.COLON:
            case CqlParser.QMARK:
                localContext = new InBindMarkerContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 693;
                this.inMarker();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public multiColumnInValues(): MultiColumnInValuesContext {
        let localContext = new MultiColumnInValuesContext(this.context, this.state);
        this.enterRule(localContext, 44, CqlParser.RULE_multiColumnInValues);
        let _la: number;
        try {
            this.state = 721;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 43, this.context) ) {
            case 1:
                localContext = new MultiInEmptyContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 696;
                this.match(CqlParser.LPAREN);
                this.state = 697;
                this.match(CqlParser.RPAREN);
                }
                break;
            case 2:
                localContext = new MultiInBindMarkerContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 698;
                this.inMarker();
                }
                break;
            case 3:
                localContext = new MultiInTuplesContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 699;
                this.match(CqlParser.LPAREN);
                this.state = 700;
                this.tupleLiteral();
                this.state = 705;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 701;
                    this.match(CqlParser.COMMA);
                    this.state = 702;
                    this.tupleLiteral();
                    }
                    }
                    this.state = 707;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 708;
                this.match(CqlParser.RPAREN);
                }
                break;
            case 4:
                localContext = new MultiInMarkersContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 710;
                this.match(CqlParser.LPAREN);
                this.state = 711;
                this.marker();
                this.state = 716;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 712;
                    this.match(CqlParser.COMMA);
                    this.state = 713;
                    this.marker();
                    }
                    }
                    this.state = 718;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 719;
                this.match(CqlParser.RPAREN);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public multiColumnValue(): MultiColumnValueContext {
        let localContext = new MultiColumnValueContext(this.context, this.state);
        this.enterRule(localContext, 46, CqlParser.RULE_multiColumnValue);
        try {
            this.state = 725;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.LPAREN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 723;
                this.tupleLiteral();
                }
                break;
            case CqlParser.COLON:
            case CqlParser.QMARK:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 724;
                this.marker();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public inMarker(): InMarkerContext {
        let localContext = new InMarkerContext(this.context, this.state);
        this.enterRule(localContext, 48, CqlParser.RULE_inMarker);
        try {
            this.state = 730;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.QMARK:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 727;
                this.match(CqlParser.QMARK);
                }
                break;
            case CqlParser.COLON:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 728;
                this.match(CqlParser.COLON);
                this.state = 729;
                localContext._name = this.ident();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public groupByClause(): GroupByClauseContext {
        let localContext = new GroupByClauseContext(this.context, this.state);
        this.enterRule(localContext, 50, CqlParser.RULE_groupByClause);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 732;
            this.unaliasedSelector();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public orderByClause(): OrderByClauseContext {
        let localContext = new OrderByClauseContext(this.context, this.state);
        this.enterRule(localContext, 52, CqlParser.RULE_orderByClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 734;
            localContext._column = this.cident();
            this.state = 738;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 154) {
                {
                this.state = 735;
                this.match(CqlParser.K_ANN);
                this.state = 736;
                this.match(CqlParser.K_OF);
                this.state = 737;
                localContext._ann = this.term();
                }
            }

            this.state = 741;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 56 || _la === 57) {
                {
                this.state = 740;
                localContext._direction = this.tokenStream.LT(1);
                _la = this.tokenStream.LA(1);
                if(!(_la === 56 || _la === 57)) {
                    localContext._direction = this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public insertStatement(): InsertStatementContext {
        let localContext = new InsertStatementContext(this.context, this.state);
        this.enterRule(localContext, 54, CqlParser.RULE_insertStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 743;
            this.match(CqlParser.K_INSERT);
            this.state = 744;
            this.match(CqlParser.K_INTO);
            this.state = 745;
            localContext._table = this.tableName();
            this.state = 746;
            this.insertBody();
            this.state = 748;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 747;
                this.ifNotExists();
                }
            }

            this.state = 751;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 16) {
                {
                this.state = 750;
                this.usingClause();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public insertBody(): InsertBodyContext {
        let localContext = new InsertBodyContext(this.context, this.state);
        this.enterRule(localContext, 56, CqlParser.RULE_insertBody);
        let _la: number;
        try {
            this.state = 781;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.LPAREN:
                localContext = new InsertValuesContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 753;
                this.match(CqlParser.LPAREN);
                this.state = 754;
                (localContext as InsertValuesContext)._cident = this.cident();
                (localContext as InsertValuesContext)._columns.push((localContext as InsertValuesContext)._cident!);
                this.state = 759;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 755;
                    this.match(CqlParser.COMMA);
                    this.state = 756;
                    (localContext as InsertValuesContext)._cident = this.cident();
                    (localContext as InsertValuesContext)._columns.push((localContext as InsertValuesContext)._cident!);
                    }
                    }
                    this.state = 761;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 762;
                this.match(CqlParser.RPAREN);
                this.state = 763;
                this.match(CqlParser.K_VALUES);
                this.state = 764;
                this.match(CqlParser.LPAREN);
                this.state = 765;
                (localContext as InsertValuesContext)._term = this.term();
                (localContext as InsertValuesContext)._values.push((localContext as InsertValuesContext)._term!);
                this.state = 770;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 766;
                    this.match(CqlParser.COMMA);
                    this.state = 767;
                    (localContext as InsertValuesContext)._term = this.term();
                    (localContext as InsertValuesContext)._values.push((localContext as InsertValuesContext)._term!);
                    }
                    }
                    this.state = 772;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 773;
                this.match(CqlParser.RPAREN);
                }
                break;
            case CqlParser.K_JSON:
                localContext = new InsertJsonContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 775;
                this.match(CqlParser.K_JSON);
                this.state = 776;
                (localContext as InsertJsonContext)._json = this.jsonValue();
                this.state = 779;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 147) {
                    {
                    this.state = 777;
                    this.match(CqlParser.K_DEFAULT);
                    this.state = 778;
                    (localContext as InsertJsonContext)._defaultKind = this.tokenStream.LT(1);
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 119 || _la === 148)) {
                        (localContext as InsertJsonContext)._defaultKind = this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    }
                }

                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public jsonValue(): JsonValueContext {
        let localContext = new JsonValueContext(this.context, this.state);
        this.enterRule(localContext, 58, CqlParser.RULE_jsonValue);
        try {
            this.state = 785;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.STRING_LITERAL:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 783;
                this.match(CqlParser.STRING_LITERAL);
                }
                break;
            case CqlParser.COLON:
            case CqlParser.QMARK:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 784;
                this.marker();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public usingClause(): UsingClauseContext {
        let localContext = new UsingClauseContext(this.context, this.state);
        this.enterRule(localContext, 60, CqlParser.RULE_usingClause);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 787;
            this.match(CqlParser.K_USING);
            this.state = 788;
            this.usingClauseObjective();
            this.state = 793;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 5) {
                {
                {
                this.state = 789;
                this.match(CqlParser.K_AND);
                this.state = 790;
                this.usingClauseObjective();
                }
                }
                this.state = 795;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public usingClauseObjective(): UsingClauseObjectiveContext {
        let localContext = new UsingClauseObjectiveContext(this.context, this.state);
        this.enterRule(localContext, 62, CqlParser.RULE_usingClauseObjective);
        try {
            this.state = 800;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_TIMESTAMP:
                localContext = new UsingTimestampContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 796;
                this.match(CqlParser.K_TIMESTAMP);
                this.state = 797;
                (localContext as UsingTimestampContext)._value = this.intValue();
                }
                break;
            case CqlParser.K_TTL:
                localContext = new UsingTtlContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 798;
                this.match(CqlParser.K_TTL);
                this.state = 799;
                (localContext as UsingTtlContext)._value = this.intValue();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public updateStatement(): UpdateStatementContext {
        let localContext = new UpdateStatementContext(this.context, this.state);
        this.enterRule(localContext, 64, CqlParser.RULE_updateStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 802;
            this.match(CqlParser.K_UPDATE);
            this.state = 803;
            localContext._table = this.tableName();
            this.state = 805;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 16) {
                {
                this.state = 804;
                this.usingClause();
                }
            }

            this.state = 807;
            this.match(CqlParser.K_SET);
            this.state = 808;
            this.columnOperation();
            this.state = 813;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 183) {
                {
                {
                this.state = 809;
                this.match(CqlParser.COMMA);
                this.state = 810;
                this.columnOperation();
                }
                }
                this.state = 815;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 816;
            this.match(CqlParser.K_WHERE);
            this.state = 817;
            this.whereClause();
            this.state = 823;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 818;
                this.match(CqlParser.K_IF);
                this.state = 821;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 59, this.context) ) {
                case 1:
                    {
                    this.state = 819;
                    localContext._exists = this.match(CqlParser.K_EXISTS);
                    }
                    break;
                case 2:
                    {
                    this.state = 820;
                    this.updateConditions();
                    }
                    break;
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public columnOperation(): ColumnOperationContext {
        let localContext = new ColumnOperationContext(this.context, this.state);
        this.enterRule(localContext, 66, CqlParser.RULE_columnOperation);
        let _la: number;
        try {
            this.state = 860;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 62, this.context) ) {
            case 1:
                localContext = new AssignOrPrependContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 825;
                (localContext as AssignOrPrependContext)._column = this.cident();
                this.state = 826;
                this.match(CqlParser.EQ);
                this.state = 827;
                (localContext as AssignOrPrependContext)._value = this.term();
                this.state = 830;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 199) {
                    {
                    this.state = 828;
                    this.match(CqlParser.PLUS);
                    this.state = 829;
                    (localContext as AssignOrPrependContext)._other = this.cident();
                    }
                }

                }
                break;
            case 2:
                localContext = new AddOrSubtractContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 832;
                (localContext as AddOrSubtractContext)._column = this.cident();
                this.state = 833;
                this.match(CqlParser.EQ);
                this.state = 834;
                (localContext as AddOrSubtractContext)._other = this.cident();
                this.state = 835;
                (localContext as AddOrSubtractContext)._op = this.tokenStream.LT(1);
                _la = this.tokenStream.LA(1);
                if(!(_la === 199 || _la === 200)) {
                    (localContext as AddOrSubtractContext)._op = this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 836;
                (localContext as AddOrSubtractContext)._value = this.term();
                }
                break;
            case 3:
                localContext = new AddSignedIntegerContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 838;
                (localContext as AddSignedIntegerContext)._column = this.cident();
                this.state = 839;
                this.match(CqlParser.EQ);
                this.state = 840;
                (localContext as AddSignedIntegerContext)._other = this.cident();
                this.state = 841;
                (localContext as AddSignedIntegerContext)._value = this.signedInteger();
                }
                break;
            case 4:
                localContext = new ShorthandAddOrSubtractContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 843;
                (localContext as ShorthandAddOrSubtractContext)._column = this.cident();
                this.state = 844;
                (localContext as ShorthandAddOrSubtractContext)._op = this.tokenStream.LT(1);
                _la = this.tokenStream.LA(1);
                if(!(_la === 204 || _la === 205)) {
                    (localContext as ShorthandAddOrSubtractContext)._op = this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 845;
                (localContext as ShorthandAddOrSubtractContext)._value = this.term();
                }
                break;
            case 5:
                localContext = new SetElementContext(localContext);
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 847;
                (localContext as SetElementContext)._column = this.cident();
                this.state = 848;
                this.match(CqlParser.LBRACKET);
                this.state = 849;
                (localContext as SetElementContext)._key = this.term();
                this.state = 850;
                this.match(CqlParser.RBRACKET);
                this.state = 851;
                this.match(CqlParser.EQ);
                this.state = 852;
                (localContext as SetElementContext)._value = this.term();
                }
                break;
            case 6:
                localContext = new SetFieldContext(localContext);
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 854;
                (localContext as SetFieldContext)._column = this.cident();
                this.state = 855;
                this.match(CqlParser.DOT);
                this.state = 856;
                (localContext as SetFieldContext)._field = this.ident();
                this.state = 857;
                this.match(CqlParser.EQ);
                this.state = 858;
                (localContext as SetFieldContext)._value = this.term();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public signedInteger(): SignedIntegerContext {
        let localContext = new SignedIntegerContext(this.context, this.state);
        this.enterRule(localContext, 68, CqlParser.RULE_signedInteger);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 862;
            this.match(CqlParser.INTEGER);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public updateConditions(): UpdateConditionsContext {
        let localContext = new UpdateConditionsContext(this.context, this.state);
        this.enterRule(localContext, 70, CqlParser.RULE_updateConditions);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 864;
            this.columnCondition();
            this.state = 869;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 5) {
                {
                {
                this.state = 865;
                this.match(CqlParser.K_AND);
                this.state = 866;
                this.columnCondition();
                }
                }
                this.state = 871;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public columnCondition(): ColumnConditionContext {
        let localContext = new ColumnConditionContext(this.context, this.state);
        this.enterRule(localContext, 72, CqlParser.RULE_columnCondition);
        try {
            this.state = 913;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 65, this.context) ) {
            case 1:
                localContext = new ConditionCompareContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 872;
                (localContext as ConditionCompareContext)._column = this.cident();
                this.state = 873;
                (localContext as ConditionCompareContext)._op = this.relationType();
                this.state = 874;
                (localContext as ConditionCompareContext)._value = this.term();
                }
                break;
            case 2:
                localContext = new ConditionContainsContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 876;
                (localContext as ConditionContainsContext)._column = this.cident();
                this.state = 877;
                this.match(CqlParser.K_CONTAINS);
                this.state = 879;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 64, this.context) ) {
                case 1:
                    {
                    this.state = 878;
                    (localContext as ConditionContainsContext)._key = this.match(CqlParser.K_KEY);
                    }
                    break;
                }
                this.state = 881;
                (localContext as ConditionContainsContext)._value = this.term();
                }
                break;
            case 3:
                localContext = new ConditionInContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 883;
                (localContext as ConditionInContext)._column = this.cident();
                this.state = 884;
                this.match(CqlParser.K_IN);
                this.state = 885;
                (localContext as ConditionInContext)._inValues = this.singleColumnInValues();
                }
                break;
            case 4:
                localContext = new ConditionElementCompareContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 887;
                (localContext as ConditionElementCompareContext)._column = this.cident();
                this.state = 888;
                this.match(CqlParser.LBRACKET);
                this.state = 889;
                (localContext as ConditionElementCompareContext)._element = this.term();
                this.state = 890;
                this.match(CqlParser.RBRACKET);
                this.state = 891;
                (localContext as ConditionElementCompareContext)._op = this.relationType();
                this.state = 892;
                (localContext as ConditionElementCompareContext)._value = this.term();
                }
                break;
            case 5:
                localContext = new ConditionElementInContext(localContext);
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 894;
                (localContext as ConditionElementInContext)._column = this.cident();
                this.state = 895;
                this.match(CqlParser.LBRACKET);
                this.state = 896;
                (localContext as ConditionElementInContext)._element = this.term();
                this.state = 897;
                this.match(CqlParser.RBRACKET);
                this.state = 898;
                this.match(CqlParser.K_IN);
                this.state = 899;
                (localContext as ConditionElementInContext)._inValues = this.singleColumnInValues();
                }
                break;
            case 6:
                localContext = new ConditionFieldCompareContext(localContext);
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 901;
                (localContext as ConditionFieldCompareContext)._column = this.cident();
                this.state = 902;
                this.match(CqlParser.DOT);
                this.state = 903;
                (localContext as ConditionFieldCompareContext)._field = this.ident();
                this.state = 904;
                (localContext as ConditionFieldCompareContext)._op = this.relationType();
                this.state = 905;
                (localContext as ConditionFieldCompareContext)._value = this.term();
                }
                break;
            case 7:
                localContext = new ConditionFieldInContext(localContext);
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 907;
                (localContext as ConditionFieldInContext)._column = this.cident();
                this.state = 908;
                this.match(CqlParser.DOT);
                this.state = 909;
                (localContext as ConditionFieldInContext)._field = this.ident();
                this.state = 910;
                this.match(CqlParser.K_IN);
                this.state = 911;
                (localContext as ConditionFieldInContext)._inValues = this.singleColumnInValues();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public deleteStatement(): DeleteStatementContext {
        let localContext = new DeleteStatementContext(this.context, this.state);
        this.enterRule(localContext, 74, CqlParser.RULE_deleteStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 915;
            this.match(CqlParser.K_DELETE);
            this.state = 917;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 2268987391) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 265727) !== 0)) {
                {
                this.state = 916;
                this.deleteSelection();
                }
            }

            this.state = 919;
            this.match(CqlParser.K_FROM);
            this.state = 920;
            localContext._table = this.tableName();
            this.state = 924;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 16) {
                {
                this.state = 921;
                this.match(CqlParser.K_USING);
                this.state = 922;
                this.match(CqlParser.K_TIMESTAMP);
                this.state = 923;
                localContext._timestamp = this.intValue();
                }
            }

            this.state = 926;
            this.match(CqlParser.K_WHERE);
            this.state = 927;
            this.whereClause();
            this.state = 933;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 928;
                this.match(CqlParser.K_IF);
                this.state = 931;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 68, this.context) ) {
                case 1:
                    {
                    this.state = 929;
                    localContext._exists = this.match(CqlParser.K_EXISTS);
                    }
                    break;
                case 2:
                    {
                    this.state = 930;
                    this.updateConditions();
                    }
                    break;
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public deleteSelection(): DeleteSelectionContext {
        let localContext = new DeleteSelectionContext(this.context, this.state);
        this.enterRule(localContext, 76, CqlParser.RULE_deleteSelection);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 935;
            this.deleteOp();
            this.state = 940;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 183) {
                {
                {
                this.state = 936;
                this.match(CqlParser.COMMA);
                this.state = 937;
                this.deleteOp();
                }
                }
                this.state = 942;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public deleteOp(): DeleteOpContext {
        let localContext = new DeleteOpContext(this.context, this.state);
        this.enterRule(localContext, 78, CqlParser.RULE_deleteOp);
        try {
            this.state = 953;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 71, this.context) ) {
            case 1:
                localContext = new DeleteColumnContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 943;
                (localContext as DeleteColumnContext)._column = this.cident();
                }
                break;
            case 2:
                localContext = new DeleteElementContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 944;
                (localContext as DeleteElementContext)._column = this.cident();
                this.state = 945;
                this.match(CqlParser.LBRACKET);
                this.state = 946;
                (localContext as DeleteElementContext)._element = this.term();
                this.state = 947;
                this.match(CqlParser.RBRACKET);
                }
                break;
            case 3:
                localContext = new DeleteFieldContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 949;
                (localContext as DeleteFieldContext)._column = this.cident();
                this.state = 950;
                this.match(CqlParser.DOT);
                this.state = 951;
                (localContext as DeleteFieldContext)._field = this.ident();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public batchStatement(): BatchStatementContext {
        let localContext = new BatchStatementContext(this.context, this.state);
        this.enterRule(localContext, 80, CqlParser.RULE_batchStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 955;
            this.match(CqlParser.K_BEGIN);
            this.state = 957;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 22 || _la === 100) {
                {
                this.state = 956;
                localContext._kind = this.tokenStream.LT(1);
                _la = this.tokenStream.LA(1);
                if(!(_la === 22 || _la === 100)) {
                    localContext._kind = this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            this.state = 959;
            this.match(CqlParser.K_BATCH);
            this.state = 961;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 16) {
                {
                this.state = 960;
                this.usingClause();
                }
            }

            this.state = 969;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while ((((_la) & ~0x1F) === 0 && ((1 << _la) & 67111936) !== 0)) {
                {
                {
                this.state = 963;
                this.batchChild();
                this.state = 965;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 182) {
                    {
                    this.state = 964;
                    this.match(CqlParser.SEMI);
                    }
                }

                }
                }
                this.state = 971;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 972;
            this.match(CqlParser.K_APPLY);
            this.state = 973;
            this.match(CqlParser.K_BATCH);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public batchChild(): BatchChildContext {
        let localContext = new BatchChildContext(this.context, this.state);
        this.enterRule(localContext, 82, CqlParser.RULE_batchChild);
        try {
            this.state = 978;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_INSERT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 975;
                this.insertStatement();
                }
                break;
            case CqlParser.K_UPDATE:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 976;
                this.updateStatement();
                }
                break;
            case CqlParser.K_DELETE:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 977;
                this.deleteStatement();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public truncateStatement(): TruncateStatementContext {
        let localContext = new TruncateStatementContext(this.context, this.state);
        this.enterRule(localContext, 84, CqlParser.RULE_truncateStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 980;
            this.match(CqlParser.K_TRUNCATE);
            this.state = 982;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 32) {
                {
                this.state = 981;
                this.match(CqlParser.K_TABLE);
                }
            }

            this.state = 984;
            localContext._table = this.tableName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public ifNotExists(): IfNotExistsContext {
        let localContext = new IfNotExistsContext(this.context, this.state);
        this.enterRule(localContext, 86, CqlParser.RULE_ifNotExists);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 986;
            this.match(CqlParser.K_IF);
            this.state = 987;
            this.match(CqlParser.K_NOT);
            this.state = 988;
            this.match(CqlParser.K_EXISTS);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public ifExists(): IfExistsContext {
        let localContext = new IfExistsContext(this.context, this.state);
        this.enterRule(localContext, 88, CqlParser.RULE_ifExists);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 990;
            this.match(CqlParser.K_IF);
            this.state = 991;
            this.match(CqlParser.K_EXISTS);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public keyspaceKeyword(): KeyspaceKeywordContext {
        let localContext = new KeyspaceKeywordContext(this.context, this.state);
        this.enterRule(localContext, 90, CqlParser.RULE_keyspaceKeyword);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 993;
            _la = this.tokenStream.LA(1);
            if(!(_la === 29 || _la === 30)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createKeyspaceStatement(): CreateKeyspaceStatementContext {
        let localContext = new CreateKeyspaceStatementContext(this.context, this.state);
        this.enterRule(localContext, 92, CqlParser.RULE_createKeyspaceStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 995;
            this.match(CqlParser.K_CREATE);
            this.state = 996;
            this.keyspaceKeyword();
            this.state = 998;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 997;
                this.ifNotExists();
                }
            }

            this.state = 1000;
            localContext._keyspace = this.ident();
            this.state = 1001;
            this.match(CqlParser.K_WITH);
            this.state = 1002;
            this.properties();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterKeyspaceStatement(): AlterKeyspaceStatementContext {
        let localContext = new AlterKeyspaceStatementContext(this.context, this.state);
        this.enterRule(localContext, 94, CqlParser.RULE_alterKeyspaceStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1004;
            this.match(CqlParser.K_ALTER);
            this.state = 1005;
            this.keyspaceKeyword();
            this.state = 1007;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1006;
                this.ifExists();
                }
            }

            this.state = 1009;
            localContext._keyspace = this.ident();
            this.state = 1010;
            this.alterKeyspaceInstruction();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterKeyspaceInstruction(): AlterKeyspaceInstructionContext {
        let localContext = new AlterKeyspaceInstructionContext(this.context, this.state);
        this.enterRule(localContext, 96, CqlParser.RULE_alterKeyspaceInstruction);
        try {
            this.state = 1020;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_WITH:
                localContext = new AlterKeyspaceWithContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1012;
                this.match(CqlParser.K_WITH);
                this.state = 1013;
                this.properties();
                }
                break;
            case CqlParser.K_ADD:
                localContext = new AlterKeyspaceAddTagsContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1014;
                this.match(CqlParser.K_ADD);
                this.state = 1015;
                this.match(CqlParser.K_TAGS);
                this.state = 1016;
                (localContext as AlterKeyspaceAddTagsContext)._tags = this.propertyMap();
                }
                break;
            case CqlParser.K_DROP:
                localContext = new AlterKeyspaceDropTagsContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1017;
                this.match(CqlParser.K_DROP);
                this.state = 1018;
                this.match(CqlParser.K_TAGS);
                this.state = 1019;
                (localContext as AlterKeyspaceDropTagsContext)._tags = this.propertyMap();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropKeyspaceStatement(): DropKeyspaceStatementContext {
        let localContext = new DropKeyspaceStatementContext(this.context, this.state);
        this.enterRule(localContext, 98, CqlParser.RULE_dropKeyspaceStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1022;
            this.match(CqlParser.K_DROP);
            this.state = 1023;
            this.keyspaceKeyword();
            this.state = 1025;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1024;
                this.ifExists();
                }
            }

            this.state = 1027;
            localContext._keyspace = this.ident();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createTableStatement(): CreateTableStatementContext {
        let localContext = new CreateTableStatementContext(this.context, this.state);
        this.enterRule(localContext, 100, CqlParser.RULE_createTableStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1029;
            this.match(CqlParser.K_CREATE);
            this.state = 1030;
            this.match(CqlParser.K_TABLE);
            this.state = 1032;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1031;
                this.ifNotExists();
                }
            }

            this.state = 1034;
            localContext._table = this.tableName();
            this.state = 1035;
            this.match(CqlParser.LPAREN);
            this.state = 1036;
            this.tableElement();
            this.state = 1043;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 183) {
                {
                {
                this.state = 1037;
                this.match(CqlParser.COMMA);
                this.state = 1039;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186961) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 2268987391) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 263679) !== 0)) {
                    {
                    this.state = 1038;
                    this.tableElement();
                    }
                }

                }
                }
                this.state = 1045;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1046;
            this.match(CqlParser.RPAREN);
            this.state = 1056;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 12) {
                {
                this.state = 1047;
                this.match(CqlParser.K_WITH);
                this.state = 1048;
                this.tableProperty();
                this.state = 1053;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 5) {
                    {
                    {
                    this.state = 1049;
                    this.match(CqlParser.K_AND);
                    this.state = 1050;
                    this.tableProperty();
                    }
                    }
                    this.state = 1055;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tableElement(): TableElementContext {
        let localContext = new TableElementContext(this.context, this.state);
        this.enterRule(localContext, 102, CqlParser.RULE_tableElement);
        try {
            this.state = 1060;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_AS:
            case CqlParser.K_KEY:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_DISTINCT:
            case CqlParser.K_COUNT:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_TTL:
            case CqlParser.K_CAST:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_WRITETIME:
            case CqlParser.K_MAXWRITETIME:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_JSON:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.QUOTED_NAME:
            case CqlParser.IDENT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1058;
                this.columnDefinition();
                }
                break;
            case CqlParser.K_PRIMARY:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1059;
                this.primaryKeyDefinition();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public columnDefinition(): ColumnDefinitionContext {
        let localContext = new ColumnDefinitionContext(this.context, this.state);
        this.enterRule(localContext, 104, CqlParser.RULE_columnDefinition);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1062;
            localContext._column = this.ident();
            this.state = 1063;
            localContext._type_ = this.comparatorType();
            this.state = 1065;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 130) {
                {
                this.state = 1064;
                localContext._isStatic = this.match(CqlParser.K_STATIC);
                }
            }

            this.state = 1068;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 150) {
                {
                this.state = 1067;
                this.columnMask();
                }
            }

            this.state = 1072;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 41) {
                {
                this.state = 1070;
                localContext._primaryKey = this.match(CqlParser.K_PRIMARY);
                this.state = 1071;
                this.match(CqlParser.K_KEY);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public primaryKeyDefinition(): PrimaryKeyDefinitionContext {
        let localContext = new PrimaryKeyDefinitionContext(this.context, this.state);
        this.enterRule(localContext, 106, CqlParser.RULE_primaryKeyDefinition);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1074;
            this.match(CqlParser.K_PRIMARY);
            this.state = 1075;
            this.match(CqlParser.K_KEY);
            this.state = 1076;
            this.match(CqlParser.LPAREN);
            this.state = 1077;
            this.partitionKey();
            this.state = 1082;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 183) {
                {
                {
                this.state = 1078;
                this.match(CqlParser.COMMA);
                this.state = 1079;
                localContext._ident = this.ident();
                localContext._clustering.push(localContext._ident!);
                }
                }
                this.state = 1084;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1085;
            this.match(CqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public partitionKey(): PartitionKeyContext {
        let localContext = new PartitionKeyContext(this.context, this.state);
        this.enterRule(localContext, 108, CqlParser.RULE_partitionKey);
        let _la: number;
        try {
            this.state = 1099;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_AS:
            case CqlParser.K_KEY:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_DISTINCT:
            case CqlParser.K_COUNT:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_TTL:
            case CqlParser.K_CAST:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_WRITETIME:
            case CqlParser.K_MAXWRITETIME:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_JSON:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.QUOTED_NAME:
            case CqlParser.IDENT:
                localContext = new SinglePartitionKeyContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1087;
                this.ident();
                }
                break;
            case CqlParser.LPAREN:
                localContext = new CompositePartitionKeyContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1088;
                this.match(CqlParser.LPAREN);
                this.state = 1089;
                this.ident();
                this.state = 1094;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 1090;
                    this.match(CqlParser.COMMA);
                    this.state = 1091;
                    this.ident();
                    }
                    }
                    this.state = 1096;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1097;
                this.match(CqlParser.RPAREN);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public columnMask(): ColumnMaskContext {
        let localContext = new ColumnMaskContext(this.context, this.state);
        this.enterRule(localContext, 110, CqlParser.RULE_columnMask);
        let _la: number;
        try {
            this.state = 1120;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 96, this.context) ) {
            case 1:
                localContext = new DefaultMaskContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1101;
                this.match(CqlParser.K_MASKED);
                this.state = 1102;
                this.match(CqlParser.K_WITH);
                this.state = 1103;
                this.match(CqlParser.K_DEFAULT);
                }
                break;
            case 2:
                localContext = new FunctionMaskContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1104;
                this.match(CqlParser.K_MASKED);
                this.state = 1105;
                this.match(CqlParser.K_WITH);
                this.state = 1106;
                (localContext as FunctionMaskContext)._function_ = this.functionName();
                this.state = 1107;
                this.match(CqlParser.LPAREN);
                this.state = 1116;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 4286578687) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 1444800511) !== 0) || _la === 200 || _la === 206) {
                    {
                    this.state = 1108;
                    this.term();
                    this.state = 1113;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 183) {
                        {
                        {
                        this.state = 1109;
                        this.match(CqlParser.COMMA);
                        this.state = 1110;
                        this.term();
                        }
                        }
                        this.state = 1115;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 1118;
                this.match(CqlParser.RPAREN);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tableProperty(): TablePropertyContext {
        let localContext = new TablePropertyContext(this.context, this.state);
        this.enterRule(localContext, 112, CqlParser.RULE_tableProperty);
        let _la: number;
        try {
            this.state = 1139;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 98, this.context) ) {
            case 1:
                localContext = new TableOptionContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1122;
                this.property();
                }
                break;
            case 2:
                localContext = new CompactStorageContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1123;
                this.match(CqlParser.K_COMPACT);
                this.state = 1124;
                this.match(CqlParser.K_STORAGE);
                }
                break;
            case 3:
                localContext = new ClusteringOrderByContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1125;
                this.match(CqlParser.K_CLUSTERING);
                this.state = 1126;
                this.match(CqlParser.K_ORDER);
                this.state = 1127;
                this.match(CqlParser.K_BY);
                this.state = 1128;
                this.match(CqlParser.LPAREN);
                this.state = 1129;
                this.clusteringOrder();
                this.state = 1134;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 1130;
                    this.match(CqlParser.COMMA);
                    this.state = 1131;
                    this.clusteringOrder();
                    }
                    }
                    this.state = 1136;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1137;
                this.match(CqlParser.RPAREN);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public clusteringOrder(): ClusteringOrderContext {
        let localContext = new ClusteringOrderContext(this.context, this.state);
        this.enterRule(localContext, 114, CqlParser.RULE_clusteringOrder);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1141;
            localContext._column = this.ident();
            this.state = 1142;
            localContext._direction = this.tokenStream.LT(1);
            _la = this.tokenStream.LA(1);
            if(!(_la === 56 || _la === 57)) {
                localContext._direction = this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterTableStatement(): AlterTableStatementContext {
        let localContext = new AlterTableStatementContext(this.context, this.state);
        this.enterRule(localContext, 116, CqlParser.RULE_alterTableStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1144;
            this.match(CqlParser.K_ALTER);
            this.state = 1145;
            this.match(CqlParser.K_TABLE);
            this.state = 1147;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1146;
                this.ifExists();
                }
            }

            this.state = 1149;
            localContext._table = this.tableName();
            this.state = 1150;
            this.alterTableInstruction();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterTableInstruction(): AlterTableInstructionContext {
        let localContext = new AlterTableInstructionContext(this.context, this.state);
        this.enterRule(localContext, 118, CqlParser.RULE_alterTableInstruction);
        let _la: number;
        try {
            this.state = 1244;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 112, this.context) ) {
            case 1:
                localContext = new AlterColumnTypeContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1152;
                this.match(CqlParser.K_ALTER);
                this.state = 1153;
                (localContext as AlterColumnTypeContext)._column = this.cident();
                this.state = 1154;
                this.match(CqlParser.K_TYPE);
                this.state = 1155;
                (localContext as AlterColumnTypeContext)._type_ = this.comparatorType();
                }
                break;
            case 2:
                localContext = new AlterColumnMaskContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1157;
                this.match(CqlParser.K_ALTER);
                this.state = 1159;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 1158;
                    this.ifExists();
                    }
                }

                this.state = 1161;
                (localContext as AlterColumnMaskContext)._column = this.cident();
                this.state = 1162;
                this.columnMask();
                }
                break;
            case 3:
                localContext = new AlterColumnDropMaskContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1164;
                this.match(CqlParser.K_ALTER);
                this.state = 1166;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 1165;
                    this.ifExists();
                    }
                }

                this.state = 1168;
                (localContext as AlterColumnDropMaskContext)._column = this.cident();
                this.state = 1169;
                this.match(CqlParser.K_DROP);
                this.state = 1170;
                this.match(CqlParser.K_MASKED);
                }
                break;
            case 4:
                localContext = new AddColumnsContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1172;
                this.match(CqlParser.K_ADD);
                this.state = 1174;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 1173;
                    this.ifNotExists();
                    }
                }

                this.state = 1176;
                this.addColumnDefinition();
                }
                break;
            case 5:
                localContext = new AddColumnsContext(localContext);
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1177;
                this.match(CqlParser.K_ADD);
                this.state = 1179;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 1178;
                    this.ifNotExists();
                    }
                }

                this.state = 1181;
                this.match(CqlParser.LPAREN);
                this.state = 1182;
                this.addColumnDefinition();
                this.state = 1187;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 1183;
                    this.match(CqlParser.COMMA);
                    this.state = 1184;
                    this.addColumnDefinition();
                    }
                    }
                    this.state = 1189;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1190;
                this.match(CqlParser.RPAREN);
                }
                break;
            case 6:
                localContext = new DropColumnsContext(localContext);
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1192;
                this.match(CqlParser.K_DROP);
                this.state = 1194;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 1193;
                    this.ifExists();
                    }
                }

                this.state = 1196;
                (localContext as DropColumnsContext)._ident = this.ident();
                (localContext as DropColumnsContext)._columns.push((localContext as DropColumnsContext)._ident!);
                this.state = 1200;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 16) {
                    {
                    this.state = 1197;
                    this.match(CqlParser.K_USING);
                    this.state = 1198;
                    this.match(CqlParser.K_TIMESTAMP);
                    this.state = 1199;
                    (localContext as DropColumnsContext)._timestamp = this.match(CqlParser.INTEGER);
                    }
                }

                }
                break;
            case 7:
                localContext = new DropColumnsContext(localContext);
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1202;
                this.match(CqlParser.K_DROP);
                this.state = 1204;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 1203;
                    this.ifExists();
                    }
                }

                this.state = 1206;
                this.match(CqlParser.LPAREN);
                this.state = 1207;
                (localContext as DropColumnsContext)._ident = this.ident();
                (localContext as DropColumnsContext)._columns.push((localContext as DropColumnsContext)._ident!);
                this.state = 1212;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 1208;
                    this.match(CqlParser.COMMA);
                    this.state = 1209;
                    (localContext as DropColumnsContext)._ident = this.ident();
                    (localContext as DropColumnsContext)._columns.push((localContext as DropColumnsContext)._ident!);
                    }
                    }
                    this.state = 1214;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1215;
                this.match(CqlParser.RPAREN);
                this.state = 1219;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 16) {
                    {
                    this.state = 1216;
                    this.match(CqlParser.K_USING);
                    this.state = 1217;
                    this.match(CqlParser.K_TIMESTAMP);
                    this.state = 1218;
                    (localContext as DropColumnsContext)._timestamp = this.match(CqlParser.INTEGER);
                    }
                }

                }
                break;
            case 8:
                localContext = new RenameColumnsContext(localContext);
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1221;
                this.match(CqlParser.K_RENAME);
                this.state = 1223;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 1222;
                    this.ifExists();
                    }
                }

                this.state = 1225;
                this.renameColumn();
                this.state = 1230;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 5) {
                    {
                    {
                    this.state = 1226;
                    this.match(CqlParser.K_AND);
                    this.state = 1227;
                    this.renameColumn();
                    }
                    }
                    this.state = 1232;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            case 9:
                localContext = new DropCompactStorageContext(localContext);
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1233;
                this.match(CqlParser.K_DROP);
                this.state = 1234;
                this.match(CqlParser.K_COMPACT);
                this.state = 1235;
                this.match(CqlParser.K_STORAGE);
                }
                break;
            case 10:
                localContext = new AlterTableWithContext(localContext);
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 1236;
                this.match(CqlParser.K_WITH);
                this.state = 1237;
                this.properties();
                }
                break;
            case 11:
                localContext = new AlterTableAddTagsContext(localContext);
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 1238;
                this.match(CqlParser.K_ADD);
                this.state = 1239;
                this.match(CqlParser.K_TAGS);
                this.state = 1240;
                (localContext as AlterTableAddTagsContext)._tags = this.propertyMap();
                }
                break;
            case 12:
                localContext = new AlterTableDropTagsContext(localContext);
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 1241;
                this.match(CqlParser.K_DROP);
                this.state = 1242;
                this.match(CqlParser.K_TAGS);
                this.state = 1243;
                (localContext as AlterTableDropTagsContext)._tags = this.propertyMap();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public addColumnDefinition(): AddColumnDefinitionContext {
        let localContext = new AddColumnDefinitionContext(this.context, this.state);
        this.enterRule(localContext, 120, CqlParser.RULE_addColumnDefinition);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1246;
            localContext._column = this.ident();
            this.state = 1247;
            localContext._type_ = this.comparatorType();
            this.state = 1249;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 130) {
                {
                this.state = 1248;
                localContext._isStatic = this.match(CqlParser.K_STATIC);
                }
            }

            this.state = 1252;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 150) {
                {
                this.state = 1251;
                this.columnMask();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public renameColumn(): RenameColumnContext {
        let localContext = new RenameColumnContext(this.context, this.state);
        this.enterRule(localContext, 122, CqlParser.RULE_renameColumn);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1254;
            localContext._from_ = this.ident();
            this.state = 1255;
            this.match(CqlParser.K_TO);
            this.state = 1256;
            localContext._to = this.ident();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropTableStatement(): DropTableStatementContext {
        let localContext = new DropTableStatementContext(this.context, this.state);
        this.enterRule(localContext, 124, CqlParser.RULE_dropTableStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1258;
            this.match(CqlParser.K_DROP);
            this.state = 1259;
            this.match(CqlParser.K_TABLE);
            this.state = 1261;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1260;
                this.ifExists();
                }
            }

            this.state = 1263;
            localContext._table = this.tableName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createTypeStatement(): CreateTypeStatementContext {
        let localContext = new CreateTypeStatementContext(this.context, this.state);
        this.enterRule(localContext, 126, CqlParser.RULE_createTypeStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1265;
            this.match(CqlParser.K_CREATE);
            this.state = 1266;
            this.match(CqlParser.K_TYPE);
            this.state = 1268;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1267;
                this.ifNotExists();
                }
            }

            this.state = 1270;
            localContext._typeName = this.userTypeName();
            this.state = 1271;
            this.match(CqlParser.LPAREN);
            this.state = 1272;
            this.typeField();
            this.state = 1279;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 183) {
                {
                {
                this.state = 1273;
                this.match(CqlParser.COMMA);
                this.state = 1275;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 2268987391) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 263679) !== 0)) {
                    {
                    this.state = 1274;
                    this.typeField();
                    }
                }

                }
                }
                this.state = 1281;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1282;
            this.match(CqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public typeField(): TypeFieldContext {
        let localContext = new TypeFieldContext(this.context, this.state);
        this.enterRule(localContext, 128, CqlParser.RULE_typeField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1284;
            localContext._field = this.ident();
            this.state = 1285;
            localContext._type_ = this.comparatorType();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterTypeStatement(): AlterTypeStatementContext {
        let localContext = new AlterTypeStatementContext(this.context, this.state);
        this.enterRule(localContext, 130, CqlParser.RULE_alterTypeStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1287;
            this.match(CqlParser.K_ALTER);
            this.state = 1288;
            this.match(CqlParser.K_TYPE);
            this.state = 1290;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1289;
                this.ifExists();
                }
            }

            this.state = 1292;
            localContext._typeName = this.userTypeName();
            this.state = 1293;
            this.alterTypeInstruction();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterTypeInstruction(): AlterTypeInstructionContext {
        let localContext = new AlterTypeInstructionContext(this.context, this.state);
        this.enterRule(localContext, 132, CqlParser.RULE_alterTypeInstruction);
        let _la: number;
        try {
            this.state = 1319;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_ALTER:
                localContext = new AlterTypeFieldTypeContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1295;
                this.match(CqlParser.K_ALTER);
                this.state = 1296;
                (localContext as AlterTypeFieldTypeContext)._field = this.ident();
                this.state = 1297;
                this.match(CqlParser.K_TYPE);
                this.state = 1298;
                (localContext as AlterTypeFieldTypeContext)._type_ = this.comparatorType();
                }
                break;
            case CqlParser.K_ADD:
                localContext = new AlterTypeAddFieldContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1300;
                this.match(CqlParser.K_ADD);
                this.state = 1302;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 1301;
                    this.ifNotExists();
                    }
                }

                this.state = 1304;
                (localContext as AlterTypeAddFieldContext)._field = this.ident();
                this.state = 1305;
                (localContext as AlterTypeAddFieldContext)._type_ = this.comparatorType();
                }
                break;
            case CqlParser.K_RENAME:
                localContext = new AlterTypeRenameFieldsContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1307;
                this.match(CqlParser.K_RENAME);
                this.state = 1309;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 60) {
                    {
                    this.state = 1308;
                    this.ifExists();
                    }
                }

                this.state = 1311;
                this.renameField();
                this.state = 1316;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 5) {
                    {
                    {
                    this.state = 1312;
                    this.match(CqlParser.K_AND);
                    this.state = 1313;
                    this.renameField();
                    }
                    }
                    this.state = 1318;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public renameField(): RenameFieldContext {
        let localContext = new RenameFieldContext(this.context, this.state);
        this.enterRule(localContext, 134, CqlParser.RULE_renameField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1321;
            localContext._from_ = this.ident();
            this.state = 1322;
            this.match(CqlParser.K_TO);
            this.state = 1323;
            localContext._to = this.ident();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropTypeStatement(): DropTypeStatementContext {
        let localContext = new DropTypeStatementContext(this.context, this.state);
        this.enterRule(localContext, 136, CqlParser.RULE_dropTypeStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1325;
            this.match(CqlParser.K_DROP);
            this.state = 1326;
            this.match(CqlParser.K_TYPE);
            this.state = 1328;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1327;
                this.ifExists();
                }
            }

            this.state = 1330;
            localContext._typeName = this.userTypeName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createIndexStatement(): CreateIndexStatementContext {
        let localContext = new CreateIndexStatementContext(this.context, this.state);
        this.enterRule(localContext, 138, CqlParser.RULE_createIndexStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1332;
            this.match(CqlParser.K_CREATE);
            this.state = 1334;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 37) {
                {
                this.state = 1333;
                localContext._custom = this.match(CqlParser.K_CUSTOM);
                }
            }

            this.state = 1336;
            this.match(CqlParser.K_INDEX);
            this.state = 1338;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1337;
                this.ifNotExists();
                }
            }

            this.state = 1341;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 2268987391) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 263679) !== 0)) {
                {
                this.state = 1340;
                localContext._index = this.ident();
                }
            }

            this.state = 1343;
            this.match(CqlParser.K_ON);
            this.state = 1344;
            localContext._table = this.tableName();
            this.state = 1345;
            this.match(CqlParser.LPAREN);
            this.state = 1354;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148320200) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 2268987391) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 265727) !== 0)) {
                {
                this.state = 1346;
                this.indexTarget();
                this.state = 1351;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 1347;
                    this.match(CqlParser.COMMA);
                    this.state = 1348;
                    this.indexTarget();
                    }
                    }
                    this.state = 1353;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1356;
            this.match(CqlParser.RPAREN);
            this.state = 1359;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 16) {
                {
                this.state = 1357;
                this.match(CqlParser.K_USING);
                this.state = 1358;
                localContext._indexClass = this.match(CqlParser.STRING_LITERAL);
                }
            }

            this.state = 1363;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 12) {
                {
                this.state = 1361;
                this.match(CqlParser.K_WITH);
                this.state = 1362;
                this.properties();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public indexTarget(): IndexTargetContext {
        let localContext = new IndexTargetContext(this.context, this.state);
        this.enterRule(localContext, 140, CqlParser.RULE_indexTarget);
        let _la: number;
        try {
            this.state = 1371;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 132, this.context) ) {
            case 1:
                localContext = new IndexTargetColumnContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1365;
                (localContext as IndexTargetColumnContext)._column = this.cident();
                }
                break;
            case 2:
                localContext = new IndexTargetCollectionContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1366;
                (localContext as IndexTargetCollectionContext)._kind = this.tokenStream.LT(1);
                _la = this.tokenStream.LA(1);
                if(!((((_la) & ~0x1F) === 0 && ((1 << _la) & 896) !== 0) || _la === 43)) {
                    (localContext as IndexTargetCollectionContext)._kind = this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1367;
                this.match(CqlParser.LPAREN);
                this.state = 1368;
                (localContext as IndexTargetCollectionContext)._column = this.cident();
                this.state = 1369;
                this.match(CqlParser.RPAREN);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropIndexStatement(): DropIndexStatementContext {
        let localContext = new DropIndexStatementContext(this.context, this.state);
        this.enterRule(localContext, 142, CqlParser.RULE_dropIndexStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1373;
            this.match(CqlParser.K_DROP);
            this.state = 1374;
            this.match(CqlParser.K_INDEX);
            this.state = 1376;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1375;
                this.ifExists();
                }
            }

            this.state = 1378;
            localContext._index = this.qualifiedIndexName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public qualifiedIndexName(): QualifiedIndexNameContext {
        let localContext = new QualifiedIndexNameContext(this.context, this.state);
        this.enterRule(localContext, 144, CqlParser.RULE_qualifiedIndexName);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1383;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 134, this.context) ) {
            case 1:
                {
                this.state = 1380;
                localContext._keyspace = this.ident();
                this.state = 1381;
                this.match(CqlParser.DOT);
                }
                break;
            }
            this.state = 1385;
            localContext._name = this.ident();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createMaterializedViewStatement(): CreateMaterializedViewStatementContext {
        let localContext = new CreateMaterializedViewStatementContext(this.context, this.state);
        this.enterRule(localContext, 146, CqlParser.RULE_createMaterializedViewStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1387;
            this.match(CqlParser.K_CREATE);
            this.state = 1388;
            this.match(CqlParser.K_MATERIALIZED);
            this.state = 1389;
            this.match(CqlParser.K_VIEW);
            this.state = 1391;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1390;
                this.ifNotExists();
                }
            }

            this.state = 1393;
            localContext._view = this.tableName();
            this.state = 1394;
            this.match(CqlParser.K_AS);
            this.state = 1395;
            this.match(CqlParser.K_SELECT);
            this.state = 1396;
            this.selectors();
            this.state = 1397;
            this.match(CqlParser.K_FROM);
            this.state = 1398;
            localContext._base = this.tableName();
            this.state = 1401;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 4) {
                {
                this.state = 1399;
                this.match(CqlParser.K_WHERE);
                this.state = 1400;
                this.whereClause();
                }
            }

            this.state = 1403;
            this.match(CqlParser.K_PRIMARY);
            this.state = 1404;
            this.match(CqlParser.K_KEY);
            this.state = 1405;
            this.match(CqlParser.LPAREN);
            this.state = 1406;
            this.partitionKey();
            this.state = 1411;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 183) {
                {
                {
                this.state = 1407;
                this.match(CqlParser.COMMA);
                this.state = 1408;
                localContext._ident = this.ident();
                localContext._clustering.push(localContext._ident!);
                }
                }
                this.state = 1413;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 1414;
            this.match(CqlParser.RPAREN);
            this.state = 1424;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 12) {
                {
                this.state = 1415;
                this.match(CqlParser.K_WITH);
                this.state = 1416;
                this.tableProperty();
                this.state = 1421;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 5) {
                    {
                    {
                    this.state = 1417;
                    this.match(CqlParser.K_AND);
                    this.state = 1418;
                    this.tableProperty();
                    }
                    }
                    this.state = 1423;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterMaterializedViewStatement(): AlterMaterializedViewStatementContext {
        let localContext = new AlterMaterializedViewStatementContext(this.context, this.state);
        this.enterRule(localContext, 148, CqlParser.RULE_alterMaterializedViewStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1426;
            this.match(CqlParser.K_ALTER);
            this.state = 1427;
            this.match(CqlParser.K_MATERIALIZED);
            this.state = 1428;
            this.match(CqlParser.K_VIEW);
            this.state = 1430;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1429;
                this.ifExists();
                }
            }

            this.state = 1432;
            localContext._view = this.tableName();
            this.state = 1433;
            this.match(CqlParser.K_WITH);
            this.state = 1434;
            this.properties();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropMaterializedViewStatement(): DropMaterializedViewStatementContext {
        let localContext = new DropMaterializedViewStatementContext(this.context, this.state);
        this.enterRule(localContext, 150, CqlParser.RULE_dropMaterializedViewStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1436;
            this.match(CqlParser.K_DROP);
            this.state = 1437;
            this.match(CqlParser.K_MATERIALIZED);
            this.state = 1438;
            this.match(CqlParser.K_VIEW);
            this.state = 1440;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1439;
                this.ifExists();
                }
            }

            this.state = 1442;
            localContext._view = this.tableName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createFunctionStatement(): CreateFunctionStatementContext {
        let localContext = new CreateFunctionStatementContext(this.context, this.state);
        this.enterRule(localContext, 152, CqlParser.RULE_createFunctionStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1444;
            this.match(CqlParser.K_CREATE);
            this.state = 1447;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 144) {
                {
                this.state = 1445;
                localContext._orReplace = this.match(CqlParser.K_OR);
                this.state = 1446;
                this.match(CqlParser.K_REPLACE);
                }
            }

            this.state = 1449;
            this.match(CqlParser.K_FUNCTION);
            this.state = 1451;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1450;
                this.ifNotExists();
                }
            }

            this.state = 1453;
            localContext._function_ = this.functionName();
            this.state = 1454;
            this.match(CqlParser.LPAREN);
            this.state = 1463;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 2268987391) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 263679) !== 0)) {
                {
                this.state = 1455;
                this.functionParameter();
                this.state = 1460;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 1456;
                    this.match(CqlParser.COMMA);
                    this.state = 1457;
                    this.functionParameter();
                    }
                    }
                    this.state = 1462;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1465;
            this.match(CqlParser.RPAREN);
            this.state = 1469;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_RETURNS:
                {
                this.state = 1466;
                localContext._returnsNull = this.match(CqlParser.K_RETURNS);
                this.state = 1467;
                this.match(CqlParser.K_NULL);
                }
                break;
            case CqlParser.K_CALLED:
                {
                this.state = 1468;
                localContext._calledOnNull = this.match(CqlParser.K_CALLED);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 1471;
            this.match(CqlParser.K_ON);
            this.state = 1472;
            this.match(CqlParser.K_NULL);
            this.state = 1473;
            this.match(CqlParser.K_INPUT);
            this.state = 1474;
            this.match(CqlParser.K_RETURNS);
            this.state = 1475;
            localContext._returnType = this.comparatorType();
            this.state = 1476;
            this.match(CqlParser.K_LANGUAGE);
            this.state = 1477;
            localContext._language = this.plainIdent();
            this.state = 1478;
            this.match(CqlParser.K_AS);
            this.state = 1479;
            localContext._body = this.match(CqlParser.STRING_LITERAL);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public functionParameter(): FunctionParameterContext {
        let localContext = new FunctionParameterContext(this.context, this.state);
        this.enterRule(localContext, 154, CqlParser.RULE_functionParameter);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1481;
            localContext._name = this.ident();
            this.state = 1482;
            localContext._type_ = this.comparatorType();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropFunctionStatement(): DropFunctionStatementContext {
        let localContext = new DropFunctionStatementContext(this.context, this.state);
        this.enterRule(localContext, 156, CqlParser.RULE_dropFunctionStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1484;
            this.match(CqlParser.K_DROP);
            this.state = 1485;
            this.match(CqlParser.K_FUNCTION);
            this.state = 1487;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1486;
                this.ifExists();
                }
            }

            this.state = 1489;
            localContext._function_ = this.functionName();
            this.state = 1491;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 187) {
                {
                this.state = 1490;
                localContext._signature = this.functionSignature();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public functionSignature(): FunctionSignatureContext {
        let localContext = new FunctionSignatureContext(this.context, this.state);
        this.enterRule(localContext, 158, CqlParser.RULE_functionSignature);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1493;
            this.match(CqlParser.LPAREN);
            this.state = 1502;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2149368008) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 2268987391) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 264191) !== 0)) {
                {
                this.state = 1494;
                this.comparatorType();
                this.state = 1499;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 1495;
                    this.match(CqlParser.COMMA);
                    this.state = 1496;
                    this.comparatorType();
                    }
                    }
                    this.state = 1501;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1504;
            this.match(CqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createAggregateStatement(): CreateAggregateStatementContext {
        let localContext = new CreateAggregateStatementContext(this.context, this.state);
        this.enterRule(localContext, 160, CqlParser.RULE_createAggregateStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1506;
            this.match(CqlParser.K_CREATE);
            this.state = 1509;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 144) {
                {
                this.state = 1507;
                localContext._orReplace = this.match(CqlParser.K_OR);
                this.state = 1508;
                this.match(CqlParser.K_REPLACE);
                }
            }

            this.state = 1511;
            this.match(CqlParser.K_AGGREGATE);
            this.state = 1513;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1512;
                this.ifNotExists();
                }
            }

            this.state = 1515;
            localContext._aggregate = this.functionName();
            this.state = 1516;
            localContext._signature = this.functionSignature();
            this.state = 1517;
            this.match(CqlParser.K_SFUNC);
            this.state = 1518;
            localContext._stateFunction = this.allowedFunctionName();
            this.state = 1519;
            this.match(CqlParser.K_STYPE);
            this.state = 1520;
            localContext._stateType = this.comparatorType();
            this.state = 1523;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 138) {
                {
                this.state = 1521;
                this.match(CqlParser.K_FINALFUNC);
                this.state = 1522;
                localContext._finalFunction = this.allowedFunctionName();
                }
            }

            this.state = 1527;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 139) {
                {
                this.state = 1525;
                this.match(CqlParser.K_INITCOND);
                this.state = 1526;
                localContext._initialCondition = this.term();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropAggregateStatement(): DropAggregateStatementContext {
        let localContext = new DropAggregateStatementContext(this.context, this.state);
        this.enterRule(localContext, 162, CqlParser.RULE_dropAggregateStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1529;
            this.match(CqlParser.K_DROP);
            this.state = 1530;
            this.match(CqlParser.K_AGGREGATE);
            this.state = 1532;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1531;
                this.ifExists();
                }
            }

            this.state = 1534;
            localContext._aggregate = this.functionName();
            this.state = 1536;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 187) {
                {
                this.state = 1535;
                localContext._signature = this.functionSignature();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createTriggerStatement(): CreateTriggerStatementContext {
        let localContext = new CreateTriggerStatementContext(this.context, this.state);
        this.enterRule(localContext, 164, CqlParser.RULE_createTriggerStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1538;
            this.match(CqlParser.K_CREATE);
            this.state = 1539;
            this.match(CqlParser.K_TRIGGER);
            this.state = 1541;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1540;
                this.ifNotExists();
                }
            }

            this.state = 1543;
            localContext._trigger = this.ident();
            this.state = 1544;
            this.match(CqlParser.K_ON);
            this.state = 1545;
            localContext._table = this.tableName();
            this.state = 1546;
            this.match(CqlParser.K_USING);
            this.state = 1547;
            localContext._triggerClass = this.match(CqlParser.STRING_LITERAL);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropTriggerStatement(): DropTriggerStatementContext {
        let localContext = new DropTriggerStatementContext(this.context, this.state);
        this.enterRule(localContext, 166, CqlParser.RULE_dropTriggerStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1549;
            this.match(CqlParser.K_DROP);
            this.state = 1550;
            this.match(CqlParser.K_TRIGGER);
            this.state = 1552;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1551;
                this.ifExists();
                }
            }

            this.state = 1554;
            localContext._trigger = this.ident();
            this.state = 1555;
            this.match(CqlParser.K_ON);
            this.state = 1556;
            localContext._table = this.tableName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public restoreTableStatement(): RestoreTableStatementContext {
        let localContext = new RestoreTableStatementContext(this.context, this.state);
        this.enterRule(localContext, 168, CqlParser.RULE_restoreTableStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1558;
            this.match(CqlParser.K_RESTORE);
            this.state = 1559;
            this.match(CqlParser.K_TABLE);
            this.state = 1560;
            localContext._target = this.tableName();
            this.state = 1561;
            this.match(CqlParser.K_FROM);
            this.state = 1562;
            this.match(CqlParser.K_TABLE);
            this.state = 1563;
            localContext._source = this.tableName();
            this.state = 1566;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 12) {
                {
                this.state = 1564;
                this.match(CqlParser.K_WITH);
                this.state = 1565;
                this.properties();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public properties(): PropertiesContext {
        let localContext = new PropertiesContext(this.context, this.state);
        this.enterRule(localContext, 170, CqlParser.RULE_properties);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1568;
            this.property();
            this.state = 1573;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 5) {
                {
                {
                this.state = 1569;
                this.match(CqlParser.K_AND);
                this.state = 1570;
                this.property();
                }
                }
                this.state = 1575;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public property(): PropertyContext {
        let localContext = new PropertyContext(this.context, this.state);
        this.enterRule(localContext, 172, CqlParser.RULE_property);
        try {
            this.state = 1584;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 161, this.context) ) {
            case 1:
                localContext = new SimplePropertyContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1576;
                (localContext as SimplePropertyContext)._name = this.ident();
                this.state = 1577;
                this.match(CqlParser.EQ);
                this.state = 1578;
                (localContext as SimplePropertyContext)._value = this.propertyValue();
                }
                break;
            case 2:
                localContext = new MapPropertyContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1580;
                (localContext as MapPropertyContext)._name = this.ident();
                this.state = 1581;
                this.match(CqlParser.EQ);
                this.state = 1582;
                (localContext as MapPropertyContext)._map = this.propertyMap();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public propertyValue(): PropertyValueContext {
        let localContext = new PropertyValueContext(this.context, this.state);
        this.enterRule(localContext, 174, CqlParser.RULE_propertyValue);
        try {
            this.state = 1588;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_NAN:
            case CqlParser.K_NEGATIVE_NAN:
            case CqlParser.K_INFINITY:
            case CqlParser.K_NEGATIVE_INFINITY:
            case CqlParser.STRING_LITERAL:
            case CqlParser.INTEGER:
            case CqlParser.FLOAT:
            case CqlParser.BOOLEAN:
            case CqlParser.DURATION:
            case CqlParser.HEXNUMBER:
            case CqlParser.UUID:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1586;
                this.constant();
                }
                break;
            case CqlParser.K_AS:
            case CqlParser.K_KEY:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_DISTINCT:
            case CqlParser.K_COUNT:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_TTL:
            case CqlParser.K_CAST:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_WRITETIME:
            case CqlParser.K_MAXWRITETIME:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_JSON:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1587;
                this.unreservedKeyword();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public propertyMap(): PropertyMapContext {
        let localContext = new PropertyMapContext(this.context, this.state);
        this.enterRule(localContext, 176, CqlParser.RULE_propertyMap);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1590;
            this.match(CqlParser.LBRACE);
            this.state = 1599;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (((((_la - 124)) & ~0x1F) === 0 && ((1 << (_la - 124)) & 15) !== 0) || ((((_la - 170)) & ~0x1F) === 0 && ((1 << (_la - 170)) & 3313) !== 0)) {
                {
                this.state = 1591;
                this.propertyMapEntry();
                this.state = 1596;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 1592;
                    this.match(CqlParser.COMMA);
                    this.state = 1593;
                    this.propertyMapEntry();
                    }
                    }
                    this.state = 1598;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            this.state = 1601;
            this.match(CqlParser.RBRACE);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public propertyMapEntry(): PropertyMapEntryContext {
        let localContext = new PropertyMapEntryContext(this.context, this.state);
        this.enterRule(localContext, 178, CqlParser.RULE_propertyMapEntry);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1603;
            localContext._key = this.constant();
            this.state = 1604;
            this.match(CqlParser.COLON);
            this.state = 1605;
            localContext._value = this.propertyMapValue();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public propertyMapValue(): PropertyMapValueContext {
        let localContext = new PropertyMapValueContext(this.context, this.state);
        this.enterRule(localContext, 180, CqlParser.RULE_propertyMapValue);
        let _la: number;
        try {
            this.state = 1621;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_NAN:
            case CqlParser.K_NEGATIVE_NAN:
            case CqlParser.K_INFINITY:
            case CqlParser.K_NEGATIVE_INFINITY:
            case CqlParser.STRING_LITERAL:
            case CqlParser.INTEGER:
            case CqlParser.FLOAT:
            case CqlParser.BOOLEAN:
            case CqlParser.DURATION:
            case CqlParser.HEXNUMBER:
            case CqlParser.UUID:
                localContext = new PropertyMapConstantContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1607;
                this.constant();
                }
                break;
            case CqlParser.LBRACE:
                localContext = new PropertyMapNestedContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1608;
                this.propertyMap();
                }
                break;
            case CqlParser.LBRACKET:
                localContext = new PropertyMapListContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1609;
                this.match(CqlParser.LBRACKET);
                this.state = 1618;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (((((_la - 124)) & ~0x1F) === 0 && ((1 << (_la - 124)) & 15) !== 0) || ((((_la - 170)) & ~0x1F) === 0 && ((1 << (_la - 170)) & 2624753) !== 0)) {
                    {
                    this.state = 1610;
                    this.propertyMapValue();
                    this.state = 1615;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 183) {
                        {
                        {
                        this.state = 1611;
                        this.match(CqlParser.COMMA);
                        this.state = 1612;
                        this.propertyMapValue();
                        }
                        }
                        this.state = 1617;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 1620;
                this.match(CqlParser.RBRACKET);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createUserStatement(): CreateUserStatementContext {
        let localContext = new CreateUserStatementContext(this.context, this.state);
        this.enterRule(localContext, 182, CqlParser.RULE_createUserStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1623;
            this.match(CqlParser.K_CREATE);
            this.state = 1624;
            this.match(CqlParser.K_USER);
            this.state = 1626;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1625;
                this.ifNotExists();
                }
            }

            this.state = 1628;
            localContext._user = this.userName();
            this.state = 1631;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 12) {
                {
                this.state = 1629;
                this.match(CqlParser.K_WITH);
                this.state = 1630;
                this.userPassword();
                }
            }

            this.state = 1634;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 84 || _la === 85) {
                {
                this.state = 1633;
                localContext._superuser = this.tokenStream.LT(1);
                _la = this.tokenStream.LA(1);
                if(!(_la === 84 || _la === 85)) {
                    localContext._superuser = this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterUserStatement(): AlterUserStatementContext {
        let localContext = new AlterUserStatementContext(this.context, this.state);
        this.enterRule(localContext, 184, CqlParser.RULE_alterUserStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1636;
            this.match(CqlParser.K_ALTER);
            this.state = 1637;
            this.match(CqlParser.K_USER);
            this.state = 1639;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1638;
                this.ifExists();
                }
            }

            this.state = 1641;
            localContext._user = this.userName();
            this.state = 1644;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 12) {
                {
                this.state = 1642;
                this.match(CqlParser.K_WITH);
                this.state = 1643;
                this.userPassword();
                }
            }

            this.state = 1647;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 84 || _la === 85) {
                {
                this.state = 1646;
                localContext._superuser = this.tokenStream.LT(1);
                _la = this.tokenStream.LA(1);
                if(!(_la === 84 || _la === 85)) {
                    localContext._superuser = this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropUserStatement(): DropUserStatementContext {
        let localContext = new DropUserStatementContext(this.context, this.state);
        this.enterRule(localContext, 186, CqlParser.RULE_dropUserStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1649;
            this.match(CqlParser.K_DROP);
            this.state = 1650;
            this.match(CqlParser.K_USER);
            this.state = 1652;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1651;
                this.ifExists();
                }
            }

            this.state = 1654;
            localContext._user = this.userName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public listUsersStatement(): ListUsersStatementContext {
        let localContext = new ListUsersStatementContext(this.context, this.state);
        this.enterRule(localContext, 188, CqlParser.RULE_listUsersStatement);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1656;
            this.match(CqlParser.K_LIST);
            this.state = 1657;
            this.match(CqlParser.K_USERS);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public userName(): UserNameContext {
        let localContext = new UserNameContext(this.context, this.state);
        this.enterRule(localContext, 190, CqlParser.RULE_userName);
        try {
            this.state = 1661;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.IDENT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1659;
                this.plainIdent();
                }
                break;
            case CqlParser.STRING_LITERAL:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1660;
                this.match(CqlParser.STRING_LITERAL);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public userPassword(): UserPasswordContext {
        let localContext = new UserPasswordContext(this.context, this.state);
        this.enterRule(localContext, 192, CqlParser.RULE_userPassword);
        try {
            this.state = 1668;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_PASSWORD:
                localContext = new PlainPasswordContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1663;
                this.match(CqlParser.K_PASSWORD);
                this.state = 1664;
                (localContext as PlainPasswordContext)._password = this.match(CqlParser.STRING_LITERAL);
                }
                break;
            case CqlParser.K_HASHED:
                localContext = new HashedPasswordContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1665;
                this.match(CqlParser.K_HASHED);
                this.state = 1666;
                this.match(CqlParser.K_PASSWORD);
                this.state = 1667;
                (localContext as HashedPasswordContext)._password = this.match(CqlParser.STRING_LITERAL);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public addIdentityStatement(): AddIdentityStatementContext {
        let localContext = new AddIdentityStatementContext(this.context, this.state);
        this.enterRule(localContext, 194, CqlParser.RULE_addIdentityStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1670;
            this.match(CqlParser.K_ADD);
            this.state = 1671;
            this.match(CqlParser.K_IDENTITY);
            this.state = 1673;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1672;
                this.ifNotExists();
                }
            }

            this.state = 1675;
            localContext._identity = this.identityName();
            this.state = 1676;
            this.match(CqlParser.K_TO);
            this.state = 1677;
            this.match(CqlParser.K_ROLE);
            this.state = 1678;
            localContext._role = this.identityName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropIdentityStatement(): DropIdentityStatementContext {
        let localContext = new DropIdentityStatementContext(this.context, this.state);
        this.enterRule(localContext, 196, CqlParser.RULE_dropIdentityStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1680;
            this.match(CqlParser.K_DROP);
            this.state = 1681;
            this.match(CqlParser.K_IDENTITY);
            this.state = 1683;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1682;
                this.ifExists();
                }
            }

            this.state = 1685;
            localContext._identity = this.identityName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public identityName(): IdentityNameContext {
        let localContext = new IdentityNameContext(this.context, this.state);
        this.enterRule(localContext, 198, CqlParser.RULE_identityName);
        try {
            this.state = 1689;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.IDENT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1687;
                this.plainIdent();
                }
                break;
            case CqlParser.STRING_LITERAL:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1688;
                this.match(CqlParser.STRING_LITERAL);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public createRoleStatement(): CreateRoleStatementContext {
        let localContext = new CreateRoleStatementContext(this.context, this.state);
        this.enterRule(localContext, 200, CqlParser.RULE_createRoleStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1691;
            this.match(CqlParser.K_CREATE);
            this.state = 1692;
            this.match(CqlParser.K_ROLE);
            this.state = 1694;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1693;
                this.ifNotExists();
                }
            }

            this.state = 1696;
            localContext._role = this.roleName();
            this.state = 1699;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 12) {
                {
                this.state = 1697;
                this.match(CqlParser.K_WITH);
                this.state = 1698;
                this.roleOptions();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public alterRoleStatement(): AlterRoleStatementContext {
        let localContext = new AlterRoleStatementContext(this.context, this.state);
        this.enterRule(localContext, 202, CqlParser.RULE_alterRoleStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1701;
            this.match(CqlParser.K_ALTER);
            this.state = 1702;
            this.match(CqlParser.K_ROLE);
            this.state = 1704;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1703;
                this.ifExists();
                }
            }

            this.state = 1706;
            localContext._role = this.roleName();
            this.state = 1709;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 12) {
                {
                this.state = 1707;
                this.match(CqlParser.K_WITH);
                this.state = 1708;
                this.roleOptions();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public dropRoleStatement(): DropRoleStatementContext {
        let localContext = new DropRoleStatementContext(this.context, this.state);
        this.enterRule(localContext, 204, CqlParser.RULE_dropRoleStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1711;
            this.match(CqlParser.K_DROP);
            this.state = 1712;
            this.match(CqlParser.K_ROLE);
            this.state = 1714;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 60) {
                {
                this.state = 1713;
                this.ifExists();
                }
            }

            this.state = 1716;
            localContext._role = this.roleName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public listRolesStatement(): ListRolesStatementContext {
        let localContext = new ListRolesStatementContext(this.context, this.state);
        this.enterRule(localContext, 206, CqlParser.RULE_listRolesStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1718;
            this.match(CqlParser.K_LIST);
            this.state = 1719;
            this.match(CqlParser.K_ROLES);
            this.state = 1722;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 71) {
                {
                this.state = 1720;
                this.match(CqlParser.K_OF);
                this.state = 1721;
                localContext._role = this.roleName();
                }
            }

            this.state = 1725;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 77) {
                {
                this.state = 1724;
                localContext._norecursive = this.match(CqlParser.K_NORECURSIVE);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public grantRoleStatement(): GrantRoleStatementContext {
        let localContext = new GrantRoleStatementContext(this.context, this.state);
        this.enterRule(localContext, 208, CqlParser.RULE_grantRoleStatement);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1727;
            this.match(CqlParser.K_GRANT);
            this.state = 1728;
            localContext._role = this.roleName();
            this.state = 1729;
            this.match(CqlParser.K_TO);
            this.state = 1730;
            localContext._grantee = this.roleName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public revokeRoleStatement(): RevokeRoleStatementContext {
        let localContext = new RevokeRoleStatementContext(this.context, this.state);
        this.enterRule(localContext, 210, CqlParser.RULE_revokeRoleStatement);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1732;
            this.match(CqlParser.K_REVOKE);
            this.state = 1733;
            localContext._role = this.roleName();
            this.state = 1734;
            this.match(CqlParser.K_FROM);
            this.state = 1735;
            localContext._revokee = this.roleName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public roleOptions(): RoleOptionsContext {
        let localContext = new RoleOptionsContext(this.context, this.state);
        this.enterRule(localContext, 212, CqlParser.RULE_roleOptions);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1737;
            this.roleOption();
            this.state = 1742;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 5) {
                {
                {
                this.state = 1738;
                this.match(CqlParser.K_AND);
                this.state = 1739;
                this.roleOption();
                }
                }
                this.state = 1744;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public roleOption(): RoleOptionContext {
        let localContext = new RoleOptionContext(this.context, this.state);
        this.enterRule(localContext, 214, CqlParser.RULE_roleOption);
        let _la: number;
        try {
            this.state = 1795;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 190, this.context) ) {
            case 1:
                localContext = new RolePasswordContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1745;
                this.match(CqlParser.K_PASSWORD);
                this.state = 1746;
                this.match(CqlParser.EQ);
                this.state = 1747;
                (localContext as RolePasswordContext)._value = this.match(CqlParser.STRING_LITERAL);
                }
                break;
            case 2:
                localContext = new RoleHashedPasswordContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1748;
                this.match(CqlParser.K_HASHED);
                this.state = 1749;
                this.match(CqlParser.K_PASSWORD);
                this.state = 1750;
                this.match(CqlParser.EQ);
                this.state = 1751;
                (localContext as RoleHashedPasswordContext)._value = this.match(CqlParser.STRING_LITERAL);
                }
                break;
            case 3:
                localContext = new RoleCustomOptionsContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1752;
                this.match(CqlParser.K_OPTIONS);
                this.state = 1753;
                this.match(CqlParser.EQ);
                this.state = 1754;
                (localContext as RoleCustomOptionsContext)._map = this.propertyMap();
                }
                break;
            case 4:
                localContext = new RoleSuperuserContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1755;
                this.match(CqlParser.K_SUPERUSER);
                this.state = 1756;
                this.match(CqlParser.EQ);
                this.state = 1757;
                (localContext as RoleSuperuserContext)._value = this.match(CqlParser.BOOLEAN);
                }
                break;
            case 5:
                localContext = new RoleLoginContext(localContext);
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1758;
                this.match(CqlParser.K_LOGIN);
                this.state = 1759;
                this.match(CqlParser.EQ);
                this.state = 1760;
                (localContext as RoleLoginContext)._value = this.match(CqlParser.BOOLEAN);
                }
                break;
            case 6:
                localContext = new RoleAccessAllDatacentersContext(localContext);
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1761;
                this.match(CqlParser.K_ACCESS);
                this.state = 1762;
                this.match(CqlParser.K_TO);
                this.state = 1763;
                this.match(CqlParser.K_ALL);
                this.state = 1764;
                this.match(CqlParser.K_DATACENTERS);
                }
                break;
            case 7:
                localContext = new RoleAccessDatacentersContext(localContext);
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1765;
                this.match(CqlParser.K_ACCESS);
                this.state = 1766;
                this.match(CqlParser.K_TO);
                this.state = 1767;
                this.match(CqlParser.K_DATACENTERS);
                this.state = 1768;
                this.match(CqlParser.LBRACE);
                this.state = 1769;
                this.match(CqlParser.STRING_LITERAL);
                this.state = 1774;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 1770;
                    this.match(CqlParser.COMMA);
                    this.state = 1771;
                    this.match(CqlParser.STRING_LITERAL);
                    }
                    }
                    this.state = 1776;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1777;
                this.match(CqlParser.RBRACE);
                }
                break;
            case 8:
                localContext = new RoleAccessAllCidrsContext(localContext);
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1778;
                this.match(CqlParser.K_ACCESS);
                this.state = 1779;
                this.match(CqlParser.K_FROM);
                this.state = 1780;
                this.match(CqlParser.K_ALL);
                this.state = 1781;
                this.match(CqlParser.K_CIDRS);
                }
                break;
            case 9:
                localContext = new RoleAccessCidrsContext(localContext);
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1782;
                this.match(CqlParser.K_ACCESS);
                this.state = 1783;
                this.match(CqlParser.K_FROM);
                this.state = 1784;
                this.match(CqlParser.K_CIDRS);
                this.state = 1785;
                this.match(CqlParser.LBRACE);
                this.state = 1786;
                this.match(CqlParser.STRING_LITERAL);
                this.state = 1791;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 1787;
                    this.match(CqlParser.COMMA);
                    this.state = 1788;
                    this.match(CqlParser.STRING_LITERAL);
                    }
                    }
                    this.state = 1793;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1794;
                this.match(CqlParser.RBRACE);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public grantPermissionsStatement(): GrantPermissionsStatementContext {
        let localContext = new GrantPermissionsStatementContext(this.context, this.state);
        this.enterRule(localContext, 216, CqlParser.RULE_grantPermissionsStatement);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1797;
            this.match(CqlParser.K_GRANT);
            this.state = 1798;
            this.permissionOrAll();
            this.state = 1799;
            this.match(CqlParser.K_ON);
            this.state = 1800;
            this.resource();
            this.state = 1801;
            this.match(CqlParser.K_TO);
            this.state = 1802;
            localContext._grantee = this.roleName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public revokePermissionsStatement(): RevokePermissionsStatementContext {
        let localContext = new RevokePermissionsStatementContext(this.context, this.state);
        this.enterRule(localContext, 218, CqlParser.RULE_revokePermissionsStatement);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1804;
            this.match(CqlParser.K_REVOKE);
            this.state = 1805;
            this.permissionOrAll();
            this.state = 1806;
            this.match(CqlParser.K_ON);
            this.state = 1807;
            this.resource();
            this.state = 1808;
            this.match(CqlParser.K_FROM);
            this.state = 1809;
            localContext._revokee = this.roleName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public listPermissionsStatement(): ListPermissionsStatementContext {
        let localContext = new ListPermissionsStatementContext(this.context, this.state);
        this.enterRule(localContext, 220, CqlParser.RULE_listPermissionsStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1811;
            this.match(CqlParser.K_LIST);
            this.state = 1812;
            this.permissionOrAll();
            this.state = 1815;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 38) {
                {
                this.state = 1813;
                this.match(CqlParser.K_ON);
                this.state = 1814;
                this.resource();
                }
            }

            this.state = 1819;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 71) {
                {
                this.state = 1817;
                this.match(CqlParser.K_OF);
                this.state = 1818;
                localContext._role = this.roleName();
                }
            }

            this.state = 1822;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 77) {
                {
                this.state = 1821;
                localContext._norecursive = this.match(CqlParser.K_NORECURSIVE);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public permissionOrAll(): PermissionOrAllContext {
        let localContext = new PermissionOrAllContext(this.context, this.state);
        this.enterRule(localContext, 222, CqlParser.RULE_permissionOrAll);
        let _la: number;
        try {
            this.state = 1842;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_ALL:
                localContext = new AllPermissionsContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1824;
                this.match(CqlParser.K_ALL);
                this.state = 1826;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 70) {
                    {
                    this.state = 1825;
                    this.match(CqlParser.K_PERMISSIONS);
                    }
                }

                }
                break;
            case CqlParser.K_SELECT:
            case CqlParser.K_CREATE:
            case CqlParser.K_DROP:
            case CqlParser.K_ALTER:
            case CqlParser.K_MODIFY:
            case CqlParser.K_AUTHORIZE:
            case CqlParser.K_DESCRIBE:
            case CqlParser.K_EXECUTE:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
                localContext = new PermissionListContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1828;
                this.permission();
                this.state = 1830;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 69) {
                    {
                    this.state = 1829;
                    this.match(CqlParser.K_PERMISSION);
                    }
                }

                this.state = 1839;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 1832;
                    this.match(CqlParser.COMMA);
                    this.state = 1833;
                    this.permission();
                    this.state = 1835;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    if (_la === 69) {
                        {
                        this.state = 1834;
                        this.match(CqlParser.K_PERMISSION);
                        }
                    }

                    }
                    }
                    this.state = 1841;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public permission(): PermissionContext {
        let localContext = new PermissionContext(this.context, this.state);
        this.enterRule(localContext, 224, CqlParser.RULE_permission);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1844;
            _la = this.tokenStream.LA(1);
            if(!(_la === 1 || _la === 28 || _la === 40 || _la === 47 || ((((_la - 73)) & ~0x1F) === 0 && ((1 << (_la - 73)) & 15) !== 0) || _la === 151 || _la === 152)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public resource(): ResourceContext {
        let localContext = new ResourceContext(this.context, this.state);
        this.enterRule(localContext, 226, CqlParser.RULE_resource);
        let _la: number;
        try {
            this.state = 1880;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 201, this.context) ) {
            case 1:
                localContext = new AllKeyspacesResourceContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1846;
                this.match(CqlParser.K_ALL);
                this.state = 1847;
                this.match(CqlParser.K_KEYSPACES);
                }
                break;
            case 2:
                localContext = new AllTablesResourceContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1848;
                this.match(CqlParser.K_ALL);
                this.state = 1849;
                this.match(CqlParser.K_TABLES);
                this.state = 1850;
                this.match(CqlParser.K_IN);
                this.state = 1851;
                this.match(CqlParser.K_KEYSPACE);
                this.state = 1852;
                (localContext as AllTablesResourceContext)._keyspace = this.ident();
                }
                break;
            case 3:
                localContext = new KeyspaceResourceContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1853;
                this.keyspaceKeyword();
                this.state = 1854;
                (localContext as KeyspaceResourceContext)._keyspace = this.ident();
                }
                break;
            case 4:
                localContext = new TableResourceContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1857;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 32) {
                    {
                    this.state = 1856;
                    this.match(CqlParser.K_TABLE);
                    }
                }

                this.state = 1859;
                (localContext as TableResourceContext)._table = this.tableName();
                }
                break;
            case 5:
                localContext = new AllRolesResourceContext(localContext);
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1860;
                this.match(CqlParser.K_ALL);
                this.state = 1861;
                this.match(CqlParser.K_ROLES);
                }
                break;
            case 6:
                localContext = new RoleResourceContext(localContext);
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1862;
                this.match(CqlParser.K_ROLE);
                this.state = 1863;
                (localContext as RoleResourceContext)._role = this.roleName();
                }
                break;
            case 7:
                localContext = new AllFunctionsResourceContext(localContext);
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1864;
                this.match(CqlParser.K_ALL);
                this.state = 1865;
                this.match(CqlParser.K_FUNCTIONS);
                this.state = 1870;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 27) {
                    {
                    this.state = 1866;
                    this.match(CqlParser.K_IN);
                    this.state = 1867;
                    this.keyspaceKeyword();
                    this.state = 1868;
                    (localContext as AllFunctionsResourceContext)._keyspace = this.ident();
                    }
                }

                }
                break;
            case 8:
                localContext = new FunctionResourceContext(localContext);
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1872;
                this.match(CqlParser.K_FUNCTION);
                this.state = 1873;
                (localContext as FunctionResourceContext)._function_ = this.functionName();
                this.state = 1874;
                (localContext as FunctionResourceContext)._signature = this.functionSignature();
                }
                break;
            case 9:
                localContext = new AllMbeansResourceContext(localContext);
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1876;
                this.match(CqlParser.K_ALL);
                this.state = 1877;
                this.match(CqlParser.K_MBEANS);
                }
                break;
            case 10:
                localContext = new MbeanResourceContext(localContext);
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 1878;
                (localContext as MbeanResourceContext)._kind = this.tokenStream.LT(1);
                _la = this.tokenStream.LA(1);
                if(!(_la === 78 || _la === 79)) {
                    (localContext as MbeanResourceContext)._kind = this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                this.state = 1879;
                (localContext as MbeanResourceContext)._mbean = this.match(CqlParser.STRING_LITERAL);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public describeStatement(): DescribeStatementContext {
        let localContext = new DescribeStatementContext(this.context, this.state);
        this.enterRule(localContext, 228, CqlParser.RULE_describeStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1882;
            _la = this.tokenStream.LA(1);
            if(!(_la === 57 || _la === 75)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            this.state = 1883;
            this.describeTarget();
            this.state = 1886;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 12) {
                {
                this.state = 1884;
                this.match(CqlParser.K_WITH);
                this.state = 1885;
                this.match(CqlParser.K_INTERNALS);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public describeTarget(): DescribeTargetContext {
        let localContext = new DescribeTargetContext(this.context, this.state);
        this.enterRule(localContext, 230, CqlParser.RULE_describeTarget);
        let _la: number;
        try {
            this.state = 1924;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 207, this.context) ) {
            case 1:
                localContext = new DescribeClusterContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1888;
                this.match(CqlParser.K_CLUSTER);
                }
                break;
            case 2:
                localContext = new DescribeSchemaContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1890;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 9) {
                    {
                    this.state = 1889;
                    (localContext as DescribeSchemaContext)._full = this.match(CqlParser.K_FULL);
                    }
                }

                this.state = 1892;
                this.match(CqlParser.K_SCHEMA);
                }
                break;
            case 3:
                localContext = new DescribeKeyspacesContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 1893;
                this.match(CqlParser.K_KEYSPACES);
                }
                break;
            case 4:
                localContext = new DescribeKeyspaceContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 1895;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if (_la === 66) {
                    {
                    this.state = 1894;
                    (localContext as DescribeKeyspaceContext)._only = this.match(CqlParser.K_ONLY);
                    }
                }

                this.state = 1897;
                this.match(CqlParser.K_KEYSPACE);
                this.state = 1899;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 2268987391) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 263679) !== 0)) {
                    {
                    this.state = 1898;
                    (localContext as DescribeKeyspaceContext)._keyspace = this.ident();
                    }
                }

                }
                break;
            case 5:
                localContext = new DescribeTablesContext(localContext);
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 1901;
                this.match(CqlParser.K_TABLES);
                }
                break;
            case 6:
                localContext = new DescribeTableContext(localContext);
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 1902;
                this.match(CqlParser.K_TABLE);
                this.state = 1903;
                (localContext as DescribeTableContext)._table = this.tableName();
                }
                break;
            case 7:
                localContext = new DescribeIndexContext(localContext);
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 1904;
                this.match(CqlParser.K_INDEX);
                this.state = 1905;
                (localContext as DescribeIndexContext)._index = this.tableName();
                }
                break;
            case 8:
                localContext = new DescribeMaterializedViewContext(localContext);
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 1906;
                this.match(CqlParser.K_MATERIALIZED);
                this.state = 1907;
                this.match(CqlParser.K_VIEW);
                this.state = 1908;
                (localContext as DescribeMaterializedViewContext)._view = this.tableName();
                }
                break;
            case 9:
                localContext = new DescribeTypesContext(localContext);
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 1909;
                this.match(CqlParser.K_TYPES);
                }
                break;
            case 10:
                localContext = new DescribeTypeContext(localContext);
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 1910;
                this.match(CqlParser.K_TYPE);
                this.state = 1911;
                (localContext as DescribeTypeContext)._typeName = this.userTypeName();
                }
                break;
            case 11:
                localContext = new DescribeFunctionsContext(localContext);
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 1912;
                this.match(CqlParser.K_FUNCTIONS);
                }
                break;
            case 12:
                localContext = new DescribeFunctionContext(localContext);
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 1913;
                this.match(CqlParser.K_FUNCTION);
                this.state = 1914;
                (localContext as DescribeFunctionContext)._function_ = this.functionName();
                }
                break;
            case 13:
                localContext = new DescribeAggregatesContext(localContext);
                this.enterOuterAlt(localContext, 13);
                {
                this.state = 1915;
                this.match(CqlParser.K_AGGREGATES);
                }
                break;
            case 14:
                localContext = new DescribeAggregateContext(localContext);
                this.enterOuterAlt(localContext, 14);
                {
                this.state = 1916;
                this.match(CqlParser.K_AGGREGATE);
                this.state = 1917;
                (localContext as DescribeAggregateContext)._aggregate = this.functionName();
                }
                break;
            case 15:
                localContext = new DescribeNameContext(localContext);
                this.enterOuterAlt(localContext, 15);
                {
                this.state = 1921;
                this.errorHandler.sync(this);
                switch (this.interpreter.adaptivePredict(this.tokenStream, 206, this.context) ) {
                case 1:
                    {
                    this.state = 1918;
                    (localContext as DescribeNameContext)._keyspace = this.ident();
                    this.state = 1919;
                    this.match(CqlParser.DOT);
                    }
                    break;
                }
                this.state = 1923;
                (localContext as DescribeNameContext)._name = this.ident();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public consistencyStatement(): ConsistencyStatementContext {
        let localContext = new ConsistencyStatementContext(this.context, this.state);
        this.enterRule(localContext, 232, CqlParser.RULE_consistencyStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1926;
            this.match(CqlParser.K_CONSISTENCY);
            this.state = 1928;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 68 || _la === 156 || _la === 179) {
                {
                this.state = 1927;
                localContext._level = this.consistencyLevel();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public serialConsistencyStatement(): SerialConsistencyStatementContext {
        let localContext = new SerialConsistencyStatementContext(this.context, this.state);
        this.enterRule(localContext, 234, CqlParser.RULE_serialConsistencyStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1930;
            this.match(CqlParser.K_SERIAL);
            this.state = 1931;
            this.match(CqlParser.K_CONSISTENCY);
            this.state = 1933;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 68 || _la === 156 || _la === 179) {
                {
                this.state = 1932;
                localContext._level = this.consistencyLevel();
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public consistencyLevel(): ConsistencyLevelContext {
        let localContext = new ConsistencyLevelContext(this.context, this.state);
        this.enterRule(localContext, 236, CqlParser.RULE_consistencyLevel);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1935;
            _la = this.tokenStream.LA(1);
            if(!(_la === 68 || _la === 156 || _la === 179)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public copyStatement(): CopyStatementContext {
        let localContext = new CopyStatementContext(this.context, this.state);
        this.enterRule(localContext, 238, CqlParser.RULE_copyStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1937;
            this.match(CqlParser.K_COPY);
            this.state = 1938;
            localContext._table = this.tableName();
            this.state = 1950;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 187) {
                {
                this.state = 1939;
                this.match(CqlParser.LPAREN);
                this.state = 1940;
                this.ident();
                this.state = 1945;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 1941;
                    this.match(CqlParser.COMMA);
                    this.state = 1942;
                    this.ident();
                    }
                    }
                    this.state = 1947;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 1948;
                this.match(CqlParser.RPAREN);
                }
            }

            this.state = 1962;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_TO:
                {
                this.state = 1952;
                localContext._direction = this.match(CqlParser.K_TO);
                this.state = 1955;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case CqlParser.STRING_LITERAL:
                    {
                    this.state = 1953;
                    localContext._file = this.match(CqlParser.STRING_LITERAL);
                    }
                    break;
                case CqlParser.K_STDOUT:
                    {
                    this.state = 1954;
                    localContext._std = this.match(CqlParser.K_STDOUT);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            case CqlParser.K_FROM:
                {
                this.state = 1957;
                localContext._direction = this.match(CqlParser.K_FROM);
                this.state = 1960;
                this.errorHandler.sync(this);
                switch (this.tokenStream.LA(1)) {
                case CqlParser.STRING_LITERAL:
                    {
                    this.state = 1958;
                    localContext._file = this.match(CqlParser.STRING_LITERAL);
                    }
                    break;
                case CqlParser.K_STDIN:
                    {
                    this.state = 1959;
                    localContext._std = this.match(CqlParser.K_STDIN);
                    }
                    break;
                default:
                    throw new antlr.NoViableAltException(this);
                }
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
            this.state = 1973;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 12) {
                {
                this.state = 1964;
                this.match(CqlParser.K_WITH);
                this.state = 1965;
                this.copyOption();
                this.state = 1970;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 5) {
                    {
                    {
                    this.state = 1966;
                    this.match(CqlParser.K_AND);
                    this.state = 1967;
                    this.copyOption();
                    }
                    }
                    this.state = 1972;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public copyOption(): CopyOptionContext {
        let localContext = new CopyOptionContext(this.context, this.state);
        this.enterRule(localContext, 240, CqlParser.RULE_copyOption);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1975;
            localContext._name = this.anyWord();
            this.state = 1976;
            this.match(CqlParser.EQ);
            this.state = 1977;
            localContext._value = this.copyOptionValue();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public copyOptionValue(): CopyOptionValueContext {
        let localContext = new CopyOptionValueContext(this.context, this.state);
        this.enterRule(localContext, 242, CqlParser.RULE_copyOptionValue);
        try {
            this.state = 1981;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 217, this.context) ) {
            case 1:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 1979;
                this.constant();
                }
                break;
            case 2:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 1980;
                this.anyWord();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public sourceStatement(): SourceStatementContext {
        let localContext = new SourceStatementContext(this.context, this.state);
        this.enterRule(localContext, 244, CqlParser.RULE_sourceStatement);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1983;
            this.match(CqlParser.K_SOURCE);
            this.state = 1984;
            localContext._file = this.match(CqlParser.STRING_LITERAL);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public pagingStatement(): PagingStatementContext {
        let localContext = new PagingStatementContext(this.context, this.state);
        this.enterRule(localContext, 246, CqlParser.RULE_pagingStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1986;
            this.match(CqlParser.K_PAGING);
            this.state = 1988;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 38 || _la === 165 || _la === 174) {
                {
                this.state = 1987;
                _la = this.tokenStream.LA(1);
                if(!(_la === 38 || _la === 165 || _la === 174)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tracingStatement(): TracingStatementContext {
        let localContext = new TracingStatementContext(this.context, this.state);
        this.enterRule(localContext, 248, CqlParser.RULE_tracingStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1990;
            this.match(CqlParser.K_TRACING);
            this.state = 1992;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 38 || _la === 165) {
                {
                this.state = 1991;
                _la = this.tokenStream.LA(1);
                if(!(_la === 38 || _la === 165)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public expandStatement(): ExpandStatementContext {
        let localContext = new ExpandStatementContext(this.context, this.state);
        this.enterRule(localContext, 250, CqlParser.RULE_expandStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1994;
            this.match(CqlParser.K_EXPAND);
            this.state = 1996;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 38 || _la === 165) {
                {
                this.state = 1995;
                _la = this.tokenStream.LA(1);
                if(!(_la === 38 || _la === 165)) {
                this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public captureStatement(): CaptureStatementContext {
        let localContext = new CaptureStatementContext(this.context, this.state);
        this.enterRule(localContext, 252, CqlParser.RULE_captureStatement);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 1998;
            this.match(CqlParser.K_CAPTURE);
            this.state = 2001;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.STRING_LITERAL:
                {
                this.state = 1999;
                localContext._file = this.match(CqlParser.STRING_LITERAL);
                }
                break;
            case CqlParser.K_OFF:
                {
                this.state = 2000;
                this.match(CqlParser.K_OFF);
                }
                break;
            case CqlParser.EOF:
            case CqlParser.SEMI:
                break;
            default:
                break;
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public loginStatement(): LoginStatementContext {
        let localContext = new LoginStatementContext(this.context, this.state);
        this.enterRule(localContext, 254, CqlParser.RULE_loginStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2003;
            this.match(CqlParser.K_LOGIN);
            this.state = 2004;
            localContext._user = this.userName();
            this.state = 2006;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            if (_la === 170) {
                {
                this.state = 2005;
                localContext._password = this.match(CqlParser.STRING_LITERAL);
                }
            }

            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public clearStatement(): ClearStatementContext {
        let localContext = new ClearStatementContext(this.context, this.state);
        this.enterRule(localContext, 256, CqlParser.RULE_clearStatement);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2008;
            _la = this.tokenStream.LA(1);
            if(!(_la === 163 || _la === 164)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public constant(): ConstantContext {
        let localContext = new ConstantContext(this.context, this.state);
        this.enterRule(localContext, 258, CqlParser.RULE_constant);
        try {
            this.state = 2021;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.STRING_LITERAL:
                localContext = new StringConstantContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2010;
                this.match(CqlParser.STRING_LITERAL);
                }
                break;
            case CqlParser.INTEGER:
                localContext = new IntegerConstantContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2011;
                this.match(CqlParser.INTEGER);
                }
                break;
            case CqlParser.FLOAT:
                localContext = new FloatConstantContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2012;
                this.match(CqlParser.FLOAT);
                }
                break;
            case CqlParser.BOOLEAN:
                localContext = new BooleanConstantContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2013;
                this.match(CqlParser.BOOLEAN);
                }
                break;
            case CqlParser.DURATION:
                localContext = new DurationConstantContext(localContext);
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2014;
                this.match(CqlParser.DURATION);
                }
                break;
            case CqlParser.UUID:
                localContext = new UuidConstantContext(localContext);
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2015;
                this.match(CqlParser.UUID);
                }
                break;
            case CqlParser.HEXNUMBER:
                localContext = new HexConstantContext(localContext);
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2016;
                this.match(CqlParser.HEXNUMBER);
                }
                break;
            case CqlParser.K_NAN:
                localContext = new NanConstantContext(localContext);
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2017;
                this.match(CqlParser.K_NAN);
                }
                break;
            case CqlParser.K_NEGATIVE_NAN:
                localContext = new NanConstantContext(localContext);
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2018;
                this.match(CqlParser.K_NEGATIVE_NAN);
                }
                break;
            case CqlParser.K_INFINITY:
                localContext = new InfinityConstantContext(localContext);
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2019;
                this.match(CqlParser.K_INFINITY);
                }
                break;
            case CqlParser.K_NEGATIVE_INFINITY:
                localContext = new NegativeInfinityConstantContext(localContext);
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 2020;
                this.match(CqlParser.K_NEGATIVE_INFINITY);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public marker(): MarkerContext {
        let localContext = new MarkerContext(this.context, this.state);
        this.enterRule(localContext, 260, CqlParser.RULE_marker);
        try {
            this.state = 2026;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.QMARK:
                localContext = new AnonymousMarkerContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2023;
                this.match(CqlParser.QMARK);
                }
                break;
            case CqlParser.COLON:
                localContext = new NamedMarkerContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2024;
                this.match(CqlParser.COLON);
                this.state = 2025;
                (localContext as NamedMarkerContext)._name = this.ident();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public intValue(): IntValueContext {
        let localContext = new IntValueContext(this.context, this.state);
        this.enterRule(localContext, 262, CqlParser.RULE_intValue);
        try {
            this.state = 2030;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.INTEGER:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2028;
                this.match(CqlParser.INTEGER);
                }
                break;
            case CqlParser.COLON:
            case CqlParser.QMARK:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2029;
                this.marker();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public term(): TermContext {
        let localContext = new TermContext(this.context, this.state);
        this.enterRule(localContext, 264, CqlParser.RULE_term);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2032;
            this.termAddition();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public termAddition(): TermAdditionContext {
        let localContext = new TermAdditionContext(this.context, this.state);
        this.enterRule(localContext, 266, CqlParser.RULE_termAddition);
        let _la: number;
        try {
            let alternative: number;
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2034;
            this.termMultiplication();
            this.state = 2039;
            this.errorHandler.sync(this);
            alternative = this.interpreter.adaptivePredict(this.tokenStream, 226, this.context);
            while (alternative !== 2 && alternative !== antlr.ATN.INVALID_ALT_NUMBER) {
                if (alternative === 1) {
                    {
                    {
                    this.state = 2035;
                    localContext.__tset5227 = this.tokenStream.LT(1);
                    _la = this.tokenStream.LA(1);
                    if(!(_la === 199 || _la === 200)) {
                        localContext.__tset5227 = this.errorHandler.recoverInline(this);
                    }
                    else {
                        this.errorHandler.reportMatch(this);
                        this.consume();
                    }
                    localContext._ops.push(localContext.__tset5227!);
                    this.state = 2036;
                    this.termMultiplication();
                    }
                    }
                }
                this.state = 2041;
                this.errorHandler.sync(this);
                alternative = this.interpreter.adaptivePredict(this.tokenStream, 226, this.context);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public termMultiplication(): TermMultiplicationContext {
        let localContext = new TermMultiplicationContext(this.context, this.state);
        this.enterRule(localContext, 268, CqlParser.RULE_termMultiplication);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2042;
            this.termGroup();
            this.state = 2047;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (((((_la - 201)) & ~0x1F) === 0 && ((1 << (_la - 201)) & 7) !== 0)) {
                {
                {
                this.state = 2043;
                localContext.__tset5254 = this.tokenStream.LT(1);
                _la = this.tokenStream.LA(1);
                if(!(((((_la - 201)) & ~0x1F) === 0 && ((1 << (_la - 201)) & 7) !== 0))) {
                    localContext.__tset5254 = this.errorHandler.recoverInline(this);
                }
                else {
                    this.errorHandler.reportMatch(this);
                    this.consume();
                }
                localContext._ops.push(localContext.__tset5254!);
                this.state = 2044;
                this.termGroup();
                }
                }
                this.state = 2049;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public termGroup(): TermGroupContext {
        let localContext = new TermGroupContext(this.context, this.state);
        this.enterRule(localContext, 270, CqlParser.RULE_termGroup);
        try {
            this.state = 2053;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_AS:
            case CqlParser.K_KEY:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_DISTINCT:
            case CqlParser.K_COUNT:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_TTL:
            case CqlParser.K_CAST:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_TOKEN:
            case CqlParser.K_WRITETIME:
            case CqlParser.K_MAXWRITETIME:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
            case CqlParser.K_NULL:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_NAN:
            case CqlParser.K_NEGATIVE_NAN:
            case CqlParser.K_INFINITY:
            case CqlParser.K_NEGATIVE_INFINITY:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_JSON:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.STRING_LITERAL:
            case CqlParser.QUOTED_NAME:
            case CqlParser.INTEGER:
            case CqlParser.FLOAT:
            case CqlParser.BOOLEAN:
            case CqlParser.DURATION:
            case CqlParser.IDENT:
            case CqlParser.HEXNUMBER:
            case CqlParser.UUID:
            case CqlParser.COLON:
            case CqlParser.LPAREN:
            case CqlParser.LBRACKET:
            case CqlParser.LBRACE:
            case CqlParser.QMARK:
                localContext = new TermSimpleContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2050;
                this.simpleTerm();
                }
                break;
            case CqlParser.MINUS:
                localContext = new TermNegationContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2051;
                this.match(CqlParser.MINUS);
                this.state = 2052;
                this.simpleTerm();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public simpleTerm(): SimpleTermContext {
        let localContext = new SimpleTermContext(this.context, this.state);
        this.enterRule(localContext, 272, CqlParser.RULE_simpleTerm);
        let _la: number;
        try {
            this.state = 2082;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 231, this.context) ) {
            case 1:
                localContext = new TermValueContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2055;
                this.valueLiteral();
                }
                break;
            case 2:
                localContext = new TermFunctionCallContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2056;
                this.functionName();
                this.state = 2057;
                this.match(CqlParser.LPAREN);
                this.state = 2066;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 4286578687) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 1444800511) !== 0) || _la === 200 || _la === 206) {
                    {
                    this.state = 2058;
                    this.term();
                    this.state = 2063;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 183) {
                        {
                        {
                        this.state = 2059;
                        this.match(CqlParser.COMMA);
                        this.state = 2060;
                        this.term();
                        }
                        }
                        this.state = 2065;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 2068;
                this.match(CqlParser.RPAREN);
                }
                break;
            case 3:
                localContext = new TermTypeCastContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2070;
                this.match(CqlParser.LPAREN);
                this.state = 2071;
                (localContext as TermTypeCastContext)._type_ = this.comparatorType();
                this.state = 2072;
                this.match(CqlParser.RPAREN);
                this.state = 2073;
                this.simpleTerm();
                }
                break;
            case 4:
                localContext = new TermCastContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2075;
                this.match(CqlParser.K_CAST);
                this.state = 2076;
                this.match(CqlParser.LPAREN);
                this.state = 2077;
                this.simpleTerm();
                this.state = 2078;
                this.match(CqlParser.K_AS);
                this.state = 2079;
                (localContext as TermCastContext)._type_ = this.nativeType();
                this.state = 2080;
                this.match(CqlParser.RPAREN);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public valueLiteral(): ValueLiteralContext {
        let localContext = new ValueLiteralContext(this.context, this.state);
        this.enterRule(localContext, 274, CqlParser.RULE_valueLiteral);
        try {
            this.state = 2090;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 232, this.context) ) {
            case 1:
                localContext = new ConstantValueContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2084;
                this.constant();
                }
                break;
            case 2:
                localContext = new CollectionValueContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2085;
                this.collectionLiteral();
                }
                break;
            case 3:
                localContext = new UsertypeValueContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2086;
                this.usertypeLiteral();
                }
                break;
            case 4:
                localContext = new TupleValueContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2087;
                this.tupleLiteral();
                }
                break;
            case 5:
                localContext = new NullValueContext(localContext);
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2088;
                this.match(CqlParser.K_NULL);
                }
                break;
            case 6:
                localContext = new MarkerValueContext(localContext);
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2089;
                this.marker();
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public collectionLiteral(): CollectionLiteralContext {
        let localContext = new CollectionLiteralContext(this.context, this.state);
        this.enterRule(localContext, 276, CqlParser.RULE_collectionLiteral);
        let _la: number;
        try {
            this.state = 2133;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 237, this.context) ) {
            case 1:
                localContext = new ListLiteralContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2092;
                this.match(CqlParser.LBRACKET);
                this.state = 2101;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                if ((((_la) & ~0x1F) === 0 && ((1 << _la) & 2148319432) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827186705) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 4294959163) !== 0) || ((((_la - 97)) & ~0x1F) === 0 && ((1 << (_la - 97)) & 4286578687) !== 0) || ((((_la - 129)) & ~0x1F) === 0 && ((1 << (_la - 129)) & 4294934527) !== 0) || ((((_la - 161)) & ~0x1F) === 0 && ((1 << (_la - 161)) & 1444800511) !== 0) || _la === 200 || _la === 206) {
                    {
                    this.state = 2093;
                    this.term();
                    this.state = 2098;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                    while (_la === 183) {
                        {
                        {
                        this.state = 2094;
                        this.match(CqlParser.COMMA);
                        this.state = 2095;
                        this.term();
                        }
                        }
                        this.state = 2100;
                        this.errorHandler.sync(this);
                        _la = this.tokenStream.LA(1);
                    }
                    }
                }

                this.state = 2103;
                this.match(CqlParser.RBRACKET);
                }
                break;
            case 2:
                localContext = new MapLiteralContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2104;
                this.match(CqlParser.LBRACE);
                this.state = 2105;
                this.term();
                this.state = 2106;
                this.match(CqlParser.COLON);
                this.state = 2107;
                this.term();
                this.state = 2115;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 2108;
                    this.match(CqlParser.COMMA);
                    this.state = 2109;
                    this.term();
                    this.state = 2110;
                    this.match(CqlParser.COLON);
                    this.state = 2111;
                    this.term();
                    }
                    }
                    this.state = 2117;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 2118;
                this.match(CqlParser.RBRACE);
                }
                break;
            case 3:
                localContext = new SetLiteralContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2120;
                this.match(CqlParser.LBRACE);
                this.state = 2121;
                this.term();
                this.state = 2126;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 2122;
                    this.match(CqlParser.COMMA);
                    this.state = 2123;
                    this.term();
                    }
                    }
                    this.state = 2128;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 2129;
                this.match(CqlParser.RBRACE);
                }
                break;
            case 4:
                localContext = new EmptyBracesLiteralContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2131;
                this.match(CqlParser.LBRACE);
                this.state = 2132;
                this.match(CqlParser.RBRACE);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public usertypeLiteral(): UsertypeLiteralContext {
        let localContext = new UsertypeLiteralContext(this.context, this.state);
        this.enterRule(localContext, 278, CqlParser.RULE_usertypeLiteral);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2135;
            this.match(CqlParser.LBRACE);
            this.state = 2136;
            this.usertypeField();
            this.state = 2141;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 183) {
                {
                {
                this.state = 2137;
                this.match(CqlParser.COMMA);
                this.state = 2138;
                this.usertypeField();
                }
                }
                this.state = 2143;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 2144;
            this.match(CqlParser.RBRACE);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public usertypeField(): UsertypeFieldContext {
        let localContext = new UsertypeFieldContext(this.context, this.state);
        this.enterRule(localContext, 280, CqlParser.RULE_usertypeField);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2146;
            localContext._field = this.ident();
            this.state = 2147;
            this.match(CqlParser.COLON);
            this.state = 2148;
            localContext._value = this.term();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tupleLiteral(): TupleLiteralContext {
        let localContext = new TupleLiteralContext(this.context, this.state);
        this.enterRule(localContext, 282, CqlParser.RULE_tupleLiteral);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2150;
            this.match(CqlParser.LPAREN);
            this.state = 2151;
            this.term();
            this.state = 2156;
            this.errorHandler.sync(this);
            _la = this.tokenStream.LA(1);
            while (_la === 183) {
                {
                {
                this.state = 2152;
                this.match(CqlParser.COMMA);
                this.state = 2153;
                this.term();
                }
                }
                this.state = 2158;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
            }
            this.state = 2159;
            this.match(CqlParser.RPAREN);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public comparatorType(): ComparatorTypeContext {
        let localContext = new ComparatorTypeContext(this.context, this.state);
        this.enterRule(localContext, 284, CqlParser.RULE_comparatorType);
        let _la: number;
        try {
            this.state = 2205;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 241, this.context) ) {
            case 1:
                localContext = new NativeTypeRefContext(localContext);
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2161;
                this.nativeType();
                }
                break;
            case 2:
                localContext = new MapTypeContext(localContext);
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2162;
                this.match(CqlParser.K_MAP);
                this.state = 2163;
                this.match(CqlParser.LT);
                this.state = 2164;
                (localContext as MapTypeContext)._key = this.comparatorType();
                this.state = 2165;
                this.match(CqlParser.COMMA);
                this.state = 2166;
                (localContext as MapTypeContext)._value = this.comparatorType();
                this.state = 2167;
                this.match(CqlParser.GT);
                }
                break;
            case 3:
                localContext = new ListTypeContext(localContext);
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2169;
                this.match(CqlParser.K_LIST);
                this.state = 2170;
                this.match(CqlParser.LT);
                this.state = 2171;
                (localContext as ListTypeContext)._element = this.comparatorType();
                this.state = 2172;
                this.match(CqlParser.GT);
                }
                break;
            case 4:
                localContext = new SetTypeContext(localContext);
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2174;
                this.match(CqlParser.K_SET);
                this.state = 2175;
                this.match(CqlParser.LT);
                this.state = 2176;
                (localContext as SetTypeContext)._element = this.comparatorType();
                this.state = 2177;
                this.match(CqlParser.GT);
                }
                break;
            case 5:
                localContext = new TupleTypeContext(localContext);
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2179;
                this.match(CqlParser.K_TUPLE);
                this.state = 2180;
                this.match(CqlParser.LT);
                this.state = 2181;
                this.comparatorType();
                this.state = 2186;
                this.errorHandler.sync(this);
                _la = this.tokenStream.LA(1);
                while (_la === 183) {
                    {
                    {
                    this.state = 2182;
                    this.match(CqlParser.COMMA);
                    this.state = 2183;
                    this.comparatorType();
                    }
                    }
                    this.state = 2188;
                    this.errorHandler.sync(this);
                    _la = this.tokenStream.LA(1);
                }
                this.state = 2189;
                this.match(CqlParser.GT);
                }
                break;
            case 6:
                localContext = new VectorTypeContext(localContext);
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2191;
                this.match(CqlParser.K_VECTOR);
                this.state = 2192;
                this.match(CqlParser.LT);
                this.state = 2193;
                (localContext as VectorTypeContext)._element = this.comparatorType();
                this.state = 2194;
                this.match(CqlParser.COMMA);
                this.state = 2195;
                (localContext as VectorTypeContext)._dimension = this.match(CqlParser.INTEGER);
                this.state = 2196;
                this.match(CqlParser.GT);
                }
                break;
            case 7:
                localContext = new FrozenTypeContext(localContext);
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2198;
                this.match(CqlParser.K_FROZEN);
                this.state = 2199;
                this.match(CqlParser.LT);
                this.state = 2200;
                (localContext as FrozenTypeContext)._inner = this.comparatorType();
                this.state = 2201;
                this.match(CqlParser.GT);
                }
                break;
            case 8:
                localContext = new UserTypeRefContext(localContext);
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2203;
                this.userTypeName();
                }
                break;
            case 9:
                localContext = new CustomTypeContext(localContext);
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2204;
                this.match(CqlParser.STRING_LITERAL);
                }
                break;
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public nativeType(): NativeTypeContext {
        let localContext = new NativeTypeContext(this.context, this.state);
        this.enterRule(localContext, 286, CqlParser.RULE_nativeType);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2207;
            _la = this.tokenStream.LA(1);
            if(!(_la === 44 || ((((_la - 96)) & ~0x1F) === 0 && ((1 << (_la - 96)) & 6553599) !== 0))) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public tableName(): TableNameContext {
        let localContext = new TableNameContext(this.context, this.state);
        this.enterRule(localContext, 288, CqlParser.RULE_tableName);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2212;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 242, this.context) ) {
            case 1:
                {
                this.state = 2209;
                localContext._keyspace = this.ident();
                this.state = 2210;
                this.match(CqlParser.DOT);
                }
                break;
            }
            this.state = 2214;
            localContext._name = this.ident();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public userTypeName(): UserTypeNameContext {
        let localContext = new UserTypeNameContext(this.context, this.state);
        this.enterRule(localContext, 290, CqlParser.RULE_userTypeName);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2219;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 243, this.context) ) {
            case 1:
                {
                this.state = 2216;
                localContext._keyspace = this.ident();
                this.state = 2217;
                this.match(CqlParser.DOT);
                }
                break;
            }
            this.state = 2221;
            localContext._name = this.nonTypeIdent();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public functionName(): FunctionNameContext {
        let localContext = new FunctionNameContext(this.context, this.state);
        this.enterRule(localContext, 292, CqlParser.RULE_functionName);
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2226;
            this.errorHandler.sync(this);
            switch (this.interpreter.adaptivePredict(this.tokenStream, 244, this.context) ) {
            case 1:
                {
                this.state = 2223;
                localContext._keyspace = this.ident();
                this.state = 2224;
                this.match(CqlParser.DOT);
                }
                break;
            }
            this.state = 2228;
            localContext._name = this.allowedFunctionName();
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public roleName(): RoleNameContext {
        let localContext = new RoleNameContext(this.context, this.state);
        this.enterRule(localContext, 294, CqlParser.RULE_roleName);
        try {
            this.state = 2232;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_AS:
            case CqlParser.K_KEY:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_DISTINCT:
            case CqlParser.K_COUNT:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_TTL:
            case CqlParser.K_CAST:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_WRITETIME:
            case CqlParser.K_MAXWRITETIME:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_JSON:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.QUOTED_NAME:
            case CqlParser.IDENT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2230;
                this.ident();
                }
                break;
            case CqlParser.STRING_LITERAL:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2231;
                this.match(CqlParser.STRING_LITERAL);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public cident(): CidentContext {
        let localContext = new CidentContext(this.context, this.state);
        this.enterRule(localContext, 296, CqlParser.RULE_cident);
        try {
            this.state = 2236;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_AS:
            case CqlParser.K_KEY:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_DISTINCT:
            case CqlParser.K_COUNT:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_TTL:
            case CqlParser.K_CAST:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_WRITETIME:
            case CqlParser.K_MAXWRITETIME:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_JSON:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.QUOTED_NAME:
            case CqlParser.IDENT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2234;
                this.ident();
                }
                break;
            case CqlParser.EMPTY_QUOTED_NAME:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2235;
                this.match(CqlParser.EMPTY_QUOTED_NAME);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public ident(): IdentContext {
        let localContext = new IdentContext(this.context, this.state);
        this.enterRule(localContext, 298, CqlParser.RULE_ident);
        try {
            this.state = 2241;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.IDENT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2238;
                this.plainIdent();
                }
                break;
            case CqlParser.QUOTED_NAME:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2239;
                this.match(CqlParser.QUOTED_NAME);
                }
                break;
            case CqlParser.K_AS:
            case CqlParser.K_KEY:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_DISTINCT:
            case CqlParser.K_COUNT:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_TTL:
            case CqlParser.K_CAST:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_WRITETIME:
            case CqlParser.K_MAXWRITETIME:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_JSON:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2240;
                this.unreservedKeyword();
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public plainIdent(): PlainIdentContext {
        let localContext = new PlainIdentContext(this.context, this.state);
        this.enterRule(localContext, 300, CqlParser.RULE_plainIdent);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2243;
            _la = this.tokenStream.LA(1);
            if(!(((((_la - 155)) & ~0x1F) === 0 && ((1 << (_la - 155)) & 16809983) !== 0))) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public nonTypeIdent(): NonTypeIdentContext {
        let localContext = new NonTypeIdentContext(this.context, this.state);
        this.enterRule(localContext, 302, CqlParser.RULE_nonTypeIdent);
        try {
            this.state = 2249;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.IDENT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2245;
                this.plainIdent();
                }
                break;
            case CqlParser.QUOTED_NAME:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2246;
                this.match(CqlParser.QUOTED_NAME);
                }
                break;
            case CqlParser.K_AS:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2247;
                this.basicUnreservedKeyword();
                }
                break;
            case CqlParser.K_KEY:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2248;
                this.match(CqlParser.K_KEY);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public allowedFunctionName(): AllowedFunctionNameContext {
        let localContext = new AllowedFunctionNameContext(this.context, this.state);
        this.enterRule(localContext, 304, CqlParser.RULE_allowedFunctionName);
        try {
            this.state = 2257;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.IDENT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2251;
                this.plainIdent();
                }
                break;
            case CqlParser.QUOTED_NAME:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2252;
                this.match(CqlParser.QUOTED_NAME);
                }
                break;
            case CqlParser.K_AS:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2253;
                this.basicUnreservedKeyword();
                }
                break;
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2254;
                this.nativeType();
                }
                break;
            case CqlParser.K_TOKEN:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2255;
                this.match(CqlParser.K_TOKEN);
                }
                break;
            case CqlParser.K_COUNT:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2256;
                this.match(CqlParser.K_COUNT);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public unreservedKeyword(): UnreservedKeywordContext {
        let localContext = new UnreservedKeywordContext(this.context, this.state);
        this.enterRule(localContext, 306, CqlParser.RULE_unreservedKeyword);
        try {
            this.state = 2269;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_AS:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2259;
                this.basicUnreservedKeyword();
                }
                break;
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2260;
                this.nativeType();
                }
                break;
            case CqlParser.K_TTL:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2261;
                this.match(CqlParser.K_TTL);
                }
                break;
            case CqlParser.K_COUNT:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2262;
                this.match(CqlParser.K_COUNT);
                }
                break;
            case CqlParser.K_WRITETIME:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2263;
                this.match(CqlParser.K_WRITETIME);
                }
                break;
            case CqlParser.K_MAXWRITETIME:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2264;
                this.match(CqlParser.K_MAXWRITETIME);
                }
                break;
            case CqlParser.K_KEY:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2265;
                this.match(CqlParser.K_KEY);
                }
                break;
            case CqlParser.K_CAST:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2266;
                this.match(CqlParser.K_CAST);
                }
                break;
            case CqlParser.K_JSON:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2267;
                this.match(CqlParser.K_JSON);
                }
                break;
            case CqlParser.K_DISTINCT:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2268;
                this.match(CqlParser.K_DISTINCT);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public basicUnreservedKeyword(): BasicUnreservedKeywordContext {
        let localContext = new BasicUnreservedKeywordContext(this.context, this.state);
        this.enterRule(localContext, 308, CqlParser.RULE_basicUnreservedKeyword);
        let _la: number;
        try {
            this.enterOuterAlt(localContext, 1);
            {
            this.state = 2271;
            _la = this.tokenStream.LA(1);
            if(!((((_la) & ~0x1F) === 0 && ((1 << _la) & 2147532936) !== 0) || ((((_la - 33)) & ~0x1F) === 0 && ((1 << (_la - 33)) & 3827172369) !== 0) || ((((_la - 65)) & ~0x1F) === 0 && ((1 << (_la - 65)) & 2147475515) !== 0) || ((((_la - 121)) & ~0x1F) === 0 && ((1 << (_la - 121)) & 4253024135) !== 0) || _la === 153 || _la === 154)) {
            this.errorHandler.recoverInline(this);
            }
            else {
                this.errorHandler.reportMatch(this);
                this.consume();
            }
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }
    public anyWord(): AnyWordContext {
        let localContext = new AnyWordContext(this.context, this.state);
        this.enterRule(localContext, 310, CqlParser.RULE_anyWord);
        try {
            this.state = 2330;
            this.errorHandler.sync(this);
            switch (this.tokenStream.LA(1)) {
            case CqlParser.K_AS:
            case CqlParser.K_KEY:
            case CqlParser.K_KEYS:
            case CqlParser.K_PER:
            case CqlParser.K_PARTITION:
            case CqlParser.K_DISTINCT:
            case CqlParser.K_COUNT:
            case CqlParser.K_KEYSPACES:
            case CqlParser.K_TABLES:
            case CqlParser.K_CUSTOM:
            case CqlParser.K_VALUES:
            case CqlParser.K_TIMESTAMP:
            case CqlParser.K_TTL:
            case CqlParser.K_CAST:
            case CqlParser.K_TYPE:
            case CqlParser.K_TYPES:
            case CqlParser.K_COMPACT:
            case CqlParser.K_STORAGE:
            case CqlParser.K_FILTERING:
            case CqlParser.K_CONTAINS:
            case CqlParser.K_GROUP:
            case CqlParser.K_CLUSTER:
            case CqlParser.K_INTERNALS:
            case CqlParser.K_ONLY:
            case CqlParser.K_ALL:
            case CqlParser.K_PERMISSION:
            case CqlParser.K_PERMISSIONS:
            case CqlParser.K_MBEAN:
            case CqlParser.K_MBEANS:
            case CqlParser.K_USER:
            case CqlParser.K_USERS:
            case CqlParser.K_ROLE:
            case CqlParser.K_ROLES:
            case CqlParser.K_SUPERUSER:
            case CqlParser.K_NOSUPERUSER:
            case CqlParser.K_PASSWORD:
            case CqlParser.K_HASHED:
            case CqlParser.K_LOGIN:
            case CqlParser.K_NOLOGIN:
            case CqlParser.K_OPTIONS:
            case CqlParser.K_ACCESS:
            case CqlParser.K_DATACENTERS:
            case CqlParser.K_CIDRS:
            case CqlParser.K_IDENTITY:
            case CqlParser.K_CLUSTERING:
            case CqlParser.K_ASCII:
            case CqlParser.K_BIGINT:
            case CqlParser.K_BLOB:
            case CqlParser.K_BOOLEAN:
            case CqlParser.K_COUNTER:
            case CqlParser.K_DECIMAL:
            case CqlParser.K_DOUBLE:
            case CqlParser.K_DURATION:
            case CqlParser.K_FLOAT:
            case CqlParser.K_INET:
            case CqlParser.K_INT:
            case CqlParser.K_SMALLINT:
            case CqlParser.K_TINYINT:
            case CqlParser.K_TEXT:
            case CqlParser.K_UUID:
            case CqlParser.K_VARCHAR:
            case CqlParser.K_VARINT:
            case CqlParser.K_TIMEUUID:
            case CqlParser.K_WRITETIME:
            case CqlParser.K_MAXWRITETIME:
            case CqlParser.K_DATE:
            case CqlParser.K_TIME:
            case CqlParser.K_EXISTS:
            case CqlParser.K_MAP:
            case CqlParser.K_LIST:
            case CqlParser.K_TUPLE:
            case CqlParser.K_TRIGGER:
            case CqlParser.K_STATIC:
            case CqlParser.K_FROZEN:
            case CqlParser.K_FUNCTION:
            case CqlParser.K_FUNCTIONS:
            case CqlParser.K_AGGREGATE:
            case CqlParser.K_AGGREGATES:
            case CqlParser.K_SFUNC:
            case CqlParser.K_STYPE:
            case CqlParser.K_FINALFUNC:
            case CqlParser.K_INITCOND:
            case CqlParser.K_RETURNS:
            case CqlParser.K_CALLED:
            case CqlParser.K_INPUT:
            case CqlParser.K_LANGUAGE:
            case CqlParser.K_REPLACE:
            case CqlParser.K_JSON:
            case CqlParser.K_DEFAULT:
            case CqlParser.K_UNSET:
            case CqlParser.K_LIKE:
            case CqlParser.K_MASKED:
            case CqlParser.K_UNMASK:
            case CqlParser.K_SELECT_MASKED:
            case CqlParser.K_VECTOR:
            case CqlParser.K_ANN:
            case CqlParser.K_CONSISTENCY:
            case CqlParser.K_SERIAL:
            case CqlParser.K_COPY:
            case CqlParser.K_SOURCE:
            case CqlParser.K_PAGING:
            case CqlParser.K_TRACING:
            case CqlParser.K_EXPAND:
            case CqlParser.K_CAPTURE:
            case CqlParser.K_CLEAR:
            case CqlParser.K_CLS:
            case CqlParser.K_OFF:
            case CqlParser.K_STDIN:
            case CqlParser.K_STDOUT:
            case CqlParser.K_TAGS:
            case CqlParser.K_RESTORE:
            case CqlParser.QUOTED_NAME:
            case CqlParser.IDENT:
                this.enterOuterAlt(localContext, 1);
                {
                this.state = 2273;
                this.ident();
                }
                break;
            case CqlParser.K_SELECT:
                this.enterOuterAlt(localContext, 2);
                {
                this.state = 2274;
                this.match(CqlParser.K_SELECT);
                }
                break;
            case CqlParser.K_FROM:
                this.enterOuterAlt(localContext, 3);
                {
                this.state = 2275;
                this.match(CqlParser.K_FROM);
                }
                break;
            case CqlParser.K_WHERE:
                this.enterOuterAlt(localContext, 4);
                {
                this.state = 2276;
                this.match(CqlParser.K_WHERE);
                }
                break;
            case CqlParser.K_AND:
                this.enterOuterAlt(localContext, 5);
                {
                this.state = 2277;
                this.match(CqlParser.K_AND);
                }
                break;
            case CqlParser.K_ENTRIES:
                this.enterOuterAlt(localContext, 6);
                {
                this.state = 2278;
                this.match(CqlParser.K_ENTRIES);
                }
                break;
            case CqlParser.K_FULL:
                this.enterOuterAlt(localContext, 7);
                {
                this.state = 2279;
                this.match(CqlParser.K_FULL);
                }
                break;
            case CqlParser.K_INSERT:
                this.enterOuterAlt(localContext, 8);
                {
                this.state = 2280;
                this.match(CqlParser.K_INSERT);
                }
                break;
            case CqlParser.K_UPDATE:
                this.enterOuterAlt(localContext, 9);
                {
                this.state = 2281;
                this.match(CqlParser.K_UPDATE);
                }
                break;
            case CqlParser.K_WITH:
                this.enterOuterAlt(localContext, 10);
                {
                this.state = 2282;
                this.match(CqlParser.K_WITH);
                }
                break;
            case CqlParser.K_LIMIT:
                this.enterOuterAlt(localContext, 11);
                {
                this.state = 2283;
                this.match(CqlParser.K_LIMIT);
                }
                break;
            case CqlParser.K_USING:
                this.enterOuterAlt(localContext, 12);
                {
                this.state = 2284;
                this.match(CqlParser.K_USING);
                }
                break;
            case CqlParser.K_USE:
                this.enterOuterAlt(localContext, 13);
                {
                this.state = 2285;
                this.match(CqlParser.K_USE);
                }
                break;
            case CqlParser.K_SET:
                this.enterOuterAlt(localContext, 14);
                {
                this.state = 2286;
                this.match(CqlParser.K_SET);
                }
                break;
            case CqlParser.K_BEGIN:
                this.enterOuterAlt(localContext, 15);
                {
                this.state = 2287;
                this.match(CqlParser.K_BEGIN);
                }
                break;
            case CqlParser.K_UNLOGGED:
                this.enterOuterAlt(localContext, 16);
                {
                this.state = 2288;
                this.match(CqlParser.K_UNLOGGED);
                }
                break;
            case CqlParser.K_BATCH:
                this.enterOuterAlt(localContext, 17);
                {
                this.state = 2289;
                this.match(CqlParser.K_BATCH);
                }
                break;
            case CqlParser.K_APPLY:
                this.enterOuterAlt(localContext, 18);
                {
                this.state = 2290;
                this.match(CqlParser.K_APPLY);
                }
                break;
            case CqlParser.K_TRUNCATE:
                this.enterOuterAlt(localContext, 19);
                {
                this.state = 2291;
                this.match(CqlParser.K_TRUNCATE);
                }
                break;
            case CqlParser.K_DELETE:
                this.enterOuterAlt(localContext, 20);
                {
                this.state = 2292;
                this.match(CqlParser.K_DELETE);
                }
                break;
            case CqlParser.K_IN:
                this.enterOuterAlt(localContext, 21);
                {
                this.state = 2293;
                this.match(CqlParser.K_IN);
                }
                break;
            case CqlParser.K_CREATE:
                this.enterOuterAlt(localContext, 22);
                {
                this.state = 2294;
                this.match(CqlParser.K_CREATE);
                }
                break;
            case CqlParser.K_SCHEMA:
                this.enterOuterAlt(localContext, 23);
                {
                this.state = 2295;
                this.match(CqlParser.K_SCHEMA);
                }
                break;
            case CqlParser.K_KEYSPACE:
                this.enterOuterAlt(localContext, 24);
                {
                this.state = 2296;
                this.match(CqlParser.K_KEYSPACE);
                }
                break;
            case CqlParser.K_TABLE:
                this.enterOuterAlt(localContext, 25);
                {
                this.state = 2297;
                this.match(CqlParser.K_TABLE);
                }
                break;
            case CqlParser.K_MATERIALIZED:
                this.enterOuterAlt(localContext, 26);
                {
                this.state = 2298;
                this.match(CqlParser.K_MATERIALIZED);
                }
                break;
            case CqlParser.K_VIEW:
                this.enterOuterAlt(localContext, 27);
                {
                this.state = 2299;
                this.match(CqlParser.K_VIEW);
                }
                break;
            case CqlParser.K_INDEX:
                this.enterOuterAlt(localContext, 28);
                {
                this.state = 2300;
                this.match(CqlParser.K_INDEX);
                }
                break;
            case CqlParser.K_ON:
                this.enterOuterAlt(localContext, 29);
                {
                this.state = 2301;
                this.match(CqlParser.K_ON);
                }
                break;
            case CqlParser.K_TO:
                this.enterOuterAlt(localContext, 30);
                {
                this.state = 2302;
                this.match(CqlParser.K_TO);
                }
                break;
            case CqlParser.K_DROP:
                this.enterOuterAlt(localContext, 31);
                {
                this.state = 2303;
                this.match(CqlParser.K_DROP);
                }
                break;
            case CqlParser.K_PRIMARY:
                this.enterOuterAlt(localContext, 32);
                {
                this.state = 2304;
                this.match(CqlParser.K_PRIMARY);
                }
                break;
            case CqlParser.K_INTO:
                this.enterOuterAlt(localContext, 33);
                {
                this.state = 2305;
                this.match(CqlParser.K_INTO);
                }
                break;
            case CqlParser.K_ALTER:
                this.enterOuterAlt(localContext, 34);
                {
                this.state = 2306;
                this.match(CqlParser.K_ALTER);
                }
                break;
            case CqlParser.K_RENAME:
                this.enterOuterAlt(localContext, 35);
                {
                this.state = 2307;
                this.match(CqlParser.K_RENAME);
                }
                break;
            case CqlParser.K_ADD:
                this.enterOuterAlt(localContext, 36);
                {
                this.state = 2308;
                this.match(CqlParser.K_ADD);
                }
                break;
            case CqlParser.K_ORDER:
                this.enterOuterAlt(localContext, 37);
                {
                this.state = 2309;
                this.match(CqlParser.K_ORDER);
                }
                break;
            case CqlParser.K_BY:
                this.enterOuterAlt(localContext, 38);
                {
                this.state = 2310;
                this.match(CqlParser.K_BY);
                }
                break;
            case CqlParser.K_ASC:
                this.enterOuterAlt(localContext, 39);
                {
                this.state = 2311;
                this.match(CqlParser.K_ASC);
                }
                break;
            case CqlParser.K_DESC:
                this.enterOuterAlt(localContext, 40);
                {
                this.state = 2312;
                this.match(CqlParser.K_DESC);
                }
                break;
            case CqlParser.K_ALLOW:
                this.enterOuterAlt(localContext, 41);
                {
                this.state = 2313;
                this.match(CqlParser.K_ALLOW);
                }
                break;
            case CqlParser.K_IF:
                this.enterOuterAlt(localContext, 42);
                {
                this.state = 2314;
                this.match(CqlParser.K_IF);
                }
                break;
            case CqlParser.K_IS:
                this.enterOuterAlt(localContext, 43);
                {
                this.state = 2315;
                this.match(CqlParser.K_IS);
                }
                break;
            case CqlParser.K_GRANT:
                this.enterOuterAlt(localContext, 44);
                {
                this.state = 2316;
                this.match(CqlParser.K_GRANT);
                }
                break;
            case CqlParser.K_OF:
                this.enterOuterAlt(localContext, 45);
                {
                this.state = 2317;
                this.match(CqlParser.K_OF);
                }
                break;
            case CqlParser.K_REVOKE:
                this.enterOuterAlt(localContext, 46);
                {
                this.state = 2318;
                this.match(CqlParser.K_REVOKE);
                }
                break;
            case CqlParser.K_MODIFY:
                this.enterOuterAlt(localContext, 47);
                {
                this.state = 2319;
                this.match(CqlParser.K_MODIFY);
                }
                break;
            case CqlParser.K_AUTHORIZE:
                this.enterOuterAlt(localContext, 48);
                {
                this.state = 2320;
                this.match(CqlParser.K_AUTHORIZE);
                }
                break;
            case CqlParser.K_DESCRIBE:
                this.enterOuterAlt(localContext, 49);
                {
                this.state = 2321;
                this.match(CqlParser.K_DESCRIBE);
                }
                break;
            case CqlParser.K_EXECUTE:
                this.enterOuterAlt(localContext, 50);
                {
                this.state = 2322;
                this.match(CqlParser.K_EXECUTE);
                }
                break;
            case CqlParser.K_NORECURSIVE:
                this.enterOuterAlt(localContext, 51);
                {
                this.state = 2323;
                this.match(CqlParser.K_NORECURSIVE);
                }
                break;
            case CqlParser.K_TOKEN:
                this.enterOuterAlt(localContext, 52);
                {
                this.state = 2324;
                this.match(CqlParser.K_TOKEN);
                }
                break;
            case CqlParser.K_NULL:
                this.enterOuterAlt(localContext, 53);
                {
                this.state = 2325;
                this.match(CqlParser.K_NULL);
                }
                break;
            case CqlParser.K_NOT:
                this.enterOuterAlt(localContext, 54);
                {
                this.state = 2326;
                this.match(CqlParser.K_NOT);
                }
                break;
            case CqlParser.K_NAN:
                this.enterOuterAlt(localContext, 55);
                {
                this.state = 2327;
                this.match(CqlParser.K_NAN);
                }
                break;
            case CqlParser.K_INFINITY:
                this.enterOuterAlt(localContext, 56);
                {
                this.state = 2328;
                this.match(CqlParser.K_INFINITY);
                }
                break;
            case CqlParser.K_OR:
                this.enterOuterAlt(localContext, 57);
                {
                this.state = 2329;
                this.match(CqlParser.K_OR);
                }
                break;
            default:
                throw new antlr.NoViableAltException(this);
            }
        }
        catch (re) {
            if (re instanceof antlr.RecognitionException) {
                this.errorHandler.reportError(this, re);
                this.errorHandler.recover(this, re);
            } else {
                throw re;
            }
        }
        finally {
            this.exitRule();
        }
        return localContext;
    }

    public static readonly _serializedATN: number[] = [
        4,1,214,2333,2,0,7,0,2,1,7,1,2,2,7,2,2,3,7,3,2,4,7,4,2,5,7,5,2,6,
        7,6,2,7,7,7,2,8,7,8,2,9,7,9,2,10,7,10,2,11,7,11,2,12,7,12,2,13,7,
        13,2,14,7,14,2,15,7,15,2,16,7,16,2,17,7,17,2,18,7,18,2,19,7,19,2,
        20,7,20,2,21,7,21,2,22,7,22,2,23,7,23,2,24,7,24,2,25,7,25,2,26,7,
        26,2,27,7,27,2,28,7,28,2,29,7,29,2,30,7,30,2,31,7,31,2,32,7,32,2,
        33,7,33,2,34,7,34,2,35,7,35,2,36,7,36,2,37,7,37,2,38,7,38,2,39,7,
        39,2,40,7,40,2,41,7,41,2,42,7,42,2,43,7,43,2,44,7,44,2,45,7,45,2,
        46,7,46,2,47,7,47,2,48,7,48,2,49,7,49,2,50,7,50,2,51,7,51,2,52,7,
        52,2,53,7,53,2,54,7,54,2,55,7,55,2,56,7,56,2,57,7,57,2,58,7,58,2,
        59,7,59,2,60,7,60,2,61,7,61,2,62,7,62,2,63,7,63,2,64,7,64,2,65,7,
        65,2,66,7,66,2,67,7,67,2,68,7,68,2,69,7,69,2,70,7,70,2,71,7,71,2,
        72,7,72,2,73,7,73,2,74,7,74,2,75,7,75,2,76,7,76,2,77,7,77,2,78,7,
        78,2,79,7,79,2,80,7,80,2,81,7,81,2,82,7,82,2,83,7,83,2,84,7,84,2,
        85,7,85,2,86,7,86,2,87,7,87,2,88,7,88,2,89,7,89,2,90,7,90,2,91,7,
        91,2,92,7,92,2,93,7,93,2,94,7,94,2,95,7,95,2,96,7,96,2,97,7,97,2,
        98,7,98,2,99,7,99,2,100,7,100,2,101,7,101,2,102,7,102,2,103,7,103,
        2,104,7,104,2,105,7,105,2,106,7,106,2,107,7,107,2,108,7,108,2,109,
        7,109,2,110,7,110,2,111,7,111,2,112,7,112,2,113,7,113,2,114,7,114,
        2,115,7,115,2,116,7,116,2,117,7,117,2,118,7,118,2,119,7,119,2,120,
        7,120,2,121,7,121,2,122,7,122,2,123,7,123,2,124,7,124,2,125,7,125,
        2,126,7,126,2,127,7,127,2,128,7,128,2,129,7,129,2,130,7,130,2,131,
        7,131,2,132,7,132,2,133,7,133,2,134,7,134,2,135,7,135,2,136,7,136,
        2,137,7,137,2,138,7,138,2,139,7,139,2,140,7,140,2,141,7,141,2,142,
        7,142,2,143,7,143,2,144,7,144,2,145,7,145,2,146,7,146,2,147,7,147,
        2,148,7,148,2,149,7,149,2,150,7,150,2,151,7,151,2,152,7,152,2,153,
        7,153,2,154,7,154,2,155,7,155,1,0,1,0,5,0,315,8,0,10,0,12,0,318,
        9,0,1,0,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
        1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
        1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
        1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,3,1,376,8,1,1,2,1,2,1,2,1,3,
        1,3,3,3,383,8,3,1,3,3,3,386,8,3,1,3,1,3,1,3,1,3,1,3,3,3,393,8,3,
        1,3,1,3,1,3,1,3,1,3,5,3,400,8,3,10,3,12,3,403,9,3,3,3,405,8,3,1,
        3,1,3,1,3,1,3,1,3,5,3,412,8,3,10,3,12,3,415,9,3,3,3,417,8,3,1,3,
        1,3,1,3,1,3,3,3,423,8,3,1,3,1,3,3,3,427,8,3,1,3,1,3,3,3,431,8,3,
        1,4,1,4,1,4,5,4,436,8,4,10,4,12,4,439,9,4,1,4,3,4,442,8,4,1,5,1,
        5,1,5,3,5,447,8,5,1,6,1,6,1,7,1,7,1,7,5,7,454,8,7,10,7,12,7,457,
        9,7,1,8,1,8,1,8,5,8,462,8,8,10,8,12,8,465,9,8,1,9,1,9,5,9,469,8,
        9,10,9,12,9,472,9,9,1,9,1,9,3,9,476,8,9,1,10,1,10,1,10,1,10,1,10,
        1,10,3,10,484,8,10,1,11,1,11,1,11,1,11,3,11,490,8,11,1,11,1,11,3,
        11,494,8,11,1,12,1,12,1,12,1,12,1,12,1,12,1,12,1,12,1,12,1,12,5,
        12,506,8,12,10,12,12,12,509,9,12,1,12,1,12,1,12,1,12,1,12,1,12,5,
        12,517,8,12,10,12,12,12,520,9,12,3,12,522,8,12,1,12,1,12,1,12,1,
        12,1,12,1,12,1,12,1,12,1,12,1,12,5,12,534,8,12,10,12,12,12,537,9,
        12,1,12,1,12,1,12,1,12,1,12,1,12,5,12,545,8,12,10,12,12,12,548,9,
        12,1,12,1,12,1,12,1,12,3,12,554,8,12,1,13,1,13,1,13,1,13,1,13,1,
        13,1,13,1,13,1,13,1,13,5,13,566,8,13,10,13,12,13,569,9,13,1,13,1,
        13,1,13,1,13,1,13,1,13,1,13,1,13,1,13,1,13,1,13,1,13,1,13,1,13,5,
        13,585,8,13,10,13,12,13,588,9,13,3,13,590,8,13,1,13,1,13,3,13,594,
        8,13,1,14,1,14,1,14,3,14,599,8,14,1,15,1,15,1,15,5,15,604,8,15,10,
        15,12,15,607,9,15,1,16,1,16,3,16,611,8,16,1,17,1,17,1,17,1,17,1,
        17,1,17,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,
        18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,3,18,639,8,18,1,18,1,
        18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,
        18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,1,18,3,18,667,
        8,18,1,19,1,19,1,20,1,20,1,20,1,20,5,20,675,8,20,10,20,12,20,678,
        9,20,1,20,1,20,1,21,1,21,1,21,1,21,5,21,686,8,21,10,21,12,21,689,
        9,21,3,21,691,8,21,1,21,1,21,3,21,695,8,21,1,22,1,22,1,22,1,22,1,
        22,1,22,1,22,5,22,704,8,22,10,22,12,22,707,9,22,1,22,1,22,1,22,1,
        22,1,22,1,22,5,22,715,8,22,10,22,12,22,718,9,22,1,22,1,22,3,22,722,
        8,22,1,23,1,23,3,23,726,8,23,1,24,1,24,1,24,3,24,731,8,24,1,25,1,
        25,1,26,1,26,1,26,1,26,3,26,739,8,26,1,26,3,26,742,8,26,1,27,1,27,
        1,27,1,27,1,27,3,27,749,8,27,1,27,3,27,752,8,27,1,28,1,28,1,28,1,
        28,5,28,758,8,28,10,28,12,28,761,9,28,1,28,1,28,1,28,1,28,1,28,1,
        28,5,28,769,8,28,10,28,12,28,772,9,28,1,28,1,28,1,28,1,28,1,28,1,
        28,3,28,780,8,28,3,28,782,8,28,1,29,1,29,3,29,786,8,29,1,30,1,30,
        1,30,1,30,5,30,792,8,30,10,30,12,30,795,9,30,1,31,1,31,1,31,1,31,
        3,31,801,8,31,1,32,1,32,1,32,3,32,806,8,32,1,32,1,32,1,32,1,32,5,
        32,812,8,32,10,32,12,32,815,9,32,1,32,1,32,1,32,1,32,1,32,3,32,822,
        8,32,3,32,824,8,32,1,33,1,33,1,33,1,33,1,33,3,33,831,8,33,1,33,1,
        33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,
        33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,33,1,
        33,3,33,861,8,33,1,34,1,34,1,35,1,35,1,35,5,35,868,8,35,10,35,12,
        35,871,9,35,1,36,1,36,1,36,1,36,1,36,1,36,1,36,3,36,880,8,36,1,36,
        1,36,1,36,1,36,1,36,1,36,1,36,1,36,1,36,1,36,1,36,1,36,1,36,1,36,
        1,36,1,36,1,36,1,36,1,36,1,36,1,36,1,36,1,36,1,36,1,36,1,36,1,36,
        1,36,1,36,1,36,1,36,1,36,3,36,914,8,36,1,37,1,37,3,37,918,8,37,1,
        37,1,37,1,37,1,37,1,37,3,37,925,8,37,1,37,1,37,1,37,1,37,1,37,3,
        37,932,8,37,3,37,934,8,37,1,38,1,38,1,38,5,38,939,8,38,10,38,12,
        38,942,9,38,1,39,1,39,1,39,1,39,1,39,1,39,1,39,1,39,1,39,1,39,3,
        39,954,8,39,1,40,1,40,3,40,958,8,40,1,40,1,40,3,40,962,8,40,1,40,
        1,40,3,40,966,8,40,5,40,968,8,40,10,40,12,40,971,9,40,1,40,1,40,
        1,40,1,41,1,41,1,41,3,41,979,8,41,1,42,1,42,3,42,983,8,42,1,42,1,
        42,1,43,1,43,1,43,1,43,1,44,1,44,1,44,1,45,1,45,1,46,1,46,1,46,3,
        46,999,8,46,1,46,1,46,1,46,1,46,1,47,1,47,1,47,3,47,1008,8,47,1,
        47,1,47,1,47,1,48,1,48,1,48,1,48,1,48,1,48,1,48,1,48,3,48,1021,8,
        48,1,49,1,49,1,49,3,49,1026,8,49,1,49,1,49,1,50,1,50,1,50,3,50,1033,
        8,50,1,50,1,50,1,50,1,50,1,50,3,50,1040,8,50,5,50,1042,8,50,10,50,
        12,50,1045,9,50,1,50,1,50,1,50,1,50,1,50,5,50,1052,8,50,10,50,12,
        50,1055,9,50,3,50,1057,8,50,1,51,1,51,3,51,1061,8,51,1,52,1,52,1,
        52,3,52,1066,8,52,1,52,3,52,1069,8,52,1,52,1,52,3,52,1073,8,52,1,
        53,1,53,1,53,1,53,1,53,1,53,5,53,1081,8,53,10,53,12,53,1084,9,53,
        1,53,1,53,1,54,1,54,1,54,1,54,1,54,5,54,1093,8,54,10,54,12,54,1096,
        9,54,1,54,1,54,3,54,1100,8,54,1,55,1,55,1,55,1,55,1,55,1,55,1,55,
        1,55,1,55,1,55,5,55,1112,8,55,10,55,12,55,1115,9,55,3,55,1117,8,
        55,1,55,1,55,3,55,1121,8,55,1,56,1,56,1,56,1,56,1,56,1,56,1,56,1,
        56,1,56,1,56,5,56,1133,8,56,10,56,12,56,1136,9,56,1,56,1,56,3,56,
        1140,8,56,1,57,1,57,1,57,1,58,1,58,1,58,3,58,1148,8,58,1,58,1,58,
        1,58,1,59,1,59,1,59,1,59,1,59,1,59,1,59,3,59,1160,8,59,1,59,1,59,
        1,59,1,59,1,59,3,59,1167,8,59,1,59,1,59,1,59,1,59,1,59,1,59,3,59,
        1175,8,59,1,59,1,59,1,59,3,59,1180,8,59,1,59,1,59,1,59,1,59,5,59,
        1186,8,59,10,59,12,59,1189,9,59,1,59,1,59,1,59,1,59,3,59,1195,8,
        59,1,59,1,59,1,59,1,59,3,59,1201,8,59,1,59,1,59,3,59,1205,8,59,1,
        59,1,59,1,59,1,59,5,59,1211,8,59,10,59,12,59,1214,9,59,1,59,1,59,
        1,59,1,59,3,59,1220,8,59,1,59,1,59,3,59,1224,8,59,1,59,1,59,1,59,
        5,59,1229,8,59,10,59,12,59,1232,9,59,1,59,1,59,1,59,1,59,1,59,1,
        59,1,59,1,59,1,59,1,59,1,59,3,59,1245,8,59,1,60,1,60,1,60,3,60,1250,
        8,60,1,60,3,60,1253,8,60,1,61,1,61,1,61,1,61,1,62,1,62,1,62,3,62,
        1262,8,62,1,62,1,62,1,63,1,63,1,63,3,63,1269,8,63,1,63,1,63,1,63,
        1,63,1,63,3,63,1276,8,63,5,63,1278,8,63,10,63,12,63,1281,9,63,1,
        63,1,63,1,64,1,64,1,64,1,65,1,65,1,65,3,65,1291,8,65,1,65,1,65,1,
        65,1,66,1,66,1,66,1,66,1,66,1,66,1,66,3,66,1303,8,66,1,66,1,66,1,
        66,1,66,1,66,3,66,1310,8,66,1,66,1,66,1,66,5,66,1315,8,66,10,66,
        12,66,1318,9,66,3,66,1320,8,66,1,67,1,67,1,67,1,67,1,68,1,68,1,68,
        3,68,1329,8,68,1,68,1,68,1,69,1,69,3,69,1335,8,69,1,69,1,69,3,69,
        1339,8,69,1,69,3,69,1342,8,69,1,69,1,69,1,69,1,69,1,69,1,69,5,69,
        1350,8,69,10,69,12,69,1353,9,69,3,69,1355,8,69,1,69,1,69,1,69,3,
        69,1360,8,69,1,69,1,69,3,69,1364,8,69,1,70,1,70,1,70,1,70,1,70,1,
        70,3,70,1372,8,70,1,71,1,71,1,71,3,71,1377,8,71,1,71,1,71,1,72,1,
        72,1,72,3,72,1384,8,72,1,72,1,72,1,73,1,73,1,73,1,73,3,73,1392,8,
        73,1,73,1,73,1,73,1,73,1,73,1,73,1,73,1,73,3,73,1402,8,73,1,73,1,
        73,1,73,1,73,1,73,1,73,5,73,1410,8,73,10,73,12,73,1413,9,73,1,73,
        1,73,1,73,1,73,1,73,5,73,1420,8,73,10,73,12,73,1423,9,73,3,73,1425,
        8,73,1,74,1,74,1,74,1,74,3,74,1431,8,74,1,74,1,74,1,74,1,74,1,75,
        1,75,1,75,1,75,3,75,1441,8,75,1,75,1,75,1,76,1,76,1,76,3,76,1448,
        8,76,1,76,1,76,3,76,1452,8,76,1,76,1,76,1,76,1,76,1,76,5,76,1459,
        8,76,10,76,12,76,1462,9,76,3,76,1464,8,76,1,76,1,76,1,76,1,76,3,
        76,1470,8,76,1,76,1,76,1,76,1,76,1,76,1,76,1,76,1,76,1,76,1,76,1,
        77,1,77,1,77,1,78,1,78,1,78,3,78,1488,8,78,1,78,1,78,3,78,1492,8,
        78,1,79,1,79,1,79,1,79,5,79,1498,8,79,10,79,12,79,1501,9,79,3,79,
        1503,8,79,1,79,1,79,1,80,1,80,1,80,3,80,1510,8,80,1,80,1,80,3,80,
        1514,8,80,1,80,1,80,1,80,1,80,1,80,1,80,1,80,1,80,3,80,1524,8,80,
        1,80,1,80,3,80,1528,8,80,1,81,1,81,1,81,3,81,1533,8,81,1,81,1,81,
        3,81,1537,8,81,1,82,1,82,1,82,3,82,1542,8,82,1,82,1,82,1,82,1,82,
        1,82,1,82,1,83,1,83,1,83,3,83,1553,8,83,1,83,1,83,1,83,1,83,1,84,
        1,84,1,84,1,84,1,84,1,84,1,84,1,84,3,84,1567,8,84,1,85,1,85,1,85,
        5,85,1572,8,85,10,85,12,85,1575,9,85,1,86,1,86,1,86,1,86,1,86,1,
        86,1,86,1,86,3,86,1585,8,86,1,87,1,87,3,87,1589,8,87,1,88,1,88,1,
        88,1,88,5,88,1595,8,88,10,88,12,88,1598,9,88,3,88,1600,8,88,1,88,
        1,88,1,89,1,89,1,89,1,89,1,90,1,90,1,90,1,90,1,90,1,90,5,90,1614,
        8,90,10,90,12,90,1617,9,90,3,90,1619,8,90,1,90,3,90,1622,8,90,1,
        91,1,91,1,91,3,91,1627,8,91,1,91,1,91,1,91,3,91,1632,8,91,1,91,3,
        91,1635,8,91,1,92,1,92,1,92,3,92,1640,8,92,1,92,1,92,1,92,3,92,1645,
        8,92,1,92,3,92,1648,8,92,1,93,1,93,1,93,3,93,1653,8,93,1,93,1,93,
        1,94,1,94,1,94,1,95,1,95,3,95,1662,8,95,1,96,1,96,1,96,1,96,1,96,
        3,96,1669,8,96,1,97,1,97,1,97,3,97,1674,8,97,1,97,1,97,1,97,1,97,
        1,97,1,98,1,98,1,98,3,98,1684,8,98,1,98,1,98,1,99,1,99,3,99,1690,
        8,99,1,100,1,100,1,100,3,100,1695,8,100,1,100,1,100,1,100,3,100,
        1700,8,100,1,101,1,101,1,101,3,101,1705,8,101,1,101,1,101,1,101,
        3,101,1710,8,101,1,102,1,102,1,102,3,102,1715,8,102,1,102,1,102,
        1,103,1,103,1,103,1,103,3,103,1723,8,103,1,103,3,103,1726,8,103,
        1,104,1,104,1,104,1,104,1,104,1,105,1,105,1,105,1,105,1,105,1,106,
        1,106,1,106,5,106,1741,8,106,10,106,12,106,1744,9,106,1,107,1,107,
        1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,
        1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,
        1,107,1,107,1,107,5,107,1773,8,107,10,107,12,107,1776,9,107,1,107,
        1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,1,107,
        5,107,1790,8,107,10,107,12,107,1793,9,107,1,107,3,107,1796,8,107,
        1,108,1,108,1,108,1,108,1,108,1,108,1,108,1,109,1,109,1,109,1,109,
        1,109,1,109,1,109,1,110,1,110,1,110,1,110,3,110,1816,8,110,1,110,
        1,110,3,110,1820,8,110,1,110,3,110,1823,8,110,1,111,1,111,3,111,
        1827,8,111,1,111,1,111,3,111,1831,8,111,1,111,1,111,1,111,3,111,
        1836,8,111,5,111,1838,8,111,10,111,12,111,1841,9,111,3,111,1843,
        8,111,1,112,1,112,1,113,1,113,1,113,1,113,1,113,1,113,1,113,1,113,
        1,113,1,113,1,113,3,113,1858,8,113,1,113,1,113,1,113,1,113,1,113,
        1,113,1,113,1,113,1,113,1,113,1,113,3,113,1871,8,113,1,113,1,113,
        1,113,1,113,1,113,1,113,1,113,1,113,3,113,1881,8,113,1,114,1,114,
        1,114,1,114,3,114,1887,8,114,1,115,1,115,3,115,1891,8,115,1,115,
        1,115,1,115,3,115,1896,8,115,1,115,1,115,3,115,1900,8,115,1,115,
        1,115,1,115,1,115,1,115,1,115,1,115,1,115,1,115,1,115,1,115,1,115,
        1,115,1,115,1,115,1,115,1,115,1,115,1,115,1,115,3,115,1922,8,115,
        1,115,3,115,1925,8,115,1,116,1,116,3,116,1929,8,116,1,117,1,117,
        1,117,3,117,1934,8,117,1,118,1,118,1,119,1,119,1,119,1,119,1,119,
        1,119,5,119,1944,8,119,10,119,12,119,1947,9,119,1,119,1,119,3,119,
        1951,8,119,1,119,1,119,1,119,3,119,1956,8,119,1,119,1,119,1,119,
        3,119,1961,8,119,3,119,1963,8,119,1,119,1,119,1,119,1,119,5,119,
        1969,8,119,10,119,12,119,1972,9,119,3,119,1974,8,119,1,120,1,120,
        1,120,1,120,1,121,1,121,3,121,1982,8,121,1,122,1,122,1,122,1,123,
        1,123,3,123,1989,8,123,1,124,1,124,3,124,1993,8,124,1,125,1,125,
        3,125,1997,8,125,1,126,1,126,1,126,3,126,2002,8,126,1,127,1,127,
        1,127,3,127,2007,8,127,1,128,1,128,1,129,1,129,1,129,1,129,1,129,
        1,129,1,129,1,129,1,129,1,129,1,129,3,129,2022,8,129,1,130,1,130,
        1,130,3,130,2027,8,130,1,131,1,131,3,131,2031,8,131,1,132,1,132,
        1,133,1,133,1,133,5,133,2038,8,133,10,133,12,133,2041,9,133,1,134,
        1,134,1,134,5,134,2046,8,134,10,134,12,134,2049,9,134,1,135,1,135,
        1,135,3,135,2054,8,135,1,136,1,136,1,136,1,136,1,136,1,136,5,136,
        2062,8,136,10,136,12,136,2065,9,136,3,136,2067,8,136,1,136,1,136,
        1,136,1,136,1,136,1,136,1,136,1,136,1,136,1,136,1,136,1,136,1,136,
        1,136,3,136,2083,8,136,1,137,1,137,1,137,1,137,1,137,1,137,3,137,
        2091,8,137,1,138,1,138,1,138,1,138,5,138,2097,8,138,10,138,12,138,
        2100,9,138,3,138,2102,8,138,1,138,1,138,1,138,1,138,1,138,1,138,
        1,138,1,138,1,138,1,138,5,138,2114,8,138,10,138,12,138,2117,9,138,
        1,138,1,138,1,138,1,138,1,138,1,138,5,138,2125,8,138,10,138,12,138,
        2128,9,138,1,138,1,138,1,138,1,138,3,138,2134,8,138,1,139,1,139,
        1,139,1,139,5,139,2140,8,139,10,139,12,139,2143,9,139,1,139,1,139,
        1,140,1,140,1,140,1,140,1,141,1,141,1,141,1,141,5,141,2155,8,141,
        10,141,12,141,2158,9,141,1,141,1,141,1,142,1,142,1,142,1,142,1,142,
        1,142,1,142,1,142,1,142,1,142,1,142,1,142,1,142,1,142,1,142,1,142,
        1,142,1,142,1,142,1,142,1,142,1,142,1,142,5,142,2185,8,142,10,142,
        12,142,2188,9,142,1,142,1,142,1,142,1,142,1,142,1,142,1,142,1,142,
        1,142,1,142,1,142,1,142,1,142,1,142,1,142,1,142,3,142,2206,8,142,
        1,143,1,143,1,144,1,144,1,144,3,144,2213,8,144,1,144,1,144,1,145,
        1,145,1,145,3,145,2220,8,145,1,145,1,145,1,146,1,146,1,146,3,146,
        2227,8,146,1,146,1,146,1,147,1,147,3,147,2233,8,147,1,148,1,148,
        3,148,2237,8,148,1,149,1,149,1,149,3,149,2242,8,149,1,150,1,150,
        1,151,1,151,1,151,1,151,3,151,2250,8,151,1,152,1,152,1,152,1,152,
        1,152,1,152,3,152,2258,8,152,1,153,1,153,1,153,1,153,1,153,1,153,
        1,153,1,153,1,153,1,153,3,153,2270,8,153,1,154,1,154,1,155,1,155,
        1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,
        1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,
        1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,
        1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,
        1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,1,155,
        3,155,2331,8,155,1,155,0,0,156,0,2,4,6,8,10,12,14,16,18,20,22,24,
        26,28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,64,66,68,
        70,72,74,76,78,80,82,84,86,88,90,92,94,96,98,100,102,104,106,108,
        110,112,114,116,118,120,122,124,126,128,130,132,134,136,138,140,
        142,144,146,148,150,152,154,156,158,160,162,164,166,168,170,172,
        174,176,178,180,182,184,186,188,190,192,194,196,198,200,202,204,
        206,208,210,212,214,216,218,220,222,224,226,228,230,232,234,236,
        238,240,242,244,246,248,250,252,254,256,258,260,262,264,266,268,
        270,272,274,276,278,280,282,284,286,288,290,292,294,296,298,300,
        302,304,306,308,310,0,21,1,0,199,200,1,0,201,203,2,0,45,45,115,116,
        1,0,193,198,1,0,56,57,2,0,119,119,148,148,1,0,204,205,2,0,22,22,
        100,100,1,0,29,30,2,0,7,9,43,43,1,0,84,85,6,0,1,1,28,28,40,40,47,
        47,73,76,151,152,1,0,78,79,2,0,57,57,75,75,3,0,68,68,156,156,179,
        179,3,0,38,38,165,165,174,174,2,0,38,38,165,165,1,0,163,164,3,0,
        44,44,96,113,117,118,2,0,155,169,179,179,16,0,3,3,7,7,14,15,31,31,
        33,33,37,37,43,43,50,53,59,59,62,66,68,70,78,95,121,123,128,143,
        145,145,147,154,2649,0,312,1,0,0,0,2,375,1,0,0,0,4,377,1,0,0,0,6,
        380,1,0,0,0,8,441,1,0,0,0,10,443,1,0,0,0,12,448,1,0,0,0,14,450,1,
        0,0,0,16,458,1,0,0,0,18,475,1,0,0,0,20,483,1,0,0,0,22,493,1,0,0,
        0,24,553,1,0,0,0,26,593,1,0,0,0,28,598,1,0,0,0,30,600,1,0,0,0,32,
        610,1,0,0,0,34,612,1,0,0,0,36,666,1,0,0,0,38,668,1,0,0,0,40,670,
        1,0,0,0,42,694,1,0,0,0,44,721,1,0,0,0,46,725,1,0,0,0,48,730,1,0,
        0,0,50,732,1,0,0,0,52,734,1,0,0,0,54,743,1,0,0,0,56,781,1,0,0,0,
        58,785,1,0,0,0,60,787,1,0,0,0,62,800,1,0,0,0,64,802,1,0,0,0,66,860,
        1,0,0,0,68,862,1,0,0,0,70,864,1,0,0,0,72,913,1,0,0,0,74,915,1,0,
        0,0,76,935,1,0,0,0,78,953,1,0,0,0,80,955,1,0,0,0,82,978,1,0,0,0,
        84,980,1,0,0,0,86,986,1,0,0,0,88,990,1,0,0,0,90,993,1,0,0,0,92,995,
        1,0,0,0,94,1004,1,0,0,0,96,1020,1,0,0,0,98,1022,1,0,0,0,100,1029,
        1,0,0,0,102,1060,1,0,0,0,104,1062,1,0,0,0,106,1074,1,0,0,0,108,1099,
        1,0,0,0,110,1120,1,0,0,0,112,1139,1,0,0,0,114,1141,1,0,0,0,116,1144,
        1,0,0,0,118,1244,1,0,0,0,120,1246,1,0,0,0,122,1254,1,0,0,0,124,1258,
        1,0,0,0,126,1265,1,0,0,0,128,1284,1,0,0,0,130,1287,1,0,0,0,132,1319,
        1,0,0,0,134,1321,1,0,0,0,136,1325,1,0,0,0,138,1332,1,0,0,0,140,1371,
        1,0,0,0,142,1373,1,0,0,0,144,1383,1,0,0,0,146,1387,1,0,0,0,148,1426,
        1,0,0,0,150,1436,1,0,0,0,152,1444,1,0,0,0,154,1481,1,0,0,0,156,1484,
        1,0,0,0,158,1493,1,0,0,0,160,1506,1,0,0,0,162,1529,1,0,0,0,164,1538,
        1,0,0,0,166,1549,1,0,0,0,168,1558,1,0,0,0,170,1568,1,0,0,0,172,1584,
        1,0,0,0,174,1588,1,0,0,0,176,1590,1,0,0,0,178,1603,1,0,0,0,180,1621,
        1,0,0,0,182,1623,1,0,0,0,184,1636,1,0,0,0,186,1649,1,0,0,0,188,1656,
        1,0,0,0,190,1661,1,0,0,0,192,1668,1,0,0,0,194,1670,1,0,0,0,196,1680,
        1,0,0,0,198,1689,1,0,0,0,200,1691,1,0,0,0,202,1701,1,0,0,0,204,1711,
        1,0,0,0,206,1718,1,0,0,0,208,1727,1,0,0,0,210,1732,1,0,0,0,212,1737,
        1,0,0,0,214,1795,1,0,0,0,216,1797,1,0,0,0,218,1804,1,0,0,0,220,1811,
        1,0,0,0,222,1842,1,0,0,0,224,1844,1,0,0,0,226,1880,1,0,0,0,228,1882,
        1,0,0,0,230,1924,1,0,0,0,232,1926,1,0,0,0,234,1930,1,0,0,0,236,1935,
        1,0,0,0,238,1937,1,0,0,0,240,1975,1,0,0,0,242,1981,1,0,0,0,244,1983,
        1,0,0,0,246,1986,1,0,0,0,248,1990,1,0,0,0,250,1994,1,0,0,0,252,1998,
        1,0,0,0,254,2003,1,0,0,0,256,2008,1,0,0,0,258,2021,1,0,0,0,260,2026,
        1,0,0,0,262,2030,1,0,0,0,264,2032,1,0,0,0,266,2034,1,0,0,0,268,2042,
        1,0,0,0,270,2053,1,0,0,0,272,2082,1,0,0,0,274,2090,1,0,0,0,276,2133,
        1,0,0,0,278,2135,1,0,0,0,280,2146,1,0,0,0,282,2150,1,0,0,0,284,2205,
        1,0,0,0,286,2207,1,0,0,0,288,2212,1,0,0,0,290,2219,1,0,0,0,292,2226,
        1,0,0,0,294,2232,1,0,0,0,296,2236,1,0,0,0,298,2241,1,0,0,0,300,2243,
        1,0,0,0,302,2249,1,0,0,0,304,2257,1,0,0,0,306,2269,1,0,0,0,308,2271,
        1,0,0,0,310,2330,1,0,0,0,312,316,3,2,1,0,313,315,5,182,0,0,314,313,
        1,0,0,0,315,318,1,0,0,0,316,314,1,0,0,0,316,317,1,0,0,0,317,319,
        1,0,0,0,318,316,1,0,0,0,319,320,5,0,0,1,320,1,1,0,0,0,321,376,3,
        6,3,0,322,376,3,54,27,0,323,376,3,64,32,0,324,376,3,74,37,0,325,
        376,3,80,40,0,326,376,3,4,2,0,327,376,3,84,42,0,328,376,3,92,46,
        0,329,376,3,94,47,0,330,376,3,98,49,0,331,376,3,100,50,0,332,376,
        3,116,58,0,333,376,3,124,62,0,334,376,3,126,63,0,335,376,3,130,65,
        0,336,376,3,136,68,0,337,376,3,138,69,0,338,376,3,142,71,0,339,376,
        3,146,73,0,340,376,3,148,74,0,341,376,3,150,75,0,342,376,3,152,76,
        0,343,376,3,156,78,0,344,376,3,160,80,0,345,376,3,162,81,0,346,376,
        3,164,82,0,347,376,3,166,83,0,348,376,3,200,100,0,349,376,3,202,
        101,0,350,376,3,204,102,0,351,376,3,208,104,0,352,376,3,210,105,
        0,353,376,3,206,103,0,354,376,3,182,91,0,355,376,3,184,92,0,356,
        376,3,186,93,0,357,376,3,188,94,0,358,376,3,194,97,0,359,376,3,196,
        98,0,360,376,3,216,108,0,361,376,3,218,109,0,362,376,3,220,110,0,
        363,376,3,228,114,0,364,376,3,168,84,0,365,376,3,232,116,0,366,376,
        3,234,117,0,367,376,3,238,119,0,368,376,3,244,122,0,369,376,3,246,
        123,0,370,376,3,248,124,0,371,376,3,250,125,0,372,376,3,252,126,
        0,373,376,3,254,127,0,374,376,3,256,128,0,375,321,1,0,0,0,375,322,
        1,0,0,0,375,323,1,0,0,0,375,324,1,0,0,0,375,325,1,0,0,0,375,326,
        1,0,0,0,375,327,1,0,0,0,375,328,1,0,0,0,375,329,1,0,0,0,375,330,
        1,0,0,0,375,331,1,0,0,0,375,332,1,0,0,0,375,333,1,0,0,0,375,334,
        1,0,0,0,375,335,1,0,0,0,375,336,1,0,0,0,375,337,1,0,0,0,375,338,
        1,0,0,0,375,339,1,0,0,0,375,340,1,0,0,0,375,341,1,0,0,0,375,342,
        1,0,0,0,375,343,1,0,0,0,375,344,1,0,0,0,375,345,1,0,0,0,375,346,
        1,0,0,0,375,347,1,0,0,0,375,348,1,0,0,0,375,349,1,0,0,0,375,350,
        1,0,0,0,375,351,1,0,0,0,375,352,1,0,0,0,375,353,1,0,0,0,375,354,
        1,0,0,0,375,355,1,0,0,0,375,356,1,0,0,0,375,357,1,0,0,0,375,358,
        1,0,0,0,375,359,1,0,0,0,375,360,1,0,0,0,375,361,1,0,0,0,375,362,
        1,0,0,0,375,363,1,0,0,0,375,364,1,0,0,0,375,365,1,0,0,0,375,366,
        1,0,0,0,375,367,1,0,0,0,375,368,1,0,0,0,375,369,1,0,0,0,375,370,
        1,0,0,0,375,371,1,0,0,0,375,372,1,0,0,0,375,373,1,0,0,0,375,374,
        1,0,0,0,376,3,1,0,0,0,377,378,5,17,0,0,378,379,3,298,149,0,379,5,
        1,0,0,0,380,382,5,1,0,0,381,383,5,146,0,0,382,381,1,0,0,0,382,383,
        1,0,0,0,383,385,1,0,0,0,384,386,5,18,0,0,385,384,1,0,0,0,385,386,
        1,0,0,0,386,387,1,0,0,0,387,388,3,8,4,0,388,389,5,2,0,0,389,392,
        3,288,144,0,390,391,5,4,0,0,391,393,3,30,15,0,392,390,1,0,0,0,392,
        393,1,0,0,0,393,404,1,0,0,0,394,395,5,63,0,0,395,396,5,55,0,0,396,
        401,3,50,25,0,397,398,5,183,0,0,398,400,3,50,25,0,399,397,1,0,0,
        0,400,403,1,0,0,0,401,399,1,0,0,0,401,402,1,0,0,0,402,405,1,0,0,
        0,403,401,1,0,0,0,404,394,1,0,0,0,404,405,1,0,0,0,405,416,1,0,0,
        0,406,407,5,54,0,0,407,408,5,55,0,0,408,413,3,52,26,0,409,410,5,
        183,0,0,410,412,3,52,26,0,411,409,1,0,0,0,412,415,1,0,0,0,413,411,
        1,0,0,0,413,414,1,0,0,0,414,417,1,0,0,0,415,413,1,0,0,0,416,406,
        1,0,0,0,416,417,1,0,0,0,417,422,1,0,0,0,418,419,5,14,0,0,419,420,
        5,15,0,0,420,421,5,13,0,0,421,423,3,262,131,0,422,418,1,0,0,0,422,
        423,1,0,0,0,423,426,1,0,0,0,424,425,5,13,0,0,425,427,3,262,131,0,
        426,424,1,0,0,0,426,427,1,0,0,0,427,430,1,0,0,0,428,429,5,58,0,0,
        429,431,5,59,0,0,430,428,1,0,0,0,430,431,1,0,0,0,431,7,1,0,0,0,432,
        437,3,10,5,0,433,434,5,183,0,0,434,436,3,10,5,0,435,433,1,0,0,0,
        436,439,1,0,0,0,437,435,1,0,0,0,437,438,1,0,0,0,438,442,1,0,0,0,
        439,437,1,0,0,0,440,442,5,201,0,0,441,432,1,0,0,0,441,440,1,0,0,
        0,442,9,1,0,0,0,443,446,3,12,6,0,444,445,5,3,0,0,445,447,3,298,149,
        0,446,444,1,0,0,0,446,447,1,0,0,0,447,11,1,0,0,0,448,449,3,14,7,
        0,449,13,1,0,0,0,450,455,3,16,8,0,451,452,7,0,0,0,452,454,3,16,8,
        0,453,451,1,0,0,0,454,457,1,0,0,0,455,453,1,0,0,0,455,456,1,0,0,
        0,456,15,1,0,0,0,457,455,1,0,0,0,458,463,3,18,9,0,459,460,7,1,0,
        0,460,462,3,18,9,0,461,459,1,0,0,0,462,465,1,0,0,0,463,461,1,0,0,
        0,463,464,1,0,0,0,464,17,1,0,0,0,465,463,1,0,0,0,466,470,3,24,12,
        0,467,469,3,20,10,0,468,467,1,0,0,0,469,472,1,0,0,0,470,468,1,0,
        0,0,470,471,1,0,0,0,471,476,1,0,0,0,472,470,1,0,0,0,473,474,5,200,
        0,0,474,476,3,18,9,0,475,466,1,0,0,0,475,473,1,0,0,0,476,19,1,0,
        0,0,477,478,5,184,0,0,478,484,3,298,149,0,479,480,5,189,0,0,480,
        481,3,22,11,0,481,482,5,190,0,0,482,484,1,0,0,0,483,477,1,0,0,0,
        483,479,1,0,0,0,484,21,1,0,0,0,485,494,3,264,132,0,486,487,3,264,
        132,0,487,489,5,185,0,0,488,490,3,264,132,0,489,488,1,0,0,0,489,
        490,1,0,0,0,490,494,1,0,0,0,491,492,5,185,0,0,492,494,3,264,132,
        0,493,485,1,0,0,0,493,486,1,0,0,0,493,491,1,0,0,0,494,23,1,0,0,0,
        495,554,3,26,13,0,496,497,5,187,0,0,497,498,3,284,142,0,498,499,
        5,188,0,0,499,500,3,24,12,0,500,554,1,0,0,0,501,502,5,187,0,0,502,
        507,3,12,6,0,503,504,5,183,0,0,504,506,3,12,6,0,505,503,1,0,0,0,
        506,509,1,0,0,0,507,505,1,0,0,0,507,508,1,0,0,0,508,510,1,0,0,0,
        509,507,1,0,0,0,510,511,5,188,0,0,511,554,1,0,0,0,512,521,5,189,
        0,0,513,518,3,12,6,0,514,515,5,183,0,0,515,517,3,12,6,0,516,514,
        1,0,0,0,517,520,1,0,0,0,518,516,1,0,0,0,518,519,1,0,0,0,519,522,
        1,0,0,0,520,518,1,0,0,0,521,513,1,0,0,0,521,522,1,0,0,0,522,523,
        1,0,0,0,523,554,5,190,0,0,524,525,5,191,0,0,525,526,3,12,6,0,526,
        527,5,186,0,0,527,535,3,12,6,0,528,529,5,183,0,0,529,530,3,12,6,
        0,530,531,5,186,0,0,531,532,3,12,6,0,532,534,1,0,0,0,533,528,1,0,
        0,0,534,537,1,0,0,0,535,533,1,0,0,0,535,536,1,0,0,0,536,538,1,0,
        0,0,537,535,1,0,0,0,538,539,5,192,0,0,539,554,1,0,0,0,540,541,5,
        191,0,0,541,546,3,12,6,0,542,543,5,183,0,0,543,545,3,12,6,0,544,
        542,1,0,0,0,545,548,1,0,0,0,546,544,1,0,0,0,546,547,1,0,0,0,547,
        549,1,0,0,0,548,546,1,0,0,0,549,550,5,192,0,0,550,554,1,0,0,0,551,
        552,5,191,0,0,552,554,5,192,0,0,553,495,1,0,0,0,553,496,1,0,0,0,
        553,501,1,0,0,0,553,512,1,0,0,0,553,524,1,0,0,0,553,540,1,0,0,0,
        553,551,1,0,0,0,554,25,1,0,0,0,555,594,3,298,149,0,556,594,3,28,
        14,0,557,558,5,19,0,0,558,559,5,187,0,0,559,560,5,201,0,0,560,594,
        5,188,0,0,561,562,7,2,0,0,562,563,5,187,0,0,563,567,3,298,149,0,
        564,566,3,20,10,0,565,564,1,0,0,0,566,569,1,0,0,0,567,565,1,0,0,
        0,567,568,1,0,0,0,568,570,1,0,0,0,569,567,1,0,0,0,570,571,5,188,
        0,0,571,594,1,0,0,0,572,573,5,46,0,0,573,574,5,187,0,0,574,575,3,
        12,6,0,575,576,5,3,0,0,576,577,3,286,143,0,577,578,5,188,0,0,578,
        594,1,0,0,0,579,580,3,292,146,0,580,589,5,187,0,0,581,586,3,12,6,
        0,582,583,5,183,0,0,583,585,3,12,6,0,584,582,1,0,0,0,585,588,1,0,
        0,0,586,584,1,0,0,0,586,587,1,0,0,0,587,590,1,0,0,0,588,586,1,0,
        0,0,589,581,1,0,0,0,589,590,1,0,0,0,590,591,1,0,0,0,591,592,5,188,
        0,0,592,594,1,0,0,0,593,555,1,0,0,0,593,556,1,0,0,0,593,557,1,0,
        0,0,593,561,1,0,0,0,593,572,1,0,0,0,593,579,1,0,0,0,594,27,1,0,0,
        0,595,599,3,258,129,0,596,599,5,119,0,0,597,599,3,260,130,0,598,
        595,1,0,0,0,598,596,1,0,0,0,598,597,1,0,0,0,599,29,1,0,0,0,600,605,
        3,32,16,0,601,602,5,5,0,0,602,604,3,32,16,0,603,601,1,0,0,0,604,
        607,1,0,0,0,605,603,1,0,0,0,605,606,1,0,0,0,606,31,1,0,0,0,607,605,
        1,0,0,0,608,611,3,36,18,0,609,611,3,34,17,0,610,608,1,0,0,0,610,
        609,1,0,0,0,611,33,1,0,0,0,612,613,5,178,0,0,613,614,3,298,149,0,
        614,615,5,183,0,0,615,616,3,264,132,0,616,617,5,188,0,0,617,35,1,
        0,0,0,618,619,3,296,148,0,619,620,3,38,19,0,620,621,3,264,132,0,
        621,667,1,0,0,0,622,623,3,296,148,0,623,624,5,149,0,0,624,625,3,
        264,132,0,625,667,1,0,0,0,626,627,3,296,148,0,627,628,5,61,0,0,628,
        629,5,120,0,0,629,630,5,119,0,0,630,667,1,0,0,0,631,632,3,296,148,
        0,632,633,5,27,0,0,633,634,3,42,21,0,634,667,1,0,0,0,635,636,3,296,
        148,0,636,638,5,62,0,0,637,639,5,6,0,0,638,637,1,0,0,0,638,639,1,
        0,0,0,639,640,1,0,0,0,640,641,3,264,132,0,641,667,1,0,0,0,642,643,
        5,114,0,0,643,644,3,40,20,0,644,645,3,38,19,0,645,646,3,264,132,
        0,646,667,1,0,0,0,647,648,3,296,148,0,648,649,5,189,0,0,649,650,
        3,264,132,0,650,651,5,190,0,0,651,652,3,38,19,0,652,653,3,264,132,
        0,653,667,1,0,0,0,654,655,3,40,20,0,655,656,5,27,0,0,656,657,3,44,
        22,0,657,667,1,0,0,0,658,659,3,40,20,0,659,660,3,38,19,0,660,661,
        3,46,23,0,661,667,1,0,0,0,662,663,5,187,0,0,663,664,3,36,18,0,664,
        665,5,188,0,0,665,667,1,0,0,0,666,618,1,0,0,0,666,622,1,0,0,0,666,
        626,1,0,0,0,666,631,1,0,0,0,666,635,1,0,0,0,666,642,1,0,0,0,666,
        647,1,0,0,0,666,654,1,0,0,0,666,658,1,0,0,0,666,662,1,0,0,0,667,
        37,1,0,0,0,668,669,7,3,0,0,669,39,1,0,0,0,670,671,5,187,0,0,671,
        676,3,296,148,0,672,673,5,183,0,0,673,675,3,296,148,0,674,672,1,
        0,0,0,675,678,1,0,0,0,676,674,1,0,0,0,676,677,1,0,0,0,677,679,1,
        0,0,0,678,676,1,0,0,0,679,680,5,188,0,0,680,41,1,0,0,0,681,690,5,
        187,0,0,682,687,3,264,132,0,683,684,5,183,0,0,684,686,3,264,132,
        0,685,683,1,0,0,0,686,689,1,0,0,0,687,685,1,0,0,0,687,688,1,0,0,
        0,688,691,1,0,0,0,689,687,1,0,0,0,690,682,1,0,0,0,690,691,1,0,0,
        0,691,692,1,0,0,0,692,695,5,188,0,0,693,695,3,48,24,0,694,681,1,
        0,0,0,694,693,1,0,0,0,695,43,1,0,0,0,696,697,5,187,0,0,697,722,5,
        188,0,0,698,722,3,48,24,0,699,700,5,187,0,0,700,705,3,282,141,0,
        701,702,5,183,0,0,702,704,3,282,141,0,703,701,1,0,0,0,704,707,1,
        0,0,0,705,703,1,0,0,0,705,706,1,0,0,0,706,708,1,0,0,0,707,705,1,
        0,0,0,708,709,5,188,0,0,709,722,1,0,0,0,710,711,5,187,0,0,711,716,
        3,260,130,0,712,713,5,183,0,0,713,715,3,260,130,0,714,712,1,0,0,
        0,715,718,1,0,0,0,716,714,1,0,0,0,716,717,1,0,0,0,717,719,1,0,0,
        0,718,716,1,0,0,0,719,720,5,188,0,0,720,722,1,0,0,0,721,696,1,0,
        0,0,721,698,1,0,0,0,721,699,1,0,0,0,721,710,1,0,0,0,722,45,1,0,0,
        0,723,726,3,282,141,0,724,726,3,260,130,0,725,723,1,0,0,0,725,724,
        1,0,0,0,726,47,1,0,0,0,727,731,5,206,0,0,728,729,5,186,0,0,729,731,
        3,298,149,0,730,727,1,0,0,0,730,728,1,0,0,0,731,49,1,0,0,0,732,733,
        3,12,6,0,733,51,1,0,0,0,734,738,3,296,148,0,735,736,5,154,0,0,736,
        737,5,71,0,0,737,739,3,264,132,0,738,735,1,0,0,0,738,739,1,0,0,0,
        739,741,1,0,0,0,740,742,7,4,0,0,741,740,1,0,0,0,741,742,1,0,0,0,
        742,53,1,0,0,0,743,744,5,10,0,0,744,745,5,42,0,0,745,746,3,288,144,
        0,746,748,3,56,28,0,747,749,3,86,43,0,748,747,1,0,0,0,748,749,1,
        0,0,0,749,751,1,0,0,0,750,752,3,60,30,0,751,750,1,0,0,0,751,752,
        1,0,0,0,752,55,1,0,0,0,753,754,5,187,0,0,754,759,3,296,148,0,755,
        756,5,183,0,0,756,758,3,296,148,0,757,755,1,0,0,0,758,761,1,0,0,
        0,759,757,1,0,0,0,759,760,1,0,0,0,760,762,1,0,0,0,761,759,1,0,0,
        0,762,763,5,188,0,0,763,764,5,43,0,0,764,765,5,187,0,0,765,770,3,
        264,132,0,766,767,5,183,0,0,767,769,3,264,132,0,768,766,1,0,0,0,
        769,772,1,0,0,0,770,768,1,0,0,0,770,771,1,0,0,0,771,773,1,0,0,0,
        772,770,1,0,0,0,773,774,5,188,0,0,774,782,1,0,0,0,775,776,5,146,
        0,0,776,779,3,58,29,0,777,778,5,147,0,0,778,780,7,5,0,0,779,777,
        1,0,0,0,779,780,1,0,0,0,780,782,1,0,0,0,781,753,1,0,0,0,781,775,
        1,0,0,0,782,57,1,0,0,0,783,786,5,170,0,0,784,786,3,260,130,0,785,
        783,1,0,0,0,785,784,1,0,0,0,786,59,1,0,0,0,787,788,5,16,0,0,788,
        793,3,62,31,0,789,790,5,5,0,0,790,792,3,62,31,0,791,789,1,0,0,0,
        792,795,1,0,0,0,793,791,1,0,0,0,793,794,1,0,0,0,794,61,1,0,0,0,795,
        793,1,0,0,0,796,797,5,44,0,0,797,801,3,262,131,0,798,799,5,45,0,
        0,799,801,3,262,131,0,800,796,1,0,0,0,800,798,1,0,0,0,801,63,1,0,
        0,0,802,803,5,11,0,0,803,805,3,288,144,0,804,806,3,60,30,0,805,804,
        1,0,0,0,805,806,1,0,0,0,806,807,1,0,0,0,807,808,5,20,0,0,808,813,
        3,66,33,0,809,810,5,183,0,0,810,812,3,66,33,0,811,809,1,0,0,0,812,
        815,1,0,0,0,813,811,1,0,0,0,813,814,1,0,0,0,814,816,1,0,0,0,815,
        813,1,0,0,0,816,817,5,4,0,0,817,823,3,30,15,0,818,821,5,60,0,0,819,
        822,5,121,0,0,820,822,3,70,35,0,821,819,1,0,0,0,821,820,1,0,0,0,
        822,824,1,0,0,0,823,818,1,0,0,0,823,824,1,0,0,0,824,65,1,0,0,0,825,
        826,3,296,148,0,826,827,5,193,0,0,827,830,3,264,132,0,828,829,5,
        199,0,0,829,831,3,296,148,0,830,828,1,0,0,0,830,831,1,0,0,0,831,
        861,1,0,0,0,832,833,3,296,148,0,833,834,5,193,0,0,834,835,3,296,
        148,0,835,836,7,0,0,0,836,837,3,264,132,0,837,861,1,0,0,0,838,839,
        3,296,148,0,839,840,5,193,0,0,840,841,3,296,148,0,841,842,3,68,34,
        0,842,861,1,0,0,0,843,844,3,296,148,0,844,845,7,6,0,0,845,846,3,
        264,132,0,846,861,1,0,0,0,847,848,3,296,148,0,848,849,5,189,0,0,
        849,850,3,264,132,0,850,851,5,190,0,0,851,852,5,193,0,0,852,853,
        3,264,132,0,853,861,1,0,0,0,854,855,3,296,148,0,855,856,5,184,0,
        0,856,857,3,298,149,0,857,858,5,193,0,0,858,859,3,264,132,0,859,
        861,1,0,0,0,860,825,1,0,0,0,860,832,1,0,0,0,860,838,1,0,0,0,860,
        843,1,0,0,0,860,847,1,0,0,0,860,854,1,0,0,0,861,67,1,0,0,0,862,863,
        5,174,0,0,863,69,1,0,0,0,864,869,3,72,36,0,865,866,5,5,0,0,866,868,
        3,72,36,0,867,865,1,0,0,0,868,871,1,0,0,0,869,867,1,0,0,0,869,870,
        1,0,0,0,870,71,1,0,0,0,871,869,1,0,0,0,872,873,3,296,148,0,873,874,
        3,38,19,0,874,875,3,264,132,0,875,914,1,0,0,0,876,877,3,296,148,
        0,877,879,5,62,0,0,878,880,5,6,0,0,879,878,1,0,0,0,879,880,1,0,0,
        0,880,881,1,0,0,0,881,882,3,264,132,0,882,914,1,0,0,0,883,884,3,
        296,148,0,884,885,5,27,0,0,885,886,3,42,21,0,886,914,1,0,0,0,887,
        888,3,296,148,0,888,889,5,189,0,0,889,890,3,264,132,0,890,891,5,
        190,0,0,891,892,3,38,19,0,892,893,3,264,132,0,893,914,1,0,0,0,894,
        895,3,296,148,0,895,896,5,189,0,0,896,897,3,264,132,0,897,898,5,
        190,0,0,898,899,5,27,0,0,899,900,3,42,21,0,900,914,1,0,0,0,901,902,
        3,296,148,0,902,903,5,184,0,0,903,904,3,298,149,0,904,905,3,38,19,
        0,905,906,3,264,132,0,906,914,1,0,0,0,907,908,3,296,148,0,908,909,
        5,184,0,0,909,910,3,298,149,0,910,911,5,27,0,0,911,912,3,42,21,0,
        912,914,1,0,0,0,913,872,1,0,0,0,913,876,1,0,0,0,913,883,1,0,0,0,
        913,887,1,0,0,0,913,894,1,0,0,0,913,901,1,0,0,0,913,907,1,0,0,0,
        914,73,1,0,0,0,915,917,5,26,0,0,916,918,3,76,38,0,917,916,1,0,0,
        0,917,918,1,0,0,0,918,919,1,0,0,0,919,920,5,2,0,0,920,924,3,288,
        144,0,921,922,5,16,0,0,922,923,5,44,0,0,923,925,3,262,131,0,924,
        921,1,0,0,0,924,925,1,0,0,0,925,926,1,0,0,0,926,927,5,4,0,0,927,
        933,3,30,15,0,928,931,5,60,0,0,929,932,5,121,0,0,930,932,3,70,35,
        0,931,929,1,0,0,0,931,930,1,0,0,0,932,934,1,0,0,0,933,928,1,0,0,
        0,933,934,1,0,0,0,934,75,1,0,0,0,935,940,3,78,39,0,936,937,5,183,
        0,0,937,939,3,78,39,0,938,936,1,0,0,0,939,942,1,0,0,0,940,938,1,
        0,0,0,940,941,1,0,0,0,941,77,1,0,0,0,942,940,1,0,0,0,943,954,3,296,
        148,0,944,945,3,296,148,0,945,946,5,189,0,0,946,947,3,264,132,0,
        947,948,5,190,0,0,948,954,1,0,0,0,949,950,3,296,148,0,950,951,5,
        184,0,0,951,952,3,298,149,0,952,954,1,0,0,0,953,943,1,0,0,0,953,
        944,1,0,0,0,953,949,1,0,0,0,954,79,1,0,0,0,955,957,5,21,0,0,956,
        958,7,7,0,0,957,956,1,0,0,0,957,958,1,0,0,0,958,959,1,0,0,0,959,
        961,5,23,0,0,960,962,3,60,30,0,961,960,1,0,0,0,961,962,1,0,0,0,962,
        969,1,0,0,0,963,965,3,82,41,0,964,966,5,182,0,0,965,964,1,0,0,0,
        965,966,1,0,0,0,966,968,1,0,0,0,967,963,1,0,0,0,968,971,1,0,0,0,
        969,967,1,0,0,0,969,970,1,0,0,0,970,972,1,0,0,0,971,969,1,0,0,0,
        972,973,5,24,0,0,973,974,5,23,0,0,974,81,1,0,0,0,975,979,3,54,27,
        0,976,979,3,64,32,0,977,979,3,74,37,0,978,975,1,0,0,0,978,976,1,
        0,0,0,978,977,1,0,0,0,979,83,1,0,0,0,980,982,5,25,0,0,981,983,5,
        32,0,0,982,981,1,0,0,0,982,983,1,0,0,0,983,984,1,0,0,0,984,985,3,
        288,144,0,985,85,1,0,0,0,986,987,5,60,0,0,987,988,5,120,0,0,988,
        989,5,121,0,0,989,87,1,0,0,0,990,991,5,60,0,0,991,992,5,121,0,0,
        992,89,1,0,0,0,993,994,7,8,0,0,994,91,1,0,0,0,995,996,5,28,0,0,996,
        998,3,90,45,0,997,999,3,86,43,0,998,997,1,0,0,0,998,999,1,0,0,0,
        999,1000,1,0,0,0,1000,1001,3,298,149,0,1001,1002,5,12,0,0,1002,1003,
        3,170,85,0,1003,93,1,0,0,0,1004,1005,5,47,0,0,1005,1007,3,90,45,
        0,1006,1008,3,88,44,0,1007,1006,1,0,0,0,1007,1008,1,0,0,0,1008,1009,
        1,0,0,0,1009,1010,3,298,149,0,1010,1011,3,96,48,0,1011,95,1,0,0,
        0,1012,1013,5,12,0,0,1013,1021,3,170,85,0,1014,1015,5,49,0,0,1015,
        1016,5,168,0,0,1016,1021,3,176,88,0,1017,1018,5,40,0,0,1018,1019,
        5,168,0,0,1019,1021,3,176,88,0,1020,1012,1,0,0,0,1020,1014,1,0,0,
        0,1020,1017,1,0,0,0,1021,97,1,0,0,0,1022,1023,5,40,0,0,1023,1025,
        3,90,45,0,1024,1026,3,88,44,0,1025,1024,1,0,0,0,1025,1026,1,0,0,
        0,1026,1027,1,0,0,0,1027,1028,3,298,149,0,1028,99,1,0,0,0,1029,1030,
        5,28,0,0,1030,1032,5,32,0,0,1031,1033,3,86,43,0,1032,1031,1,0,0,
        0,1032,1033,1,0,0,0,1033,1034,1,0,0,0,1034,1035,3,288,144,0,1035,
        1036,5,187,0,0,1036,1043,3,102,51,0,1037,1039,5,183,0,0,1038,1040,
        3,102,51,0,1039,1038,1,0,0,0,1039,1040,1,0,0,0,1040,1042,1,0,0,0,
        1041,1037,1,0,0,0,1042,1045,1,0,0,0,1043,1041,1,0,0,0,1043,1044,
        1,0,0,0,1044,1046,1,0,0,0,1045,1043,1,0,0,0,1046,1056,5,188,0,0,
        1047,1048,5,12,0,0,1048,1053,3,112,56,0,1049,1050,5,5,0,0,1050,1052,
        3,112,56,0,1051,1049,1,0,0,0,1052,1055,1,0,0,0,1053,1051,1,0,0,0,
        1053,1054,1,0,0,0,1054,1057,1,0,0,0,1055,1053,1,0,0,0,1056,1047,
        1,0,0,0,1056,1057,1,0,0,0,1057,101,1,0,0,0,1058,1061,3,104,52,0,
        1059,1061,3,106,53,0,1060,1058,1,0,0,0,1060,1059,1,0,0,0,1061,103,
        1,0,0,0,1062,1063,3,298,149,0,1063,1065,3,284,142,0,1064,1066,5,
        130,0,0,1065,1064,1,0,0,0,1065,1066,1,0,0,0,1066,1068,1,0,0,0,1067,
        1069,3,110,55,0,1068,1067,1,0,0,0,1068,1069,1,0,0,0,1069,1072,1,
        0,0,0,1070,1071,5,41,0,0,1071,1073,5,6,0,0,1072,1070,1,0,0,0,1072,
        1073,1,0,0,0,1073,105,1,0,0,0,1074,1075,5,41,0,0,1075,1076,5,6,0,
        0,1076,1077,5,187,0,0,1077,1082,3,108,54,0,1078,1079,5,183,0,0,1079,
        1081,3,298,149,0,1080,1078,1,0,0,0,1081,1084,1,0,0,0,1082,1080,1,
        0,0,0,1082,1083,1,0,0,0,1083,1085,1,0,0,0,1084,1082,1,0,0,0,1085,
        1086,5,188,0,0,1086,107,1,0,0,0,1087,1100,3,298,149,0,1088,1089,
        5,187,0,0,1089,1094,3,298,149,0,1090,1091,5,183,0,0,1091,1093,3,
        298,149,0,1092,1090,1,0,0,0,1093,1096,1,0,0,0,1094,1092,1,0,0,0,
        1094,1095,1,0,0,0,1095,1097,1,0,0,0,1096,1094,1,0,0,0,1097,1098,
        5,188,0,0,1098,1100,1,0,0,0,1099,1087,1,0,0,0,1099,1088,1,0,0,0,
        1100,109,1,0,0,0,1101,1102,5,150,0,0,1102,1103,5,12,0,0,1103,1121,
        5,147,0,0,1104,1105,5,150,0,0,1105,1106,5,12,0,0,1106,1107,3,292,
        146,0,1107,1116,5,187,0,0,1108,1113,3,264,132,0,1109,1110,5,183,
        0,0,1110,1112,3,264,132,0,1111,1109,1,0,0,0,1112,1115,1,0,0,0,1113,
        1111,1,0,0,0,1113,1114,1,0,0,0,1114,1117,1,0,0,0,1115,1113,1,0,0,
        0,1116,1108,1,0,0,0,1116,1117,1,0,0,0,1117,1118,1,0,0,0,1118,1119,
        5,188,0,0,1119,1121,1,0,0,0,1120,1101,1,0,0,0,1120,1104,1,0,0,0,
        1121,111,1,0,0,0,1122,1140,3,172,86,0,1123,1124,5,52,0,0,1124,1140,
        5,53,0,0,1125,1126,5,95,0,0,1126,1127,5,54,0,0,1127,1128,5,55,0,
        0,1128,1129,5,187,0,0,1129,1134,3,114,57,0,1130,1131,5,183,0,0,1131,
        1133,3,114,57,0,1132,1130,1,0,0,0,1133,1136,1,0,0,0,1134,1132,1,
        0,0,0,1134,1135,1,0,0,0,1135,1137,1,0,0,0,1136,1134,1,0,0,0,1137,
        1138,5,188,0,0,1138,1140,1,0,0,0,1139,1122,1,0,0,0,1139,1123,1,0,
        0,0,1139,1125,1,0,0,0,1140,113,1,0,0,0,1141,1142,3,298,149,0,1142,
        1143,7,4,0,0,1143,115,1,0,0,0,1144,1145,5,47,0,0,1145,1147,5,32,
        0,0,1146,1148,3,88,44,0,1147,1146,1,0,0,0,1147,1148,1,0,0,0,1148,
        1149,1,0,0,0,1149,1150,3,288,144,0,1150,1151,3,118,59,0,1151,117,
        1,0,0,0,1152,1153,5,47,0,0,1153,1154,3,296,148,0,1154,1155,5,50,
        0,0,1155,1156,3,284,142,0,1156,1245,1,0,0,0,1157,1159,5,47,0,0,1158,
        1160,3,88,44,0,1159,1158,1,0,0,0,1159,1160,1,0,0,0,1160,1161,1,0,
        0,0,1161,1162,3,296,148,0,1162,1163,3,110,55,0,1163,1245,1,0,0,0,
        1164,1166,5,47,0,0,1165,1167,3,88,44,0,1166,1165,1,0,0,0,1166,1167,
        1,0,0,0,1167,1168,1,0,0,0,1168,1169,3,296,148,0,1169,1170,5,40,0,
        0,1170,1171,5,150,0,0,1171,1245,1,0,0,0,1172,1174,5,49,0,0,1173,
        1175,3,86,43,0,1174,1173,1,0,0,0,1174,1175,1,0,0,0,1175,1176,1,0,
        0,0,1176,1245,3,120,60,0,1177,1179,5,49,0,0,1178,1180,3,86,43,0,
        1179,1178,1,0,0,0,1179,1180,1,0,0,0,1180,1181,1,0,0,0,1181,1182,
        5,187,0,0,1182,1187,3,120,60,0,1183,1184,5,183,0,0,1184,1186,3,120,
        60,0,1185,1183,1,0,0,0,1186,1189,1,0,0,0,1187,1185,1,0,0,0,1187,
        1188,1,0,0,0,1188,1190,1,0,0,0,1189,1187,1,0,0,0,1190,1191,5,188,
        0,0,1191,1245,1,0,0,0,1192,1194,5,40,0,0,1193,1195,3,88,44,0,1194,
        1193,1,0,0,0,1194,1195,1,0,0,0,1195,1196,1,0,0,0,1196,1200,3,298,
        149,0,1197,1198,5,16,0,0,1198,1199,5,44,0,0,1199,1201,5,174,0,0,
        1200,1197,1,0,0,0,1200,1201,1,0,0,0,1201,1245,1,0,0,0,1202,1204,
        5,40,0,0,1203,1205,3,88,44,0,1204,1203,1,0,0,0,1204,1205,1,0,0,0,
        1205,1206,1,0,0,0,1206,1207,5,187,0,0,1207,1212,3,298,149,0,1208,
        1209,5,183,0,0,1209,1211,3,298,149,0,1210,1208,1,0,0,0,1211,1214,
        1,0,0,0,1212,1210,1,0,0,0,1212,1213,1,0,0,0,1213,1215,1,0,0,0,1214,
        1212,1,0,0,0,1215,1219,5,188,0,0,1216,1217,5,16,0,0,1217,1218,5,
        44,0,0,1218,1220,5,174,0,0,1219,1216,1,0,0,0,1219,1220,1,0,0,0,1220,
        1245,1,0,0,0,1221,1223,5,48,0,0,1222,1224,3,88,44,0,1223,1222,1,
        0,0,0,1223,1224,1,0,0,0,1224,1225,1,0,0,0,1225,1230,3,122,61,0,1226,
        1227,5,5,0,0,1227,1229,3,122,61,0,1228,1226,1,0,0,0,1229,1232,1,
        0,0,0,1230,1228,1,0,0,0,1230,1231,1,0,0,0,1231,1245,1,0,0,0,1232,
        1230,1,0,0,0,1233,1234,5,40,0,0,1234,1235,5,52,0,0,1235,1245,5,53,
        0,0,1236,1237,5,12,0,0,1237,1245,3,170,85,0,1238,1239,5,49,0,0,1239,
        1240,5,168,0,0,1240,1245,3,176,88,0,1241,1242,5,40,0,0,1242,1243,
        5,168,0,0,1243,1245,3,176,88,0,1244,1152,1,0,0,0,1244,1157,1,0,0,
        0,1244,1164,1,0,0,0,1244,1172,1,0,0,0,1244,1177,1,0,0,0,1244,1192,
        1,0,0,0,1244,1202,1,0,0,0,1244,1221,1,0,0,0,1244,1233,1,0,0,0,1244,
        1236,1,0,0,0,1244,1238,1,0,0,0,1244,1241,1,0,0,0,1245,119,1,0,0,
        0,1246,1247,3,298,149,0,1247,1249,3,284,142,0,1248,1250,5,130,0,
        0,1249,1248,1,0,0,0,1249,1250,1,0,0,0,1250,1252,1,0,0,0,1251,1253,
        3,110,55,0,1252,1251,1,0,0,0,1252,1253,1,0,0,0,1253,121,1,0,0,0,
        1254,1255,3,298,149,0,1255,1256,5,39,0,0,1256,1257,3,298,149,0,1257,
        123,1,0,0,0,1258,1259,5,40,0,0,1259,1261,5,32,0,0,1260,1262,3,88,
        44,0,1261,1260,1,0,0,0,1261,1262,1,0,0,0,1262,1263,1,0,0,0,1263,
        1264,3,288,144,0,1264,125,1,0,0,0,1265,1266,5,28,0,0,1266,1268,5,
        50,0,0,1267,1269,3,86,43,0,1268,1267,1,0,0,0,1268,1269,1,0,0,0,1269,
        1270,1,0,0,0,1270,1271,3,290,145,0,1271,1272,5,187,0,0,1272,1279,
        3,128,64,0,1273,1275,5,183,0,0,1274,1276,3,128,64,0,1275,1274,1,
        0,0,0,1275,1276,1,0,0,0,1276,1278,1,0,0,0,1277,1273,1,0,0,0,1278,
        1281,1,0,0,0,1279,1277,1,0,0,0,1279,1280,1,0,0,0,1280,1282,1,0,0,
        0,1281,1279,1,0,0,0,1282,1283,5,188,0,0,1283,127,1,0,0,0,1284,1285,
        3,298,149,0,1285,1286,3,284,142,0,1286,129,1,0,0,0,1287,1288,5,47,
        0,0,1288,1290,5,50,0,0,1289,1291,3,88,44,0,1290,1289,1,0,0,0,1290,
        1291,1,0,0,0,1291,1292,1,0,0,0,1292,1293,3,290,145,0,1293,1294,3,
        132,66,0,1294,131,1,0,0,0,1295,1296,5,47,0,0,1296,1297,3,298,149,
        0,1297,1298,5,50,0,0,1298,1299,3,284,142,0,1299,1320,1,0,0,0,1300,
        1302,5,49,0,0,1301,1303,3,86,43,0,1302,1301,1,0,0,0,1302,1303,1,
        0,0,0,1303,1304,1,0,0,0,1304,1305,3,298,149,0,1305,1306,3,284,142,
        0,1306,1320,1,0,0,0,1307,1309,5,48,0,0,1308,1310,3,88,44,0,1309,
        1308,1,0,0,0,1309,1310,1,0,0,0,1310,1311,1,0,0,0,1311,1316,3,134,
        67,0,1312,1313,5,5,0,0,1313,1315,3,134,67,0,1314,1312,1,0,0,0,1315,
        1318,1,0,0,0,1316,1314,1,0,0,0,1316,1317,1,0,0,0,1317,1320,1,0,0,
        0,1318,1316,1,0,0,0,1319,1295,1,0,0,0,1319,1300,1,0,0,0,1319,1307,
        1,0,0,0,1320,133,1,0,0,0,1321,1322,3,298,149,0,1322,1323,5,39,0,
        0,1323,1324,3,298,149,0,1324,135,1,0,0,0,1325,1326,5,40,0,0,1326,
        1328,5,50,0,0,1327,1329,3,88,44,0,1328,1327,1,0,0,0,1328,1329,1,
        0,0,0,1329,1330,1,0,0,0,1330,1331,3,290,145,0,1331,137,1,0,0,0,1332,
        1334,5,28,0,0,1333,1335,5,37,0,0,1334,1333,1,0,0,0,1334,1335,1,0,
        0,0,1335,1336,1,0,0,0,1336,1338,5,36,0,0,1337,1339,3,86,43,0,1338,
        1337,1,0,0,0,1338,1339,1,0,0,0,1339,1341,1,0,0,0,1340,1342,3,298,
        149,0,1341,1340,1,0,0,0,1341,1342,1,0,0,0,1342,1343,1,0,0,0,1343,
        1344,5,38,0,0,1344,1345,3,288,144,0,1345,1354,5,187,0,0,1346,1351,
        3,140,70,0,1347,1348,5,183,0,0,1348,1350,3,140,70,0,1349,1347,1,
        0,0,0,1350,1353,1,0,0,0,1351,1349,1,0,0,0,1351,1352,1,0,0,0,1352,
        1355,1,0,0,0,1353,1351,1,0,0,0,1354,1346,1,0,0,0,1354,1355,1,0,0,
        0,1355,1356,1,0,0,0,1356,1359,5,188,0,0,1357,1358,5,16,0,0,1358,
        1360,5,170,0,0,1359,1357,1,0,0,0,1359,1360,1,0,0,0,1360,1363,1,0,
        0,0,1361,1362,5,12,0,0,1362,1364,3,170,85,0,1363,1361,1,0,0,0,1363,
        1364,1,0,0,0,1364,139,1,0,0,0,1365,1372,3,296,148,0,1366,1367,7,
        9,0,0,1367,1368,5,187,0,0,1368,1369,3,296,148,0,1369,1370,5,188,
        0,0,1370,1372,1,0,0,0,1371,1365,1,0,0,0,1371,1366,1,0,0,0,1372,141,
        1,0,0,0,1373,1374,5,40,0,0,1374,1376,5,36,0,0,1375,1377,3,88,44,
        0,1376,1375,1,0,0,0,1376,1377,1,0,0,0,1377,1378,1,0,0,0,1378,1379,
        3,144,72,0,1379,143,1,0,0,0,1380,1381,3,298,149,0,1381,1382,5,184,
        0,0,1382,1384,1,0,0,0,1383,1380,1,0,0,0,1383,1384,1,0,0,0,1384,1385,
        1,0,0,0,1385,1386,3,298,149,0,1386,145,1,0,0,0,1387,1388,5,28,0,
        0,1388,1389,5,34,0,0,1389,1391,5,35,0,0,1390,1392,3,86,43,0,1391,
        1390,1,0,0,0,1391,1392,1,0,0,0,1392,1393,1,0,0,0,1393,1394,3,288,
        144,0,1394,1395,5,3,0,0,1395,1396,5,1,0,0,1396,1397,3,8,4,0,1397,
        1398,5,2,0,0,1398,1401,3,288,144,0,1399,1400,5,4,0,0,1400,1402,3,
        30,15,0,1401,1399,1,0,0,0,1401,1402,1,0,0,0,1402,1403,1,0,0,0,1403,
        1404,5,41,0,0,1404,1405,5,6,0,0,1405,1406,5,187,0,0,1406,1411,3,
        108,54,0,1407,1408,5,183,0,0,1408,1410,3,298,149,0,1409,1407,1,0,
        0,0,1410,1413,1,0,0,0,1411,1409,1,0,0,0,1411,1412,1,0,0,0,1412,1414,
        1,0,0,0,1413,1411,1,0,0,0,1414,1424,5,188,0,0,1415,1416,5,12,0,0,
        1416,1421,3,112,56,0,1417,1418,5,5,0,0,1418,1420,3,112,56,0,1419,
        1417,1,0,0,0,1420,1423,1,0,0,0,1421,1419,1,0,0,0,1421,1422,1,0,0,
        0,1422,1425,1,0,0,0,1423,1421,1,0,0,0,1424,1415,1,0,0,0,1424,1425,
        1,0,0,0,1425,147,1,0,0,0,1426,1427,5,47,0,0,1427,1428,5,34,0,0,1428,
        1430,5,35,0,0,1429,1431,3,88,44,0,1430,1429,1,0,0,0,1430,1431,1,
        0,0,0,1431,1432,1,0,0,0,1432,1433,3,288,144,0,1433,1434,5,12,0,0,
        1434,1435,3,170,85,0,1435,149,1,0,0,0,1436,1437,5,40,0,0,1437,1438,
        5,34,0,0,1438,1440,5,35,0,0,1439,1441,3,88,44,0,1440,1439,1,0,0,
        0,1440,1441,1,0,0,0,1441,1442,1,0,0,0,1442,1443,3,288,144,0,1443,
        151,1,0,0,0,1444,1447,5,28,0,0,1445,1446,5,144,0,0,1446,1448,5,145,
        0,0,1447,1445,1,0,0,0,1447,1448,1,0,0,0,1448,1449,1,0,0,0,1449,1451,
        5,132,0,0,1450,1452,3,86,43,0,1451,1450,1,0,0,0,1451,1452,1,0,0,
        0,1452,1453,1,0,0,0,1453,1454,3,292,146,0,1454,1463,5,187,0,0,1455,
        1460,3,154,77,0,1456,1457,5,183,0,0,1457,1459,3,154,77,0,1458,1456,
        1,0,0,0,1459,1462,1,0,0,0,1460,1458,1,0,0,0,1460,1461,1,0,0,0,1461,
        1464,1,0,0,0,1462,1460,1,0,0,0,1463,1455,1,0,0,0,1463,1464,1,0,0,
        0,1464,1465,1,0,0,0,1465,1469,5,188,0,0,1466,1467,5,140,0,0,1467,
        1470,5,119,0,0,1468,1470,5,141,0,0,1469,1466,1,0,0,0,1469,1468,1,
        0,0,0,1470,1471,1,0,0,0,1471,1472,5,38,0,0,1472,1473,5,119,0,0,1473,
        1474,5,142,0,0,1474,1475,5,140,0,0,1475,1476,3,284,142,0,1476,1477,
        5,143,0,0,1477,1478,3,300,150,0,1478,1479,5,3,0,0,1479,1480,5,170,
        0,0,1480,153,1,0,0,0,1481,1482,3,298,149,0,1482,1483,3,284,142,0,
        1483,155,1,0,0,0,1484,1485,5,40,0,0,1485,1487,5,132,0,0,1486,1488,
        3,88,44,0,1487,1486,1,0,0,0,1487,1488,1,0,0,0,1488,1489,1,0,0,0,
        1489,1491,3,292,146,0,1490,1492,3,158,79,0,1491,1490,1,0,0,0,1491,
        1492,1,0,0,0,1492,157,1,0,0,0,1493,1502,5,187,0,0,1494,1499,3,284,
        142,0,1495,1496,5,183,0,0,1496,1498,3,284,142,0,1497,1495,1,0,0,
        0,1498,1501,1,0,0,0,1499,1497,1,0,0,0,1499,1500,1,0,0,0,1500,1503,
        1,0,0,0,1501,1499,1,0,0,0,1502,1494,1,0,0,0,1502,1503,1,0,0,0,1503,
        1504,1,0,0,0,1504,1505,5,188,0,0,1505,159,1,0,0,0,1506,1509,5,28,
        0,0,1507,1508,5,144,0,0,1508,1510,5,145,0,0,1509,1507,1,0,0,0,1509,
        1510,1,0,0,0,1510,1511,1,0,0,0,1511,1513,5,134,0,0,1512,1514,3,86,
        43,0,1513,1512,1,0,0,0,1513,1514,1,0,0,0,1514,1515,1,0,0,0,1515,
        1516,3,292,146,0,1516,1517,3,158,79,0,1517,1518,5,136,0,0,1518,1519,
        3,304,152,0,1519,1520,5,137,0,0,1520,1523,3,284,142,0,1521,1522,
        5,138,0,0,1522,1524,3,304,152,0,1523,1521,1,0,0,0,1523,1524,1,0,
        0,0,1524,1527,1,0,0,0,1525,1526,5,139,0,0,1526,1528,3,264,132,0,
        1527,1525,1,0,0,0,1527,1528,1,0,0,0,1528,161,1,0,0,0,1529,1530,5,
        40,0,0,1530,1532,5,134,0,0,1531,1533,3,88,44,0,1532,1531,1,0,0,0,
        1532,1533,1,0,0,0,1533,1534,1,0,0,0,1534,1536,3,292,146,0,1535,1537,
        3,158,79,0,1536,1535,1,0,0,0,1536,1537,1,0,0,0,1537,163,1,0,0,0,
        1538,1539,5,28,0,0,1539,1541,5,129,0,0,1540,1542,3,86,43,0,1541,
        1540,1,0,0,0,1541,1542,1,0,0,0,1542,1543,1,0,0,0,1543,1544,3,298,
        149,0,1544,1545,5,38,0,0,1545,1546,3,288,144,0,1546,1547,5,16,0,
        0,1547,1548,5,170,0,0,1548,165,1,0,0,0,1549,1550,5,40,0,0,1550,1552,
        5,129,0,0,1551,1553,3,88,44,0,1552,1551,1,0,0,0,1552,1553,1,0,0,
        0,1553,1554,1,0,0,0,1554,1555,3,298,149,0,1555,1556,5,38,0,0,1556,
        1557,3,288,144,0,1557,167,1,0,0,0,1558,1559,5,169,0,0,1559,1560,
        5,32,0,0,1560,1561,3,288,144,0,1561,1562,5,2,0,0,1562,1563,5,32,
        0,0,1563,1566,3,288,144,0,1564,1565,5,12,0,0,1565,1567,3,170,85,
        0,1566,1564,1,0,0,0,1566,1567,1,0,0,0,1567,169,1,0,0,0,1568,1573,
        3,172,86,0,1569,1570,5,5,0,0,1570,1572,3,172,86,0,1571,1569,1,0,
        0,0,1572,1575,1,0,0,0,1573,1571,1,0,0,0,1573,1574,1,0,0,0,1574,171,
        1,0,0,0,1575,1573,1,0,0,0,1576,1577,3,298,149,0,1577,1578,5,193,
        0,0,1578,1579,3,174,87,0,1579,1585,1,0,0,0,1580,1581,3,298,149,0,
        1581,1582,5,193,0,0,1582,1583,3,176,88,0,1583,1585,1,0,0,0,1584,
        1576,1,0,0,0,1584,1580,1,0,0,0,1585,173,1,0,0,0,1586,1589,3,258,
        129,0,1587,1589,3,306,153,0,1588,1586,1,0,0,0,1588,1587,1,0,0,0,
        1589,175,1,0,0,0,1590,1599,5,191,0,0,1591,1596,3,178,89,0,1592,1593,
        5,183,0,0,1593,1595,3,178,89,0,1594,1592,1,0,0,0,1595,1598,1,0,0,
        0,1596,1594,1,0,0,0,1596,1597,1,0,0,0,1597,1600,1,0,0,0,1598,1596,
        1,0,0,0,1599,1591,1,0,0,0,1599,1600,1,0,0,0,1600,1601,1,0,0,0,1601,
        1602,5,192,0,0,1602,177,1,0,0,0,1603,1604,3,258,129,0,1604,1605,
        5,186,0,0,1605,1606,3,180,90,0,1606,179,1,0,0,0,1607,1622,3,258,
        129,0,1608,1622,3,176,88,0,1609,1618,5,189,0,0,1610,1615,3,180,90,
        0,1611,1612,5,183,0,0,1612,1614,3,180,90,0,1613,1611,1,0,0,0,1614,
        1617,1,0,0,0,1615,1613,1,0,0,0,1615,1616,1,0,0,0,1616,1619,1,0,0,
        0,1617,1615,1,0,0,0,1618,1610,1,0,0,0,1618,1619,1,0,0,0,1619,1620,
        1,0,0,0,1620,1622,5,190,0,0,1621,1607,1,0,0,0,1621,1608,1,0,0,0,
        1621,1609,1,0,0,0,1622,181,1,0,0,0,1623,1624,5,28,0,0,1624,1626,
        5,80,0,0,1625,1627,3,86,43,0,1626,1625,1,0,0,0,1626,1627,1,0,0,0,
        1627,1628,1,0,0,0,1628,1631,3,190,95,0,1629,1630,5,12,0,0,1630,1632,
        3,192,96,0,1631,1629,1,0,0,0,1631,1632,1,0,0,0,1632,1634,1,0,0,0,
        1633,1635,7,10,0,0,1634,1633,1,0,0,0,1634,1635,1,0,0,0,1635,183,
        1,0,0,0,1636,1637,5,47,0,0,1637,1639,5,80,0,0,1638,1640,3,88,44,
        0,1639,1638,1,0,0,0,1639,1640,1,0,0,0,1640,1641,1,0,0,0,1641,1644,
        3,190,95,0,1642,1643,5,12,0,0,1643,1645,3,192,96,0,1644,1642,1,0,
        0,0,1644,1645,1,0,0,0,1645,1647,1,0,0,0,1646,1648,7,10,0,0,1647,
        1646,1,0,0,0,1647,1648,1,0,0,0,1648,185,1,0,0,0,1649,1650,5,40,0,
        0,1650,1652,5,80,0,0,1651,1653,3,88,44,0,1652,1651,1,0,0,0,1652,
        1653,1,0,0,0,1653,1654,1,0,0,0,1654,1655,3,190,95,0,1655,187,1,0,
        0,0,1656,1657,5,123,0,0,1657,1658,5,81,0,0,1658,189,1,0,0,0,1659,
        1662,3,300,150,0,1660,1662,5,170,0,0,1661,1659,1,0,0,0,1661,1660,
        1,0,0,0,1662,191,1,0,0,0,1663,1664,5,86,0,0,1664,1669,5,170,0,0,
        1665,1666,5,87,0,0,1666,1667,5,86,0,0,1667,1669,5,170,0,0,1668,1663,
        1,0,0,0,1668,1665,1,0,0,0,1669,193,1,0,0,0,1670,1671,5,49,0,0,1671,
        1673,5,94,0,0,1672,1674,3,86,43,0,1673,1672,1,0,0,0,1673,1674,1,
        0,0,0,1674,1675,1,0,0,0,1675,1676,3,198,99,0,1676,1677,5,39,0,0,
        1677,1678,5,82,0,0,1678,1679,3,198,99,0,1679,195,1,0,0,0,1680,1681,
        5,40,0,0,1681,1683,5,94,0,0,1682,1684,3,88,44,0,1683,1682,1,0,0,
        0,1683,1684,1,0,0,0,1684,1685,1,0,0,0,1685,1686,3,198,99,0,1686,
        197,1,0,0,0,1687,1690,3,300,150,0,1688,1690,5,170,0,0,1689,1687,
        1,0,0,0,1689,1688,1,0,0,0,1690,199,1,0,0,0,1691,1692,5,28,0,0,1692,
        1694,5,82,0,0,1693,1695,3,86,43,0,1694,1693,1,0,0,0,1694,1695,1,
        0,0,0,1695,1696,1,0,0,0,1696,1699,3,294,147,0,1697,1698,5,12,0,0,
        1698,1700,3,212,106,0,1699,1697,1,0,0,0,1699,1700,1,0,0,0,1700,201,
        1,0,0,0,1701,1702,5,47,0,0,1702,1704,5,82,0,0,1703,1705,3,88,44,
        0,1704,1703,1,0,0,0,1704,1705,1,0,0,0,1705,1706,1,0,0,0,1706,1709,
        3,294,147,0,1707,1708,5,12,0,0,1708,1710,3,212,106,0,1709,1707,1,
        0,0,0,1709,1710,1,0,0,0,1710,203,1,0,0,0,1711,1712,5,40,0,0,1712,
        1714,5,82,0,0,1713,1715,3,88,44,0,1714,1713,1,0,0,0,1714,1715,1,
        0,0,0,1715,1716,1,0,0,0,1716,1717,3,294,147,0,1717,205,1,0,0,0,1718,
        1719,5,123,0,0,1719,1722,5,83,0,0,1720,1721,5,71,0,0,1721,1723,3,
        294,147,0,1722,1720,1,0,0,0,1722,1723,1,0,0,0,1723,1725,1,0,0,0,
        1724,1726,5,77,0,0,1725,1724,1,0,0,0,1725,1726,1,0,0,0,1726,207,
        1,0,0,0,1727,1728,5,67,0,0,1728,1729,3,294,147,0,1729,1730,5,39,
        0,0,1730,1731,3,294,147,0,1731,209,1,0,0,0,1732,1733,5,72,0,0,1733,
        1734,3,294,147,0,1734,1735,5,2,0,0,1735,1736,3,294,147,0,1736,211,
        1,0,0,0,1737,1742,3,214,107,0,1738,1739,5,5,0,0,1739,1741,3,214,
        107,0,1740,1738,1,0,0,0,1741,1744,1,0,0,0,1742,1740,1,0,0,0,1742,
        1743,1,0,0,0,1743,213,1,0,0,0,1744,1742,1,0,0,0,1745,1746,5,86,0,
        0,1746,1747,5,193,0,0,1747,1796,5,170,0,0,1748,1749,5,87,0,0,1749,
        1750,5,86,0,0,1750,1751,5,193,0,0,1751,1796,5,170,0,0,1752,1753,
        5,90,0,0,1753,1754,5,193,0,0,1754,1796,3,176,88,0,1755,1756,5,84,
        0,0,1756,1757,5,193,0,0,1757,1796,5,176,0,0,1758,1759,5,88,0,0,1759,
        1760,5,193,0,0,1760,1796,5,176,0,0,1761,1762,5,91,0,0,1762,1763,
        5,39,0,0,1763,1764,5,68,0,0,1764,1796,5,92,0,0,1765,1766,5,91,0,
        0,1766,1767,5,39,0,0,1767,1768,5,92,0,0,1768,1769,5,191,0,0,1769,
        1774,5,170,0,0,1770,1771,5,183,0,0,1771,1773,5,170,0,0,1772,1770,
        1,0,0,0,1773,1776,1,0,0,0,1774,1772,1,0,0,0,1774,1775,1,0,0,0,1775,
        1777,1,0,0,0,1776,1774,1,0,0,0,1777,1796,5,192,0,0,1778,1779,5,91,
        0,0,1779,1780,5,2,0,0,1780,1781,5,68,0,0,1781,1796,5,93,0,0,1782,
        1783,5,91,0,0,1783,1784,5,2,0,0,1784,1785,5,93,0,0,1785,1786,5,191,
        0,0,1786,1791,5,170,0,0,1787,1788,5,183,0,0,1788,1790,5,170,0,0,
        1789,1787,1,0,0,0,1790,1793,1,0,0,0,1791,1789,1,0,0,0,1791,1792,
        1,0,0,0,1792,1794,1,0,0,0,1793,1791,1,0,0,0,1794,1796,5,192,0,0,
        1795,1745,1,0,0,0,1795,1748,1,0,0,0,1795,1752,1,0,0,0,1795,1755,
        1,0,0,0,1795,1758,1,0,0,0,1795,1761,1,0,0,0,1795,1765,1,0,0,0,1795,
        1778,1,0,0,0,1795,1782,1,0,0,0,1796,215,1,0,0,0,1797,1798,5,67,0,
        0,1798,1799,3,222,111,0,1799,1800,5,38,0,0,1800,1801,3,226,113,0,
        1801,1802,5,39,0,0,1802,1803,3,294,147,0,1803,217,1,0,0,0,1804,1805,
        5,72,0,0,1805,1806,3,222,111,0,1806,1807,5,38,0,0,1807,1808,3,226,
        113,0,1808,1809,5,2,0,0,1809,1810,3,294,147,0,1810,219,1,0,0,0,1811,
        1812,5,123,0,0,1812,1815,3,222,111,0,1813,1814,5,38,0,0,1814,1816,
        3,226,113,0,1815,1813,1,0,0,0,1815,1816,1,0,0,0,1816,1819,1,0,0,
        0,1817,1818,5,71,0,0,1818,1820,3,294,147,0,1819,1817,1,0,0,0,1819,
        1820,1,0,0,0,1820,1822,1,0,0,0,1821,1823,5,77,0,0,1822,1821,1,0,
        0,0,1822,1823,1,0,0,0,1823,221,1,0,0,0,1824,1826,5,68,0,0,1825,1827,
        5,70,0,0,1826,1825,1,0,0,0,1826,1827,1,0,0,0,1827,1843,1,0,0,0,1828,
        1830,3,224,112,0,1829,1831,5,69,0,0,1830,1829,1,0,0,0,1830,1831,
        1,0,0,0,1831,1839,1,0,0,0,1832,1833,5,183,0,0,1833,1835,3,224,112,
        0,1834,1836,5,69,0,0,1835,1834,1,0,0,0,1835,1836,1,0,0,0,1836,1838,
        1,0,0,0,1837,1832,1,0,0,0,1838,1841,1,0,0,0,1839,1837,1,0,0,0,1839,
        1840,1,0,0,0,1840,1843,1,0,0,0,1841,1839,1,0,0,0,1842,1824,1,0,0,
        0,1842,1828,1,0,0,0,1843,223,1,0,0,0,1844,1845,7,11,0,0,1845,225,
        1,0,0,0,1846,1847,5,68,0,0,1847,1881,5,31,0,0,1848,1849,5,68,0,0,
        1849,1850,5,33,0,0,1850,1851,5,27,0,0,1851,1852,5,30,0,0,1852,1881,
        3,298,149,0,1853,1854,3,90,45,0,1854,1855,3,298,149,0,1855,1881,
        1,0,0,0,1856,1858,5,32,0,0,1857,1856,1,0,0,0,1857,1858,1,0,0,0,1858,
        1859,1,0,0,0,1859,1881,3,288,144,0,1860,1861,5,68,0,0,1861,1881,
        5,83,0,0,1862,1863,5,82,0,0,1863,1881,3,294,147,0,1864,1865,5,68,
        0,0,1865,1870,5,133,0,0,1866,1867,5,27,0,0,1867,1868,3,90,45,0,1868,
        1869,3,298,149,0,1869,1871,1,0,0,0,1870,1866,1,0,0,0,1870,1871,1,
        0,0,0,1871,1881,1,0,0,0,1872,1873,5,132,0,0,1873,1874,3,292,146,
        0,1874,1875,3,158,79,0,1875,1881,1,0,0,0,1876,1877,5,68,0,0,1877,
        1881,5,79,0,0,1878,1879,7,12,0,0,1879,1881,5,170,0,0,1880,1846,1,
        0,0,0,1880,1848,1,0,0,0,1880,1853,1,0,0,0,1880,1857,1,0,0,0,1880,
        1860,1,0,0,0,1880,1862,1,0,0,0,1880,1864,1,0,0,0,1880,1872,1,0,0,
        0,1880,1876,1,0,0,0,1880,1878,1,0,0,0,1881,227,1,0,0,0,1882,1883,
        7,13,0,0,1883,1886,3,230,115,0,1884,1885,5,12,0,0,1885,1887,5,65,
        0,0,1886,1884,1,0,0,0,1886,1887,1,0,0,0,1887,229,1,0,0,0,1888,1925,
        5,64,0,0,1889,1891,5,9,0,0,1890,1889,1,0,0,0,1890,1891,1,0,0,0,1891,
        1892,1,0,0,0,1892,1925,5,29,0,0,1893,1925,5,31,0,0,1894,1896,5,66,
        0,0,1895,1894,1,0,0,0,1895,1896,1,0,0,0,1896,1897,1,0,0,0,1897,1899,
        5,30,0,0,1898,1900,3,298,149,0,1899,1898,1,0,0,0,1899,1900,1,0,0,
        0,1900,1925,1,0,0,0,1901,1925,5,33,0,0,1902,1903,5,32,0,0,1903,1925,
        3,288,144,0,1904,1905,5,36,0,0,1905,1925,3,288,144,0,1906,1907,5,
        34,0,0,1907,1908,5,35,0,0,1908,1925,3,288,144,0,1909,1925,5,51,0,
        0,1910,1911,5,50,0,0,1911,1925,3,290,145,0,1912,1925,5,133,0,0,1913,
        1914,5,132,0,0,1914,1925,3,292,146,0,1915,1925,5,135,0,0,1916,1917,
        5,134,0,0,1917,1925,3,292,146,0,1918,1919,3,298,149,0,1919,1920,
        5,184,0,0,1920,1922,1,0,0,0,1921,1918,1,0,0,0,1921,1922,1,0,0,0,
        1922,1923,1,0,0,0,1923,1925,3,298,149,0,1924,1888,1,0,0,0,1924,1890,
        1,0,0,0,1924,1893,1,0,0,0,1924,1895,1,0,0,0,1924,1901,1,0,0,0,1924,
        1902,1,0,0,0,1924,1904,1,0,0,0,1924,1906,1,0,0,0,1924,1909,1,0,0,
        0,1924,1910,1,0,0,0,1924,1912,1,0,0,0,1924,1913,1,0,0,0,1924,1915,
        1,0,0,0,1924,1916,1,0,0,0,1924,1921,1,0,0,0,1925,231,1,0,0,0,1926,
        1928,5,155,0,0,1927,1929,3,236,118,0,1928,1927,1,0,0,0,1928,1929,
        1,0,0,0,1929,233,1,0,0,0,1930,1931,5,156,0,0,1931,1933,5,155,0,0,
        1932,1934,3,236,118,0,1933,1932,1,0,0,0,1933,1934,1,0,0,0,1934,235,
        1,0,0,0,1935,1936,7,14,0,0,1936,237,1,0,0,0,1937,1938,5,157,0,0,
        1938,1950,3,288,144,0,1939,1940,5,187,0,0,1940,1945,3,298,149,0,
        1941,1942,5,183,0,0,1942,1944,3,298,149,0,1943,1941,1,0,0,0,1944,
        1947,1,0,0,0,1945,1943,1,0,0,0,1945,1946,1,0,0,0,1946,1948,1,0,0,
        0,1947,1945,1,0,0,0,1948,1949,5,188,0,0,1949,1951,1,0,0,0,1950,1939,
        1,0,0,0,1950,1951,1,0,0,0,1951,1962,1,0,0,0,1952,1955,5,39,0,0,1953,
        1956,5,170,0,0,1954,1956,5,167,0,0,1955,1953,1,0,0,0,1955,1954,1,
        0,0,0,1956,1963,1,0,0,0,1957,1960,5,2,0,0,1958,1961,5,170,0,0,1959,
        1961,5,166,0,0,1960,1958,1,0,0,0,1960,1959,1,0,0,0,1961,1963,1,0,
        0,0,1962,1952,1,0,0,0,1962,1957,1,0,0,0,1963,1973,1,0,0,0,1964,1965,
        5,12,0,0,1965,1970,3,240,120,0,1966,1967,5,5,0,0,1967,1969,3,240,
        120,0,1968,1966,1,0,0,0,1969,1972,1,0,0,0,1970,1968,1,0,0,0,1970,
        1971,1,0,0,0,1971,1974,1,0,0,0,1972,1970,1,0,0,0,1973,1964,1,0,0,
        0,1973,1974,1,0,0,0,1974,239,1,0,0,0,1975,1976,3,310,155,0,1976,
        1977,5,193,0,0,1977,1978,3,242,121,0,1978,241,1,0,0,0,1979,1982,
        3,258,129,0,1980,1982,3,310,155,0,1981,1979,1,0,0,0,1981,1980,1,
        0,0,0,1982,243,1,0,0,0,1983,1984,5,158,0,0,1984,1985,5,170,0,0,1985,
        245,1,0,0,0,1986,1988,5,159,0,0,1987,1989,7,15,0,0,1988,1987,1,0,
        0,0,1988,1989,1,0,0,0,1989,247,1,0,0,0,1990,1992,5,160,0,0,1991,
        1993,7,16,0,0,1992,1991,1,0,0,0,1992,1993,1,0,0,0,1993,249,1,0,0,
        0,1994,1996,5,161,0,0,1995,1997,7,16,0,0,1996,1995,1,0,0,0,1996,
        1997,1,0,0,0,1997,251,1,0,0,0,1998,2001,5,162,0,0,1999,2002,5,170,
        0,0,2000,2002,5,165,0,0,2001,1999,1,0,0,0,2001,2000,1,0,0,0,2001,
        2002,1,0,0,0,2002,253,1,0,0,0,2003,2004,5,88,0,0,2004,2006,3,190,
        95,0,2005,2007,5,170,0,0,2006,2005,1,0,0,0,2006,2007,1,0,0,0,2007,
        255,1,0,0,0,2008,2009,7,17,0,0,2009,257,1,0,0,0,2010,2022,5,170,
        0,0,2011,2022,5,174,0,0,2012,2022,5,175,0,0,2013,2022,5,176,0,0,
        2014,2022,5,177,0,0,2015,2022,5,181,0,0,2016,2022,5,180,0,0,2017,
        2022,5,124,0,0,2018,2022,5,125,0,0,2019,2022,5,126,0,0,2020,2022,
        5,127,0,0,2021,2010,1,0,0,0,2021,2011,1,0,0,0,2021,2012,1,0,0,0,
        2021,2013,1,0,0,0,2021,2014,1,0,0,0,2021,2015,1,0,0,0,2021,2016,
        1,0,0,0,2021,2017,1,0,0,0,2021,2018,1,0,0,0,2021,2019,1,0,0,0,2021,
        2020,1,0,0,0,2022,259,1,0,0,0,2023,2027,5,206,0,0,2024,2025,5,186,
        0,0,2025,2027,3,298,149,0,2026,2023,1,0,0,0,2026,2024,1,0,0,0,2027,
        261,1,0,0,0,2028,2031,5,174,0,0,2029,2031,3,260,130,0,2030,2028,
        1,0,0,0,2030,2029,1,0,0,0,2031,263,1,0,0,0,2032,2033,3,266,133,0,
        2033,265,1,0,0,0,2034,2039,3,268,134,0,2035,2036,7,0,0,0,2036,2038,
        3,268,134,0,2037,2035,1,0,0,0,2038,2041,1,0,0,0,2039,2037,1,0,0,
        0,2039,2040,1,0,0,0,2040,267,1,0,0,0,2041,2039,1,0,0,0,2042,2047,
        3,270,135,0,2043,2044,7,1,0,0,2044,2046,3,270,135,0,2045,2043,1,
        0,0,0,2046,2049,1,0,0,0,2047,2045,1,0,0,0,2047,2048,1,0,0,0,2048,
        269,1,0,0,0,2049,2047,1,0,0,0,2050,2054,3,272,136,0,2051,2052,5,
        200,0,0,2052,2054,3,272,136,0,2053,2050,1,0,0,0,2053,2051,1,0,0,
        0,2054,271,1,0,0,0,2055,2083,3,274,137,0,2056,2057,3,292,146,0,2057,
        2066,5,187,0,0,2058,2063,3,264,132,0,2059,2060,5,183,0,0,2060,2062,
        3,264,132,0,2061,2059,1,0,0,0,2062,2065,1,0,0,0,2063,2061,1,0,0,
        0,2063,2064,1,0,0,0,2064,2067,1,0,0,0,2065,2063,1,0,0,0,2066,2058,
        1,0,0,0,2066,2067,1,0,0,0,2067,2068,1,0,0,0,2068,2069,5,188,0,0,
        2069,2083,1,0,0,0,2070,2071,5,187,0,0,2071,2072,3,284,142,0,2072,
        2073,5,188,0,0,2073,2074,3,272,136,0,2074,2083,1,0,0,0,2075,2076,
        5,46,0,0,2076,2077,5,187,0,0,2077,2078,3,272,136,0,2078,2079,5,3,
        0,0,2079,2080,3,286,143,0,2080,2081,5,188,0,0,2081,2083,1,0,0,0,
        2082,2055,1,0,0,0,2082,2056,1,0,0,0,2082,2070,1,0,0,0,2082,2075,
        1,0,0,0,2083,273,1,0,0,0,2084,2091,3,258,129,0,2085,2091,3,276,138,
        0,2086,2091,3,278,139,0,2087,2091,3,282,141,0,2088,2091,5,119,0,
        0,2089,2091,3,260,130,0,2090,2084,1,0,0,0,2090,2085,1,0,0,0,2090,
        2086,1,0,0,0,2090,2087,1,0,0,0,2090,2088,1,0,0,0,2090,2089,1,0,0,
        0,2091,275,1,0,0,0,2092,2101,5,189,0,0,2093,2098,3,264,132,0,2094,
        2095,5,183,0,0,2095,2097,3,264,132,0,2096,2094,1,0,0,0,2097,2100,
        1,0,0,0,2098,2096,1,0,0,0,2098,2099,1,0,0,0,2099,2102,1,0,0,0,2100,
        2098,1,0,0,0,2101,2093,1,0,0,0,2101,2102,1,0,0,0,2102,2103,1,0,0,
        0,2103,2134,5,190,0,0,2104,2105,5,191,0,0,2105,2106,3,264,132,0,
        2106,2107,5,186,0,0,2107,2115,3,264,132,0,2108,2109,5,183,0,0,2109,
        2110,3,264,132,0,2110,2111,5,186,0,0,2111,2112,3,264,132,0,2112,
        2114,1,0,0,0,2113,2108,1,0,0,0,2114,2117,1,0,0,0,2115,2113,1,0,0,
        0,2115,2116,1,0,0,0,2116,2118,1,0,0,0,2117,2115,1,0,0,0,2118,2119,
        5,192,0,0,2119,2134,1,0,0,0,2120,2121,5,191,0,0,2121,2126,3,264,
        132,0,2122,2123,5,183,0,0,2123,2125,3,264,132,0,2124,2122,1,0,0,
        0,2125,2128,1,0,0,0,2126,2124,1,0,0,0,2126,2127,1,0,0,0,2127,2129,
        1,0,0,0,2128,2126,1,0,0,0,2129,2130,5,192,0,0,2130,2134,1,0,0,0,
        2131,2132,5,191,0,0,2132,2134,5,192,0,0,2133,2092,1,0,0,0,2133,2104,
        1,0,0,0,2133,2120,1,0,0,0,2133,2131,1,0,0,0,2134,277,1,0,0,0,2135,
        2136,5,191,0,0,2136,2141,3,280,140,0,2137,2138,5,183,0,0,2138,2140,
        3,280,140,0,2139,2137,1,0,0,0,2140,2143,1,0,0,0,2141,2139,1,0,0,
        0,2141,2142,1,0,0,0,2142,2144,1,0,0,0,2143,2141,1,0,0,0,2144,2145,
        5,192,0,0,2145,279,1,0,0,0,2146,2147,3,298,149,0,2147,2148,5,186,
        0,0,2148,2149,3,264,132,0,2149,281,1,0,0,0,2150,2151,5,187,0,0,2151,
        2156,3,264,132,0,2152,2153,5,183,0,0,2153,2155,3,264,132,0,2154,
        2152,1,0,0,0,2155,2158,1,0,0,0,2156,2154,1,0,0,0,2156,2157,1,0,0,
        0,2157,2159,1,0,0,0,2158,2156,1,0,0,0,2159,2160,5,188,0,0,2160,283,
        1,0,0,0,2161,2206,3,286,143,0,2162,2163,5,122,0,0,2163,2164,5,195,
        0,0,2164,2165,3,284,142,0,2165,2166,5,183,0,0,2166,2167,3,284,142,
        0,2167,2168,5,197,0,0,2168,2206,1,0,0,0,2169,2170,5,123,0,0,2170,
        2171,5,195,0,0,2171,2172,3,284,142,0,2172,2173,5,197,0,0,2173,2206,
        1,0,0,0,2174,2175,5,20,0,0,2175,2176,5,195,0,0,2176,2177,3,284,142,
        0,2177,2178,5,197,0,0,2178,2206,1,0,0,0,2179,2180,5,128,0,0,2180,
        2181,5,195,0,0,2181,2186,3,284,142,0,2182,2183,5,183,0,0,2183,2185,
        3,284,142,0,2184,2182,1,0,0,0,2185,2188,1,0,0,0,2186,2184,1,0,0,
        0,2186,2187,1,0,0,0,2187,2189,1,0,0,0,2188,2186,1,0,0,0,2189,2190,
        5,197,0,0,2190,2206,1,0,0,0,2191,2192,5,153,0,0,2192,2193,5,195,
        0,0,2193,2194,3,284,142,0,2194,2195,5,183,0,0,2195,2196,5,174,0,
        0,2196,2197,5,197,0,0,2197,2206,1,0,0,0,2198,2199,5,131,0,0,2199,
        2200,5,195,0,0,2200,2201,3,284,142,0,2201,2202,5,197,0,0,2202,2206,
        1,0,0,0,2203,2206,3,290,145,0,2204,2206,5,170,0,0,2205,2161,1,0,
        0,0,2205,2162,1,0,0,0,2205,2169,1,0,0,0,2205,2174,1,0,0,0,2205,2179,
        1,0,0,0,2205,2191,1,0,0,0,2205,2198,1,0,0,0,2205,2203,1,0,0,0,2205,
        2204,1,0,0,0,2206,285,1,0,0,0,2207,2208,7,18,0,0,2208,287,1,0,0,
        0,2209,2210,3,298,149,0,2210,2211,5,184,0,0,2211,2213,1,0,0,0,2212,
        2209,1,0,0,0,2212,2213,1,0,0,0,2213,2214,1,0,0,0,2214,2215,3,298,
        149,0,2215,289,1,0,0,0,2216,2217,3,298,149,0,2217,2218,5,184,0,0,
        2218,2220,1,0,0,0,2219,2216,1,0,0,0,2219,2220,1,0,0,0,2220,2221,
        1,0,0,0,2221,2222,3,302,151,0,2222,291,1,0,0,0,2223,2224,3,298,149,
        0,2224,2225,5,184,0,0,2225,2227,1,0,0,0,2226,2223,1,0,0,0,2226,2227,
        1,0,0,0,2227,2228,1,0,0,0,2228,2229,3,304,152,0,2229,293,1,0,0,0,
        2230,2233,3,298,149,0,2231,2233,5,170,0,0,2232,2230,1,0,0,0,2232,
        2231,1,0,0,0,2233,295,1,0,0,0,2234,2237,3,298,149,0,2235,2237,5,
        172,0,0,2236,2234,1,0,0,0,2236,2235,1,0,0,0,2237,297,1,0,0,0,2238,
        2242,3,300,150,0,2239,2242,5,171,0,0,2240,2242,3,306,153,0,2241,
        2238,1,0,0,0,2241,2239,1,0,0,0,2241,2240,1,0,0,0,2242,299,1,0,0,
        0,2243,2244,7,19,0,0,2244,301,1,0,0,0,2245,2250,3,300,150,0,2246,
        2250,5,171,0,0,2247,2250,3,308,154,0,2248,2250,5,6,0,0,2249,2245,
        1,0,0,0,2249,2246,1,0,0,0,2249,2247,1,0,0,0,2249,2248,1,0,0,0,2250,
        303,1,0,0,0,2251,2258,3,300,150,0,2252,2258,5,171,0,0,2253,2258,
        3,308,154,0,2254,2258,3,286,143,0,2255,2258,5,114,0,0,2256,2258,
        5,19,0,0,2257,2251,1,0,0,0,2257,2252,1,0,0,0,2257,2253,1,0,0,0,2257,
        2254,1,0,0,0,2257,2255,1,0,0,0,2257,2256,1,0,0,0,2258,305,1,0,0,
        0,2259,2270,3,308,154,0,2260,2270,3,286,143,0,2261,2270,5,45,0,0,
        2262,2270,5,19,0,0,2263,2270,5,115,0,0,2264,2270,5,116,0,0,2265,
        2270,5,6,0,0,2266,2270,5,46,0,0,2267,2270,5,146,0,0,2268,2270,5,
        18,0,0,2269,2259,1,0,0,0,2269,2260,1,0,0,0,2269,2261,1,0,0,0,2269,
        2262,1,0,0,0,2269,2263,1,0,0,0,2269,2264,1,0,0,0,2269,2265,1,0,0,
        0,2269,2266,1,0,0,0,2269,2267,1,0,0,0,2269,2268,1,0,0,0,2270,307,
        1,0,0,0,2271,2272,7,20,0,0,2272,309,1,0,0,0,2273,2331,3,298,149,
        0,2274,2331,5,1,0,0,2275,2331,5,2,0,0,2276,2331,5,4,0,0,2277,2331,
        5,5,0,0,2278,2331,5,8,0,0,2279,2331,5,9,0,0,2280,2331,5,10,0,0,2281,
        2331,5,11,0,0,2282,2331,5,12,0,0,2283,2331,5,13,0,0,2284,2331,5,
        16,0,0,2285,2331,5,17,0,0,2286,2331,5,20,0,0,2287,2331,5,21,0,0,
        2288,2331,5,22,0,0,2289,2331,5,23,0,0,2290,2331,5,24,0,0,2291,2331,
        5,25,0,0,2292,2331,5,26,0,0,2293,2331,5,27,0,0,2294,2331,5,28,0,
        0,2295,2331,5,29,0,0,2296,2331,5,30,0,0,2297,2331,5,32,0,0,2298,
        2331,5,34,0,0,2299,2331,5,35,0,0,2300,2331,5,36,0,0,2301,2331,5,
        38,0,0,2302,2331,5,39,0,0,2303,2331,5,40,0,0,2304,2331,5,41,0,0,
        2305,2331,5,42,0,0,2306,2331,5,47,0,0,2307,2331,5,48,0,0,2308,2331,
        5,49,0,0,2309,2331,5,54,0,0,2310,2331,5,55,0,0,2311,2331,5,56,0,
        0,2312,2331,5,57,0,0,2313,2331,5,58,0,0,2314,2331,5,60,0,0,2315,
        2331,5,61,0,0,2316,2331,5,67,0,0,2317,2331,5,71,0,0,2318,2331,5,
        72,0,0,2319,2331,5,73,0,0,2320,2331,5,74,0,0,2321,2331,5,75,0,0,
        2322,2331,5,76,0,0,2323,2331,5,77,0,0,2324,2331,5,114,0,0,2325,2331,
        5,119,0,0,2326,2331,5,120,0,0,2327,2331,5,124,0,0,2328,2331,5,126,
        0,0,2329,2331,5,144,0,0,2330,2273,1,0,0,0,2330,2274,1,0,0,0,2330,
        2275,1,0,0,0,2330,2276,1,0,0,0,2330,2277,1,0,0,0,2330,2278,1,0,0,
        0,2330,2279,1,0,0,0,2330,2280,1,0,0,0,2330,2281,1,0,0,0,2330,2282,
        1,0,0,0,2330,2283,1,0,0,0,2330,2284,1,0,0,0,2330,2285,1,0,0,0,2330,
        2286,1,0,0,0,2330,2287,1,0,0,0,2330,2288,1,0,0,0,2330,2289,1,0,0,
        0,2330,2290,1,0,0,0,2330,2291,1,0,0,0,2330,2292,1,0,0,0,2330,2293,
        1,0,0,0,2330,2294,1,0,0,0,2330,2295,1,0,0,0,2330,2296,1,0,0,0,2330,
        2297,1,0,0,0,2330,2298,1,0,0,0,2330,2299,1,0,0,0,2330,2300,1,0,0,
        0,2330,2301,1,0,0,0,2330,2302,1,0,0,0,2330,2303,1,0,0,0,2330,2304,
        1,0,0,0,2330,2305,1,0,0,0,2330,2306,1,0,0,0,2330,2307,1,0,0,0,2330,
        2308,1,0,0,0,2330,2309,1,0,0,0,2330,2310,1,0,0,0,2330,2311,1,0,0,
        0,2330,2312,1,0,0,0,2330,2313,1,0,0,0,2330,2314,1,0,0,0,2330,2315,
        1,0,0,0,2330,2316,1,0,0,0,2330,2317,1,0,0,0,2330,2318,1,0,0,0,2330,
        2319,1,0,0,0,2330,2320,1,0,0,0,2330,2321,1,0,0,0,2330,2322,1,0,0,
        0,2330,2323,1,0,0,0,2330,2324,1,0,0,0,2330,2325,1,0,0,0,2330,2326,
        1,0,0,0,2330,2327,1,0,0,0,2330,2328,1,0,0,0,2330,2329,1,0,0,0,2331,
        311,1,0,0,0,252,316,375,382,385,392,401,404,413,416,422,426,430,
        437,441,446,455,463,470,475,483,489,493,507,518,521,535,546,553,
        567,586,589,593,598,605,610,638,666,676,687,690,694,705,716,721,
        725,730,738,741,748,751,759,770,779,781,785,793,800,805,813,821,
        823,830,860,869,879,913,917,924,931,933,940,953,957,961,965,969,
        978,982,998,1007,1020,1025,1032,1039,1043,1053,1056,1060,1065,1068,
        1072,1082,1094,1099,1113,1116,1120,1134,1139,1147,1159,1166,1174,
        1179,1187,1194,1200,1204,1212,1219,1223,1230,1244,1249,1252,1261,
        1268,1275,1279,1290,1302,1309,1316,1319,1328,1334,1338,1341,1351,
        1354,1359,1363,1371,1376,1383,1391,1401,1411,1421,1424,1430,1440,
        1447,1451,1460,1463,1469,1487,1491,1499,1502,1509,1513,1523,1527,
        1532,1536,1541,1552,1566,1573,1584,1588,1596,1599,1615,1618,1621,
        1626,1631,1634,1639,1644,1647,1652,1661,1668,1673,1683,1689,1694,
        1699,1704,1709,1714,1722,1725,1742,1774,1791,1795,1815,1819,1822,
        1826,1830,1835,1839,1842,1857,1870,1880,1886,1890,1895,1899,1921,
        1924,1928,1933,1945,1950,1955,1960,1962,1970,1973,1981,1988,1992,
        1996,2001,2006,2021,2026,2030,2039,2047,2053,2063,2066,2082,2090,
        2098,2101,2115,2126,2133,2141,2156,2186,2205,2212,2219,2226,2232,
        2236,2241,2249,2257,2269,2330
    ];

    private static __ATN: antlr.ATN;
    public static get _ATN(): antlr.ATN {
        if (!CqlParser.__ATN) {
            CqlParser.__ATN = new antlr.ATNDeserializer().deserialize(CqlParser._serializedATN);
        }

        return CqlParser.__ATN;
    }


    private static readonly vocabulary = new antlr.Vocabulary(CqlParser.literalNames, CqlParser.symbolicNames, []);

    public override get vocabulary(): antlr.Vocabulary {
        return CqlParser.vocabulary;
    }

    private static readonly decisionsToDFA = CqlParser._ATN.decisionToState.map( (ds: antlr.DecisionState, index: number) => new antlr.DFA(ds, index) );
}

export class SingleStatementContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public statement(): StatementContext {
        return this.getRuleContext(0, StatementContext)!;
    }
    public EOF(): antlr.TerminalNode {
        return this.getToken(CqlParser.EOF, 0)!;
    }
    public SEMI(): antlr.TerminalNode[];
    public SEMI(i: number): antlr.TerminalNode | null;
    public SEMI(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.SEMI);
    	} else {
    		return this.getToken(CqlParser.SEMI, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_singleStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSingleStatement) {
            return visitor.visitSingleStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class StatementContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public selectStatement(): SelectStatementContext | null {
        return this.getRuleContext(0, SelectStatementContext);
    }
    public insertStatement(): InsertStatementContext | null {
        return this.getRuleContext(0, InsertStatementContext);
    }
    public updateStatement(): UpdateStatementContext | null {
        return this.getRuleContext(0, UpdateStatementContext);
    }
    public deleteStatement(): DeleteStatementContext | null {
        return this.getRuleContext(0, DeleteStatementContext);
    }
    public batchStatement(): BatchStatementContext | null {
        return this.getRuleContext(0, BatchStatementContext);
    }
    public useStatement(): UseStatementContext | null {
        return this.getRuleContext(0, UseStatementContext);
    }
    public truncateStatement(): TruncateStatementContext | null {
        return this.getRuleContext(0, TruncateStatementContext);
    }
    public createKeyspaceStatement(): CreateKeyspaceStatementContext | null {
        return this.getRuleContext(0, CreateKeyspaceStatementContext);
    }
    public alterKeyspaceStatement(): AlterKeyspaceStatementContext | null {
        return this.getRuleContext(0, AlterKeyspaceStatementContext);
    }
    public dropKeyspaceStatement(): DropKeyspaceStatementContext | null {
        return this.getRuleContext(0, DropKeyspaceStatementContext);
    }
    public createTableStatement(): CreateTableStatementContext | null {
        return this.getRuleContext(0, CreateTableStatementContext);
    }
    public alterTableStatement(): AlterTableStatementContext | null {
        return this.getRuleContext(0, AlterTableStatementContext);
    }
    public dropTableStatement(): DropTableStatementContext | null {
        return this.getRuleContext(0, DropTableStatementContext);
    }
    public createTypeStatement(): CreateTypeStatementContext | null {
        return this.getRuleContext(0, CreateTypeStatementContext);
    }
    public alterTypeStatement(): AlterTypeStatementContext | null {
        return this.getRuleContext(0, AlterTypeStatementContext);
    }
    public dropTypeStatement(): DropTypeStatementContext | null {
        return this.getRuleContext(0, DropTypeStatementContext);
    }
    public createIndexStatement(): CreateIndexStatementContext | null {
        return this.getRuleContext(0, CreateIndexStatementContext);
    }
    public dropIndexStatement(): DropIndexStatementContext | null {
        return this.getRuleContext(0, DropIndexStatementContext);
    }
    public createMaterializedViewStatement(): CreateMaterializedViewStatementContext | null {
        return this.getRuleContext(0, CreateMaterializedViewStatementContext);
    }
    public alterMaterializedViewStatement(): AlterMaterializedViewStatementContext | null {
        return this.getRuleContext(0, AlterMaterializedViewStatementContext);
    }
    public dropMaterializedViewStatement(): DropMaterializedViewStatementContext | null {
        return this.getRuleContext(0, DropMaterializedViewStatementContext);
    }
    public createFunctionStatement(): CreateFunctionStatementContext | null {
        return this.getRuleContext(0, CreateFunctionStatementContext);
    }
    public dropFunctionStatement(): DropFunctionStatementContext | null {
        return this.getRuleContext(0, DropFunctionStatementContext);
    }
    public createAggregateStatement(): CreateAggregateStatementContext | null {
        return this.getRuleContext(0, CreateAggregateStatementContext);
    }
    public dropAggregateStatement(): DropAggregateStatementContext | null {
        return this.getRuleContext(0, DropAggregateStatementContext);
    }
    public createTriggerStatement(): CreateTriggerStatementContext | null {
        return this.getRuleContext(0, CreateTriggerStatementContext);
    }
    public dropTriggerStatement(): DropTriggerStatementContext | null {
        return this.getRuleContext(0, DropTriggerStatementContext);
    }
    public createRoleStatement(): CreateRoleStatementContext | null {
        return this.getRuleContext(0, CreateRoleStatementContext);
    }
    public alterRoleStatement(): AlterRoleStatementContext | null {
        return this.getRuleContext(0, AlterRoleStatementContext);
    }
    public dropRoleStatement(): DropRoleStatementContext | null {
        return this.getRuleContext(0, DropRoleStatementContext);
    }
    public grantRoleStatement(): GrantRoleStatementContext | null {
        return this.getRuleContext(0, GrantRoleStatementContext);
    }
    public revokeRoleStatement(): RevokeRoleStatementContext | null {
        return this.getRuleContext(0, RevokeRoleStatementContext);
    }
    public listRolesStatement(): ListRolesStatementContext | null {
        return this.getRuleContext(0, ListRolesStatementContext);
    }
    public createUserStatement(): CreateUserStatementContext | null {
        return this.getRuleContext(0, CreateUserStatementContext);
    }
    public alterUserStatement(): AlterUserStatementContext | null {
        return this.getRuleContext(0, AlterUserStatementContext);
    }
    public dropUserStatement(): DropUserStatementContext | null {
        return this.getRuleContext(0, DropUserStatementContext);
    }
    public listUsersStatement(): ListUsersStatementContext | null {
        return this.getRuleContext(0, ListUsersStatementContext);
    }
    public addIdentityStatement(): AddIdentityStatementContext | null {
        return this.getRuleContext(0, AddIdentityStatementContext);
    }
    public dropIdentityStatement(): DropIdentityStatementContext | null {
        return this.getRuleContext(0, DropIdentityStatementContext);
    }
    public grantPermissionsStatement(): GrantPermissionsStatementContext | null {
        return this.getRuleContext(0, GrantPermissionsStatementContext);
    }
    public revokePermissionsStatement(): RevokePermissionsStatementContext | null {
        return this.getRuleContext(0, RevokePermissionsStatementContext);
    }
    public listPermissionsStatement(): ListPermissionsStatementContext | null {
        return this.getRuleContext(0, ListPermissionsStatementContext);
    }
    public describeStatement(): DescribeStatementContext | null {
        return this.getRuleContext(0, DescribeStatementContext);
    }
    public restoreTableStatement(): RestoreTableStatementContext | null {
        return this.getRuleContext(0, RestoreTableStatementContext);
    }
    public consistencyStatement(): ConsistencyStatementContext | null {
        return this.getRuleContext(0, ConsistencyStatementContext);
    }
    public serialConsistencyStatement(): SerialConsistencyStatementContext | null {
        return this.getRuleContext(0, SerialConsistencyStatementContext);
    }
    public copyStatement(): CopyStatementContext | null {
        return this.getRuleContext(0, CopyStatementContext);
    }
    public sourceStatement(): SourceStatementContext | null {
        return this.getRuleContext(0, SourceStatementContext);
    }
    public pagingStatement(): PagingStatementContext | null {
        return this.getRuleContext(0, PagingStatementContext);
    }
    public tracingStatement(): TracingStatementContext | null {
        return this.getRuleContext(0, TracingStatementContext);
    }
    public expandStatement(): ExpandStatementContext | null {
        return this.getRuleContext(0, ExpandStatementContext);
    }
    public captureStatement(): CaptureStatementContext | null {
        return this.getRuleContext(0, CaptureStatementContext);
    }
    public loginStatement(): LoginStatementContext | null {
        return this.getRuleContext(0, LoginStatementContext);
    }
    public clearStatement(): ClearStatementContext | null {
        return this.getRuleContext(0, ClearStatementContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_statement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitStatement) {
            return visitor.visitStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class UseStatementContext extends CqlRuleContext {
    public _keyspace?: IdentContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_USE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_USE, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_useStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUseStatement) {
            return visitor.visitUseStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SelectStatementContext extends CqlRuleContext {
    public _json?: Token | null;
    public _distinct?: Token | null;
    public _table?: TableNameContext;
    public _perPartitionLimit?: IntValueContext;
    public _limit?: IntValueContext;
    public _allowFiltering?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_SELECT(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_SELECT, 0)!;
    }
    public selectors(): SelectorsContext {
        return this.getRuleContext(0, SelectorsContext)!;
    }
    public K_FROM(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FROM, 0)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public K_WHERE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WHERE, 0);
    }
    public whereClause(): WhereClauseContext | null {
        return this.getRuleContext(0, WhereClauseContext);
    }
    public K_GROUP(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_GROUP, 0);
    }
    public K_BY(): antlr.TerminalNode[];
    public K_BY(i: number): antlr.TerminalNode | null;
    public K_BY(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_BY);
    	} else {
    		return this.getToken(CqlParser.K_BY, i);
    	}
    }
    public groupByClause(): GroupByClauseContext[];
    public groupByClause(i: number): GroupByClauseContext | null;
    public groupByClause(i?: number): GroupByClauseContext[] | GroupByClauseContext | null {
        if (i === undefined) {
            return this.getRuleContexts(GroupByClauseContext);
        }

        return this.getRuleContext(i, GroupByClauseContext);
    }
    public K_ORDER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ORDER, 0);
    }
    public orderByClause(): OrderByClauseContext[];
    public orderByClause(i: number): OrderByClauseContext | null;
    public orderByClause(i?: number): OrderByClauseContext[] | OrderByClauseContext | null {
        if (i === undefined) {
            return this.getRuleContexts(OrderByClauseContext);
        }

        return this.getRuleContext(i, OrderByClauseContext);
    }
    public K_PER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_PER, 0);
    }
    public K_PARTITION(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_PARTITION, 0);
    }
    public K_LIMIT(): antlr.TerminalNode[];
    public K_LIMIT(i: number): antlr.TerminalNode | null;
    public K_LIMIT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_LIMIT);
    	} else {
    		return this.getToken(CqlParser.K_LIMIT, i);
    	}
    }
    public K_ALLOW(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ALLOW, 0);
    }
    public K_JSON(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_JSON, 0);
    }
    public K_DISTINCT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DISTINCT, 0);
    }
    public intValue(): IntValueContext[];
    public intValue(i: number): IntValueContext | null;
    public intValue(i?: number): IntValueContext[] | IntValueContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IntValueContext);
        }

        return this.getRuleContext(i, IntValueContext);
    }
    public K_FILTERING(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FILTERING, 0);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_selectStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectStatement) {
            return visitor.visitSelectStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SelectorsContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_selectors;
    }
    public override copyFrom(ctx: SelectorsContext): void {
        super.copyFrom(ctx);
    }
}
export class SelectorListContext extends SelectorsContext {
    public constructor(ctx: SelectorsContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public selector(): SelectorContext[];
    public selector(i: number): SelectorContext | null;
    public selector(i?: number): SelectorContext[] | SelectorContext | null {
        if (i === undefined) {
            return this.getRuleContexts(SelectorContext);
        }

        return this.getRuleContext(i, SelectorContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectorList) {
            return visitor.visitSelectorList(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectAllContext extends SelectorsContext {
    public constructor(ctx: SelectorsContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public STAR(): antlr.TerminalNode {
        return this.getToken(CqlParser.STAR, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectAll) {
            return visitor.visitSelectAll(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SelectorContext extends CqlRuleContext {
    public _alias?: IdentContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public unaliasedSelector(): UnaliasedSelectorContext {
        return this.getRuleContext(0, UnaliasedSelectorContext)!;
    }
    public K_AS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_AS, 0);
    }
    public ident(): IdentContext | null {
        return this.getRuleContext(0, IdentContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_selector;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelector) {
            return visitor.visitSelector(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class UnaliasedSelectorContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public selectionAddition(): SelectionAdditionContext {
        return this.getRuleContext(0, SelectionAdditionContext)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_unaliasedSelector;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUnaliasedSelector) {
            return visitor.visitUnaliasedSelector(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SelectionAdditionContext extends CqlRuleContext {
    public _PLUS?: Token | null;
    public _ops: antlr.Token[] = [];
    public _MINUS?: Token | null;
    public __tset465?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public selectionMultiplication(): SelectionMultiplicationContext[];
    public selectionMultiplication(i: number): SelectionMultiplicationContext | null;
    public selectionMultiplication(i?: number): SelectionMultiplicationContext[] | SelectionMultiplicationContext | null {
        if (i === undefined) {
            return this.getRuleContexts(SelectionMultiplicationContext);
        }

        return this.getRuleContext(i, SelectionMultiplicationContext);
    }
    public PLUS(): antlr.TerminalNode[];
    public PLUS(i: number): antlr.TerminalNode | null;
    public PLUS(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.PLUS);
    	} else {
    		return this.getToken(CqlParser.PLUS, i);
    	}
    }
    public MINUS(): antlr.TerminalNode[];
    public MINUS(i: number): antlr.TerminalNode | null;
    public MINUS(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.MINUS);
    	} else {
    		return this.getToken(CqlParser.MINUS, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_selectionAddition;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionAddition) {
            return visitor.visitSelectionAddition(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SelectionMultiplicationContext extends CqlRuleContext {
    public _STAR?: Token | null;
    public _ops: antlr.Token[] = [];
    public _SLASH?: Token | null;
    public _PERCENT?: Token | null;
    public __tset492?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public selectionGroup(): SelectionGroupContext[];
    public selectionGroup(i: number): SelectionGroupContext | null;
    public selectionGroup(i?: number): SelectionGroupContext[] | SelectionGroupContext | null {
        if (i === undefined) {
            return this.getRuleContexts(SelectionGroupContext);
        }

        return this.getRuleContext(i, SelectionGroupContext);
    }
    public STAR(): antlr.TerminalNode[];
    public STAR(i: number): antlr.TerminalNode | null;
    public STAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.STAR);
    	} else {
    		return this.getToken(CqlParser.STAR, i);
    	}
    }
    public SLASH(): antlr.TerminalNode[];
    public SLASH(i: number): antlr.TerminalNode | null;
    public SLASH(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.SLASH);
    	} else {
    		return this.getToken(CqlParser.SLASH, i);
    	}
    }
    public PERCENT(): antlr.TerminalNode[];
    public PERCENT(i: number): antlr.TerminalNode | null;
    public PERCENT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.PERCENT);
    	} else {
    		return this.getToken(CqlParser.PERCENT, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_selectionMultiplication;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionMultiplication) {
            return visitor.visitSelectionMultiplication(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SelectionGroupContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_selectionGroup;
    }
    public override copyFrom(ctx: SelectionGroupContext): void {
        super.copyFrom(ctx);
    }
}
export class SelectionGroupPlainContext extends SelectionGroupContext {
    public constructor(ctx: SelectionGroupContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public selectionGroupWithoutField(): SelectionGroupWithoutFieldContext {
        return this.getRuleContext(0, SelectionGroupWithoutFieldContext)!;
    }
    public selectorModifier(): SelectorModifierContext[];
    public selectorModifier(i: number): SelectorModifierContext | null;
    public selectorModifier(i?: number): SelectorModifierContext[] | SelectorModifierContext | null {
        if (i === undefined) {
            return this.getRuleContexts(SelectorModifierContext);
        }

        return this.getRuleContext(i, SelectorModifierContext);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionGroupPlain) {
            return visitor.visitSelectionGroupPlain(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectionGroupNegationContext extends SelectionGroupContext {
    public constructor(ctx: SelectionGroupContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public MINUS(): antlr.TerminalNode {
        return this.getToken(CqlParser.MINUS, 0)!;
    }
    public selectionGroup(): SelectionGroupContext {
        return this.getRuleContext(0, SelectionGroupContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionGroupNegation) {
            return visitor.visitSelectionGroupNegation(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SelectorModifierContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_selectorModifier;
    }
    public override copyFrom(ctx: SelectorModifierContext): void {
        super.copyFrom(ctx);
    }
}
export class FieldSelectorModifierContext extends SelectorModifierContext {
    public _field?: IdentContext;
    public constructor(ctx: SelectorModifierContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public DOT(): antlr.TerminalNode {
        return this.getToken(CqlParser.DOT, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitFieldSelectorModifier) {
            return visitor.visitFieldSelectorModifier(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class ElementSelectorModifierContext extends SelectorModifierContext {
    public constructor(ctx: SelectorModifierContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACKET, 0)!;
    }
    public collectionSubSelection(): CollectionSubSelectionContext {
        return this.getRuleContext(0, CollectionSubSelectionContext)!;
    }
    public RBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACKET, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitElementSelectorModifier) {
            return visitor.visitElementSelectorModifier(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CollectionSubSelectionContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_collectionSubSelection;
    }
    public override copyFrom(ctx: CollectionSubSelectionContext): void {
        super.copyFrom(ctx);
    }
}
export class SubSelectionElementContext extends CollectionSubSelectionContext {
    public _element?: TermContext;
    public constructor(ctx: CollectionSubSelectionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSubSelectionElement) {
            return visitor.visitSubSelectionElement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SubSelectionSliceContext extends CollectionSubSelectionContext {
    public _from_?: TermContext;
    public _to?: TermContext;
    public constructor(ctx: CollectionSubSelectionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public RANGE(): antlr.TerminalNode {
        return this.getToken(CqlParser.RANGE, 0)!;
    }
    public term(): TermContext[];
    public term(i: number): TermContext | null;
    public term(i?: number): TermContext[] | TermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermContext);
        }

        return this.getRuleContext(i, TermContext);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSubSelectionSlice) {
            return visitor.visitSubSelectionSlice(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SubSelectionSliceToContext extends CollectionSubSelectionContext {
    public _to?: TermContext;
    public constructor(ctx: CollectionSubSelectionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public RANGE(): antlr.TerminalNode {
        return this.getToken(CqlParser.RANGE, 0)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSubSelectionSliceTo) {
            return visitor.visitSubSelectionSliceTo(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SelectionGroupWithoutFieldContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_selectionGroupWithoutField;
    }
    public override copyFrom(ctx: SelectionGroupWithoutFieldContext): void {
        super.copyFrom(ctx);
    }
}
export class SelectionSimpleContext extends SelectionGroupWithoutFieldContext {
    public constructor(ctx: SelectionGroupWithoutFieldContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public simpleUnaliasedSelector(): SimpleUnaliasedSelectorContext {
        return this.getRuleContext(0, SimpleUnaliasedSelectorContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionSimple) {
            return visitor.visitSelectionSimple(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectionTypeHintContext extends SelectionGroupWithoutFieldContext {
    public _type_?: ComparatorTypeContext;
    public constructor(ctx: SelectionGroupWithoutFieldContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public selectionGroupWithoutField(): SelectionGroupWithoutFieldContext {
        return this.getRuleContext(0, SelectionGroupWithoutFieldContext)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionTypeHint) {
            return visitor.visitSelectionTypeHint(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectionTupleContext extends SelectionGroupWithoutFieldContext {
    public constructor(ctx: SelectionGroupWithoutFieldContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public unaliasedSelector(): UnaliasedSelectorContext[];
    public unaliasedSelector(i: number): UnaliasedSelectorContext | null;
    public unaliasedSelector(i?: number): UnaliasedSelectorContext[] | UnaliasedSelectorContext | null {
        if (i === undefined) {
            return this.getRuleContexts(UnaliasedSelectorContext);
        }

        return this.getRuleContext(i, UnaliasedSelectorContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionTuple) {
            return visitor.visitSelectionTuple(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectionListContext extends SelectionGroupWithoutFieldContext {
    public constructor(ctx: SelectionGroupWithoutFieldContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACKET, 0)!;
    }
    public RBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACKET, 0)!;
    }
    public unaliasedSelector(): UnaliasedSelectorContext[];
    public unaliasedSelector(i: number): UnaliasedSelectorContext | null;
    public unaliasedSelector(i?: number): UnaliasedSelectorContext[] | UnaliasedSelectorContext | null {
        if (i === undefined) {
            return this.getRuleContexts(UnaliasedSelectorContext);
        }

        return this.getRuleContext(i, UnaliasedSelectorContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionList) {
            return visitor.visitSelectionList(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectionMapContext extends SelectionGroupWithoutFieldContext {
    public constructor(ctx: SelectionGroupWithoutFieldContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACE, 0)!;
    }
    public unaliasedSelector(): UnaliasedSelectorContext[];
    public unaliasedSelector(i: number): UnaliasedSelectorContext | null;
    public unaliasedSelector(i?: number): UnaliasedSelectorContext[] | UnaliasedSelectorContext | null {
        if (i === undefined) {
            return this.getRuleContexts(UnaliasedSelectorContext);
        }

        return this.getRuleContext(i, UnaliasedSelectorContext);
    }
    public COLON(): antlr.TerminalNode[];
    public COLON(i: number): antlr.TerminalNode | null;
    public COLON(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COLON);
    	} else {
    		return this.getToken(CqlParser.COLON, i);
    	}
    }
    public RBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACE, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionMap) {
            return visitor.visitSelectionMap(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectionSetContext extends SelectionGroupWithoutFieldContext {
    public constructor(ctx: SelectionGroupWithoutFieldContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACE, 0)!;
    }
    public unaliasedSelector(): UnaliasedSelectorContext[];
    public unaliasedSelector(i: number): UnaliasedSelectorContext | null;
    public unaliasedSelector(i?: number): UnaliasedSelectorContext[] | UnaliasedSelectorContext | null {
        if (i === undefined) {
            return this.getRuleContexts(UnaliasedSelectorContext);
        }

        return this.getRuleContext(i, UnaliasedSelectorContext);
    }
    public RBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACE, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionSet) {
            return visitor.visitSelectionSet(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectionEmptyBracesContext extends SelectionGroupWithoutFieldContext {
    public constructor(ctx: SelectionGroupWithoutFieldContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACE, 0)!;
    }
    public RBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACE, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionEmptyBraces) {
            return visitor.visitSelectionEmptyBraces(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SimpleUnaliasedSelectorContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_simpleUnaliasedSelector;
    }
    public override copyFrom(ctx: SimpleUnaliasedSelectorContext): void {
        super.copyFrom(ctx);
    }
}
export class SelectionColumnContext extends SimpleUnaliasedSelectorContext {
    public constructor(ctx: SimpleUnaliasedSelectorContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionColumn) {
            return visitor.visitSelectionColumn(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectionValueContext extends SimpleUnaliasedSelectorContext {
    public constructor(ctx: SimpleUnaliasedSelectorContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public selectionLiteral(): SelectionLiteralContext {
        return this.getRuleContext(0, SelectionLiteralContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionValue) {
            return visitor.visitSelectionValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectionCountRowsContext extends SimpleUnaliasedSelectorContext {
    public constructor(ctx: SimpleUnaliasedSelectorContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_COUNT(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_COUNT, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public STAR(): antlr.TerminalNode {
        return this.getToken(CqlParser.STAR, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionCountRows) {
            return visitor.visitSelectionCountRows(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectionWritetimeOrTtlContext extends SimpleUnaliasedSelectorContext {
    public _kind?: Token | null;
    public _column?: IdentContext;
    public constructor(ctx: SimpleUnaliasedSelectorContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public K_WRITETIME(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WRITETIME, 0);
    }
    public K_MAXWRITETIME(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_MAXWRITETIME, 0);
    }
    public K_TTL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TTL, 0);
    }
    public selectorModifier(): SelectorModifierContext[];
    public selectorModifier(i: number): SelectorModifierContext | null;
    public selectorModifier(i?: number): SelectorModifierContext[] | SelectorModifierContext | null {
        if (i === undefined) {
            return this.getRuleContexts(SelectorModifierContext);
        }

        return this.getRuleContext(i, SelectorModifierContext);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionWritetimeOrTtl) {
            return visitor.visitSelectionWritetimeOrTtl(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectionCastContext extends SimpleUnaliasedSelectorContext {
    public _type_?: NativeTypeContext;
    public constructor(ctx: SimpleUnaliasedSelectorContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_CAST(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CAST, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public unaliasedSelector(): UnaliasedSelectorContext {
        return this.getRuleContext(0, UnaliasedSelectorContext)!;
    }
    public K_AS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_AS, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public nativeType(): NativeTypeContext {
        return this.getRuleContext(0, NativeTypeContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionCast) {
            return visitor.visitSelectionCast(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SelectionFunctionContext extends SimpleUnaliasedSelectorContext {
    public constructor(ctx: SimpleUnaliasedSelectorContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public functionName(): FunctionNameContext {
        return this.getRuleContext(0, FunctionNameContext)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public unaliasedSelector(): UnaliasedSelectorContext[];
    public unaliasedSelector(i: number): UnaliasedSelectorContext | null;
    public unaliasedSelector(i?: number): UnaliasedSelectorContext[] | UnaliasedSelectorContext | null {
        if (i === undefined) {
            return this.getRuleContexts(UnaliasedSelectorContext);
        }

        return this.getRuleContext(i, UnaliasedSelectorContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionFunction) {
            return visitor.visitSelectionFunction(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SelectionLiteralContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public constant(): ConstantContext | null {
        return this.getRuleContext(0, ConstantContext);
    }
    public K_NULL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NULL, 0);
    }
    public marker(): MarkerContext | null {
        return this.getRuleContext(0, MarkerContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_selectionLiteral;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSelectionLiteral) {
            return visitor.visitSelectionLiteral(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class WhereClauseContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public relationOrExpression(): RelationOrExpressionContext[];
    public relationOrExpression(i: number): RelationOrExpressionContext | null;
    public relationOrExpression(i?: number): RelationOrExpressionContext[] | RelationOrExpressionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(RelationOrExpressionContext);
        }

        return this.getRuleContext(i, RelationOrExpressionContext);
    }
    public K_AND(): antlr.TerminalNode[];
    public K_AND(i: number): antlr.TerminalNode | null;
    public K_AND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_AND);
    	} else {
    		return this.getToken(CqlParser.K_AND, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_whereClause;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitWhereClause) {
            return visitor.visitWhereClause(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class RelationOrExpressionContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public relation(): RelationContext | null {
        return this.getRuleContext(0, RelationContext);
    }
    public customIndexExpression(): CustomIndexExpressionContext | null {
        return this.getRuleContext(0, CustomIndexExpressionContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_relationOrExpression;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRelationOrExpression) {
            return visitor.visitRelationOrExpression(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CustomIndexExpressionContext extends CqlRuleContext {
    public _index?: IdentContext;
    public _value?: TermContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public EXPR_PAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.EXPR_PAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode {
        return this.getToken(CqlParser.COMMA, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_customIndexExpression;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCustomIndexExpression) {
            return visitor.visitCustomIndexExpression(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class RelationContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_relation;
    }
    public override copyFrom(ctx: RelationContext): void {
        super.copyFrom(ctx);
    }
}
export class RelationCompareContext extends RelationContext {
    public _column?: CidentContext;
    public _op?: RelationTypeContext;
    public _value?: TermContext;
    public constructor(ctx: RelationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public relationType(): RelationTypeContext {
        return this.getRuleContext(0, RelationTypeContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRelationCompare) {
            return visitor.visitRelationCompare(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RelationLikeContext extends RelationContext {
    public _column?: CidentContext;
    public _value?: TermContext;
    public constructor(ctx: RelationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_LIKE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_LIKE, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRelationLike) {
            return visitor.visitRelationLike(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RelationIsNotNullContext extends RelationContext {
    public _column?: CidentContext;
    public constructor(ctx: RelationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_IS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_IS, 0)!;
    }
    public K_NOT(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_NOT, 0)!;
    }
    public K_NULL(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_NULL, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRelationIsNotNull) {
            return visitor.visitRelationIsNotNull(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RelationInContext extends RelationContext {
    public _column?: CidentContext;
    public _inValues?: SingleColumnInValuesContext;
    public constructor(ctx: RelationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_IN(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_IN, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public singleColumnInValues(): SingleColumnInValuesContext {
        return this.getRuleContext(0, SingleColumnInValuesContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRelationIn) {
            return visitor.visitRelationIn(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RelationContainsContext extends RelationContext {
    public _column?: CidentContext;
    public _key?: Token | null;
    public _value?: TermContext;
    public constructor(ctx: RelationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_CONTAINS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CONTAINS, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public K_KEY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_KEY, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRelationContains) {
            return visitor.visitRelationContains(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RelationTokenContext extends RelationContext {
    public _columns?: TupleOfIdentifiersContext;
    public _op?: RelationTypeContext;
    public _value?: TermContext;
    public constructor(ctx: RelationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_TOKEN(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TOKEN, 0)!;
    }
    public tupleOfIdentifiers(): TupleOfIdentifiersContext {
        return this.getRuleContext(0, TupleOfIdentifiersContext)!;
    }
    public relationType(): RelationTypeContext {
        return this.getRuleContext(0, RelationTypeContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRelationToken) {
            return visitor.visitRelationToken(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RelationMapElementContext extends RelationContext {
    public _column?: CidentContext;
    public _element?: TermContext;
    public _op?: RelationTypeContext;
    public _value?: TermContext;
    public constructor(ctx: RelationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACKET, 0)!;
    }
    public RBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACKET, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public term(): TermContext[];
    public term(i: number): TermContext | null;
    public term(i?: number): TermContext[] | TermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermContext);
        }

        return this.getRuleContext(i, TermContext);
    }
    public relationType(): RelationTypeContext {
        return this.getRuleContext(0, RelationTypeContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRelationMapElement) {
            return visitor.visitRelationMapElement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RelationMultiInContext extends RelationContext {
    public _columns?: TupleOfIdentifiersContext;
    public _inValues?: MultiColumnInValuesContext;
    public constructor(ctx: RelationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_IN(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_IN, 0)!;
    }
    public tupleOfIdentifiers(): TupleOfIdentifiersContext {
        return this.getRuleContext(0, TupleOfIdentifiersContext)!;
    }
    public multiColumnInValues(): MultiColumnInValuesContext {
        return this.getRuleContext(0, MultiColumnInValuesContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRelationMultiIn) {
            return visitor.visitRelationMultiIn(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RelationMultiCompareContext extends RelationContext {
    public _columns?: TupleOfIdentifiersContext;
    public _op?: RelationTypeContext;
    public _value?: MultiColumnValueContext;
    public constructor(ctx: RelationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public tupleOfIdentifiers(): TupleOfIdentifiersContext {
        return this.getRuleContext(0, TupleOfIdentifiersContext)!;
    }
    public relationType(): RelationTypeContext {
        return this.getRuleContext(0, RelationTypeContext)!;
    }
    public multiColumnValue(): MultiColumnValueContext {
        return this.getRuleContext(0, MultiColumnValueContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRelationMultiCompare) {
            return visitor.visitRelationMultiCompare(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RelationParenthesizedContext extends RelationContext {
    public constructor(ctx: RelationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public relation(): RelationContext {
        return this.getRuleContext(0, RelationContext)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRelationParenthesized) {
            return visitor.visitRelationParenthesized(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class RelationTypeContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public EQ(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.EQ, 0);
    }
    public LT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.LT, 0);
    }
    public LTE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.LTE, 0);
    }
    public GT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.GT, 0);
    }
    public GTE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.GTE, 0);
    }
    public NEQ(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.NEQ, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_relationType;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRelationType) {
            return visitor.visitRelationType(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class TupleOfIdentifiersContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public cident(): CidentContext[];
    public cident(i: number): CidentContext | null;
    public cident(i?: number): CidentContext[] | CidentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CidentContext);
        }

        return this.getRuleContext(i, CidentContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_tupleOfIdentifiers;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTupleOfIdentifiers) {
            return visitor.visitTupleOfIdentifiers(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SingleColumnInValuesContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_singleColumnInValues;
    }
    public override copyFrom(ctx: SingleColumnInValuesContext): void {
        super.copyFrom(ctx);
    }
}
export class InTermListContext extends SingleColumnInValuesContext {
    public constructor(ctx: SingleColumnInValuesContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public term(): TermContext[];
    public term(i: number): TermContext | null;
    public term(i?: number): TermContext[] | TermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermContext);
        }

        return this.getRuleContext(i, TermContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitInTermList) {
            return visitor.visitInTermList(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class InBindMarkerContext extends SingleColumnInValuesContext {
    public constructor(ctx: SingleColumnInValuesContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public inMarker(): InMarkerContext {
        return this.getRuleContext(0, InMarkerContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitInBindMarker) {
            return visitor.visitInBindMarker(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class MultiColumnInValuesContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_multiColumnInValues;
    }
    public override copyFrom(ctx: MultiColumnInValuesContext): void {
        super.copyFrom(ctx);
    }
}
export class MultiInEmptyContext extends MultiColumnInValuesContext {
    public constructor(ctx: MultiColumnInValuesContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitMultiInEmpty) {
            return visitor.visitMultiInEmpty(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class MultiInBindMarkerContext extends MultiColumnInValuesContext {
    public constructor(ctx: MultiColumnInValuesContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public inMarker(): InMarkerContext {
        return this.getRuleContext(0, InMarkerContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitMultiInBindMarker) {
            return visitor.visitMultiInBindMarker(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class MultiInTuplesContext extends MultiColumnInValuesContext {
    public constructor(ctx: MultiColumnInValuesContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public tupleLiteral(): TupleLiteralContext[];
    public tupleLiteral(i: number): TupleLiteralContext | null;
    public tupleLiteral(i?: number): TupleLiteralContext[] | TupleLiteralContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TupleLiteralContext);
        }

        return this.getRuleContext(i, TupleLiteralContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitMultiInTuples) {
            return visitor.visitMultiInTuples(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class MultiInMarkersContext extends MultiColumnInValuesContext {
    public constructor(ctx: MultiColumnInValuesContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public marker(): MarkerContext[];
    public marker(i: number): MarkerContext | null;
    public marker(i?: number): MarkerContext[] | MarkerContext | null {
        if (i === undefined) {
            return this.getRuleContexts(MarkerContext);
        }

        return this.getRuleContext(i, MarkerContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitMultiInMarkers) {
            return visitor.visitMultiInMarkers(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class MultiColumnValueContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public tupleLiteral(): TupleLiteralContext | null {
        return this.getRuleContext(0, TupleLiteralContext);
    }
    public marker(): MarkerContext | null {
        return this.getRuleContext(0, MarkerContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_multiColumnValue;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitMultiColumnValue) {
            return visitor.visitMultiColumnValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class InMarkerContext extends CqlRuleContext {
    public _name?: IdentContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public QMARK(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.QMARK, 0);
    }
    public COLON(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.COLON, 0);
    }
    public ident(): IdentContext | null {
        return this.getRuleContext(0, IdentContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_inMarker;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitInMarker) {
            return visitor.visitInMarker(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class GroupByClauseContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public unaliasedSelector(): UnaliasedSelectorContext {
        return this.getRuleContext(0, UnaliasedSelectorContext)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_groupByClause;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitGroupByClause) {
            return visitor.visitGroupByClause(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class OrderByClauseContext extends CqlRuleContext {
    public _column?: CidentContext;
    public _ann?: TermContext;
    public _direction?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public K_ANN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ANN, 0);
    }
    public K_OF(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OF, 0);
    }
    public term(): TermContext | null {
        return this.getRuleContext(0, TermContext);
    }
    public K_ASC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ASC, 0);
    }
    public K_DESC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DESC, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_orderByClause;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitOrderByClause) {
            return visitor.visitOrderByClause(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class InsertStatementContext extends CqlRuleContext {
    public _table?: TableNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_INSERT(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_INSERT, 0)!;
    }
    public K_INTO(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_INTO, 0)!;
    }
    public insertBody(): InsertBodyContext {
        return this.getRuleContext(0, InsertBodyContext)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public usingClause(): UsingClauseContext | null {
        return this.getRuleContext(0, UsingClauseContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_insertStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitInsertStatement) {
            return visitor.visitInsertStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class InsertBodyContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_insertBody;
    }
    public override copyFrom(ctx: InsertBodyContext): void {
        super.copyFrom(ctx);
    }
}
export class InsertValuesContext extends InsertBodyContext {
    public _cident?: CidentContext;
    public _columns: CidentContext[] = [];
    public _term?: TermContext;
    public _values: TermContext[] = [];
    public constructor(ctx: InsertBodyContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LPAREN(): antlr.TerminalNode[];
    public LPAREN(i: number): antlr.TerminalNode | null;
    public LPAREN(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.LPAREN);
    	} else {
    		return this.getToken(CqlParser.LPAREN, i);
    	}
    }
    public RPAREN(): antlr.TerminalNode[];
    public RPAREN(i: number): antlr.TerminalNode | null;
    public RPAREN(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.RPAREN);
    	} else {
    		return this.getToken(CqlParser.RPAREN, i);
    	}
    }
    public K_VALUES(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_VALUES, 0)!;
    }
    public cident(): CidentContext[];
    public cident(i: number): CidentContext | null;
    public cident(i?: number): CidentContext[] | CidentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CidentContext);
        }

        return this.getRuleContext(i, CidentContext);
    }
    public term(): TermContext[];
    public term(i: number): TermContext | null;
    public term(i?: number): TermContext[] | TermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermContext);
        }

        return this.getRuleContext(i, TermContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitInsertValues) {
            return visitor.visitInsertValues(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class InsertJsonContext extends InsertBodyContext {
    public _json?: JsonValueContext;
    public _defaultKind?: Token | null;
    public constructor(ctx: InsertBodyContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_JSON(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_JSON, 0)!;
    }
    public jsonValue(): JsonValueContext {
        return this.getRuleContext(0, JsonValueContext)!;
    }
    public K_DEFAULT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DEFAULT, 0);
    }
    public K_NULL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NULL, 0);
    }
    public K_UNSET(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_UNSET, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitInsertJson) {
            return visitor.visitInsertJson(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class JsonValueContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public STRING_LITERAL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.STRING_LITERAL, 0);
    }
    public marker(): MarkerContext | null {
        return this.getRuleContext(0, MarkerContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_jsonValue;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitJsonValue) {
            return visitor.visitJsonValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class UsingClauseContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_USING(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_USING, 0)!;
    }
    public usingClauseObjective(): UsingClauseObjectiveContext[];
    public usingClauseObjective(i: number): UsingClauseObjectiveContext | null;
    public usingClauseObjective(i?: number): UsingClauseObjectiveContext[] | UsingClauseObjectiveContext | null {
        if (i === undefined) {
            return this.getRuleContexts(UsingClauseObjectiveContext);
        }

        return this.getRuleContext(i, UsingClauseObjectiveContext);
    }
    public K_AND(): antlr.TerminalNode[];
    public K_AND(i: number): antlr.TerminalNode | null;
    public K_AND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_AND);
    	} else {
    		return this.getToken(CqlParser.K_AND, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_usingClause;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUsingClause) {
            return visitor.visitUsingClause(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class UsingClauseObjectiveContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_usingClauseObjective;
    }
    public override copyFrom(ctx: UsingClauseObjectiveContext): void {
        super.copyFrom(ctx);
    }
}
export class UsingTimestampContext extends UsingClauseObjectiveContext {
    public _value?: IntValueContext;
    public constructor(ctx: UsingClauseObjectiveContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_TIMESTAMP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TIMESTAMP, 0)!;
    }
    public intValue(): IntValueContext {
        return this.getRuleContext(0, IntValueContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUsingTimestamp) {
            return visitor.visitUsingTimestamp(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class UsingTtlContext extends UsingClauseObjectiveContext {
    public _value?: IntValueContext;
    public constructor(ctx: UsingClauseObjectiveContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_TTL(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TTL, 0)!;
    }
    public intValue(): IntValueContext {
        return this.getRuleContext(0, IntValueContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUsingTtl) {
            return visitor.visitUsingTtl(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class UpdateStatementContext extends CqlRuleContext {
    public _table?: TableNameContext;
    public _exists?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_UPDATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_UPDATE, 0)!;
    }
    public K_SET(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_SET, 0)!;
    }
    public columnOperation(): ColumnOperationContext[];
    public columnOperation(i: number): ColumnOperationContext | null;
    public columnOperation(i?: number): ColumnOperationContext[] | ColumnOperationContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ColumnOperationContext);
        }

        return this.getRuleContext(i, ColumnOperationContext);
    }
    public K_WHERE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_WHERE, 0)!;
    }
    public whereClause(): WhereClauseContext {
        return this.getRuleContext(0, WhereClauseContext)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public usingClause(): UsingClauseContext | null {
        return this.getRuleContext(0, UsingClauseContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public K_IF(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_IF, 0);
    }
    public updateConditions(): UpdateConditionsContext | null {
        return this.getRuleContext(0, UpdateConditionsContext);
    }
    public K_EXISTS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_EXISTS, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_updateStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUpdateStatement) {
            return visitor.visitUpdateStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ColumnOperationContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_columnOperation;
    }
    public override copyFrom(ctx: ColumnOperationContext): void {
        super.copyFrom(ctx);
    }
}
export class AssignOrPrependContext extends ColumnOperationContext {
    public _column?: CidentContext;
    public _value?: TermContext;
    public _other?: CidentContext;
    public constructor(ctx: ColumnOperationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public cident(): CidentContext[];
    public cident(i: number): CidentContext | null;
    public cident(i?: number): CidentContext[] | CidentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CidentContext);
        }

        return this.getRuleContext(i, CidentContext);
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public PLUS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.PLUS, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAssignOrPrepend) {
            return visitor.visitAssignOrPrepend(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AddOrSubtractContext extends ColumnOperationContext {
    public _column?: CidentContext;
    public _other?: CidentContext;
    public _op?: Token | null;
    public _value?: TermContext;
    public constructor(ctx: ColumnOperationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public cident(): CidentContext[];
    public cident(i: number): CidentContext | null;
    public cident(i?: number): CidentContext[] | CidentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CidentContext);
        }

        return this.getRuleContext(i, CidentContext);
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public PLUS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.PLUS, 0);
    }
    public MINUS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.MINUS, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAddOrSubtract) {
            return visitor.visitAddOrSubtract(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AddSignedIntegerContext extends ColumnOperationContext {
    public _column?: CidentContext;
    public _other?: CidentContext;
    public _value?: SignedIntegerContext;
    public constructor(ctx: ColumnOperationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public cident(): CidentContext[];
    public cident(i: number): CidentContext | null;
    public cident(i?: number): CidentContext[] | CidentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CidentContext);
        }

        return this.getRuleContext(i, CidentContext);
    }
    public signedInteger(): SignedIntegerContext {
        return this.getRuleContext(0, SignedIntegerContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAddSignedInteger) {
            return visitor.visitAddSignedInteger(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class ShorthandAddOrSubtractContext extends ColumnOperationContext {
    public _column?: CidentContext;
    public _op?: Token | null;
    public _value?: TermContext;
    public constructor(ctx: ColumnOperationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public PLUS_EQ(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.PLUS_EQ, 0);
    }
    public MINUS_EQ(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.MINUS_EQ, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitShorthandAddOrSubtract) {
            return visitor.visitShorthandAddOrSubtract(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SetElementContext extends ColumnOperationContext {
    public _column?: CidentContext;
    public _key?: TermContext;
    public _value?: TermContext;
    public constructor(ctx: ColumnOperationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACKET, 0)!;
    }
    public RBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACKET, 0)!;
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public term(): TermContext[];
    public term(i: number): TermContext | null;
    public term(i?: number): TermContext[] | TermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermContext);
        }

        return this.getRuleContext(i, TermContext);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSetElement) {
            return visitor.visitSetElement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SetFieldContext extends ColumnOperationContext {
    public _column?: CidentContext;
    public _field?: IdentContext;
    public _value?: TermContext;
    public constructor(ctx: ColumnOperationContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public DOT(): antlr.TerminalNode {
        return this.getToken(CqlParser.DOT, 0)!;
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSetField) {
            return visitor.visitSetField(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SignedIntegerContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public INTEGER(): antlr.TerminalNode {
        return this.getToken(CqlParser.INTEGER, 0)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_signedInteger;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSignedInteger) {
            return visitor.visitSignedInteger(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class UpdateConditionsContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public columnCondition(): ColumnConditionContext[];
    public columnCondition(i: number): ColumnConditionContext | null;
    public columnCondition(i?: number): ColumnConditionContext[] | ColumnConditionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ColumnConditionContext);
        }

        return this.getRuleContext(i, ColumnConditionContext);
    }
    public K_AND(): antlr.TerminalNode[];
    public K_AND(i: number): antlr.TerminalNode | null;
    public K_AND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_AND);
    	} else {
    		return this.getToken(CqlParser.K_AND, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_updateConditions;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUpdateConditions) {
            return visitor.visitUpdateConditions(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ColumnConditionContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_columnCondition;
    }
    public override copyFrom(ctx: ColumnConditionContext): void {
        super.copyFrom(ctx);
    }
}
export class ConditionCompareContext extends ColumnConditionContext {
    public _column?: CidentContext;
    public _op?: RelationTypeContext;
    public _value?: TermContext;
    public constructor(ctx: ColumnConditionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public relationType(): RelationTypeContext {
        return this.getRuleContext(0, RelationTypeContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitConditionCompare) {
            return visitor.visitConditionCompare(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class ConditionContainsContext extends ColumnConditionContext {
    public _column?: CidentContext;
    public _key?: Token | null;
    public _value?: TermContext;
    public constructor(ctx: ColumnConditionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_CONTAINS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CONTAINS, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public K_KEY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_KEY, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitConditionContains) {
            return visitor.visitConditionContains(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class ConditionInContext extends ColumnConditionContext {
    public _column?: CidentContext;
    public _inValues?: SingleColumnInValuesContext;
    public constructor(ctx: ColumnConditionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_IN(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_IN, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public singleColumnInValues(): SingleColumnInValuesContext {
        return this.getRuleContext(0, SingleColumnInValuesContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitConditionIn) {
            return visitor.visitConditionIn(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class ConditionElementCompareContext extends ColumnConditionContext {
    public _column?: CidentContext;
    public _element?: TermContext;
    public _op?: RelationTypeContext;
    public _value?: TermContext;
    public constructor(ctx: ColumnConditionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACKET, 0)!;
    }
    public RBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACKET, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public term(): TermContext[];
    public term(i: number): TermContext | null;
    public term(i?: number): TermContext[] | TermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermContext);
        }

        return this.getRuleContext(i, TermContext);
    }
    public relationType(): RelationTypeContext {
        return this.getRuleContext(0, RelationTypeContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitConditionElementCompare) {
            return visitor.visitConditionElementCompare(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class ConditionElementInContext extends ColumnConditionContext {
    public _column?: CidentContext;
    public _element?: TermContext;
    public _inValues?: SingleColumnInValuesContext;
    public constructor(ctx: ColumnConditionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACKET, 0)!;
    }
    public RBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACKET, 0)!;
    }
    public K_IN(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_IN, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public singleColumnInValues(): SingleColumnInValuesContext {
        return this.getRuleContext(0, SingleColumnInValuesContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitConditionElementIn) {
            return visitor.visitConditionElementIn(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class ConditionFieldCompareContext extends ColumnConditionContext {
    public _column?: CidentContext;
    public _field?: IdentContext;
    public _op?: RelationTypeContext;
    public _value?: TermContext;
    public constructor(ctx: ColumnConditionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public DOT(): antlr.TerminalNode {
        return this.getToken(CqlParser.DOT, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public relationType(): RelationTypeContext {
        return this.getRuleContext(0, RelationTypeContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitConditionFieldCompare) {
            return visitor.visitConditionFieldCompare(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class ConditionFieldInContext extends ColumnConditionContext {
    public _column?: CidentContext;
    public _field?: IdentContext;
    public _inValues?: SingleColumnInValuesContext;
    public constructor(ctx: ColumnConditionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public DOT(): antlr.TerminalNode {
        return this.getToken(CqlParser.DOT, 0)!;
    }
    public K_IN(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_IN, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public singleColumnInValues(): SingleColumnInValuesContext {
        return this.getRuleContext(0, SingleColumnInValuesContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitConditionFieldIn) {
            return visitor.visitConditionFieldIn(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DeleteStatementContext extends CqlRuleContext {
    public _table?: TableNameContext;
    public _timestamp?: IntValueContext;
    public _exists?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_DELETE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DELETE, 0)!;
    }
    public K_FROM(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FROM, 0)!;
    }
    public K_WHERE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_WHERE, 0)!;
    }
    public whereClause(): WhereClauseContext {
        return this.getRuleContext(0, WhereClauseContext)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public deleteSelection(): DeleteSelectionContext | null {
        return this.getRuleContext(0, DeleteSelectionContext);
    }
    public K_USING(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_USING, 0);
    }
    public K_TIMESTAMP(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TIMESTAMP, 0);
    }
    public K_IF(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_IF, 0);
    }
    public intValue(): IntValueContext | null {
        return this.getRuleContext(0, IntValueContext);
    }
    public updateConditions(): UpdateConditionsContext | null {
        return this.getRuleContext(0, UpdateConditionsContext);
    }
    public K_EXISTS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_EXISTS, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_deleteStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDeleteStatement) {
            return visitor.visitDeleteStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DeleteSelectionContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public deleteOp(): DeleteOpContext[];
    public deleteOp(i: number): DeleteOpContext | null;
    public deleteOp(i?: number): DeleteOpContext[] | DeleteOpContext | null {
        if (i === undefined) {
            return this.getRuleContexts(DeleteOpContext);
        }

        return this.getRuleContext(i, DeleteOpContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_deleteSelection;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDeleteSelection) {
            return visitor.visitDeleteSelection(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DeleteOpContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_deleteOp;
    }
    public override copyFrom(ctx: DeleteOpContext): void {
        super.copyFrom(ctx);
    }
}
export class DeleteColumnContext extends DeleteOpContext {
    public _column?: CidentContext;
    public constructor(ctx: DeleteOpContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDeleteColumn) {
            return visitor.visitDeleteColumn(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DeleteElementContext extends DeleteOpContext {
    public _column?: CidentContext;
    public _element?: TermContext;
    public constructor(ctx: DeleteOpContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACKET, 0)!;
    }
    public RBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACKET, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDeleteElement) {
            return visitor.visitDeleteElement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DeleteFieldContext extends DeleteOpContext {
    public _column?: CidentContext;
    public _field?: IdentContext;
    public constructor(ctx: DeleteOpContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public DOT(): antlr.TerminalNode {
        return this.getToken(CqlParser.DOT, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDeleteField) {
            return visitor.visitDeleteField(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class BatchStatementContext extends CqlRuleContext {
    public _kind?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_BEGIN(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_BEGIN, 0)!;
    }
    public K_BATCH(): antlr.TerminalNode[];
    public K_BATCH(i: number): antlr.TerminalNode | null;
    public K_BATCH(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_BATCH);
    	} else {
    		return this.getToken(CqlParser.K_BATCH, i);
    	}
    }
    public K_APPLY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_APPLY, 0)!;
    }
    public usingClause(): UsingClauseContext | null {
        return this.getRuleContext(0, UsingClauseContext);
    }
    public batchChild(): BatchChildContext[];
    public batchChild(i: number): BatchChildContext | null;
    public batchChild(i?: number): BatchChildContext[] | BatchChildContext | null {
        if (i === undefined) {
            return this.getRuleContexts(BatchChildContext);
        }

        return this.getRuleContext(i, BatchChildContext);
    }
    public K_UNLOGGED(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_UNLOGGED, 0);
    }
    public K_COUNTER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_COUNTER, 0);
    }
    public SEMI(): antlr.TerminalNode[];
    public SEMI(i: number): antlr.TerminalNode | null;
    public SEMI(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.SEMI);
    	} else {
    		return this.getToken(CqlParser.SEMI, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_batchStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitBatchStatement) {
            return visitor.visitBatchStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class BatchChildContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public insertStatement(): InsertStatementContext | null {
        return this.getRuleContext(0, InsertStatementContext);
    }
    public updateStatement(): UpdateStatementContext | null {
        return this.getRuleContext(0, UpdateStatementContext);
    }
    public deleteStatement(): DeleteStatementContext | null {
        return this.getRuleContext(0, DeleteStatementContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_batchChild;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitBatchChild) {
            return visitor.visitBatchChild(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class TruncateStatementContext extends CqlRuleContext {
    public _table?: TableNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_TRUNCATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TRUNCATE, 0)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public K_TABLE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TABLE, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_truncateStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTruncateStatement) {
            return visitor.visitTruncateStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class IfNotExistsContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_IF(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_IF, 0)!;
    }
    public K_NOT(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_NOT, 0)!;
    }
    public K_EXISTS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_EXISTS, 0)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_ifNotExists;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitIfNotExists) {
            return visitor.visitIfNotExists(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class IfExistsContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_IF(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_IF, 0)!;
    }
    public K_EXISTS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_EXISTS, 0)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_ifExists;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitIfExists) {
            return visitor.visitIfExists(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class KeyspaceKeywordContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_KEYSPACE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_KEYSPACE, 0);
    }
    public K_SCHEMA(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SCHEMA, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_keyspaceKeyword;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitKeyspaceKeyword) {
            return visitor.visitKeyspaceKeyword(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CreateKeyspaceStatementContext extends CqlRuleContext {
    public _keyspace?: IdentContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CREATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CREATE, 0)!;
    }
    public keyspaceKeyword(): KeyspaceKeywordContext {
        return this.getRuleContext(0, KeyspaceKeywordContext)!;
    }
    public K_WITH(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_WITH, 0)!;
    }
    public properties(): PropertiesContext {
        return this.getRuleContext(0, PropertiesContext)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_createKeyspaceStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCreateKeyspaceStatement) {
            return visitor.visitCreateKeyspaceStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AlterKeyspaceStatementContext extends CqlRuleContext {
    public _keyspace?: IdentContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_ALTER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALTER, 0)!;
    }
    public keyspaceKeyword(): KeyspaceKeywordContext {
        return this.getRuleContext(0, KeyspaceKeywordContext)!;
    }
    public alterKeyspaceInstruction(): AlterKeyspaceInstructionContext {
        return this.getRuleContext(0, AlterKeyspaceInstructionContext)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_alterKeyspaceStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterKeyspaceStatement) {
            return visitor.visitAlterKeyspaceStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AlterKeyspaceInstructionContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_alterKeyspaceInstruction;
    }
    public override copyFrom(ctx: AlterKeyspaceInstructionContext): void {
        super.copyFrom(ctx);
    }
}
export class AlterKeyspaceWithContext extends AlterKeyspaceInstructionContext {
    public constructor(ctx: AlterKeyspaceInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_WITH(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_WITH, 0)!;
    }
    public properties(): PropertiesContext {
        return this.getRuleContext(0, PropertiesContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterKeyspaceWith) {
            return visitor.visitAlterKeyspaceWith(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AlterKeyspaceAddTagsContext extends AlterKeyspaceInstructionContext {
    public _tags?: PropertyMapContext;
    public constructor(ctx: AlterKeyspaceInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ADD(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ADD, 0)!;
    }
    public K_TAGS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TAGS, 0)!;
    }
    public propertyMap(): PropertyMapContext {
        return this.getRuleContext(0, PropertyMapContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterKeyspaceAddTags) {
            return visitor.visitAlterKeyspaceAddTags(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AlterKeyspaceDropTagsContext extends AlterKeyspaceInstructionContext {
    public _tags?: PropertyMapContext;
    public constructor(ctx: AlterKeyspaceInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_TAGS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TAGS, 0)!;
    }
    public propertyMap(): PropertyMapContext {
        return this.getRuleContext(0, PropertyMapContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterKeyspaceDropTags) {
            return visitor.visitAlterKeyspaceDropTags(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DropKeyspaceStatementContext extends CqlRuleContext {
    public _keyspace?: IdentContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public keyspaceKeyword(): KeyspaceKeywordContext {
        return this.getRuleContext(0, KeyspaceKeywordContext)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_dropKeyspaceStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropKeyspaceStatement) {
            return visitor.visitDropKeyspaceStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CreateTableStatementContext extends CqlRuleContext {
    public _table?: TableNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CREATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CREATE, 0)!;
    }
    public K_TABLE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TABLE, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public tableElement(): TableElementContext[];
    public tableElement(i: number): TableElementContext | null;
    public tableElement(i?: number): TableElementContext[] | TableElementContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TableElementContext);
        }

        return this.getRuleContext(i, TableElementContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public K_WITH(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WITH, 0);
    }
    public tableProperty(): TablePropertyContext[];
    public tableProperty(i: number): TablePropertyContext | null;
    public tableProperty(i?: number): TablePropertyContext[] | TablePropertyContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TablePropertyContext);
        }

        return this.getRuleContext(i, TablePropertyContext);
    }
    public K_AND(): antlr.TerminalNode[];
    public K_AND(i: number): antlr.TerminalNode | null;
    public K_AND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_AND);
    	} else {
    		return this.getToken(CqlParser.K_AND, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_createTableStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCreateTableStatement) {
            return visitor.visitCreateTableStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class TableElementContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public columnDefinition(): ColumnDefinitionContext | null {
        return this.getRuleContext(0, ColumnDefinitionContext);
    }
    public primaryKeyDefinition(): PrimaryKeyDefinitionContext | null {
        return this.getRuleContext(0, PrimaryKeyDefinitionContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_tableElement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTableElement) {
            return visitor.visitTableElement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ColumnDefinitionContext extends CqlRuleContext {
    public _column?: IdentContext;
    public _type_?: ComparatorTypeContext;
    public _isStatic?: Token | null;
    public _primaryKey?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public columnMask(): ColumnMaskContext | null {
        return this.getRuleContext(0, ColumnMaskContext);
    }
    public K_KEY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_KEY, 0);
    }
    public K_STATIC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_STATIC, 0);
    }
    public K_PRIMARY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_PRIMARY, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_columnDefinition;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitColumnDefinition) {
            return visitor.visitColumnDefinition(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class PrimaryKeyDefinitionContext extends CqlRuleContext {
    public _ident?: IdentContext;
    public _clustering: IdentContext[] = [];
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_PRIMARY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_PRIMARY, 0)!;
    }
    public K_KEY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_KEY, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public partitionKey(): PartitionKeyContext {
        return this.getRuleContext(0, PartitionKeyContext)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public ident(): IdentContext[];
    public ident(i: number): IdentContext | null;
    public ident(i?: number): IdentContext[] | IdentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentContext);
        }

        return this.getRuleContext(i, IdentContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_primaryKeyDefinition;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitPrimaryKeyDefinition) {
            return visitor.visitPrimaryKeyDefinition(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class PartitionKeyContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_partitionKey;
    }
    public override copyFrom(ctx: PartitionKeyContext): void {
        super.copyFrom(ctx);
    }
}
export class SinglePartitionKeyContext extends PartitionKeyContext {
    public constructor(ctx: PartitionKeyContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSinglePartitionKey) {
            return visitor.visitSinglePartitionKey(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class CompositePartitionKeyContext extends PartitionKeyContext {
    public constructor(ctx: PartitionKeyContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public ident(): IdentContext[];
    public ident(i: number): IdentContext | null;
    public ident(i?: number): IdentContext[] | IdentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentContext);
        }

        return this.getRuleContext(i, IdentContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCompositePartitionKey) {
            return visitor.visitCompositePartitionKey(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ColumnMaskContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_columnMask;
    }
    public override copyFrom(ctx: ColumnMaskContext): void {
        super.copyFrom(ctx);
    }
}
export class DefaultMaskContext extends ColumnMaskContext {
    public constructor(ctx: ColumnMaskContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_MASKED(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_MASKED, 0)!;
    }
    public K_WITH(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_WITH, 0)!;
    }
    public K_DEFAULT(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DEFAULT, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDefaultMask) {
            return visitor.visitDefaultMask(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class FunctionMaskContext extends ColumnMaskContext {
    public _function_?: FunctionNameContext;
    public constructor(ctx: ColumnMaskContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_MASKED(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_MASKED, 0)!;
    }
    public K_WITH(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_WITH, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public functionName(): FunctionNameContext {
        return this.getRuleContext(0, FunctionNameContext)!;
    }
    public term(): TermContext[];
    public term(i: number): TermContext | null;
    public term(i?: number): TermContext[] | TermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermContext);
        }

        return this.getRuleContext(i, TermContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitFunctionMask) {
            return visitor.visitFunctionMask(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class TablePropertyContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_tableProperty;
    }
    public override copyFrom(ctx: TablePropertyContext): void {
        super.copyFrom(ctx);
    }
}
export class TableOptionContext extends TablePropertyContext {
    public constructor(ctx: TablePropertyContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public property(): PropertyContext {
        return this.getRuleContext(0, PropertyContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTableOption) {
            return visitor.visitTableOption(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class CompactStorageContext extends TablePropertyContext {
    public constructor(ctx: TablePropertyContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_COMPACT(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_COMPACT, 0)!;
    }
    public K_STORAGE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_STORAGE, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCompactStorage) {
            return visitor.visitCompactStorage(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class ClusteringOrderByContext extends TablePropertyContext {
    public constructor(ctx: TablePropertyContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_CLUSTERING(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CLUSTERING, 0)!;
    }
    public K_ORDER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ORDER, 0)!;
    }
    public K_BY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_BY, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public clusteringOrder(): ClusteringOrderContext[];
    public clusteringOrder(i: number): ClusteringOrderContext | null;
    public clusteringOrder(i?: number): ClusteringOrderContext[] | ClusteringOrderContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ClusteringOrderContext);
        }

        return this.getRuleContext(i, ClusteringOrderContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitClusteringOrderBy) {
            return visitor.visitClusteringOrderBy(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ClusteringOrderContext extends CqlRuleContext {
    public _column?: IdentContext;
    public _direction?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public K_ASC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ASC, 0);
    }
    public K_DESC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DESC, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_clusteringOrder;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitClusteringOrder) {
            return visitor.visitClusteringOrder(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AlterTableStatementContext extends CqlRuleContext {
    public _table?: TableNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_ALTER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALTER, 0)!;
    }
    public K_TABLE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TABLE, 0)!;
    }
    public alterTableInstruction(): AlterTableInstructionContext {
        return this.getRuleContext(0, AlterTableInstructionContext)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_alterTableStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterTableStatement) {
            return visitor.visitAlterTableStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AlterTableInstructionContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_alterTableInstruction;
    }
    public override copyFrom(ctx: AlterTableInstructionContext): void {
        super.copyFrom(ctx);
    }
}
export class AlterColumnTypeContext extends AlterTableInstructionContext {
    public _column?: CidentContext;
    public _type_?: ComparatorTypeContext;
    public constructor(ctx: AlterTableInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ALTER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALTER, 0)!;
    }
    public K_TYPE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TYPE, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterColumnType) {
            return visitor.visitAlterColumnType(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AlterColumnMaskContext extends AlterTableInstructionContext {
    public _column?: CidentContext;
    public constructor(ctx: AlterTableInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ALTER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALTER, 0)!;
    }
    public columnMask(): ColumnMaskContext {
        return this.getRuleContext(0, ColumnMaskContext)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterColumnMask) {
            return visitor.visitAlterColumnMask(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AlterColumnDropMaskContext extends AlterTableInstructionContext {
    public _column?: CidentContext;
    public constructor(ctx: AlterTableInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ALTER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALTER, 0)!;
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_MASKED(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_MASKED, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterColumnDropMask) {
            return visitor.visitAlterColumnDropMask(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AddColumnsContext extends AlterTableInstructionContext {
    public constructor(ctx: AlterTableInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ADD(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ADD, 0)!;
    }
    public addColumnDefinition(): AddColumnDefinitionContext[];
    public addColumnDefinition(i: number): AddColumnDefinitionContext | null;
    public addColumnDefinition(i?: number): AddColumnDefinitionContext[] | AddColumnDefinitionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(AddColumnDefinitionContext);
        }

        return this.getRuleContext(i, AddColumnDefinitionContext);
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.LPAREN, 0);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.RPAREN, 0);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAddColumns) {
            return visitor.visitAddColumns(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DropColumnsContext extends AlterTableInstructionContext {
    public _ident?: IdentContext;
    public _columns: IdentContext[] = [];
    public _timestamp?: Token | null;
    public constructor(ctx: AlterTableInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public ident(): IdentContext[];
    public ident(i: number): IdentContext | null;
    public ident(i?: number): IdentContext[] | IdentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentContext);
        }

        return this.getRuleContext(i, IdentContext);
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public K_USING(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_USING, 0);
    }
    public K_TIMESTAMP(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TIMESTAMP, 0);
    }
    public INTEGER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.INTEGER, 0);
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.LPAREN, 0);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.RPAREN, 0);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropColumns) {
            return visitor.visitDropColumns(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RenameColumnsContext extends AlterTableInstructionContext {
    public constructor(ctx: AlterTableInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_RENAME(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_RENAME, 0)!;
    }
    public renameColumn(): RenameColumnContext[];
    public renameColumn(i: number): RenameColumnContext | null;
    public renameColumn(i?: number): RenameColumnContext[] | RenameColumnContext | null {
        if (i === undefined) {
            return this.getRuleContexts(RenameColumnContext);
        }

        return this.getRuleContext(i, RenameColumnContext);
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public K_AND(): antlr.TerminalNode[];
    public K_AND(i: number): antlr.TerminalNode | null;
    public K_AND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_AND);
    	} else {
    		return this.getToken(CqlParser.K_AND, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRenameColumns) {
            return visitor.visitRenameColumns(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DropCompactStorageContext extends AlterTableInstructionContext {
    public constructor(ctx: AlterTableInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_COMPACT(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_COMPACT, 0)!;
    }
    public K_STORAGE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_STORAGE, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropCompactStorage) {
            return visitor.visitDropCompactStorage(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AlterTableWithContext extends AlterTableInstructionContext {
    public constructor(ctx: AlterTableInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_WITH(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_WITH, 0)!;
    }
    public properties(): PropertiesContext {
        return this.getRuleContext(0, PropertiesContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterTableWith) {
            return visitor.visitAlterTableWith(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AlterTableAddTagsContext extends AlterTableInstructionContext {
    public _tags?: PropertyMapContext;
    public constructor(ctx: AlterTableInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ADD(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ADD, 0)!;
    }
    public K_TAGS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TAGS, 0)!;
    }
    public propertyMap(): PropertyMapContext {
        return this.getRuleContext(0, PropertyMapContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterTableAddTags) {
            return visitor.visitAlterTableAddTags(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AlterTableDropTagsContext extends AlterTableInstructionContext {
    public _tags?: PropertyMapContext;
    public constructor(ctx: AlterTableInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_TAGS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TAGS, 0)!;
    }
    public propertyMap(): PropertyMapContext {
        return this.getRuleContext(0, PropertyMapContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterTableDropTags) {
            return visitor.visitAlterTableDropTags(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AddColumnDefinitionContext extends CqlRuleContext {
    public _column?: IdentContext;
    public _type_?: ComparatorTypeContext;
    public _isStatic?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public columnMask(): ColumnMaskContext | null {
        return this.getRuleContext(0, ColumnMaskContext);
    }
    public K_STATIC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_STATIC, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_addColumnDefinition;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAddColumnDefinition) {
            return visitor.visitAddColumnDefinition(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class RenameColumnContext extends CqlRuleContext {
    public _from_?: IdentContext;
    public _to?: IdentContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_TO(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TO, 0)!;
    }
    public ident(): IdentContext[];
    public ident(i: number): IdentContext | null;
    public ident(i?: number): IdentContext[] | IdentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentContext);
        }

        return this.getRuleContext(i, IdentContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_renameColumn;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRenameColumn) {
            return visitor.visitRenameColumn(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DropTableStatementContext extends CqlRuleContext {
    public _table?: TableNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_TABLE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TABLE, 0)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_dropTableStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropTableStatement) {
            return visitor.visitDropTableStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CreateTypeStatementContext extends CqlRuleContext {
    public _typeName?: UserTypeNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CREATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CREATE, 0)!;
    }
    public K_TYPE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TYPE, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public typeField(): TypeFieldContext[];
    public typeField(i: number): TypeFieldContext | null;
    public typeField(i?: number): TypeFieldContext[] | TypeFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TypeFieldContext);
        }

        return this.getRuleContext(i, TypeFieldContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public userTypeName(): UserTypeNameContext {
        return this.getRuleContext(0, UserTypeNameContext)!;
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_createTypeStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCreateTypeStatement) {
            return visitor.visitCreateTypeStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class TypeFieldContext extends CqlRuleContext {
    public _field?: IdentContext;
    public _type_?: ComparatorTypeContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_typeField;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTypeField) {
            return visitor.visitTypeField(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AlterTypeStatementContext extends CqlRuleContext {
    public _typeName?: UserTypeNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_ALTER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALTER, 0)!;
    }
    public K_TYPE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TYPE, 0)!;
    }
    public alterTypeInstruction(): AlterTypeInstructionContext {
        return this.getRuleContext(0, AlterTypeInstructionContext)!;
    }
    public userTypeName(): UserTypeNameContext {
        return this.getRuleContext(0, UserTypeNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_alterTypeStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterTypeStatement) {
            return visitor.visitAlterTypeStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AlterTypeInstructionContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_alterTypeInstruction;
    }
    public override copyFrom(ctx: AlterTypeInstructionContext): void {
        super.copyFrom(ctx);
    }
}
export class AlterTypeFieldTypeContext extends AlterTypeInstructionContext {
    public _field?: IdentContext;
    public _type_?: ComparatorTypeContext;
    public constructor(ctx: AlterTypeInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ALTER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALTER, 0)!;
    }
    public K_TYPE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TYPE, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterTypeFieldType) {
            return visitor.visitAlterTypeFieldType(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AlterTypeAddFieldContext extends AlterTypeInstructionContext {
    public _field?: IdentContext;
    public _type_?: ComparatorTypeContext;
    public constructor(ctx: AlterTypeInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ADD(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ADD, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterTypeAddField) {
            return visitor.visitAlterTypeAddField(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AlterTypeRenameFieldsContext extends AlterTypeInstructionContext {
    public constructor(ctx: AlterTypeInstructionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_RENAME(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_RENAME, 0)!;
    }
    public renameField(): RenameFieldContext[];
    public renameField(i: number): RenameFieldContext | null;
    public renameField(i?: number): RenameFieldContext[] | RenameFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(RenameFieldContext);
        }

        return this.getRuleContext(i, RenameFieldContext);
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public K_AND(): antlr.TerminalNode[];
    public K_AND(i: number): antlr.TerminalNode | null;
    public K_AND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_AND);
    	} else {
    		return this.getToken(CqlParser.K_AND, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterTypeRenameFields) {
            return visitor.visitAlterTypeRenameFields(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class RenameFieldContext extends CqlRuleContext {
    public _from_?: IdentContext;
    public _to?: IdentContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_TO(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TO, 0)!;
    }
    public ident(): IdentContext[];
    public ident(i: number): IdentContext | null;
    public ident(i?: number): IdentContext[] | IdentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentContext);
        }

        return this.getRuleContext(i, IdentContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_renameField;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRenameField) {
            return visitor.visitRenameField(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DropTypeStatementContext extends CqlRuleContext {
    public _typeName?: UserTypeNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_TYPE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TYPE, 0)!;
    }
    public userTypeName(): UserTypeNameContext {
        return this.getRuleContext(0, UserTypeNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_dropTypeStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropTypeStatement) {
            return visitor.visitDropTypeStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CreateIndexStatementContext extends CqlRuleContext {
    public _custom?: Token | null;
    public _index?: IdentContext;
    public _table?: TableNameContext;
    public _indexClass?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CREATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CREATE, 0)!;
    }
    public K_INDEX(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_INDEX, 0)!;
    }
    public K_ON(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ON, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public indexTarget(): IndexTargetContext[];
    public indexTarget(i: number): IndexTargetContext | null;
    public indexTarget(i?: number): IndexTargetContext[] | IndexTargetContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IndexTargetContext);
        }

        return this.getRuleContext(i, IndexTargetContext);
    }
    public K_USING(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_USING, 0);
    }
    public K_WITH(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WITH, 0);
    }
    public properties(): PropertiesContext | null {
        return this.getRuleContext(0, PropertiesContext);
    }
    public K_CUSTOM(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CUSTOM, 0);
    }
    public ident(): IdentContext | null {
        return this.getRuleContext(0, IdentContext);
    }
    public STRING_LITERAL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.STRING_LITERAL, 0);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_createIndexStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCreateIndexStatement) {
            return visitor.visitCreateIndexStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class IndexTargetContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_indexTarget;
    }
    public override copyFrom(ctx: IndexTargetContext): void {
        super.copyFrom(ctx);
    }
}
export class IndexTargetColumnContext extends IndexTargetContext {
    public _column?: CidentContext;
    public constructor(ctx: IndexTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitIndexTargetColumn) {
            return visitor.visitIndexTargetColumn(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class IndexTargetCollectionContext extends IndexTargetContext {
    public _kind?: Token | null;
    public _column?: CidentContext;
    public constructor(ctx: IndexTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public cident(): CidentContext {
        return this.getRuleContext(0, CidentContext)!;
    }
    public K_VALUES(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_VALUES, 0);
    }
    public K_KEYS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_KEYS, 0);
    }
    public K_ENTRIES(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ENTRIES, 0);
    }
    public K_FULL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FULL, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitIndexTargetCollection) {
            return visitor.visitIndexTargetCollection(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DropIndexStatementContext extends CqlRuleContext {
    public _index?: QualifiedIndexNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_INDEX(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_INDEX, 0)!;
    }
    public qualifiedIndexName(): QualifiedIndexNameContext {
        return this.getRuleContext(0, QualifiedIndexNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_dropIndexStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropIndexStatement) {
            return visitor.visitDropIndexStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class QualifiedIndexNameContext extends CqlRuleContext {
    public _keyspace?: IdentContext;
    public _name?: IdentContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public ident(): IdentContext[];
    public ident(i: number): IdentContext | null;
    public ident(i?: number): IdentContext[] | IdentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentContext);
        }

        return this.getRuleContext(i, IdentContext);
    }
    public DOT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.DOT, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_qualifiedIndexName;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitQualifiedIndexName) {
            return visitor.visitQualifiedIndexName(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CreateMaterializedViewStatementContext extends CqlRuleContext {
    public _view?: TableNameContext;
    public _base?: TableNameContext;
    public _ident?: IdentContext;
    public _clustering: IdentContext[] = [];
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CREATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CREATE, 0)!;
    }
    public K_MATERIALIZED(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_MATERIALIZED, 0)!;
    }
    public K_VIEW(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_VIEW, 0)!;
    }
    public K_AS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_AS, 0)!;
    }
    public K_SELECT(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_SELECT, 0)!;
    }
    public selectors(): SelectorsContext {
        return this.getRuleContext(0, SelectorsContext)!;
    }
    public K_FROM(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FROM, 0)!;
    }
    public K_PRIMARY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_PRIMARY, 0)!;
    }
    public K_KEY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_KEY, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public partitionKey(): PartitionKeyContext {
        return this.getRuleContext(0, PartitionKeyContext)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public tableName(): TableNameContext[];
    public tableName(i: number): TableNameContext | null;
    public tableName(i?: number): TableNameContext[] | TableNameContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TableNameContext);
        }

        return this.getRuleContext(i, TableNameContext);
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public K_WHERE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WHERE, 0);
    }
    public whereClause(): WhereClauseContext | null {
        return this.getRuleContext(0, WhereClauseContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public K_WITH(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WITH, 0);
    }
    public tableProperty(): TablePropertyContext[];
    public tableProperty(i: number): TablePropertyContext | null;
    public tableProperty(i?: number): TablePropertyContext[] | TablePropertyContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TablePropertyContext);
        }

        return this.getRuleContext(i, TablePropertyContext);
    }
    public ident(): IdentContext[];
    public ident(i: number): IdentContext | null;
    public ident(i?: number): IdentContext[] | IdentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentContext);
        }

        return this.getRuleContext(i, IdentContext);
    }
    public K_AND(): antlr.TerminalNode[];
    public K_AND(i: number): antlr.TerminalNode | null;
    public K_AND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_AND);
    	} else {
    		return this.getToken(CqlParser.K_AND, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_createMaterializedViewStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCreateMaterializedViewStatement) {
            return visitor.visitCreateMaterializedViewStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AlterMaterializedViewStatementContext extends CqlRuleContext {
    public _view?: TableNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_ALTER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALTER, 0)!;
    }
    public K_MATERIALIZED(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_MATERIALIZED, 0)!;
    }
    public K_VIEW(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_VIEW, 0)!;
    }
    public K_WITH(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_WITH, 0)!;
    }
    public properties(): PropertiesContext {
        return this.getRuleContext(0, PropertiesContext)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_alterMaterializedViewStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterMaterializedViewStatement) {
            return visitor.visitAlterMaterializedViewStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DropMaterializedViewStatementContext extends CqlRuleContext {
    public _view?: TableNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_MATERIALIZED(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_MATERIALIZED, 0)!;
    }
    public K_VIEW(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_VIEW, 0)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_dropMaterializedViewStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropMaterializedViewStatement) {
            return visitor.visitDropMaterializedViewStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CreateFunctionStatementContext extends CqlRuleContext {
    public _orReplace?: Token | null;
    public _function_?: FunctionNameContext;
    public _returnsNull?: Token | null;
    public _calledOnNull?: Token | null;
    public _returnType?: ComparatorTypeContext;
    public _language?: PlainIdentContext;
    public _body?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CREATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CREATE, 0)!;
    }
    public K_FUNCTION(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FUNCTION, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public K_ON(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ON, 0)!;
    }
    public K_NULL(): antlr.TerminalNode[];
    public K_NULL(i: number): antlr.TerminalNode | null;
    public K_NULL(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_NULL);
    	} else {
    		return this.getToken(CqlParser.K_NULL, i);
    	}
    }
    public K_INPUT(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_INPUT, 0)!;
    }
    public K_RETURNS(): antlr.TerminalNode[];
    public K_RETURNS(i: number): antlr.TerminalNode | null;
    public K_RETURNS(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_RETURNS);
    	} else {
    		return this.getToken(CqlParser.K_RETURNS, i);
    	}
    }
    public K_LANGUAGE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_LANGUAGE, 0)!;
    }
    public K_AS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_AS, 0)!;
    }
    public functionName(): FunctionNameContext {
        return this.getRuleContext(0, FunctionNameContext)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public plainIdent(): PlainIdentContext {
        return this.getRuleContext(0, PlainIdentContext)!;
    }
    public STRING_LITERAL(): antlr.TerminalNode {
        return this.getToken(CqlParser.STRING_LITERAL, 0)!;
    }
    public K_REPLACE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_REPLACE, 0);
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public functionParameter(): FunctionParameterContext[];
    public functionParameter(i: number): FunctionParameterContext | null;
    public functionParameter(i?: number): FunctionParameterContext[] | FunctionParameterContext | null {
        if (i === undefined) {
            return this.getRuleContexts(FunctionParameterContext);
        }

        return this.getRuleContext(i, FunctionParameterContext);
    }
    public K_CALLED(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CALLED, 0);
    }
    public K_OR(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OR, 0);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_createFunctionStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCreateFunctionStatement) {
            return visitor.visitCreateFunctionStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class FunctionParameterContext extends CqlRuleContext {
    public _name?: IdentContext;
    public _type_?: ComparatorTypeContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_functionParameter;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitFunctionParameter) {
            return visitor.visitFunctionParameter(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DropFunctionStatementContext extends CqlRuleContext {
    public _function_?: FunctionNameContext;
    public _signature?: FunctionSignatureContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_FUNCTION(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FUNCTION, 0)!;
    }
    public functionName(): FunctionNameContext {
        return this.getRuleContext(0, FunctionNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public functionSignature(): FunctionSignatureContext | null {
        return this.getRuleContext(0, FunctionSignatureContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_dropFunctionStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropFunctionStatement) {
            return visitor.visitDropFunctionStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class FunctionSignatureContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public comparatorType(): ComparatorTypeContext[];
    public comparatorType(i: number): ComparatorTypeContext | null;
    public comparatorType(i?: number): ComparatorTypeContext[] | ComparatorTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ComparatorTypeContext);
        }

        return this.getRuleContext(i, ComparatorTypeContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_functionSignature;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitFunctionSignature) {
            return visitor.visitFunctionSignature(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CreateAggregateStatementContext extends CqlRuleContext {
    public _orReplace?: Token | null;
    public _aggregate?: FunctionNameContext;
    public _signature?: FunctionSignatureContext;
    public _stateFunction?: AllowedFunctionNameContext;
    public _stateType?: ComparatorTypeContext;
    public _finalFunction?: AllowedFunctionNameContext;
    public _initialCondition?: TermContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CREATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CREATE, 0)!;
    }
    public K_AGGREGATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_AGGREGATE, 0)!;
    }
    public K_SFUNC(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_SFUNC, 0)!;
    }
    public K_STYPE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_STYPE, 0)!;
    }
    public functionName(): FunctionNameContext {
        return this.getRuleContext(0, FunctionNameContext)!;
    }
    public functionSignature(): FunctionSignatureContext {
        return this.getRuleContext(0, FunctionSignatureContext)!;
    }
    public allowedFunctionName(): AllowedFunctionNameContext[];
    public allowedFunctionName(i: number): AllowedFunctionNameContext | null;
    public allowedFunctionName(i?: number): AllowedFunctionNameContext[] | AllowedFunctionNameContext | null {
        if (i === undefined) {
            return this.getRuleContexts(AllowedFunctionNameContext);
        }

        return this.getRuleContext(i, AllowedFunctionNameContext);
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public K_REPLACE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_REPLACE, 0);
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public K_FINALFUNC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FINALFUNC, 0);
    }
    public K_INITCOND(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_INITCOND, 0);
    }
    public K_OR(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OR, 0);
    }
    public term(): TermContext | null {
        return this.getRuleContext(0, TermContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_createAggregateStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCreateAggregateStatement) {
            return visitor.visitCreateAggregateStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DropAggregateStatementContext extends CqlRuleContext {
    public _aggregate?: FunctionNameContext;
    public _signature?: FunctionSignatureContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_AGGREGATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_AGGREGATE, 0)!;
    }
    public functionName(): FunctionNameContext {
        return this.getRuleContext(0, FunctionNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public functionSignature(): FunctionSignatureContext | null {
        return this.getRuleContext(0, FunctionSignatureContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_dropAggregateStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropAggregateStatement) {
            return visitor.visitDropAggregateStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CreateTriggerStatementContext extends CqlRuleContext {
    public _trigger?: IdentContext;
    public _table?: TableNameContext;
    public _triggerClass?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CREATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CREATE, 0)!;
    }
    public K_TRIGGER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TRIGGER, 0)!;
    }
    public K_ON(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ON, 0)!;
    }
    public K_USING(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_USING, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public STRING_LITERAL(): antlr.TerminalNode {
        return this.getToken(CqlParser.STRING_LITERAL, 0)!;
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_createTriggerStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCreateTriggerStatement) {
            return visitor.visitCreateTriggerStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DropTriggerStatementContext extends CqlRuleContext {
    public _trigger?: IdentContext;
    public _table?: TableNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_TRIGGER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TRIGGER, 0)!;
    }
    public K_ON(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ON, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_dropTriggerStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropTriggerStatement) {
            return visitor.visitDropTriggerStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class RestoreTableStatementContext extends CqlRuleContext {
    public _target?: TableNameContext;
    public _source?: TableNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_RESTORE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_RESTORE, 0)!;
    }
    public K_TABLE(): antlr.TerminalNode[];
    public K_TABLE(i: number): antlr.TerminalNode | null;
    public K_TABLE(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_TABLE);
    	} else {
    		return this.getToken(CqlParser.K_TABLE, i);
    	}
    }
    public K_FROM(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FROM, 0)!;
    }
    public tableName(): TableNameContext[];
    public tableName(i: number): TableNameContext | null;
    public tableName(i?: number): TableNameContext[] | TableNameContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TableNameContext);
        }

        return this.getRuleContext(i, TableNameContext);
    }
    public K_WITH(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WITH, 0);
    }
    public properties(): PropertiesContext | null {
        return this.getRuleContext(0, PropertiesContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_restoreTableStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRestoreTableStatement) {
            return visitor.visitRestoreTableStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class PropertiesContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public property(): PropertyContext[];
    public property(i: number): PropertyContext | null;
    public property(i?: number): PropertyContext[] | PropertyContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PropertyContext);
        }

        return this.getRuleContext(i, PropertyContext);
    }
    public K_AND(): antlr.TerminalNode[];
    public K_AND(i: number): antlr.TerminalNode | null;
    public K_AND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_AND);
    	} else {
    		return this.getToken(CqlParser.K_AND, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_properties;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitProperties) {
            return visitor.visitProperties(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class PropertyContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_property;
    }
    public override copyFrom(ctx: PropertyContext): void {
        super.copyFrom(ctx);
    }
}
export class SimplePropertyContext extends PropertyContext {
    public _name?: IdentContext;
    public _value?: PropertyValueContext;
    public constructor(ctx: PropertyContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public propertyValue(): PropertyValueContext {
        return this.getRuleContext(0, PropertyValueContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSimpleProperty) {
            return visitor.visitSimpleProperty(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class MapPropertyContext extends PropertyContext {
    public _name?: IdentContext;
    public _map?: PropertyMapContext;
    public constructor(ctx: PropertyContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public propertyMap(): PropertyMapContext {
        return this.getRuleContext(0, PropertyMapContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitMapProperty) {
            return visitor.visitMapProperty(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class PropertyValueContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public constant(): ConstantContext | null {
        return this.getRuleContext(0, ConstantContext);
    }
    public unreservedKeyword(): UnreservedKeywordContext | null {
        return this.getRuleContext(0, UnreservedKeywordContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_propertyValue;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitPropertyValue) {
            return visitor.visitPropertyValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class PropertyMapContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public LBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACE, 0)!;
    }
    public RBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACE, 0)!;
    }
    public propertyMapEntry(): PropertyMapEntryContext[];
    public propertyMapEntry(i: number): PropertyMapEntryContext | null;
    public propertyMapEntry(i?: number): PropertyMapEntryContext[] | PropertyMapEntryContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PropertyMapEntryContext);
        }

        return this.getRuleContext(i, PropertyMapEntryContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_propertyMap;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitPropertyMap) {
            return visitor.visitPropertyMap(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class PropertyMapEntryContext extends CqlRuleContext {
    public _key?: ConstantContext;
    public _value?: PropertyMapValueContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public COLON(): antlr.TerminalNode {
        return this.getToken(CqlParser.COLON, 0)!;
    }
    public constant(): ConstantContext {
        return this.getRuleContext(0, ConstantContext)!;
    }
    public propertyMapValue(): PropertyMapValueContext {
        return this.getRuleContext(0, PropertyMapValueContext)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_propertyMapEntry;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitPropertyMapEntry) {
            return visitor.visitPropertyMapEntry(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class PropertyMapValueContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_propertyMapValue;
    }
    public override copyFrom(ctx: PropertyMapValueContext): void {
        super.copyFrom(ctx);
    }
}
export class PropertyMapConstantContext extends PropertyMapValueContext {
    public constructor(ctx: PropertyMapValueContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public constant(): ConstantContext {
        return this.getRuleContext(0, ConstantContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitPropertyMapConstant) {
            return visitor.visitPropertyMapConstant(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class PropertyMapNestedContext extends PropertyMapValueContext {
    public constructor(ctx: PropertyMapValueContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public propertyMap(): PropertyMapContext {
        return this.getRuleContext(0, PropertyMapContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitPropertyMapNested) {
            return visitor.visitPropertyMapNested(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class PropertyMapListContext extends PropertyMapValueContext {
    public constructor(ctx: PropertyMapValueContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACKET, 0)!;
    }
    public RBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACKET, 0)!;
    }
    public propertyMapValue(): PropertyMapValueContext[];
    public propertyMapValue(i: number): PropertyMapValueContext | null;
    public propertyMapValue(i?: number): PropertyMapValueContext[] | PropertyMapValueContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PropertyMapValueContext);
        }

        return this.getRuleContext(i, PropertyMapValueContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitPropertyMapList) {
            return visitor.visitPropertyMapList(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CreateUserStatementContext extends CqlRuleContext {
    public _user?: UserNameContext;
    public _superuser?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CREATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CREATE, 0)!;
    }
    public K_USER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_USER, 0)!;
    }
    public userName(): UserNameContext {
        return this.getRuleContext(0, UserNameContext)!;
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public K_WITH(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WITH, 0);
    }
    public userPassword(): UserPasswordContext | null {
        return this.getRuleContext(0, UserPasswordContext);
    }
    public K_SUPERUSER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SUPERUSER, 0);
    }
    public K_NOSUPERUSER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NOSUPERUSER, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_createUserStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCreateUserStatement) {
            return visitor.visitCreateUserStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AlterUserStatementContext extends CqlRuleContext {
    public _user?: UserNameContext;
    public _superuser?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_ALTER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALTER, 0)!;
    }
    public K_USER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_USER, 0)!;
    }
    public userName(): UserNameContext {
        return this.getRuleContext(0, UserNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public K_WITH(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WITH, 0);
    }
    public userPassword(): UserPasswordContext | null {
        return this.getRuleContext(0, UserPasswordContext);
    }
    public K_SUPERUSER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SUPERUSER, 0);
    }
    public K_NOSUPERUSER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NOSUPERUSER, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_alterUserStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterUserStatement) {
            return visitor.visitAlterUserStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DropUserStatementContext extends CqlRuleContext {
    public _user?: UserNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_USER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_USER, 0)!;
    }
    public userName(): UserNameContext {
        return this.getRuleContext(0, UserNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_dropUserStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropUserStatement) {
            return visitor.visitDropUserStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ListUsersStatementContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_LIST(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_LIST, 0)!;
    }
    public K_USERS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_USERS, 0)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_listUsersStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitListUsersStatement) {
            return visitor.visitListUsersStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class UserNameContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public plainIdent(): PlainIdentContext | null {
        return this.getRuleContext(0, PlainIdentContext);
    }
    public STRING_LITERAL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.STRING_LITERAL, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_userName;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUserName) {
            return visitor.visitUserName(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class UserPasswordContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_userPassword;
    }
    public override copyFrom(ctx: UserPasswordContext): void {
        super.copyFrom(ctx);
    }
}
export class PlainPasswordContext extends UserPasswordContext {
    public _password?: Token | null;
    public constructor(ctx: UserPasswordContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_PASSWORD(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_PASSWORD, 0)!;
    }
    public STRING_LITERAL(): antlr.TerminalNode {
        return this.getToken(CqlParser.STRING_LITERAL, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitPlainPassword) {
            return visitor.visitPlainPassword(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class HashedPasswordContext extends UserPasswordContext {
    public _password?: Token | null;
    public constructor(ctx: UserPasswordContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_HASHED(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_HASHED, 0)!;
    }
    public K_PASSWORD(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_PASSWORD, 0)!;
    }
    public STRING_LITERAL(): antlr.TerminalNode {
        return this.getToken(CqlParser.STRING_LITERAL, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitHashedPassword) {
            return visitor.visitHashedPassword(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AddIdentityStatementContext extends CqlRuleContext {
    public _identity?: IdentityNameContext;
    public _role?: IdentityNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_ADD(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ADD, 0)!;
    }
    public K_IDENTITY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_IDENTITY, 0)!;
    }
    public K_TO(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TO, 0)!;
    }
    public K_ROLE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ROLE, 0)!;
    }
    public identityName(): IdentityNameContext[];
    public identityName(i: number): IdentityNameContext | null;
    public identityName(i?: number): IdentityNameContext[] | IdentityNameContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentityNameContext);
        }

        return this.getRuleContext(i, IdentityNameContext);
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_addIdentityStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAddIdentityStatement) {
            return visitor.visitAddIdentityStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DropIdentityStatementContext extends CqlRuleContext {
    public _identity?: IdentityNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_IDENTITY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_IDENTITY, 0)!;
    }
    public identityName(): IdentityNameContext {
        return this.getRuleContext(0, IdentityNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_dropIdentityStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropIdentityStatement) {
            return visitor.visitDropIdentityStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class IdentityNameContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public plainIdent(): PlainIdentContext | null {
        return this.getRuleContext(0, PlainIdentContext);
    }
    public STRING_LITERAL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.STRING_LITERAL, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_identityName;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitIdentityName) {
            return visitor.visitIdentityName(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CreateRoleStatementContext extends CqlRuleContext {
    public _role?: RoleNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CREATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CREATE, 0)!;
    }
    public K_ROLE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ROLE, 0)!;
    }
    public roleName(): RoleNameContext {
        return this.getRuleContext(0, RoleNameContext)!;
    }
    public ifNotExists(): IfNotExistsContext | null {
        return this.getRuleContext(0, IfNotExistsContext);
    }
    public K_WITH(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WITH, 0);
    }
    public roleOptions(): RoleOptionsContext | null {
        return this.getRuleContext(0, RoleOptionsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_createRoleStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCreateRoleStatement) {
            return visitor.visitCreateRoleStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AlterRoleStatementContext extends CqlRuleContext {
    public _role?: RoleNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_ALTER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALTER, 0)!;
    }
    public K_ROLE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ROLE, 0)!;
    }
    public roleName(): RoleNameContext {
        return this.getRuleContext(0, RoleNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public K_WITH(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WITH, 0);
    }
    public roleOptions(): RoleOptionsContext | null {
        return this.getRuleContext(0, RoleOptionsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_alterRoleStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAlterRoleStatement) {
            return visitor.visitAlterRoleStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DropRoleStatementContext extends CqlRuleContext {
    public _role?: RoleNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_DROP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DROP, 0)!;
    }
    public K_ROLE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ROLE, 0)!;
    }
    public roleName(): RoleNameContext {
        return this.getRuleContext(0, RoleNameContext)!;
    }
    public ifExists(): IfExistsContext | null {
        return this.getRuleContext(0, IfExistsContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_dropRoleStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDropRoleStatement) {
            return visitor.visitDropRoleStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ListRolesStatementContext extends CqlRuleContext {
    public _role?: RoleNameContext;
    public _norecursive?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_LIST(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_LIST, 0)!;
    }
    public K_ROLES(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ROLES, 0)!;
    }
    public K_OF(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OF, 0);
    }
    public roleName(): RoleNameContext | null {
        return this.getRuleContext(0, RoleNameContext);
    }
    public K_NORECURSIVE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NORECURSIVE, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_listRolesStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitListRolesStatement) {
            return visitor.visitListRolesStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class GrantRoleStatementContext extends CqlRuleContext {
    public _role?: RoleNameContext;
    public _grantee?: RoleNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_GRANT(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_GRANT, 0)!;
    }
    public K_TO(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TO, 0)!;
    }
    public roleName(): RoleNameContext[];
    public roleName(i: number): RoleNameContext | null;
    public roleName(i?: number): RoleNameContext[] | RoleNameContext | null {
        if (i === undefined) {
            return this.getRuleContexts(RoleNameContext);
        }

        return this.getRuleContext(i, RoleNameContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_grantRoleStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitGrantRoleStatement) {
            return visitor.visitGrantRoleStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class RevokeRoleStatementContext extends CqlRuleContext {
    public _role?: RoleNameContext;
    public _revokee?: RoleNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_REVOKE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_REVOKE, 0)!;
    }
    public K_FROM(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FROM, 0)!;
    }
    public roleName(): RoleNameContext[];
    public roleName(i: number): RoleNameContext | null;
    public roleName(i?: number): RoleNameContext[] | RoleNameContext | null {
        if (i === undefined) {
            return this.getRuleContexts(RoleNameContext);
        }

        return this.getRuleContext(i, RoleNameContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_revokeRoleStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRevokeRoleStatement) {
            return visitor.visitRevokeRoleStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class RoleOptionsContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public roleOption(): RoleOptionContext[];
    public roleOption(i: number): RoleOptionContext | null;
    public roleOption(i?: number): RoleOptionContext[] | RoleOptionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(RoleOptionContext);
        }

        return this.getRuleContext(i, RoleOptionContext);
    }
    public K_AND(): antlr.TerminalNode[];
    public K_AND(i: number): antlr.TerminalNode | null;
    public K_AND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_AND);
    	} else {
    		return this.getToken(CqlParser.K_AND, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_roleOptions;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRoleOptions) {
            return visitor.visitRoleOptions(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class RoleOptionContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_roleOption;
    }
    public override copyFrom(ctx: RoleOptionContext): void {
        super.copyFrom(ctx);
    }
}
export class RolePasswordContext extends RoleOptionContext {
    public _value?: Token | null;
    public constructor(ctx: RoleOptionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_PASSWORD(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_PASSWORD, 0)!;
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public STRING_LITERAL(): antlr.TerminalNode {
        return this.getToken(CqlParser.STRING_LITERAL, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRolePassword) {
            return visitor.visitRolePassword(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RoleHashedPasswordContext extends RoleOptionContext {
    public _value?: Token | null;
    public constructor(ctx: RoleOptionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_HASHED(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_HASHED, 0)!;
    }
    public K_PASSWORD(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_PASSWORD, 0)!;
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public STRING_LITERAL(): antlr.TerminalNode {
        return this.getToken(CqlParser.STRING_LITERAL, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRoleHashedPassword) {
            return visitor.visitRoleHashedPassword(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RoleCustomOptionsContext extends RoleOptionContext {
    public _map?: PropertyMapContext;
    public constructor(ctx: RoleOptionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_OPTIONS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_OPTIONS, 0)!;
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public propertyMap(): PropertyMapContext {
        return this.getRuleContext(0, PropertyMapContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRoleCustomOptions) {
            return visitor.visitRoleCustomOptions(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RoleSuperuserContext extends RoleOptionContext {
    public _value?: Token | null;
    public constructor(ctx: RoleOptionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_SUPERUSER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_SUPERUSER, 0)!;
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public BOOLEAN(): antlr.TerminalNode {
        return this.getToken(CqlParser.BOOLEAN, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRoleSuperuser) {
            return visitor.visitRoleSuperuser(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RoleLoginContext extends RoleOptionContext {
    public _value?: Token | null;
    public constructor(ctx: RoleOptionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_LOGIN(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_LOGIN, 0)!;
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public BOOLEAN(): antlr.TerminalNode {
        return this.getToken(CqlParser.BOOLEAN, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRoleLogin) {
            return visitor.visitRoleLogin(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RoleAccessAllDatacentersContext extends RoleOptionContext {
    public constructor(ctx: RoleOptionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ACCESS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ACCESS, 0)!;
    }
    public K_TO(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TO, 0)!;
    }
    public K_ALL(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALL, 0)!;
    }
    public K_DATACENTERS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DATACENTERS, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRoleAccessAllDatacenters) {
            return visitor.visitRoleAccessAllDatacenters(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RoleAccessDatacentersContext extends RoleOptionContext {
    public constructor(ctx: RoleOptionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ACCESS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ACCESS, 0)!;
    }
    public K_TO(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TO, 0)!;
    }
    public K_DATACENTERS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_DATACENTERS, 0)!;
    }
    public LBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACE, 0)!;
    }
    public STRING_LITERAL(): antlr.TerminalNode[];
    public STRING_LITERAL(i: number): antlr.TerminalNode | null;
    public STRING_LITERAL(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.STRING_LITERAL);
    	} else {
    		return this.getToken(CqlParser.STRING_LITERAL, i);
    	}
    }
    public RBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACE, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRoleAccessDatacenters) {
            return visitor.visitRoleAccessDatacenters(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RoleAccessAllCidrsContext extends RoleOptionContext {
    public constructor(ctx: RoleOptionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ACCESS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ACCESS, 0)!;
    }
    public K_FROM(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FROM, 0)!;
    }
    public K_ALL(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALL, 0)!;
    }
    public K_CIDRS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CIDRS, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRoleAccessAllCidrs) {
            return visitor.visitRoleAccessAllCidrs(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RoleAccessCidrsContext extends RoleOptionContext {
    public constructor(ctx: RoleOptionContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ACCESS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ACCESS, 0)!;
    }
    public K_FROM(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FROM, 0)!;
    }
    public K_CIDRS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CIDRS, 0)!;
    }
    public LBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACE, 0)!;
    }
    public STRING_LITERAL(): antlr.TerminalNode[];
    public STRING_LITERAL(i: number): antlr.TerminalNode | null;
    public STRING_LITERAL(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.STRING_LITERAL);
    	} else {
    		return this.getToken(CqlParser.STRING_LITERAL, i);
    	}
    }
    public RBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACE, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRoleAccessCidrs) {
            return visitor.visitRoleAccessCidrs(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class GrantPermissionsStatementContext extends CqlRuleContext {
    public _grantee?: RoleNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_GRANT(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_GRANT, 0)!;
    }
    public permissionOrAll(): PermissionOrAllContext {
        return this.getRuleContext(0, PermissionOrAllContext)!;
    }
    public K_ON(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ON, 0)!;
    }
    public resource(): ResourceContext {
        return this.getRuleContext(0, ResourceContext)!;
    }
    public K_TO(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TO, 0)!;
    }
    public roleName(): RoleNameContext {
        return this.getRuleContext(0, RoleNameContext)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_grantPermissionsStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitGrantPermissionsStatement) {
            return visitor.visitGrantPermissionsStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class RevokePermissionsStatementContext extends CqlRuleContext {
    public _revokee?: RoleNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_REVOKE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_REVOKE, 0)!;
    }
    public permissionOrAll(): PermissionOrAllContext {
        return this.getRuleContext(0, PermissionOrAllContext)!;
    }
    public K_ON(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ON, 0)!;
    }
    public resource(): ResourceContext {
        return this.getRuleContext(0, ResourceContext)!;
    }
    public K_FROM(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FROM, 0)!;
    }
    public roleName(): RoleNameContext {
        return this.getRuleContext(0, RoleNameContext)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_revokePermissionsStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRevokePermissionsStatement) {
            return visitor.visitRevokePermissionsStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ListPermissionsStatementContext extends CqlRuleContext {
    public _role?: RoleNameContext;
    public _norecursive?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_LIST(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_LIST, 0)!;
    }
    public permissionOrAll(): PermissionOrAllContext {
        return this.getRuleContext(0, PermissionOrAllContext)!;
    }
    public K_ON(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ON, 0);
    }
    public resource(): ResourceContext | null {
        return this.getRuleContext(0, ResourceContext);
    }
    public K_OF(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OF, 0);
    }
    public roleName(): RoleNameContext | null {
        return this.getRuleContext(0, RoleNameContext);
    }
    public K_NORECURSIVE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NORECURSIVE, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_listPermissionsStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitListPermissionsStatement) {
            return visitor.visitListPermissionsStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class PermissionOrAllContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_permissionOrAll;
    }
    public override copyFrom(ctx: PermissionOrAllContext): void {
        super.copyFrom(ctx);
    }
}
export class AllPermissionsContext extends PermissionOrAllContext {
    public constructor(ctx: PermissionOrAllContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ALL(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALL, 0)!;
    }
    public K_PERMISSIONS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_PERMISSIONS, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAllPermissions) {
            return visitor.visitAllPermissions(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class PermissionListContext extends PermissionOrAllContext {
    public constructor(ctx: PermissionOrAllContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public permission(): PermissionContext[];
    public permission(i: number): PermissionContext | null;
    public permission(i?: number): PermissionContext[] | PermissionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(PermissionContext);
        }

        return this.getRuleContext(i, PermissionContext);
    }
    public K_PERMISSION(): antlr.TerminalNode[];
    public K_PERMISSION(i: number): antlr.TerminalNode | null;
    public K_PERMISSION(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_PERMISSION);
    	} else {
    		return this.getToken(CqlParser.K_PERMISSION, i);
    	}
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitPermissionList) {
            return visitor.visitPermissionList(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class PermissionContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CREATE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CREATE, 0);
    }
    public K_ALTER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ALTER, 0);
    }
    public K_DROP(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DROP, 0);
    }
    public K_SELECT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SELECT, 0);
    }
    public K_MODIFY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_MODIFY, 0);
    }
    public K_AUTHORIZE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_AUTHORIZE, 0);
    }
    public K_DESCRIBE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DESCRIBE, 0);
    }
    public K_EXECUTE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_EXECUTE, 0);
    }
    public K_UNMASK(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_UNMASK, 0);
    }
    public K_SELECT_MASKED(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SELECT_MASKED, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_permission;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitPermission) {
            return visitor.visitPermission(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ResourceContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_resource;
    }
    public override copyFrom(ctx: ResourceContext): void {
        super.copyFrom(ctx);
    }
}
export class AllKeyspacesResourceContext extends ResourceContext {
    public constructor(ctx: ResourceContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ALL(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALL, 0)!;
    }
    public K_KEYSPACES(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_KEYSPACES, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAllKeyspacesResource) {
            return visitor.visitAllKeyspacesResource(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AllTablesResourceContext extends ResourceContext {
    public _keyspace?: IdentContext;
    public constructor(ctx: ResourceContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ALL(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALL, 0)!;
    }
    public K_TABLES(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TABLES, 0)!;
    }
    public K_IN(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_IN, 0)!;
    }
    public K_KEYSPACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_KEYSPACE, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAllTablesResource) {
            return visitor.visitAllTablesResource(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class KeyspaceResourceContext extends ResourceContext {
    public _keyspace?: IdentContext;
    public constructor(ctx: ResourceContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public keyspaceKeyword(): KeyspaceKeywordContext {
        return this.getRuleContext(0, KeyspaceKeywordContext)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitKeyspaceResource) {
            return visitor.visitKeyspaceResource(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class TableResourceContext extends ResourceContext {
    public _table?: TableNameContext;
    public constructor(ctx: ResourceContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public K_TABLE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TABLE, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTableResource) {
            return visitor.visitTableResource(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AllRolesResourceContext extends ResourceContext {
    public constructor(ctx: ResourceContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ALL(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALL, 0)!;
    }
    public K_ROLES(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ROLES, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAllRolesResource) {
            return visitor.visitAllRolesResource(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class RoleResourceContext extends ResourceContext {
    public _role?: RoleNameContext;
    public constructor(ctx: ResourceContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ROLE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ROLE, 0)!;
    }
    public roleName(): RoleNameContext {
        return this.getRuleContext(0, RoleNameContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRoleResource) {
            return visitor.visitRoleResource(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AllFunctionsResourceContext extends ResourceContext {
    public _keyspace?: IdentContext;
    public constructor(ctx: ResourceContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ALL(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALL, 0)!;
    }
    public K_FUNCTIONS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FUNCTIONS, 0)!;
    }
    public K_IN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_IN, 0);
    }
    public keyspaceKeyword(): KeyspaceKeywordContext | null {
        return this.getRuleContext(0, KeyspaceKeywordContext);
    }
    public ident(): IdentContext | null {
        return this.getRuleContext(0, IdentContext);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAllFunctionsResource) {
            return visitor.visitAllFunctionsResource(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class FunctionResourceContext extends ResourceContext {
    public _function_?: FunctionNameContext;
    public _signature?: FunctionSignatureContext;
    public constructor(ctx: ResourceContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_FUNCTION(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FUNCTION, 0)!;
    }
    public functionName(): FunctionNameContext {
        return this.getRuleContext(0, FunctionNameContext)!;
    }
    public functionSignature(): FunctionSignatureContext {
        return this.getRuleContext(0, FunctionSignatureContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitFunctionResource) {
            return visitor.visitFunctionResource(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class AllMbeansResourceContext extends ResourceContext {
    public constructor(ctx: ResourceContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_ALL(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_ALL, 0)!;
    }
    public K_MBEANS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_MBEANS, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAllMbeansResource) {
            return visitor.visitAllMbeansResource(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class MbeanResourceContext extends ResourceContext {
    public _kind?: Token | null;
    public _mbean?: Token | null;
    public constructor(ctx: ResourceContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public STRING_LITERAL(): antlr.TerminalNode {
        return this.getToken(CqlParser.STRING_LITERAL, 0)!;
    }
    public K_MBEAN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_MBEAN, 0);
    }
    public K_MBEANS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_MBEANS, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitMbeanResource) {
            return visitor.visitMbeanResource(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DescribeStatementContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public describeTarget(): DescribeTargetContext {
        return this.getRuleContext(0, DescribeTargetContext)!;
    }
    public K_DESCRIBE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DESCRIBE, 0);
    }
    public K_DESC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DESC, 0);
    }
    public K_WITH(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WITH, 0);
    }
    public K_INTERNALS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_INTERNALS, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_describeStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeStatement) {
            return visitor.visitDescribeStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class DescribeTargetContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_describeTarget;
    }
    public override copyFrom(ctx: DescribeTargetContext): void {
        super.copyFrom(ctx);
    }
}
export class DescribeClusterContext extends DescribeTargetContext {
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_CLUSTER(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CLUSTER, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeCluster) {
            return visitor.visitDescribeCluster(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeSchemaContext extends DescribeTargetContext {
    public _full?: Token | null;
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_SCHEMA(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_SCHEMA, 0)!;
    }
    public K_FULL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FULL, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeSchema) {
            return visitor.visitDescribeSchema(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeKeyspacesContext extends DescribeTargetContext {
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_KEYSPACES(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_KEYSPACES, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeKeyspaces) {
            return visitor.visitDescribeKeyspaces(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeKeyspaceContext extends DescribeTargetContext {
    public _only?: Token | null;
    public _keyspace?: IdentContext;
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_KEYSPACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_KEYSPACE, 0)!;
    }
    public K_ONLY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ONLY, 0);
    }
    public ident(): IdentContext | null {
        return this.getRuleContext(0, IdentContext);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeKeyspace) {
            return visitor.visitDescribeKeyspace(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeTablesContext extends DescribeTargetContext {
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_TABLES(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TABLES, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeTables) {
            return visitor.visitDescribeTables(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeTableContext extends DescribeTargetContext {
    public _table?: TableNameContext;
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_TABLE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TABLE, 0)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeTable) {
            return visitor.visitDescribeTable(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeIndexContext extends DescribeTargetContext {
    public _index?: TableNameContext;
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_INDEX(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_INDEX, 0)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeIndex) {
            return visitor.visitDescribeIndex(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeMaterializedViewContext extends DescribeTargetContext {
    public _view?: TableNameContext;
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_MATERIALIZED(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_MATERIALIZED, 0)!;
    }
    public K_VIEW(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_VIEW, 0)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeMaterializedView) {
            return visitor.visitDescribeMaterializedView(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeTypesContext extends DescribeTargetContext {
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_TYPES(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TYPES, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeTypes) {
            return visitor.visitDescribeTypes(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeTypeContext extends DescribeTargetContext {
    public _typeName?: UserTypeNameContext;
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_TYPE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TYPE, 0)!;
    }
    public userTypeName(): UserTypeNameContext {
        return this.getRuleContext(0, UserTypeNameContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeType) {
            return visitor.visitDescribeType(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeFunctionsContext extends DescribeTargetContext {
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_FUNCTIONS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FUNCTIONS, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeFunctions) {
            return visitor.visitDescribeFunctions(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeFunctionContext extends DescribeTargetContext {
    public _function_?: FunctionNameContext;
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_FUNCTION(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FUNCTION, 0)!;
    }
    public functionName(): FunctionNameContext {
        return this.getRuleContext(0, FunctionNameContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeFunction) {
            return visitor.visitDescribeFunction(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeAggregatesContext extends DescribeTargetContext {
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_AGGREGATES(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_AGGREGATES, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeAggregates) {
            return visitor.visitDescribeAggregates(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeAggregateContext extends DescribeTargetContext {
    public _aggregate?: FunctionNameContext;
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_AGGREGATE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_AGGREGATE, 0)!;
    }
    public functionName(): FunctionNameContext {
        return this.getRuleContext(0, FunctionNameContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeAggregate) {
            return visitor.visitDescribeAggregate(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DescribeNameContext extends DescribeTargetContext {
    public _keyspace?: IdentContext;
    public _name?: IdentContext;
    public constructor(ctx: DescribeTargetContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public ident(): IdentContext[];
    public ident(i: number): IdentContext | null;
    public ident(i?: number): IdentContext[] | IdentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentContext);
        }

        return this.getRuleContext(i, IdentContext);
    }
    public DOT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.DOT, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDescribeName) {
            return visitor.visitDescribeName(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ConsistencyStatementContext extends CqlRuleContext {
    public _level?: ConsistencyLevelContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CONSISTENCY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CONSISTENCY, 0)!;
    }
    public consistencyLevel(): ConsistencyLevelContext | null {
        return this.getRuleContext(0, ConsistencyLevelContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_consistencyStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitConsistencyStatement) {
            return visitor.visitConsistencyStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SerialConsistencyStatementContext extends CqlRuleContext {
    public _level?: ConsistencyLevelContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_SERIAL(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_SERIAL, 0)!;
    }
    public K_CONSISTENCY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CONSISTENCY, 0)!;
    }
    public consistencyLevel(): ConsistencyLevelContext | null {
        return this.getRuleContext(0, ConsistencyLevelContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_serialConsistencyStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSerialConsistencyStatement) {
            return visitor.visitSerialConsistencyStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ConsistencyLevelContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public IDENT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.IDENT, 0);
    }
    public K_ALL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ALL, 0);
    }
    public K_SERIAL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SERIAL, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_consistencyLevel;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitConsistencyLevel) {
            return visitor.visitConsistencyLevel(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CopyStatementContext extends CqlRuleContext {
    public _table?: TableNameContext;
    public _direction?: Token | null;
    public _file?: Token | null;
    public _std?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_COPY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_COPY, 0)!;
    }
    public tableName(): TableNameContext {
        return this.getRuleContext(0, TableNameContext)!;
    }
    public LPAREN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.LPAREN, 0);
    }
    public ident(): IdentContext[];
    public ident(i: number): IdentContext | null;
    public ident(i?: number): IdentContext[] | IdentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentContext);
        }

        return this.getRuleContext(i, IdentContext);
    }
    public RPAREN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.RPAREN, 0);
    }
    public K_TO(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TO, 0);
    }
    public K_FROM(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FROM, 0);
    }
    public K_WITH(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WITH, 0);
    }
    public copyOption(): CopyOptionContext[];
    public copyOption(i: number): CopyOptionContext | null;
    public copyOption(i?: number): CopyOptionContext[] | CopyOptionContext | null {
        if (i === undefined) {
            return this.getRuleContexts(CopyOptionContext);
        }

        return this.getRuleContext(i, CopyOptionContext);
    }
    public STRING_LITERAL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.STRING_LITERAL, 0);
    }
    public K_STDOUT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_STDOUT, 0);
    }
    public K_STDIN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_STDIN, 0);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public K_AND(): antlr.TerminalNode[];
    public K_AND(i: number): antlr.TerminalNode | null;
    public K_AND(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.K_AND);
    	} else {
    		return this.getToken(CqlParser.K_AND, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_copyStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCopyStatement) {
            return visitor.visitCopyStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CopyOptionContext extends CqlRuleContext {
    public _name?: AnyWordContext;
    public _value?: CopyOptionValueContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public EQ(): antlr.TerminalNode {
        return this.getToken(CqlParser.EQ, 0)!;
    }
    public anyWord(): AnyWordContext {
        return this.getRuleContext(0, AnyWordContext)!;
    }
    public copyOptionValue(): CopyOptionValueContext {
        return this.getRuleContext(0, CopyOptionValueContext)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_copyOption;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCopyOption) {
            return visitor.visitCopyOption(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CopyOptionValueContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public constant(): ConstantContext | null {
        return this.getRuleContext(0, ConstantContext);
    }
    public anyWord(): AnyWordContext | null {
        return this.getRuleContext(0, AnyWordContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_copyOptionValue;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCopyOptionValue) {
            return visitor.visitCopyOptionValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SourceStatementContext extends CqlRuleContext {
    public _file?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_SOURCE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_SOURCE, 0)!;
    }
    public STRING_LITERAL(): antlr.TerminalNode {
        return this.getToken(CqlParser.STRING_LITERAL, 0)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_sourceStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSourceStatement) {
            return visitor.visitSourceStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class PagingStatementContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_PAGING(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_PAGING, 0)!;
    }
    public K_ON(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ON, 0);
    }
    public K_OFF(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OFF, 0);
    }
    public INTEGER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.INTEGER, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_pagingStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitPagingStatement) {
            return visitor.visitPagingStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class TracingStatementContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_TRACING(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TRACING, 0)!;
    }
    public K_ON(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ON, 0);
    }
    public K_OFF(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OFF, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_tracingStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTracingStatement) {
            return visitor.visitTracingStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ExpandStatementContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_EXPAND(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_EXPAND, 0)!;
    }
    public K_ON(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ON, 0);
    }
    public K_OFF(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OFF, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_expandStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitExpandStatement) {
            return visitor.visitExpandStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CaptureStatementContext extends CqlRuleContext {
    public _file?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CAPTURE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CAPTURE, 0)!;
    }
    public K_OFF(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OFF, 0);
    }
    public STRING_LITERAL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.STRING_LITERAL, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_captureStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCaptureStatement) {
            return visitor.visitCaptureStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class LoginStatementContext extends CqlRuleContext {
    public _user?: UserNameContext;
    public _password?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_LOGIN(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_LOGIN, 0)!;
    }
    public userName(): UserNameContext {
        return this.getRuleContext(0, UserNameContext)!;
    }
    public STRING_LITERAL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.STRING_LITERAL, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_loginStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitLoginStatement) {
            return visitor.visitLoginStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ClearStatementContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_CLEAR(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CLEAR, 0);
    }
    public K_CLS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CLS, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_clearStatement;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitClearStatement) {
            return visitor.visitClearStatement(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ConstantContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_constant;
    }
    public override copyFrom(ctx: ConstantContext): void {
        super.copyFrom(ctx);
    }
}
export class StringConstantContext extends ConstantContext {
    public constructor(ctx: ConstantContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public STRING_LITERAL(): antlr.TerminalNode {
        return this.getToken(CqlParser.STRING_LITERAL, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitStringConstant) {
            return visitor.visitStringConstant(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class IntegerConstantContext extends ConstantContext {
    public constructor(ctx: ConstantContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public INTEGER(): antlr.TerminalNode {
        return this.getToken(CqlParser.INTEGER, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitIntegerConstant) {
            return visitor.visitIntegerConstant(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class FloatConstantContext extends ConstantContext {
    public constructor(ctx: ConstantContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public FLOAT(): antlr.TerminalNode {
        return this.getToken(CqlParser.FLOAT, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitFloatConstant) {
            return visitor.visitFloatConstant(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class BooleanConstantContext extends ConstantContext {
    public constructor(ctx: ConstantContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public BOOLEAN(): antlr.TerminalNode {
        return this.getToken(CqlParser.BOOLEAN, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitBooleanConstant) {
            return visitor.visitBooleanConstant(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class DurationConstantContext extends ConstantContext {
    public constructor(ctx: ConstantContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public DURATION(): antlr.TerminalNode {
        return this.getToken(CqlParser.DURATION, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitDurationConstant) {
            return visitor.visitDurationConstant(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class UuidConstantContext extends ConstantContext {
    public constructor(ctx: ConstantContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public UUID(): antlr.TerminalNode {
        return this.getToken(CqlParser.UUID, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUuidConstant) {
            return visitor.visitUuidConstant(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class HexConstantContext extends ConstantContext {
    public constructor(ctx: ConstantContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public HEXNUMBER(): antlr.TerminalNode {
        return this.getToken(CqlParser.HEXNUMBER, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitHexConstant) {
            return visitor.visitHexConstant(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class NanConstantContext extends ConstantContext {
    public constructor(ctx: ConstantContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_NAN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NAN, 0);
    }
    public K_NEGATIVE_NAN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NEGATIVE_NAN, 0);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitNanConstant) {
            return visitor.visitNanConstant(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class InfinityConstantContext extends ConstantContext {
    public constructor(ctx: ConstantContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_INFINITY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_INFINITY, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitInfinityConstant) {
            return visitor.visitInfinityConstant(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class NegativeInfinityConstantContext extends ConstantContext {
    public constructor(ctx: ConstantContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_NEGATIVE_INFINITY(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_NEGATIVE_INFINITY, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitNegativeInfinityConstant) {
            return visitor.visitNegativeInfinityConstant(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class MarkerContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_marker;
    }
    public override copyFrom(ctx: MarkerContext): void {
        super.copyFrom(ctx);
    }
}
export class AnonymousMarkerContext extends MarkerContext {
    public constructor(ctx: MarkerContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public QMARK(): antlr.TerminalNode {
        return this.getToken(CqlParser.QMARK, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAnonymousMarker) {
            return visitor.visitAnonymousMarker(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class NamedMarkerContext extends MarkerContext {
    public _name?: IdentContext;
    public constructor(ctx: MarkerContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public COLON(): antlr.TerminalNode {
        return this.getToken(CqlParser.COLON, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitNamedMarker) {
            return visitor.visitNamedMarker(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class IntValueContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public INTEGER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.INTEGER, 0);
    }
    public marker(): MarkerContext | null {
        return this.getRuleContext(0, MarkerContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_intValue;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitIntValue) {
            return visitor.visitIntValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class TermContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public termAddition(): TermAdditionContext {
        return this.getRuleContext(0, TermAdditionContext)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_term;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTerm) {
            return visitor.visitTerm(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class TermAdditionContext extends CqlRuleContext {
    public _PLUS?: Token | null;
    public _ops: antlr.Token[] = [];
    public _MINUS?: Token | null;
    public __tset5227?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public termMultiplication(): TermMultiplicationContext[];
    public termMultiplication(i: number): TermMultiplicationContext | null;
    public termMultiplication(i?: number): TermMultiplicationContext[] | TermMultiplicationContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermMultiplicationContext);
        }

        return this.getRuleContext(i, TermMultiplicationContext);
    }
    public PLUS(): antlr.TerminalNode[];
    public PLUS(i: number): antlr.TerminalNode | null;
    public PLUS(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.PLUS);
    	} else {
    		return this.getToken(CqlParser.PLUS, i);
    	}
    }
    public MINUS(): antlr.TerminalNode[];
    public MINUS(i: number): antlr.TerminalNode | null;
    public MINUS(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.MINUS);
    	} else {
    		return this.getToken(CqlParser.MINUS, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_termAddition;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTermAddition) {
            return visitor.visitTermAddition(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class TermMultiplicationContext extends CqlRuleContext {
    public _STAR?: Token | null;
    public _ops: antlr.Token[] = [];
    public _SLASH?: Token | null;
    public _PERCENT?: Token | null;
    public __tset5254?: Token | null;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public termGroup(): TermGroupContext[];
    public termGroup(i: number): TermGroupContext | null;
    public termGroup(i?: number): TermGroupContext[] | TermGroupContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermGroupContext);
        }

        return this.getRuleContext(i, TermGroupContext);
    }
    public STAR(): antlr.TerminalNode[];
    public STAR(i: number): antlr.TerminalNode | null;
    public STAR(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.STAR);
    	} else {
    		return this.getToken(CqlParser.STAR, i);
    	}
    }
    public SLASH(): antlr.TerminalNode[];
    public SLASH(i: number): antlr.TerminalNode | null;
    public SLASH(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.SLASH);
    	} else {
    		return this.getToken(CqlParser.SLASH, i);
    	}
    }
    public PERCENT(): antlr.TerminalNode[];
    public PERCENT(i: number): antlr.TerminalNode | null;
    public PERCENT(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.PERCENT);
    	} else {
    		return this.getToken(CqlParser.PERCENT, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_termMultiplication;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTermMultiplication) {
            return visitor.visitTermMultiplication(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class TermGroupContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_termGroup;
    }
    public override copyFrom(ctx: TermGroupContext): void {
        super.copyFrom(ctx);
    }
}
export class TermSimpleContext extends TermGroupContext {
    public constructor(ctx: TermGroupContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public simpleTerm(): SimpleTermContext {
        return this.getRuleContext(0, SimpleTermContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTermSimple) {
            return visitor.visitTermSimple(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class TermNegationContext extends TermGroupContext {
    public constructor(ctx: TermGroupContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public MINUS(): antlr.TerminalNode {
        return this.getToken(CqlParser.MINUS, 0)!;
    }
    public simpleTerm(): SimpleTermContext {
        return this.getRuleContext(0, SimpleTermContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTermNegation) {
            return visitor.visitTermNegation(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class SimpleTermContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_simpleTerm;
    }
    public override copyFrom(ctx: SimpleTermContext): void {
        super.copyFrom(ctx);
    }
}
export class TermValueContext extends SimpleTermContext {
    public constructor(ctx: SimpleTermContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public valueLiteral(): ValueLiteralContext {
        return this.getRuleContext(0, ValueLiteralContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTermValue) {
            return visitor.visitTermValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class TermFunctionCallContext extends SimpleTermContext {
    public constructor(ctx: SimpleTermContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public functionName(): FunctionNameContext {
        return this.getRuleContext(0, FunctionNameContext)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public term(): TermContext[];
    public term(i: number): TermContext | null;
    public term(i?: number): TermContext[] | TermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermContext);
        }

        return this.getRuleContext(i, TermContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTermFunctionCall) {
            return visitor.visitTermFunctionCall(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class TermTypeCastContext extends SimpleTermContext {
    public _type_?: ComparatorTypeContext;
    public constructor(ctx: SimpleTermContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public simpleTerm(): SimpleTermContext {
        return this.getRuleContext(0, SimpleTermContext)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTermTypeCast) {
            return visitor.visitTermTypeCast(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class TermCastContext extends SimpleTermContext {
    public _type_?: NativeTypeContext;
    public constructor(ctx: SimpleTermContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_CAST(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_CAST, 0)!;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public simpleTerm(): SimpleTermContext {
        return this.getRuleContext(0, SimpleTermContext)!;
    }
    public K_AS(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_AS, 0)!;
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public nativeType(): NativeTypeContext {
        return this.getRuleContext(0, NativeTypeContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTermCast) {
            return visitor.visitTermCast(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ValueLiteralContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_valueLiteral;
    }
    public override copyFrom(ctx: ValueLiteralContext): void {
        super.copyFrom(ctx);
    }
}
export class ConstantValueContext extends ValueLiteralContext {
    public constructor(ctx: ValueLiteralContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public constant(): ConstantContext {
        return this.getRuleContext(0, ConstantContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitConstantValue) {
            return visitor.visitConstantValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class CollectionValueContext extends ValueLiteralContext {
    public constructor(ctx: ValueLiteralContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public collectionLiteral(): CollectionLiteralContext {
        return this.getRuleContext(0, CollectionLiteralContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCollectionValue) {
            return visitor.visitCollectionValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class UsertypeValueContext extends ValueLiteralContext {
    public constructor(ctx: ValueLiteralContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public usertypeLiteral(): UsertypeLiteralContext {
        return this.getRuleContext(0, UsertypeLiteralContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUsertypeValue) {
            return visitor.visitUsertypeValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class TupleValueContext extends ValueLiteralContext {
    public constructor(ctx: ValueLiteralContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public tupleLiteral(): TupleLiteralContext {
        return this.getRuleContext(0, TupleLiteralContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTupleValue) {
            return visitor.visitTupleValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class NullValueContext extends ValueLiteralContext {
    public constructor(ctx: ValueLiteralContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_NULL(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_NULL, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitNullValue) {
            return visitor.visitNullValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class MarkerValueContext extends ValueLiteralContext {
    public constructor(ctx: ValueLiteralContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public marker(): MarkerContext {
        return this.getRuleContext(0, MarkerContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitMarkerValue) {
            return visitor.visitMarkerValue(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CollectionLiteralContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_collectionLiteral;
    }
    public override copyFrom(ctx: CollectionLiteralContext): void {
        super.copyFrom(ctx);
    }
}
export class ListLiteralContext extends CollectionLiteralContext {
    public constructor(ctx: CollectionLiteralContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACKET, 0)!;
    }
    public RBRACKET(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACKET, 0)!;
    }
    public term(): TermContext[];
    public term(i: number): TermContext | null;
    public term(i?: number): TermContext[] | TermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermContext);
        }

        return this.getRuleContext(i, TermContext);
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitListLiteral) {
            return visitor.visitListLiteral(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class MapLiteralContext extends CollectionLiteralContext {
    public constructor(ctx: CollectionLiteralContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACE, 0)!;
    }
    public term(): TermContext[];
    public term(i: number): TermContext | null;
    public term(i?: number): TermContext[] | TermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermContext);
        }

        return this.getRuleContext(i, TermContext);
    }
    public COLON(): antlr.TerminalNode[];
    public COLON(i: number): antlr.TerminalNode | null;
    public COLON(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COLON);
    	} else {
    		return this.getToken(CqlParser.COLON, i);
    	}
    }
    public RBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACE, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitMapLiteral) {
            return visitor.visitMapLiteral(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SetLiteralContext extends CollectionLiteralContext {
    public constructor(ctx: CollectionLiteralContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACE, 0)!;
    }
    public term(): TermContext[];
    public term(i: number): TermContext | null;
    public term(i?: number): TermContext[] | TermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermContext);
        }

        return this.getRuleContext(i, TermContext);
    }
    public RBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACE, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSetLiteral) {
            return visitor.visitSetLiteral(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class EmptyBracesLiteralContext extends CollectionLiteralContext {
    public constructor(ctx: CollectionLiteralContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public LBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACE, 0)!;
    }
    public RBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACE, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitEmptyBracesLiteral) {
            return visitor.visitEmptyBracesLiteral(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class UsertypeLiteralContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public LBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.LBRACE, 0)!;
    }
    public usertypeField(): UsertypeFieldContext[];
    public usertypeField(i: number): UsertypeFieldContext | null;
    public usertypeField(i?: number): UsertypeFieldContext[] | UsertypeFieldContext | null {
        if (i === undefined) {
            return this.getRuleContexts(UsertypeFieldContext);
        }

        return this.getRuleContext(i, UsertypeFieldContext);
    }
    public RBRACE(): antlr.TerminalNode {
        return this.getToken(CqlParser.RBRACE, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_usertypeLiteral;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUsertypeLiteral) {
            return visitor.visitUsertypeLiteral(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class UsertypeFieldContext extends CqlRuleContext {
    public _field?: IdentContext;
    public _value?: TermContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public COLON(): antlr.TerminalNode {
        return this.getToken(CqlParser.COLON, 0)!;
    }
    public ident(): IdentContext {
        return this.getRuleContext(0, IdentContext)!;
    }
    public term(): TermContext {
        return this.getRuleContext(0, TermContext)!;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_usertypeField;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUsertypeField) {
            return visitor.visitUsertypeField(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class TupleLiteralContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public LPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.LPAREN, 0)!;
    }
    public term(): TermContext[];
    public term(i: number): TermContext | null;
    public term(i?: number): TermContext[] | TermContext | null {
        if (i === undefined) {
            return this.getRuleContexts(TermContext);
        }

        return this.getRuleContext(i, TermContext);
    }
    public RPAREN(): antlr.TerminalNode {
        return this.getToken(CqlParser.RPAREN, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_tupleLiteral;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTupleLiteral) {
            return visitor.visitTupleLiteral(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class ComparatorTypeContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_comparatorType;
    }
    public override copyFrom(ctx: ComparatorTypeContext): void {
        super.copyFrom(ctx);
    }
}
export class NativeTypeRefContext extends ComparatorTypeContext {
    public constructor(ctx: ComparatorTypeContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public nativeType(): NativeTypeContext {
        return this.getRuleContext(0, NativeTypeContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitNativeTypeRef) {
            return visitor.visitNativeTypeRef(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class MapTypeContext extends ComparatorTypeContext {
    public _key?: ComparatorTypeContext;
    public _value?: ComparatorTypeContext;
    public constructor(ctx: ComparatorTypeContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_MAP(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_MAP, 0)!;
    }
    public LT(): antlr.TerminalNode {
        return this.getToken(CqlParser.LT, 0)!;
    }
    public COMMA(): antlr.TerminalNode {
        return this.getToken(CqlParser.COMMA, 0)!;
    }
    public GT(): antlr.TerminalNode {
        return this.getToken(CqlParser.GT, 0)!;
    }
    public comparatorType(): ComparatorTypeContext[];
    public comparatorType(i: number): ComparatorTypeContext | null;
    public comparatorType(i?: number): ComparatorTypeContext[] | ComparatorTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ComparatorTypeContext);
        }

        return this.getRuleContext(i, ComparatorTypeContext);
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitMapType) {
            return visitor.visitMapType(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class ListTypeContext extends ComparatorTypeContext {
    public _element?: ComparatorTypeContext;
    public constructor(ctx: ComparatorTypeContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_LIST(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_LIST, 0)!;
    }
    public LT(): antlr.TerminalNode {
        return this.getToken(CqlParser.LT, 0)!;
    }
    public GT(): antlr.TerminalNode {
        return this.getToken(CqlParser.GT, 0)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitListType) {
            return visitor.visitListType(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class SetTypeContext extends ComparatorTypeContext {
    public _element?: ComparatorTypeContext;
    public constructor(ctx: ComparatorTypeContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_SET(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_SET, 0)!;
    }
    public LT(): antlr.TerminalNode {
        return this.getToken(CqlParser.LT, 0)!;
    }
    public GT(): antlr.TerminalNode {
        return this.getToken(CqlParser.GT, 0)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitSetType) {
            return visitor.visitSetType(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class TupleTypeContext extends ComparatorTypeContext {
    public constructor(ctx: ComparatorTypeContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_TUPLE(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_TUPLE, 0)!;
    }
    public LT(): antlr.TerminalNode {
        return this.getToken(CqlParser.LT, 0)!;
    }
    public comparatorType(): ComparatorTypeContext[];
    public comparatorType(i: number): ComparatorTypeContext | null;
    public comparatorType(i?: number): ComparatorTypeContext[] | ComparatorTypeContext | null {
        if (i === undefined) {
            return this.getRuleContexts(ComparatorTypeContext);
        }

        return this.getRuleContext(i, ComparatorTypeContext);
    }
    public GT(): antlr.TerminalNode {
        return this.getToken(CqlParser.GT, 0)!;
    }
    public COMMA(): antlr.TerminalNode[];
    public COMMA(i: number): antlr.TerminalNode | null;
    public COMMA(i?: number): antlr.TerminalNode | null | antlr.TerminalNode[] {
    	if (i === undefined) {
    		return this.getTokens(CqlParser.COMMA);
    	} else {
    		return this.getToken(CqlParser.COMMA, i);
    	}
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTupleType) {
            return visitor.visitTupleType(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class VectorTypeContext extends ComparatorTypeContext {
    public _element?: ComparatorTypeContext;
    public _dimension?: Token | null;
    public constructor(ctx: ComparatorTypeContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_VECTOR(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_VECTOR, 0)!;
    }
    public LT(): antlr.TerminalNode {
        return this.getToken(CqlParser.LT, 0)!;
    }
    public COMMA(): antlr.TerminalNode {
        return this.getToken(CqlParser.COMMA, 0)!;
    }
    public GT(): antlr.TerminalNode {
        return this.getToken(CqlParser.GT, 0)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public INTEGER(): antlr.TerminalNode {
        return this.getToken(CqlParser.INTEGER, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitVectorType) {
            return visitor.visitVectorType(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class FrozenTypeContext extends ComparatorTypeContext {
    public _inner?: ComparatorTypeContext;
    public constructor(ctx: ComparatorTypeContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public K_FROZEN(): antlr.TerminalNode {
        return this.getToken(CqlParser.K_FROZEN, 0)!;
    }
    public LT(): antlr.TerminalNode {
        return this.getToken(CqlParser.LT, 0)!;
    }
    public GT(): antlr.TerminalNode {
        return this.getToken(CqlParser.GT, 0)!;
    }
    public comparatorType(): ComparatorTypeContext {
        return this.getRuleContext(0, ComparatorTypeContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitFrozenType) {
            return visitor.visitFrozenType(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class UserTypeRefContext extends ComparatorTypeContext {
    public constructor(ctx: ComparatorTypeContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public userTypeName(): UserTypeNameContext {
        return this.getRuleContext(0, UserTypeNameContext)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUserTypeRef) {
            return visitor.visitUserTypeRef(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
export class CustomTypeContext extends ComparatorTypeContext {
    public constructor(ctx: ComparatorTypeContext) {
        super(ctx.parent, ctx.invokingState);
        super.copyFrom(ctx);
    }
    public STRING_LITERAL(): antlr.TerminalNode {
        return this.getToken(CqlParser.STRING_LITERAL, 0)!;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCustomType) {
            return visitor.visitCustomType(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class NativeTypeContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_ASCII(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ASCII, 0);
    }
    public K_BIGINT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_BIGINT, 0);
    }
    public K_BLOB(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_BLOB, 0);
    }
    public K_BOOLEAN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_BOOLEAN, 0);
    }
    public K_COUNTER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_COUNTER, 0);
    }
    public K_DECIMAL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DECIMAL, 0);
    }
    public K_DOUBLE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DOUBLE, 0);
    }
    public K_DURATION(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DURATION, 0);
    }
    public K_FLOAT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FLOAT, 0);
    }
    public K_INET(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_INET, 0);
    }
    public K_INT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_INT, 0);
    }
    public K_SMALLINT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SMALLINT, 0);
    }
    public K_TEXT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TEXT, 0);
    }
    public K_TIMESTAMP(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TIMESTAMP, 0);
    }
    public K_TINYINT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TINYINT, 0);
    }
    public K_UUID(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_UUID, 0);
    }
    public K_VARCHAR(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_VARCHAR, 0);
    }
    public K_VARINT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_VARINT, 0);
    }
    public K_TIMEUUID(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TIMEUUID, 0);
    }
    public K_DATE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DATE, 0);
    }
    public K_TIME(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TIME, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_nativeType;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitNativeType) {
            return visitor.visitNativeType(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class TableNameContext extends CqlRuleContext {
    public _keyspace?: IdentContext;
    public _name?: IdentContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public ident(): IdentContext[];
    public ident(i: number): IdentContext | null;
    public ident(i?: number): IdentContext[] | IdentContext | null {
        if (i === undefined) {
            return this.getRuleContexts(IdentContext);
        }

        return this.getRuleContext(i, IdentContext);
    }
    public DOT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.DOT, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_tableName;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitTableName) {
            return visitor.visitTableName(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class UserTypeNameContext extends CqlRuleContext {
    public _keyspace?: IdentContext;
    public _name?: NonTypeIdentContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public nonTypeIdent(): NonTypeIdentContext {
        return this.getRuleContext(0, NonTypeIdentContext)!;
    }
    public DOT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.DOT, 0);
    }
    public ident(): IdentContext | null {
        return this.getRuleContext(0, IdentContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_userTypeName;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUserTypeName) {
            return visitor.visitUserTypeName(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class FunctionNameContext extends CqlRuleContext {
    public _keyspace?: IdentContext;
    public _name?: AllowedFunctionNameContext;
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public allowedFunctionName(): AllowedFunctionNameContext {
        return this.getRuleContext(0, AllowedFunctionNameContext)!;
    }
    public DOT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.DOT, 0);
    }
    public ident(): IdentContext | null {
        return this.getRuleContext(0, IdentContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_functionName;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitFunctionName) {
            return visitor.visitFunctionName(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class RoleNameContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public ident(): IdentContext | null {
        return this.getRuleContext(0, IdentContext);
    }
    public STRING_LITERAL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.STRING_LITERAL, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_roleName;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitRoleName) {
            return visitor.visitRoleName(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class CidentContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public ident(): IdentContext | null {
        return this.getRuleContext(0, IdentContext);
    }
    public EMPTY_QUOTED_NAME(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.EMPTY_QUOTED_NAME, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_cident;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitCident) {
            return visitor.visitCident(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class IdentContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public plainIdent(): PlainIdentContext | null {
        return this.getRuleContext(0, PlainIdentContext);
    }
    public QUOTED_NAME(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.QUOTED_NAME, 0);
    }
    public unreservedKeyword(): UnreservedKeywordContext | null {
        return this.getRuleContext(0, UnreservedKeywordContext);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_ident;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitIdent) {
            return visitor.visitIdent(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class PlainIdentContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public IDENT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.IDENT, 0);
    }
    public K_CONSISTENCY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CONSISTENCY, 0);
    }
    public K_SERIAL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SERIAL, 0);
    }
    public K_COPY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_COPY, 0);
    }
    public K_SOURCE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SOURCE, 0);
    }
    public K_PAGING(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_PAGING, 0);
    }
    public K_TRACING(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TRACING, 0);
    }
    public K_EXPAND(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_EXPAND, 0);
    }
    public K_CAPTURE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CAPTURE, 0);
    }
    public K_CLEAR(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CLEAR, 0);
    }
    public K_CLS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CLS, 0);
    }
    public K_OFF(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OFF, 0);
    }
    public K_STDIN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_STDIN, 0);
    }
    public K_STDOUT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_STDOUT, 0);
    }
    public K_TAGS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TAGS, 0);
    }
    public K_RESTORE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_RESTORE, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_plainIdent;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitPlainIdent) {
            return visitor.visitPlainIdent(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class NonTypeIdentContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public plainIdent(): PlainIdentContext | null {
        return this.getRuleContext(0, PlainIdentContext);
    }
    public QUOTED_NAME(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.QUOTED_NAME, 0);
    }
    public basicUnreservedKeyword(): BasicUnreservedKeywordContext | null {
        return this.getRuleContext(0, BasicUnreservedKeywordContext);
    }
    public K_KEY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_KEY, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_nonTypeIdent;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitNonTypeIdent) {
            return visitor.visitNonTypeIdent(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AllowedFunctionNameContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public plainIdent(): PlainIdentContext | null {
        return this.getRuleContext(0, PlainIdentContext);
    }
    public QUOTED_NAME(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.QUOTED_NAME, 0);
    }
    public basicUnreservedKeyword(): BasicUnreservedKeywordContext | null {
        return this.getRuleContext(0, BasicUnreservedKeywordContext);
    }
    public nativeType(): NativeTypeContext | null {
        return this.getRuleContext(0, NativeTypeContext);
    }
    public K_TOKEN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TOKEN, 0);
    }
    public K_COUNT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_COUNT, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_allowedFunctionName;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAllowedFunctionName) {
            return visitor.visitAllowedFunctionName(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class UnreservedKeywordContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public basicUnreservedKeyword(): BasicUnreservedKeywordContext | null {
        return this.getRuleContext(0, BasicUnreservedKeywordContext);
    }
    public nativeType(): NativeTypeContext | null {
        return this.getRuleContext(0, NativeTypeContext);
    }
    public K_TTL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TTL, 0);
    }
    public K_COUNT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_COUNT, 0);
    }
    public K_WRITETIME(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WRITETIME, 0);
    }
    public K_MAXWRITETIME(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_MAXWRITETIME, 0);
    }
    public K_KEY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_KEY, 0);
    }
    public K_CAST(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CAST, 0);
    }
    public K_JSON(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_JSON, 0);
    }
    public K_DISTINCT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DISTINCT, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_unreservedKeyword;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitUnreservedKeyword) {
            return visitor.visitUnreservedKeyword(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class BasicUnreservedKeywordContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public K_KEYS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_KEYS, 0);
    }
    public K_AS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_AS, 0);
    }
    public K_CLUSTER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CLUSTER, 0);
    }
    public K_CLUSTERING(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CLUSTERING, 0);
    }
    public K_COMPACT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_COMPACT, 0);
    }
    public K_STORAGE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_STORAGE, 0);
    }
    public K_TABLES(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TABLES, 0);
    }
    public K_TYPE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TYPE, 0);
    }
    public K_TYPES(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TYPES, 0);
    }
    public K_VALUES(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_VALUES, 0);
    }
    public K_MAP(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_MAP, 0);
    }
    public K_LIST(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_LIST, 0);
    }
    public K_FILTERING(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FILTERING, 0);
    }
    public K_PERMISSION(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_PERMISSION, 0);
    }
    public K_PERMISSIONS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_PERMISSIONS, 0);
    }
    public K_KEYSPACES(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_KEYSPACES, 0);
    }
    public K_ALL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ALL, 0);
    }
    public K_USER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_USER, 0);
    }
    public K_USERS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_USERS, 0);
    }
    public K_ROLE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ROLE, 0);
    }
    public K_ROLES(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ROLES, 0);
    }
    public K_IDENTITY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_IDENTITY, 0);
    }
    public K_SUPERUSER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SUPERUSER, 0);
    }
    public K_NOSUPERUSER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NOSUPERUSER, 0);
    }
    public K_LOGIN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_LOGIN, 0);
    }
    public K_NOLOGIN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NOLOGIN, 0);
    }
    public K_OPTIONS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OPTIONS, 0);
    }
    public K_PASSWORD(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_PASSWORD, 0);
    }
    public K_HASHED(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_HASHED, 0);
    }
    public K_EXISTS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_EXISTS, 0);
    }
    public K_CUSTOM(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CUSTOM, 0);
    }
    public K_TRIGGER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TRIGGER, 0);
    }
    public K_CONTAINS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CONTAINS, 0);
    }
    public K_INTERNALS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_INTERNALS, 0);
    }
    public K_ONLY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ONLY, 0);
    }
    public K_STATIC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_STATIC, 0);
    }
    public K_FROZEN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FROZEN, 0);
    }
    public K_TUPLE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TUPLE, 0);
    }
    public K_FUNCTION(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FUNCTION, 0);
    }
    public K_FUNCTIONS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FUNCTIONS, 0);
    }
    public K_AGGREGATE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_AGGREGATE, 0);
    }
    public K_AGGREGATES(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_AGGREGATES, 0);
    }
    public K_SFUNC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SFUNC, 0);
    }
    public K_STYPE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_STYPE, 0);
    }
    public K_FINALFUNC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FINALFUNC, 0);
    }
    public K_INITCOND(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_INITCOND, 0);
    }
    public K_RETURNS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_RETURNS, 0);
    }
    public K_LANGUAGE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_LANGUAGE, 0);
    }
    public K_CALLED(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CALLED, 0);
    }
    public K_INPUT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_INPUT, 0);
    }
    public K_LIKE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_LIKE, 0);
    }
    public K_PER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_PER, 0);
    }
    public K_PARTITION(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_PARTITION, 0);
    }
    public K_GROUP(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_GROUP, 0);
    }
    public K_DATACENTERS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DATACENTERS, 0);
    }
    public K_CIDRS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CIDRS, 0);
    }
    public K_ACCESS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ACCESS, 0);
    }
    public K_DEFAULT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DEFAULT, 0);
    }
    public K_MBEAN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_MBEAN, 0);
    }
    public K_MBEANS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_MBEANS, 0);
    }
    public K_REPLACE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_REPLACE, 0);
    }
    public K_UNSET(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_UNSET, 0);
    }
    public K_MASKED(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_MASKED, 0);
    }
    public K_UNMASK(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_UNMASK, 0);
    }
    public K_SELECT_MASKED(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SELECT_MASKED, 0);
    }
    public K_VECTOR(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_VECTOR, 0);
    }
    public K_ANN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ANN, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_basicUnreservedKeyword;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitBasicUnreservedKeyword) {
            return visitor.visitBasicUnreservedKeyword(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}


export class AnyWordContext extends CqlRuleContext {
    public constructor(parent: antlr.ParserRuleContext | null, invokingState: number) {
        super(parent, invokingState);
        this.start = null;
        this.stop = null;
        this.children = [];
        this.parent = parent;
        this.invokingState = invokingState;
    }
    public ident(): IdentContext | null {
        return this.getRuleContext(0, IdentContext);
    }
    public K_SELECT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SELECT, 0);
    }
    public K_FROM(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FROM, 0);
    }
    public K_WHERE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WHERE, 0);
    }
    public K_AND(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_AND, 0);
    }
    public K_ENTRIES(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ENTRIES, 0);
    }
    public K_FULL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_FULL, 0);
    }
    public K_INSERT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_INSERT, 0);
    }
    public K_UPDATE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_UPDATE, 0);
    }
    public K_WITH(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_WITH, 0);
    }
    public K_LIMIT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_LIMIT, 0);
    }
    public K_USING(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_USING, 0);
    }
    public K_USE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_USE, 0);
    }
    public K_SET(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SET, 0);
    }
    public K_BEGIN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_BEGIN, 0);
    }
    public K_UNLOGGED(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_UNLOGGED, 0);
    }
    public K_BATCH(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_BATCH, 0);
    }
    public K_APPLY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_APPLY, 0);
    }
    public K_TRUNCATE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TRUNCATE, 0);
    }
    public K_DELETE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DELETE, 0);
    }
    public K_IN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_IN, 0);
    }
    public K_CREATE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_CREATE, 0);
    }
    public K_SCHEMA(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_SCHEMA, 0);
    }
    public K_KEYSPACE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_KEYSPACE, 0);
    }
    public K_TABLE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TABLE, 0);
    }
    public K_MATERIALIZED(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_MATERIALIZED, 0);
    }
    public K_VIEW(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_VIEW, 0);
    }
    public K_INDEX(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_INDEX, 0);
    }
    public K_ON(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ON, 0);
    }
    public K_TO(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TO, 0);
    }
    public K_DROP(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DROP, 0);
    }
    public K_PRIMARY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_PRIMARY, 0);
    }
    public K_INTO(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_INTO, 0);
    }
    public K_ALTER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ALTER, 0);
    }
    public K_RENAME(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_RENAME, 0);
    }
    public K_ADD(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ADD, 0);
    }
    public K_ORDER(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ORDER, 0);
    }
    public K_BY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_BY, 0);
    }
    public K_ASC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ASC, 0);
    }
    public K_DESC(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DESC, 0);
    }
    public K_ALLOW(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_ALLOW, 0);
    }
    public K_IF(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_IF, 0);
    }
    public K_IS(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_IS, 0);
    }
    public K_GRANT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_GRANT, 0);
    }
    public K_OF(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OF, 0);
    }
    public K_REVOKE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_REVOKE, 0);
    }
    public K_MODIFY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_MODIFY, 0);
    }
    public K_AUTHORIZE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_AUTHORIZE, 0);
    }
    public K_DESCRIBE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_DESCRIBE, 0);
    }
    public K_EXECUTE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_EXECUTE, 0);
    }
    public K_NORECURSIVE(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NORECURSIVE, 0);
    }
    public K_TOKEN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_TOKEN, 0);
    }
    public K_NULL(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NULL, 0);
    }
    public K_NOT(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NOT, 0);
    }
    public K_NAN(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_NAN, 0);
    }
    public K_INFINITY(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_INFINITY, 0);
    }
    public K_OR(): antlr.TerminalNode | null {
        return this.getToken(CqlParser.K_OR, 0);
    }
    public override get ruleIndex(): number {
        return CqlParser.RULE_anyWord;
    }
    public override accept<Result>(visitor: CqlParserVisitor<Result>): Result | null {
        if (visitor.visitAnyWord) {
            return visitor.visitAnyWord(this);
        } else {
            return visitor.visitChildren(this);
        }
    }
}
