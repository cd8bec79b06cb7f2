// CQL parser for ksmig: every statement of Apache Cassandra 5.0 CQL, the cqlsh commands found in
// .cql files, and the Amazon Keyspaces extensions. Written from scratch; Cassandra's own grammar
// was read only as the reference for what is valid. See grammar/README.md.
//
// The parse layer splits a script into statements first (src/cql/split.ts) and parses each one
// with `singleStatement`. Checks that Cassandra makes inside its grammar actions (duplicate
// properties, `X = X + 1` naming the same column, …) run over the tree in src/cql/validate.ts.
//
// Rule and label names are a contract with the AST builder (src/cql/ast/build.ts): change them only
// additively, and note every change in /work/briefs/parser-status.md.

parser grammar CqlParser;

options {
    tokenVocab = CqlLexer;
}

singleStatement
    : statement SEMI* EOF
    ;

statement
    : selectStatement
    | insertStatement
    | updateStatement
    | deleteStatement
    | batchStatement
    | useStatement
    | truncateStatement
    | createKeyspaceStatement
    | alterKeyspaceStatement
    | dropKeyspaceStatement
    | createTableStatement
    | alterTableStatement
    | dropTableStatement
    | createTypeStatement
    | alterTypeStatement
    | dropTypeStatement
    | createIndexStatement
    | dropIndexStatement
    | createMaterializedViewStatement
    | alterMaterializedViewStatement
    | dropMaterializedViewStatement
    | createFunctionStatement
    | dropFunctionStatement
    | createAggregateStatement
    | dropAggregateStatement
    | createTriggerStatement
    | dropTriggerStatement
    | createRoleStatement
    | alterRoleStatement
    | dropRoleStatement
    | grantRoleStatement
    | revokeRoleStatement
    | listRolesStatement
    | createUserStatement
    | alterUserStatement
    | dropUserStatement
    | listUsersStatement
    | addIdentityStatement
    | dropIdentityStatement
    | grantPermissionsStatement
    | revokePermissionsStatement
    | listPermissionsStatement
    | describeStatement
    | restoreTableStatement
    | consistencyStatement
    | serialConsistencyStatement
    | copyStatement
    | sourceStatement
    | pagingStatement
    | tracingStatement
    | expandStatement
    | captureStatement
    | loginStatement
    | clearStatement
    ;

// =============================================================================================
// DML

useStatement
    : K_USE keyspace=ident
    ;

selectStatement
    : K_SELECT json=K_JSON? distinct=K_DISTINCT? selectors
      K_FROM table=tableName
      ( K_WHERE whereClause )?
      ( K_GROUP K_BY groupByClause ( COMMA groupByClause )* )?
      ( K_ORDER K_BY orderByClause ( COMMA orderByClause )* )?
      ( K_PER K_PARTITION K_LIMIT perPartitionLimit=intValue )?
      ( K_LIMIT limit=intValue )?
      ( K_ALLOW allowFiltering=K_FILTERING )?
    ;

selectors
    : selector ( COMMA selector )*   # selectorList
    | STAR                           # selectAll
    ;

selector
    : unaliasedSelector ( K_AS alias=ident )?
    ;

unaliasedSelector
    : selectionAddition
    ;

selectionAddition
    : selectionMultiplication ( ops+=( PLUS | MINUS ) selectionMultiplication )*
    ;

selectionMultiplication
    : selectionGroup ( ops+=( STAR | SLASH | PERCENT ) selectionGroup )*
    ;

selectionGroup
    : selectionGroupWithoutField selectorModifier*   # selectionGroupPlain
    | MINUS selectionGroup                           # selectionGroupNegation
    ;

selectorModifier
    : DOT field=ident                                # fieldSelectorModifier
    | LBRACKET collectionSubSelection RBRACKET       # elementSelectorModifier
    ;

collectionSubSelection
    : element=term                                   # subSelectionElement
    | from=term RANGE to=term?                       # subSelectionSlice
    | RANGE to=term                                  # subSelectionSliceTo
    ;

selectionGroupWithoutField
    : simpleUnaliasedSelector                                                        # selectionSimple
    | LPAREN type=comparatorType RPAREN selectionGroupWithoutField                   # selectionTypeHint
    | LPAREN unaliasedSelector ( COMMA unaliasedSelector )* RPAREN                   # selectionTuple
    | LBRACKET ( unaliasedSelector ( COMMA unaliasedSelector )* )? RBRACKET          # selectionList
    | LBRACE unaliasedSelector COLON unaliasedSelector
             ( COMMA unaliasedSelector COLON unaliasedSelector )* RBRACE             # selectionMap
    | LBRACE unaliasedSelector ( COMMA unaliasedSelector )* RBRACE                   # selectionSet
    | LBRACE RBRACE                                                                  # selectionEmptyBraces
    ;

simpleUnaliasedSelector
    : ident                                                                          # selectionColumn
    | selectionLiteral                                                               # selectionValue
    | K_COUNT LPAREN STAR RPAREN                                                     # selectionCountRows
    | kind=( K_WRITETIME | K_MAXWRITETIME | K_TTL ) LPAREN column=ident selectorModifier* RPAREN  # selectionWritetimeOrTtl
    | K_CAST LPAREN unaliasedSelector K_AS type=nativeType RPAREN                    # selectionCast
    | functionName LPAREN ( unaliasedSelector ( COMMA unaliasedSelector )* )? RPAREN # selectionFunction
    ;

selectionLiteral
    : constant
    | K_NULL
    | marker
    ;

whereClause
    : relationOrExpression ( K_AND relationOrExpression )*
    ;

relationOrExpression
    : relation
    | customIndexExpression
    ;

customIndexExpression
    : EXPR_PAREN index=ident COMMA value=term RPAREN
    ;

relation
    : column=cident op=relationType value=term                           # relationCompare
    | column=cident K_LIKE value=term                                     # relationLike
    | column=cident K_IS K_NOT K_NULL                                     # relationIsNotNull
    | column=cident K_IN inValues=singleColumnInValues                    # relationIn
    | column=cident K_CONTAINS key=K_KEY? value=term                      # relationContains
    | K_TOKEN columns=tupleOfIdentifiers op=relationType value=term       # relationToken
    | column=cident LBRACKET element=term RBRACKET op=relationType value=term  # relationMapElement
    | columns=tupleOfIdentifiers K_IN inValues=multiColumnInValues        # relationMultiIn
    | columns=tupleOfIdentifiers op=relationType value=multiColumnValue   # relationMultiCompare
    | LPAREN relation RPAREN                                              # relationParenthesized
    ;

relationType
    : EQ | LT | LTE | GT | GTE | NEQ
    ;

tupleOfIdentifiers
    : LPAREN cident ( COMMA cident )* RPAREN
    ;

singleColumnInValues
    : LPAREN ( term ( COMMA term )* )? RPAREN    # inTermList
    | inMarker                                   # inBindMarker
    ;

multiColumnInValues
    : LPAREN RPAREN                                          # multiInEmpty
    | inMarker                                               # multiInBindMarker
    | LPAREN tupleLiteral ( COMMA tupleLiteral )* RPAREN     # multiInTuples
    | LPAREN marker ( COMMA marker )* RPAREN                 # multiInMarkers
    ;

multiColumnValue
    : tupleLiteral
    | marker
    ;

inMarker
    : QMARK
    | COLON name=ident
    ;

groupByClause
    : unaliasedSelector
    ;

orderByClause
    : column=cident ( K_ANN K_OF ann=term )? direction=( K_ASC | K_DESC )?
    ;

insertStatement
    : K_INSERT K_INTO table=tableName insertBody ( ifNotExists )? ( usingClause )?
    ;

insertBody
    : LPAREN columns+=cident ( COMMA columns+=cident )* RPAREN
      K_VALUES LPAREN values+=term ( COMMA values+=term )* RPAREN                 # insertValues
    | K_JSON json=jsonValue ( K_DEFAULT defaultKind=( K_NULL | K_UNSET ) )?       # insertJson
    ;

jsonValue
    : STRING_LITERAL
    | marker
    ;

usingClause
    : K_USING usingClauseObjective ( K_AND usingClauseObjective )*
    ;

usingClauseObjective
    : K_TIMESTAMP value=intValue   # usingTimestamp
    | K_TTL value=intValue         # usingTtl
    ;

updateStatement
    : K_UPDATE table=tableName
      ( usingClause )?
      K_SET columnOperation ( COMMA columnOperation )*
      K_WHERE whereClause
      ( K_IF ( exists=K_EXISTS | updateConditions ) )?
    ;

columnOperation
    : column=cident EQ value=term ( PLUS other=cident )?               # assignOrPrepend
    | column=cident EQ other=cident op=( PLUS | MINUS ) value=term     # addOrSubtract
    | column=cident EQ other=cident value=signedInteger                # addSignedInteger
    | column=cident op=( PLUS_EQ | MINUS_EQ ) value=term               # shorthandAddOrSubtract
    | column=cident LBRACKET key=term RBRACKET EQ value=term           # setElement
    | column=cident DOT field=ident EQ value=term                      # setField
    ;

signedInteger
    : INTEGER
    ;

updateConditions
    : columnCondition ( K_AND columnCondition )*
    ;

columnCondition
    : column=cident op=relationType value=term                                     # conditionCompare
    | column=cident K_CONTAINS key=K_KEY? value=term                                # conditionContains
    | column=cident K_IN inValues=singleColumnInValues                              # conditionIn
    | column=cident LBRACKET element=term RBRACKET op=relationType value=term       # conditionElementCompare
    | column=cident LBRACKET element=term RBRACKET K_IN inValues=singleColumnInValues  # conditionElementIn
    | column=cident DOT field=ident op=relationType value=term                      # conditionFieldCompare
    | column=cident DOT field=ident K_IN inValues=singleColumnInValues              # conditionFieldIn
    ;

deleteStatement
    : K_DELETE ( deleteSelection )?
      K_FROM table=tableName
      ( K_USING K_TIMESTAMP timestamp=intValue )?
      K_WHERE whereClause
      ( K_IF ( exists=K_EXISTS | updateConditions ) )?
    ;

deleteSelection
    : deleteOp ( COMMA deleteOp )*
    ;

deleteOp
    : column=cident                                   # deleteColumn
    | column=cident LBRACKET element=term RBRACKET    # deleteElement
    | column=cident DOT field=ident                   # deleteField
    ;

batchStatement
    : K_BEGIN kind=( K_UNLOGGED | K_COUNTER )? K_BATCH ( usingClause )?
      ( batchChild SEMI? )*
      K_APPLY K_BATCH
    ;

batchChild
    : insertStatement
    | updateStatement
    | deleteStatement
    ;

truncateStatement
    : K_TRUNCATE K_TABLE? table=tableName
    ;

// =============================================================================================
// DDL

ifNotExists
    : K_IF K_NOT K_EXISTS
    ;

ifExists
    : K_IF K_EXISTS
    ;

// Cassandra 3.x lexed SCHEMA as KEYSPACE (K_KEYSPACE: KEYSPACE | SCHEMA), so CREATE/ALTER/DROP SCHEMA and
// GRANT … ON SCHEMA were synonyms there. Cassandra 4.0 added its own K_SCHEMA token (for DESCRIBE SCHEMA),
// defined before K_KEYSPACE, and its parser no longer accepts these forms (grammar/README.md).
keyspaceKeyword
    : K_KEYSPACE
    | K_SCHEMA
    ;

createKeyspaceStatement
    : K_CREATE keyspaceKeyword ifNotExists? keyspace=ident K_WITH properties
    ;

alterKeyspaceStatement
    : K_ALTER keyspaceKeyword ifExists? keyspace=ident alterKeyspaceInstruction
    ;

alterKeyspaceInstruction
    : K_WITH properties                       # alterKeyspaceWith
    | K_ADD K_TAGS tags=propertyMap           # alterKeyspaceAddTags
    | K_DROP K_TAGS tags=propertyMap          # alterKeyspaceDropTags
    ;

dropKeyspaceStatement
    : K_DROP keyspaceKeyword ifExists? keyspace=ident
    ;

createTableStatement
    : K_CREATE K_TABLE ifNotExists? table=tableName
      LPAREN tableElement ( COMMA tableElement? )* RPAREN
      ( K_WITH tableProperty ( K_AND tableProperty )* )?
    ;

tableElement
    : columnDefinition
    | primaryKeyDefinition
    ;

columnDefinition
    : column=ident type=comparatorType isStatic=K_STATIC? columnMask? ( primaryKey=K_PRIMARY K_KEY )?
    ;

primaryKeyDefinition
    : K_PRIMARY K_KEY LPAREN partitionKey ( COMMA clustering+=ident )* RPAREN
    ;

partitionKey
    : ident                                     # singlePartitionKey
    | LPAREN ident ( COMMA ident )* RPAREN      # compositePartitionKey
    ;

columnMask
    : K_MASKED K_WITH K_DEFAULT                                           # defaultMask
    | K_MASKED K_WITH function=functionName LPAREN ( term ( COMMA term )* )? RPAREN  # functionMask
    ;

tableProperty
    : property                                                                   # tableOption
    | K_COMPACT K_STORAGE                                                        # compactStorage
    | K_CLUSTERING K_ORDER K_BY LPAREN clusteringOrder ( COMMA clusteringOrder )* RPAREN  # clusteringOrderBy
    ;

clusteringOrder
    : column=ident direction=( K_ASC | K_DESC )
    ;

alterTableStatement
    : K_ALTER K_TABLE ifExists? table=tableName alterTableInstruction
    ;

alterTableInstruction
    : K_ALTER column=cident K_TYPE type=comparatorType                            # alterColumnType
    | K_ALTER ifExists? column=cident columnMask                                  # alterColumnMask
    | K_ALTER ifExists? column=cident K_DROP K_MASKED                             # alterColumnDropMask
    | K_ADD ifNotExists? addColumnDefinition                                      # addColumns
    | K_ADD ifNotExists? LPAREN addColumnDefinition ( COMMA addColumnDefinition )* RPAREN  # addColumns
    | K_DROP ifExists? columns+=ident ( K_USING K_TIMESTAMP timestamp=INTEGER )?      # dropColumns
    | K_DROP ifExists? LPAREN columns+=ident ( COMMA columns+=ident )* RPAREN
      ( K_USING K_TIMESTAMP timestamp=INTEGER )?                                  # dropColumns
    | K_RENAME ifExists? renameColumn ( K_AND renameColumn )*                     # renameColumns
    | K_DROP K_COMPACT K_STORAGE                                                  # dropCompactStorage
    | K_WITH properties                                                           # alterTableWith
    | K_ADD K_TAGS tags=propertyMap                                               # alterTableAddTags
    | K_DROP K_TAGS tags=propertyMap                                              # alterTableDropTags
    ;

addColumnDefinition
    : column=ident type=comparatorType isStatic=K_STATIC? columnMask?
    ;

renameColumn
    : from=ident K_TO to=ident
    ;

dropTableStatement
    : K_DROP K_TABLE ifExists? table=tableName
    ;

createTypeStatement
    : K_CREATE K_TYPE ifNotExists? typeName=userTypeName
      LPAREN typeField ( COMMA typeField? )* RPAREN
    ;

typeField
    : field=ident type=comparatorType
    ;

alterTypeStatement
    : K_ALTER K_TYPE ifExists? typeName=userTypeName alterTypeInstruction
    ;

alterTypeInstruction
    : K_ALTER field=ident K_TYPE type=comparatorType                 # alterTypeFieldType
    | K_ADD ifNotExists? field=ident type=comparatorType             # alterTypeAddField
    | K_RENAME ifExists? renameField ( K_AND renameField )*          # alterTypeRenameFields
    ;

renameField
    : from=ident K_TO to=ident
    ;

dropTypeStatement
    : K_DROP K_TYPE ifExists? typeName=userTypeName
    ;

createIndexStatement
    : K_CREATE custom=K_CUSTOM? K_INDEX ifNotExists? ( index=ident )?
      K_ON table=tableName LPAREN ( indexTarget ( COMMA indexTarget )* )? RPAREN
      ( K_USING indexClass=STRING_LITERAL )?
      ( K_WITH properties )?
    ;

indexTarget
    : column=cident                                  # indexTargetColumn
    | kind=( K_VALUES | K_KEYS | K_ENTRIES | K_FULL ) LPAREN column=cident RPAREN   # indexTargetCollection
    ;

dropIndexStatement
    : K_DROP K_INDEX ifExists? index=qualifiedIndexName
    ;

qualifiedIndexName
    : ( keyspace=ident DOT )? name=ident
    ;

createMaterializedViewStatement
    : K_CREATE K_MATERIALIZED K_VIEW ifNotExists? view=tableName K_AS
      K_SELECT selectors K_FROM base=tableName
      ( K_WHERE whereClause )?
      K_PRIMARY K_KEY LPAREN partitionKey ( COMMA clustering+=ident )* RPAREN
      ( K_WITH tableProperty ( K_AND tableProperty )* )?
    ;

alterMaterializedViewStatement
    : K_ALTER K_MATERIALIZED K_VIEW ifExists? view=tableName K_WITH properties
    ;

dropMaterializedViewStatement
    : K_DROP K_MATERIALIZED K_VIEW ifExists? view=tableName
    ;

createFunctionStatement
    : K_CREATE ( orReplace=K_OR K_REPLACE )? K_FUNCTION ifNotExists? function=functionName
      LPAREN ( functionParameter ( COMMA functionParameter )* )? RPAREN
      ( returnsNull=K_RETURNS K_NULL | calledOnNull=K_CALLED ) K_ON K_NULL K_INPUT
      K_RETURNS returnType=comparatorType
      K_LANGUAGE language=plainIdent
      K_AS body=STRING_LITERAL
    ;

functionParameter
    : name=ident type=comparatorType
    ;

dropFunctionStatement
    : K_DROP K_FUNCTION ifExists? function=functionName ( signature=functionSignature )?
    ;

functionSignature
    : LPAREN ( comparatorType ( COMMA comparatorType )* )? RPAREN
    ;

createAggregateStatement
    : K_CREATE ( orReplace=K_OR K_REPLACE )? K_AGGREGATE ifNotExists? aggregate=functionName
      signature=functionSignature
      K_SFUNC stateFunction=allowedFunctionName
      K_STYPE stateType=comparatorType
      ( K_FINALFUNC finalFunction=allowedFunctionName )?
      ( K_INITCOND initialCondition=term )?
    ;

dropAggregateStatement
    : K_DROP K_AGGREGATE ifExists? aggregate=functionName ( signature=functionSignature )?
    ;

createTriggerStatement
    : K_CREATE K_TRIGGER ifNotExists? trigger=ident K_ON table=tableName K_USING triggerClass=STRING_LITERAL
    ;

dropTriggerStatement
    : K_DROP K_TRIGGER ifExists? trigger=ident K_ON table=tableName
    ;

// Amazon Keyspaces: RESTORE TABLE target FROM TABLE source [WITH properties]
restoreTableStatement
    : K_RESTORE K_TABLE target=tableName K_FROM K_TABLE source=tableName ( K_WITH properties )?
    ;

properties
    : property ( K_AND property )*
    ;

property
    : name=ident EQ value=propertyValue    # simpleProperty
    | name=ident EQ map=propertyMap        # mapProperty
    ;

propertyValue
    : constant
    | unreservedKeyword
    ;

// Map literal of a property. Cassandra requires constant keys and values; nested maps and lists
// of maps as values are the Amazon Keyspaces extension (custom_properties, autoscaling_settings).
propertyMap
    : LBRACE ( propertyMapEntry ( COMMA propertyMapEntry )* )? RBRACE
    ;

propertyMapEntry
    : key=constant COLON value=propertyMapValue
    ;

propertyMapValue
    : constant                                                            # propertyMapConstant
    | propertyMap                                                         # propertyMapNested
    | LBRACKET ( propertyMapValue ( COMMA propertyMapValue )* )? RBRACKET # propertyMapList
    ;

// =============================================================================================
// DCL

createUserStatement
    : K_CREATE K_USER ifNotExists? user=userName ( K_WITH userPassword )? superuser=( K_SUPERUSER | K_NOSUPERUSER )?
    ;

alterUserStatement
    : K_ALTER K_USER ifExists? user=userName ( K_WITH userPassword )? superuser=( K_SUPERUSER | K_NOSUPERUSER )?
    ;

dropUserStatement
    : K_DROP K_USER ifExists? user=userName
    ;

listUsersStatement
    : K_LIST K_USERS
    ;

userName
    : plainIdent
    | STRING_LITERAL
    ;

userPassword
    : K_PASSWORD password=STRING_LITERAL               # plainPassword
    | K_HASHED K_PASSWORD password=STRING_LITERAL      # hashedPassword
    ;

addIdentityStatement
    : K_ADD K_IDENTITY ifNotExists? identity=identityName K_TO K_ROLE role=identityName
    ;

dropIdentityStatement
    : K_DROP K_IDENTITY ifExists? identity=identityName
    ;

identityName
    : plainIdent
    | STRING_LITERAL
    ;

createRoleStatement
    : K_CREATE K_ROLE ifNotExists? role=roleName ( K_WITH roleOptions )?
    ;

alterRoleStatement
    : K_ALTER K_ROLE ifExists? role=roleName ( K_WITH roleOptions )?
    ;

dropRoleStatement
    : K_DROP K_ROLE ifExists? role=roleName
    ;

listRolesStatement
    : K_LIST K_ROLES ( K_OF role=roleName )? norecursive=K_NORECURSIVE?
    ;

grantRoleStatement
    : K_GRANT role=roleName K_TO grantee=roleName
    ;

revokeRoleStatement
    : K_REVOKE role=roleName K_FROM revokee=roleName
    ;

roleOptions
    : roleOption ( K_AND roleOption )*
    ;

roleOption
    : K_PASSWORD EQ value=STRING_LITERAL                                        # rolePassword
    | K_HASHED K_PASSWORD EQ value=STRING_LITERAL                               # roleHashedPassword
    | K_OPTIONS EQ map=propertyMap                                              # roleCustomOptions
    | K_SUPERUSER EQ value=BOOLEAN                                              # roleSuperuser
    | K_LOGIN EQ value=BOOLEAN                                                  # roleLogin
    | K_ACCESS K_TO K_ALL K_DATACENTERS                                         # roleAccessAllDatacenters
    | K_ACCESS K_TO K_DATACENTERS LBRACE STRING_LITERAL ( COMMA STRING_LITERAL )* RBRACE  # roleAccessDatacenters
    | K_ACCESS K_FROM K_ALL K_CIDRS                                             # roleAccessAllCidrs
    | K_ACCESS K_FROM K_CIDRS LBRACE STRING_LITERAL ( COMMA STRING_LITERAL )* RBRACE      # roleAccessCidrs
    ;

grantPermissionsStatement
    : K_GRANT permissionOrAll K_ON resource K_TO grantee=roleName
    ;

revokePermissionsStatement
    : K_REVOKE permissionOrAll K_ON resource K_FROM revokee=roleName
    ;

listPermissionsStatement
    : K_LIST permissionOrAll ( K_ON resource )? ( K_OF role=roleName )? norecursive=K_NORECURSIVE?
    ;

permissionOrAll
    : K_ALL K_PERMISSIONS?                                            # allPermissions
    | permission K_PERMISSION? ( COMMA permission K_PERMISSION? )*    # permissionList
    ;

permission
    : K_CREATE | K_ALTER | K_DROP | K_SELECT | K_MODIFY | K_AUTHORIZE | K_DESCRIBE | K_EXECUTE | K_UNMASK | K_SELECT_MASKED
    ;

resource
    : K_ALL K_KEYSPACES                                               # allKeyspacesResource
    | K_ALL K_TABLES K_IN K_KEYSPACE keyspace=ident                   # allTablesResource
    | keyspaceKeyword keyspace=ident                                  # keyspaceResource
    | K_TABLE? table=tableName                                        # tableResource
    | K_ALL K_ROLES                                                   # allRolesResource
    | K_ROLE role=roleName                                            # roleResource
    | K_ALL K_FUNCTIONS ( K_IN keyspaceKeyword keyspace=ident )?      # allFunctionsResource
    | K_FUNCTION function=functionName signature=functionSignature    # functionResource
    | K_ALL K_MBEANS                                                  # allMbeansResource
    | kind=( K_MBEAN | K_MBEANS ) mbean=STRING_LITERAL                # mbeanResource
    ;

// =============================================================================================
// DESCRIBE

describeStatement
    : ( K_DESCRIBE | K_DESC ) describeTarget ( K_WITH K_INTERNALS )?
    ;

describeTarget
    : K_CLUSTER                                           # describeCluster
    | full=K_FULL? K_SCHEMA                               # describeSchema
    | K_KEYSPACES                                         # describeKeyspaces
    | only=K_ONLY? K_KEYSPACE ( keyspace=ident )?         # describeKeyspace
    | K_TABLES                                            # describeTables
    | K_TABLE table=tableName                             # describeTable
    | K_INDEX index=tableName                             # describeIndex
    | K_MATERIALIZED K_VIEW view=tableName                # describeMaterializedView
    | K_TYPES                                             # describeTypes
    | K_TYPE typeName=userTypeName                        # describeType
    | K_FUNCTIONS                                         # describeFunctions
    | K_FUNCTION function=functionName                    # describeFunction
    | K_AGGREGATES                                        # describeAggregates
    | K_AGGREGATE aggregate=functionName                  # describeAggregate
    | ( keyspace=ident DOT )? name=ident                  # describeName
    ;

// =============================================================================================
// cqlsh commands (they end at the end of the line in cqlsh; see src/cql/split.ts)

consistencyStatement
    : K_CONSISTENCY level=consistencyLevel?
    ;

serialConsistencyStatement
    : K_SERIAL K_CONSISTENCY level=consistencyLevel?
    ;

consistencyLevel
    : IDENT
    | K_ALL
    | K_SERIAL
    ;

copyStatement
    : K_COPY table=tableName ( LPAREN ident ( COMMA ident )* RPAREN )?
      ( direction=K_TO ( file=STRING_LITERAL | std=K_STDOUT )
      | direction=K_FROM ( file=STRING_LITERAL | std=K_STDIN )
      )
      ( K_WITH copyOption ( K_AND copyOption )* )?
    ;

copyOption
    : name=anyWord EQ value=copyOptionValue
    ;

copyOptionValue
    : constant
    | anyWord
    ;

sourceStatement
    : K_SOURCE file=STRING_LITERAL
    ;

pagingStatement
    : K_PAGING ( K_ON | K_OFF | INTEGER )?
    ;

tracingStatement
    : K_TRACING ( K_ON | K_OFF )?
    ;

expandStatement
    : K_EXPAND ( K_ON | K_OFF )?
    ;

captureStatement
    : K_CAPTURE ( file=STRING_LITERAL | K_OFF )?
    ;

loginStatement
    : K_LOGIN user=userName ( password=STRING_LITERAL )?
    ;

clearStatement
    : K_CLEAR
    | K_CLS
    ;

// =============================================================================================
// Terms and literals

constant
    : STRING_LITERAL          # stringConstant
    | INTEGER                 # integerConstant
    | FLOAT                   # floatConstant
    | BOOLEAN                 # booleanConstant
    | DURATION                # durationConstant
    | UUID                    # uuidConstant
    | HEXNUMBER               # hexConstant
    | K_NAN                   # nanConstant
    | K_NEGATIVE_NAN          # nanConstant
    | K_INFINITY              # infinityConstant
    | K_NEGATIVE_INFINITY     # negativeInfinityConstant
    ;

marker
    : QMARK                   # anonymousMarker
    | COLON name=ident        # namedMarker
    ;

intValue
    : INTEGER
    | marker
    ;

term
    : termAddition
    ;

termAddition
    : termMultiplication ( ops+=( PLUS | MINUS ) termMultiplication )*
    ;

termMultiplication
    : termGroup ( ops+=( STAR | SLASH | PERCENT ) termGroup )*
    ;

termGroup
    : simpleTerm              # termSimple
    | MINUS simpleTerm        # termNegation
    ;

simpleTerm
    : valueLiteral                                               # termValue
    | functionName LPAREN ( term ( COMMA term )* )? RPAREN       # termFunctionCall
    | LPAREN type=comparatorType RPAREN simpleTerm               # termTypeCast
    | K_CAST LPAREN simpleTerm K_AS type=nativeType RPAREN       # termCast
    ;

valueLiteral
    : constant                # constantValue
    | collectionLiteral       # collectionValue
    | usertypeLiteral         # usertypeValue
    | tupleLiteral            # tupleValue
    | K_NULL                  # nullValue
    | marker                  # markerValue
    ;

collectionLiteral
    : LBRACKET ( term ( COMMA term )* )? RBRACKET                                # listLiteral
    | LBRACE term COLON term ( COMMA term COLON term )* RBRACE                   # mapLiteral
    | LBRACE term ( COMMA term )* RBRACE                                         # setLiteral
    | LBRACE RBRACE                                                              # emptyBracesLiteral
    ;

usertypeLiteral
    : LBRACE usertypeField ( COMMA usertypeField )* RBRACE
    ;

usertypeField
    : field=ident COLON value=term
    ;

tupleLiteral
    : LPAREN term ( COMMA term )* RPAREN
    ;

// =============================================================================================
// Types

comparatorType
    : nativeType                                                        # nativeTypeRef
    | K_MAP LT key=comparatorType COMMA value=comparatorType GT         # mapType
    | K_LIST LT element=comparatorType GT                               # listType
    | K_SET LT element=comparatorType GT                                # setType
    | K_TUPLE LT comparatorType ( COMMA comparatorType )* GT            # tupleType
    | K_VECTOR LT element=comparatorType COMMA dimension=INTEGER GT     # vectorType
    | K_FROZEN LT inner=comparatorType GT                               # frozenType
    | userTypeName                                                      # userTypeRef
    | STRING_LITERAL                                                    # customType
    ;

nativeType
    : K_ASCII | K_BIGINT | K_BLOB | K_BOOLEAN | K_COUNTER | K_DECIMAL | K_DOUBLE | K_DURATION
    | K_FLOAT | K_INET | K_INT | K_SMALLINT | K_TEXT | K_TIMESTAMP | K_TINYINT | K_UUID
    | K_VARCHAR | K_VARINT | K_TIMEUUID | K_DATE | K_TIME
    ;

// =============================================================================================
// Names

tableName
    : ( keyspace=ident DOT )? name=ident
    ;

userTypeName
    : ( keyspace=ident DOT )? name=nonTypeIdent
    ;

functionName
    : ( keyspace=ident DOT )? name=allowedFunctionName
    ;

roleName
    : ident
    | STRING_LITERAL
    ;

// A column reference that may also be the legacy empty name `""`.
cident
    : ident
    | EMPTY_QUOTED_NAME
    ;

ident
    : plainIdent
    | QUOTED_NAME
    | unreservedKeyword
    ;

// An unquoted identifier: IDENT, or a cqlsh/Keyspaces word that Cassandra lexes as IDENT.
plainIdent
    : IDENT
    | K_CONSISTENCY | K_SERIAL | K_COPY | K_SOURCE | K_PAGING | K_TRACING | K_EXPAND | K_CAPTURE
    | K_CLEAR | K_CLS | K_OFF | K_STDIN | K_STDOUT | K_TAGS | K_RESTORE
    ;

// A user type name: no native type names (nor the function-like keywords).
nonTypeIdent
    : plainIdent
    | QUOTED_NAME
    | basicUnreservedKeyword
    | K_KEY
    ;

allowedFunctionName
    : plainIdent
    | QUOTED_NAME
    | basicUnreservedKeyword
    | nativeType
    | K_TOKEN
    | K_COUNT
    ;

unreservedKeyword
    : basicUnreservedKeyword
    | nativeType
    | K_TTL | K_COUNT | K_WRITETIME | K_MAXWRITETIME | K_KEY | K_CAST | K_JSON | K_DISTINCT
    ;

basicUnreservedKeyword
    : K_KEYS | K_AS | K_CLUSTER | K_CLUSTERING | K_COMPACT | K_STORAGE | K_TABLES | K_TYPE | K_TYPES
    | K_VALUES | K_MAP | K_LIST | K_FILTERING | K_PERMISSION | K_PERMISSIONS | K_KEYSPACES | K_ALL
    | K_USER | K_USERS | K_ROLE | K_ROLES | K_IDENTITY | K_SUPERUSER | K_NOSUPERUSER | K_LOGIN
    | K_NOLOGIN | K_OPTIONS | K_PASSWORD | K_HASHED | K_EXISTS | K_CUSTOM | K_TRIGGER | K_CONTAINS
    | K_INTERNALS | K_ONLY | K_STATIC | K_FROZEN | K_TUPLE | K_FUNCTION | K_FUNCTIONS | K_AGGREGATE
    | K_AGGREGATES | K_SFUNC | K_STYPE | K_FINALFUNC | K_INITCOND | K_RETURNS | K_LANGUAGE | K_CALLED
    | K_INPUT | K_LIKE | K_PER | K_PARTITION | K_GROUP | K_DATACENTERS | K_CIDRS | K_ACCESS | K_DEFAULT
    | K_MBEAN | K_MBEANS | K_REPLACE | K_UNSET | K_MASKED | K_UNMASK | K_SELECT_MASKED | K_VECTOR | K_ANN
    ;

// Any word, reserved or not (cqlsh COPY option names and values).
anyWord
    : ident
    | K_SELECT | K_FROM | K_WHERE | K_AND | K_ENTRIES | K_FULL | K_INSERT | K_UPDATE | K_WITH | K_LIMIT
    | K_USING | K_USE | K_SET | K_BEGIN | K_UNLOGGED | K_BATCH | K_APPLY | K_TRUNCATE | K_DELETE | K_IN
    | K_CREATE | K_SCHEMA | K_KEYSPACE | K_TABLE | K_MATERIALIZED | K_VIEW | K_INDEX | K_ON | K_TO | K_DROP
    | K_PRIMARY | K_INTO | K_ALTER | K_RENAME | K_ADD | K_ORDER | K_BY | K_ASC | K_DESC | K_ALLOW | K_IF
    | K_IS | K_GRANT | K_OF | K_REVOKE | K_MODIFY | K_AUTHORIZE | K_DESCRIBE | K_EXECUTE | K_NORECURSIVE
    | K_TOKEN | K_NULL | K_NOT | K_NAN | K_INFINITY | K_OR
    ;
