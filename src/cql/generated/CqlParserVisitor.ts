// @ts-nocheck
import { AbstractParseTreeVisitor } from "antlr4ng";


import { SingleStatementContext } from "./CqlParser.js";
import { StatementContext } from "./CqlParser.js";
import { UseStatementContext } from "./CqlParser.js";
import { SelectStatementContext } from "./CqlParser.js";
import { SelectorListContext } from "./CqlParser.js";
import { SelectAllContext } from "./CqlParser.js";
import { SelectorContext } from "./CqlParser.js";
import { UnaliasedSelectorContext } from "./CqlParser.js";
import { SelectionAdditionContext } from "./CqlParser.js";
import { SelectionMultiplicationContext } from "./CqlParser.js";
import { SelectionGroupPlainContext } from "./CqlParser.js";
import { SelectionGroupNegationContext } from "./CqlParser.js";
import { FieldSelectorModifierContext } from "./CqlParser.js";
import { ElementSelectorModifierContext } from "./CqlParser.js";
import { SubSelectionElementContext } from "./CqlParser.js";
import { SubSelectionSliceContext } from "./CqlParser.js";
import { SubSelectionSliceToContext } from "./CqlParser.js";
import { SelectionSimpleContext } from "./CqlParser.js";
import { SelectionTypeHintContext } from "./CqlParser.js";
import { SelectionTupleContext } from "./CqlParser.js";
import { SelectionListContext } from "./CqlParser.js";
import { SelectionMapContext } from "./CqlParser.js";
import { SelectionSetContext } from "./CqlParser.js";
import { SelectionEmptyBracesContext } from "./CqlParser.js";
import { SelectionColumnContext } from "./CqlParser.js";
import { SelectionValueContext } from "./CqlParser.js";
import { SelectionCountRowsContext } from "./CqlParser.js";
import { SelectionWritetimeOrTtlContext } from "./CqlParser.js";
import { SelectionCastContext } from "./CqlParser.js";
import { SelectionFunctionContext } from "./CqlParser.js";
import { SelectionLiteralContext } from "./CqlParser.js";
import { WhereClauseContext } from "./CqlParser.js";
import { RelationOrExpressionContext } from "./CqlParser.js";
import { CustomIndexExpressionContext } from "./CqlParser.js";
import { RelationCompareContext } from "./CqlParser.js";
import { RelationLikeContext } from "./CqlParser.js";
import { RelationIsNotNullContext } from "./CqlParser.js";
import { RelationInContext } from "./CqlParser.js";
import { RelationContainsContext } from "./CqlParser.js";
import { RelationTokenContext } from "./CqlParser.js";
import { RelationMapElementContext } from "./CqlParser.js";
import { RelationMultiInContext } from "./CqlParser.js";
import { RelationMultiCompareContext } from "./CqlParser.js";
import { RelationParenthesizedContext } from "./CqlParser.js";
import { RelationTypeContext } from "./CqlParser.js";
import { TupleOfIdentifiersContext } from "./CqlParser.js";
import { InTermListContext } from "./CqlParser.js";
import { InBindMarkerContext } from "./CqlParser.js";
import { MultiInEmptyContext } from "./CqlParser.js";
import { MultiInBindMarkerContext } from "./CqlParser.js";
import { MultiInTuplesContext } from "./CqlParser.js";
import { MultiInMarkersContext } from "./CqlParser.js";
import { MultiColumnValueContext } from "./CqlParser.js";
import { InMarkerContext } from "./CqlParser.js";
import { GroupByClauseContext } from "./CqlParser.js";
import { OrderByClauseContext } from "./CqlParser.js";
import { InsertStatementContext } from "./CqlParser.js";
import { InsertValuesContext } from "./CqlParser.js";
import { InsertJsonContext } from "./CqlParser.js";
import { JsonValueContext } from "./CqlParser.js";
import { UsingClauseContext } from "./CqlParser.js";
import { UsingTimestampContext } from "./CqlParser.js";
import { UsingTtlContext } from "./CqlParser.js";
import { UpdateStatementContext } from "./CqlParser.js";
import { AssignOrPrependContext } from "./CqlParser.js";
import { AddOrSubtractContext } from "./CqlParser.js";
import { AddSignedIntegerContext } from "./CqlParser.js";
import { ShorthandAddOrSubtractContext } from "./CqlParser.js";
import { SetElementContext } from "./CqlParser.js";
import { SetFieldContext } from "./CqlParser.js";
import { SignedIntegerContext } from "./CqlParser.js";
import { UpdateConditionsContext } from "./CqlParser.js";
import { ConditionCompareContext } from "./CqlParser.js";
import { ConditionContainsContext } from "./CqlParser.js";
import { ConditionInContext } from "./CqlParser.js";
import { ConditionElementCompareContext } from "./CqlParser.js";
import { ConditionElementInContext } from "./CqlParser.js";
import { ConditionFieldCompareContext } from "./CqlParser.js";
import { ConditionFieldInContext } from "./CqlParser.js";
import { DeleteStatementContext } from "./CqlParser.js";
import { DeleteSelectionContext } from "./CqlParser.js";
import { DeleteColumnContext } from "./CqlParser.js";
import { DeleteElementContext } from "./CqlParser.js";
import { DeleteFieldContext } from "./CqlParser.js";
import { BatchStatementContext } from "./CqlParser.js";
import { BatchChildContext } from "./CqlParser.js";
import { TruncateStatementContext } from "./CqlParser.js";
import { IfNotExistsContext } from "./CqlParser.js";
import { IfExistsContext } from "./CqlParser.js";
import { KeyspaceKeywordContext } from "./CqlParser.js";
import { CreateKeyspaceStatementContext } from "./CqlParser.js";
import { AlterKeyspaceStatementContext } from "./CqlParser.js";
import { AlterKeyspaceWithContext } from "./CqlParser.js";
import { AlterKeyspaceAddTagsContext } from "./CqlParser.js";
import { AlterKeyspaceDropTagsContext } from "./CqlParser.js";
import { DropKeyspaceStatementContext } from "./CqlParser.js";
import { CreateTableStatementContext } from "./CqlParser.js";
import { TableElementContext } from "./CqlParser.js";
import { ColumnDefinitionContext } from "./CqlParser.js";
import { PrimaryKeyDefinitionContext } from "./CqlParser.js";
import { SinglePartitionKeyContext } from "./CqlParser.js";
import { CompositePartitionKeyContext } from "./CqlParser.js";
import { DefaultMaskContext } from "./CqlParser.js";
import { FunctionMaskContext } from "./CqlParser.js";
import { TableOptionContext } from "./CqlParser.js";
import { CompactStorageContext } from "./CqlParser.js";
import { ClusteringOrderByContext } from "./CqlParser.js";
import { ClusteringOrderContext } from "./CqlParser.js";
import { AlterTableStatementContext } from "./CqlParser.js";
import { AlterColumnTypeContext } from "./CqlParser.js";
import { AlterColumnMaskContext } from "./CqlParser.js";
import { AlterColumnDropMaskContext } from "./CqlParser.js";
import { AddColumnsContext } from "./CqlParser.js";
import { DropColumnsContext } from "./CqlParser.js";
import { RenameColumnsContext } from "./CqlParser.js";
import { DropCompactStorageContext } from "./CqlParser.js";
import { AlterTableWithContext } from "./CqlParser.js";
import { AlterTableAddTagsContext } from "./CqlParser.js";
import { AlterTableDropTagsContext } from "./CqlParser.js";
import { AddColumnDefinitionContext } from "./CqlParser.js";
import { RenameColumnContext } from "./CqlParser.js";
import { DropTableStatementContext } from "./CqlParser.js";
import { CreateTypeStatementContext } from "./CqlParser.js";
import { TypeFieldContext } from "./CqlParser.js";
import { AlterTypeStatementContext } from "./CqlParser.js";
import { AlterTypeFieldTypeContext } from "./CqlParser.js";
import { AlterTypeAddFieldContext } from "./CqlParser.js";
import { AlterTypeRenameFieldsContext } from "./CqlParser.js";
import { RenameFieldContext } from "./CqlParser.js";
import { DropTypeStatementContext } from "./CqlParser.js";
import { CreateIndexStatementContext } from "./CqlParser.js";
import { IndexTargetColumnContext } from "./CqlParser.js";
import { IndexTargetCollectionContext } from "./CqlParser.js";
import { DropIndexStatementContext } from "./CqlParser.js";
import { QualifiedIndexNameContext } from "./CqlParser.js";
import { CreateMaterializedViewStatementContext } from "./CqlParser.js";
import { AlterMaterializedViewStatementContext } from "./CqlParser.js";
import { DropMaterializedViewStatementContext } from "./CqlParser.js";
import { CreateFunctionStatementContext } from "./CqlParser.js";
import { FunctionParameterContext } from "./CqlParser.js";
import { DropFunctionStatementContext } from "./CqlParser.js";
import { FunctionSignatureContext } from "./CqlParser.js";
import { CreateAggregateStatementContext } from "./CqlParser.js";
import { DropAggregateStatementContext } from "./CqlParser.js";
import { CreateTriggerStatementContext } from "./CqlParser.js";
import { DropTriggerStatementContext } from "./CqlParser.js";
import { RestoreTableStatementContext } from "./CqlParser.js";
import { PropertiesContext } from "./CqlParser.js";
import { SimplePropertyContext } from "./CqlParser.js";
import { MapPropertyContext } from "./CqlParser.js";
import { PropertyValueContext } from "./CqlParser.js";
import { PropertyMapContext } from "./CqlParser.js";
import { PropertyMapEntryContext } from "./CqlParser.js";
import { PropertyMapConstantContext } from "./CqlParser.js";
import { PropertyMapNestedContext } from "./CqlParser.js";
import { PropertyMapListContext } from "./CqlParser.js";
import { CreateUserStatementContext } from "./CqlParser.js";
import { AlterUserStatementContext } from "./CqlParser.js";
import { DropUserStatementContext } from "./CqlParser.js";
import { ListUsersStatementContext } from "./CqlParser.js";
import { UserNameContext } from "./CqlParser.js";
import { PlainPasswordContext } from "./CqlParser.js";
import { HashedPasswordContext } from "./CqlParser.js";
import { AddIdentityStatementContext } from "./CqlParser.js";
import { DropIdentityStatementContext } from "./CqlParser.js";
import { IdentityNameContext } from "./CqlParser.js";
import { CreateRoleStatementContext } from "./CqlParser.js";
import { AlterRoleStatementContext } from "./CqlParser.js";
import { DropRoleStatementContext } from "./CqlParser.js";
import { ListRolesStatementContext } from "./CqlParser.js";
import { GrantRoleStatementContext } from "./CqlParser.js";
import { RevokeRoleStatementContext } from "./CqlParser.js";
import { RoleOptionsContext } from "./CqlParser.js";
import { RolePasswordContext } from "./CqlParser.js";
import { RoleHashedPasswordContext } from "./CqlParser.js";
import { RoleCustomOptionsContext } from "./CqlParser.js";
import { RoleSuperuserContext } from "./CqlParser.js";
import { RoleLoginContext } from "./CqlParser.js";
import { RoleAccessAllDatacentersContext } from "./CqlParser.js";
import { RoleAccessDatacentersContext } from "./CqlParser.js";
import { RoleAccessAllCidrsContext } from "./CqlParser.js";
import { RoleAccessCidrsContext } from "./CqlParser.js";
import { GrantPermissionsStatementContext } from "./CqlParser.js";
import { RevokePermissionsStatementContext } from "./CqlParser.js";
import { ListPermissionsStatementContext } from "./CqlParser.js";
import { AllPermissionsContext } from "./CqlParser.js";
import { PermissionListContext } from "./CqlParser.js";
import { PermissionContext } from "./CqlParser.js";
import { AllKeyspacesResourceContext } from "./CqlParser.js";
import { AllTablesResourceContext } from "./CqlParser.js";
import { KeyspaceResourceContext } from "./CqlParser.js";
import { TableResourceContext } from "./CqlParser.js";
import { AllRolesResourceContext } from "./CqlParser.js";
import { RoleResourceContext } from "./CqlParser.js";
import { AllFunctionsResourceContext } from "./CqlParser.js";
import { FunctionResourceContext } from "./CqlParser.js";
import { AllMbeansResourceContext } from "./CqlParser.js";
import { MbeanResourceContext } from "./CqlParser.js";
import { DescribeStatementContext } from "./CqlParser.js";
import { DescribeClusterContext } from "./CqlParser.js";
import { DescribeSchemaContext } from "./CqlParser.js";
import { DescribeKeyspacesContext } from "./CqlParser.js";
import { DescribeKeyspaceContext } from "./CqlParser.js";
import { DescribeTablesContext } from "./CqlParser.js";
import { DescribeTableContext } from "./CqlParser.js";
import { DescribeIndexContext } from "./CqlParser.js";
import { DescribeMaterializedViewContext } from "./CqlParser.js";
import { DescribeTypesContext } from "./CqlParser.js";
import { DescribeTypeContext } from "./CqlParser.js";
import { DescribeFunctionsContext } from "./CqlParser.js";
import { DescribeFunctionContext } from "./CqlParser.js";
import { DescribeAggregatesContext } from "./CqlParser.js";
import { DescribeAggregateContext } from "./CqlParser.js";
import { DescribeNameContext } from "./CqlParser.js";
import { ConsistencyStatementContext } from "./CqlParser.js";
import { SerialConsistencyStatementContext } from "./CqlParser.js";
import { ConsistencyLevelContext } from "./CqlParser.js";
import { CopyStatementContext } from "./CqlParser.js";
import { CopyOptionContext } from "./CqlParser.js";
import { CopyOptionValueContext } from "./CqlParser.js";
import { SourceStatementContext } from "./CqlParser.js";
import { PagingStatementContext } from "./CqlParser.js";
import { TracingStatementContext } from "./CqlParser.js";
import { ExpandStatementContext } from "./CqlParser.js";
import { CaptureStatementContext } from "./CqlParser.js";
import { LoginStatementContext } from "./CqlParser.js";
import { ClearStatementContext } from "./CqlParser.js";
import { StringConstantContext } from "./CqlParser.js";
import { IntegerConstantContext } from "./CqlParser.js";
import { FloatConstantContext } from "./CqlParser.js";
import { BooleanConstantContext } from "./CqlParser.js";
import { DurationConstantContext } from "./CqlParser.js";
import { UuidConstantContext } from "./CqlParser.js";
import { HexConstantContext } from "./CqlParser.js";
import { NanConstantContext } from "./CqlParser.js";
import { InfinityConstantContext } from "./CqlParser.js";
import { NegativeInfinityConstantContext } from "./CqlParser.js";
import { AnonymousMarkerContext } from "./CqlParser.js";
import { NamedMarkerContext } from "./CqlParser.js";
import { IntValueContext } from "./CqlParser.js";
import { TermContext } from "./CqlParser.js";
import { TermAdditionContext } from "./CqlParser.js";
import { TermMultiplicationContext } from "./CqlParser.js";
import { TermSimpleContext } from "./CqlParser.js";
import { TermNegationContext } from "./CqlParser.js";
import { TermValueContext } from "./CqlParser.js";
import { TermFunctionCallContext } from "./CqlParser.js";
import { TermTypeCastContext } from "./CqlParser.js";
import { TermCastContext } from "./CqlParser.js";
import { ConstantValueContext } from "./CqlParser.js";
import { CollectionValueContext } from "./CqlParser.js";
import { UsertypeValueContext } from "./CqlParser.js";
import { TupleValueContext } from "./CqlParser.js";
import { NullValueContext } from "./CqlParser.js";
import { MarkerValueContext } from "./CqlParser.js";
import { ListLiteralContext } from "./CqlParser.js";
import { MapLiteralContext } from "./CqlParser.js";
import { SetLiteralContext } from "./CqlParser.js";
import { EmptyBracesLiteralContext } from "./CqlParser.js";
import { UsertypeLiteralContext } from "./CqlParser.js";
import { UsertypeFieldContext } from "./CqlParser.js";
import { TupleLiteralContext } from "./CqlParser.js";
import { NativeTypeRefContext } from "./CqlParser.js";
import { MapTypeContext } from "./CqlParser.js";
import { ListTypeContext } from "./CqlParser.js";
import { SetTypeContext } from "./CqlParser.js";
import { TupleTypeContext } from "./CqlParser.js";
import { VectorTypeContext } from "./CqlParser.js";
import { FrozenTypeContext } from "./CqlParser.js";
import { UserTypeRefContext } from "./CqlParser.js";
import { CustomTypeContext } from "./CqlParser.js";
import { NativeTypeContext } from "./CqlParser.js";
import { TableNameContext } from "./CqlParser.js";
import { UserTypeNameContext } from "./CqlParser.js";
import { FunctionNameContext } from "./CqlParser.js";
import { RoleNameContext } from "./CqlParser.js";
import { CidentContext } from "./CqlParser.js";
import { IdentContext } from "./CqlParser.js";
import { PlainIdentContext } from "./CqlParser.js";
import { NonTypeIdentContext } from "./CqlParser.js";
import { AllowedFunctionNameContext } from "./CqlParser.js";
import { UnreservedKeywordContext } from "./CqlParser.js";
import { BasicUnreservedKeywordContext } from "./CqlParser.js";
import { AnyWordContext } from "./CqlParser.js";


/**
 * This interface defines a complete generic visitor for a parse tree produced
 * by `CqlParser`.
 *
 * @param <Result> The return type of the visit operation. Use `void` for
 * operations with no return type.
 */
export class CqlParserVisitor<Result> extends AbstractParseTreeVisitor<Result> {
    /**
     * Visit a parse tree produced by `CqlParser.singleStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSingleStatement?: (ctx: SingleStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.statement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitStatement?: (ctx: StatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.useStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUseStatement?: (ctx: UseStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.selectStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectStatement?: (ctx: SelectStatementContext) => Result;
    /**
     * Visit a parse tree produced by the `selectorList`
     * labeled alternative in `CqlParser.selectors`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectorList?: (ctx: SelectorListContext) => Result;
    /**
     * Visit a parse tree produced by the `selectAll`
     * labeled alternative in `CqlParser.selectors`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectAll?: (ctx: SelectAllContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.selector`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelector?: (ctx: SelectorContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.unaliasedSelector`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUnaliasedSelector?: (ctx: UnaliasedSelectorContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.selectionAddition`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionAddition?: (ctx: SelectionAdditionContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.selectionMultiplication`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionMultiplication?: (ctx: SelectionMultiplicationContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionGroupPlain`
     * labeled alternative in `CqlParser.selectionGroup`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionGroupPlain?: (ctx: SelectionGroupPlainContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionGroupNegation`
     * labeled alternative in `CqlParser.selectionGroup`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionGroupNegation?: (ctx: SelectionGroupNegationContext) => Result;
    /**
     * Visit a parse tree produced by the `fieldSelectorModifier`
     * labeled alternative in `CqlParser.selectorModifier`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitFieldSelectorModifier?: (ctx: FieldSelectorModifierContext) => Result;
    /**
     * Visit a parse tree produced by the `elementSelectorModifier`
     * labeled alternative in `CqlParser.selectorModifier`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitElementSelectorModifier?: (ctx: ElementSelectorModifierContext) => Result;
    /**
     * Visit a parse tree produced by the `subSelectionElement`
     * labeled alternative in `CqlParser.collectionSubSelection`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSubSelectionElement?: (ctx: SubSelectionElementContext) => Result;
    /**
     * Visit a parse tree produced by the `subSelectionSlice`
     * labeled alternative in `CqlParser.collectionSubSelection`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSubSelectionSlice?: (ctx: SubSelectionSliceContext) => Result;
    /**
     * Visit a parse tree produced by the `subSelectionSliceTo`
     * labeled alternative in `CqlParser.collectionSubSelection`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSubSelectionSliceTo?: (ctx: SubSelectionSliceToContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionSimple`
     * labeled alternative in `CqlParser.selectionGroupWithoutField`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionSimple?: (ctx: SelectionSimpleContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionTypeHint`
     * labeled alternative in `CqlParser.selectionGroupWithoutField`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionTypeHint?: (ctx: SelectionTypeHintContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionTuple`
     * labeled alternative in `CqlParser.selectionGroupWithoutField`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionTuple?: (ctx: SelectionTupleContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionList`
     * labeled alternative in `CqlParser.selectionGroupWithoutField`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionList?: (ctx: SelectionListContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionMap`
     * labeled alternative in `CqlParser.selectionGroupWithoutField`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionMap?: (ctx: SelectionMapContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionSet`
     * labeled alternative in `CqlParser.selectionGroupWithoutField`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionSet?: (ctx: SelectionSetContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionEmptyBraces`
     * labeled alternative in `CqlParser.selectionGroupWithoutField`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionEmptyBraces?: (ctx: SelectionEmptyBracesContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionColumn`
     * labeled alternative in `CqlParser.simpleUnaliasedSelector`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionColumn?: (ctx: SelectionColumnContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionValue`
     * labeled alternative in `CqlParser.simpleUnaliasedSelector`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionValue?: (ctx: SelectionValueContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionCountRows`
     * labeled alternative in `CqlParser.simpleUnaliasedSelector`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionCountRows?: (ctx: SelectionCountRowsContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionWritetimeOrTtl`
     * labeled alternative in `CqlParser.simpleUnaliasedSelector`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionWritetimeOrTtl?: (ctx: SelectionWritetimeOrTtlContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionCast`
     * labeled alternative in `CqlParser.simpleUnaliasedSelector`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionCast?: (ctx: SelectionCastContext) => Result;
    /**
     * Visit a parse tree produced by the `selectionFunction`
     * labeled alternative in `CqlParser.simpleUnaliasedSelector`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionFunction?: (ctx: SelectionFunctionContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.selectionLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSelectionLiteral?: (ctx: SelectionLiteralContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.whereClause`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitWhereClause?: (ctx: WhereClauseContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.relationOrExpression`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRelationOrExpression?: (ctx: RelationOrExpressionContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.customIndexExpression`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCustomIndexExpression?: (ctx: CustomIndexExpressionContext) => Result;
    /**
     * Visit a parse tree produced by the `relationCompare`
     * labeled alternative in `CqlParser.relation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRelationCompare?: (ctx: RelationCompareContext) => Result;
    /**
     * Visit a parse tree produced by the `relationLike`
     * labeled alternative in `CqlParser.relation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRelationLike?: (ctx: RelationLikeContext) => Result;
    /**
     * Visit a parse tree produced by the `relationIsNotNull`
     * labeled alternative in `CqlParser.relation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRelationIsNotNull?: (ctx: RelationIsNotNullContext) => Result;
    /**
     * Visit a parse tree produced by the `relationIn`
     * labeled alternative in `CqlParser.relation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRelationIn?: (ctx: RelationInContext) => Result;
    /**
     * Visit a parse tree produced by the `relationContains`
     * labeled alternative in `CqlParser.relation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRelationContains?: (ctx: RelationContainsContext) => Result;
    /**
     * Visit a parse tree produced by the `relationToken`
     * labeled alternative in `CqlParser.relation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRelationToken?: (ctx: RelationTokenContext) => Result;
    /**
     * Visit a parse tree produced by the `relationMapElement`
     * labeled alternative in `CqlParser.relation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRelationMapElement?: (ctx: RelationMapElementContext) => Result;
    /**
     * Visit a parse tree produced by the `relationMultiIn`
     * labeled alternative in `CqlParser.relation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRelationMultiIn?: (ctx: RelationMultiInContext) => Result;
    /**
     * Visit a parse tree produced by the `relationMultiCompare`
     * labeled alternative in `CqlParser.relation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRelationMultiCompare?: (ctx: RelationMultiCompareContext) => Result;
    /**
     * Visit a parse tree produced by the `relationParenthesized`
     * labeled alternative in `CqlParser.relation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRelationParenthesized?: (ctx: RelationParenthesizedContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.relationType`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRelationType?: (ctx: RelationTypeContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.tupleOfIdentifiers`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTupleOfIdentifiers?: (ctx: TupleOfIdentifiersContext) => Result;
    /**
     * Visit a parse tree produced by the `inTermList`
     * labeled alternative in `CqlParser.singleColumnInValues`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitInTermList?: (ctx: InTermListContext) => Result;
    /**
     * Visit a parse tree produced by the `inBindMarker`
     * labeled alternative in `CqlParser.singleColumnInValues`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitInBindMarker?: (ctx: InBindMarkerContext) => Result;
    /**
     * Visit a parse tree produced by the `multiInEmpty`
     * labeled alternative in `CqlParser.multiColumnInValues`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitMultiInEmpty?: (ctx: MultiInEmptyContext) => Result;
    /**
     * Visit a parse tree produced by the `multiInBindMarker`
     * labeled alternative in `CqlParser.multiColumnInValues`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitMultiInBindMarker?: (ctx: MultiInBindMarkerContext) => Result;
    /**
     * Visit a parse tree produced by the `multiInTuples`
     * labeled alternative in `CqlParser.multiColumnInValues`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitMultiInTuples?: (ctx: MultiInTuplesContext) => Result;
    /**
     * Visit a parse tree produced by the `multiInMarkers`
     * labeled alternative in `CqlParser.multiColumnInValues`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitMultiInMarkers?: (ctx: MultiInMarkersContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.multiColumnValue`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitMultiColumnValue?: (ctx: MultiColumnValueContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.inMarker`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitInMarker?: (ctx: InMarkerContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.groupByClause`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitGroupByClause?: (ctx: GroupByClauseContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.orderByClause`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitOrderByClause?: (ctx: OrderByClauseContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.insertStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitInsertStatement?: (ctx: InsertStatementContext) => Result;
    /**
     * Visit a parse tree produced by the `insertValues`
     * labeled alternative in `CqlParser.insertBody`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitInsertValues?: (ctx: InsertValuesContext) => Result;
    /**
     * Visit a parse tree produced by the `insertJson`
     * labeled alternative in `CqlParser.insertBody`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitInsertJson?: (ctx: InsertJsonContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.jsonValue`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitJsonValue?: (ctx: JsonValueContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.usingClause`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUsingClause?: (ctx: UsingClauseContext) => Result;
    /**
     * Visit a parse tree produced by the `usingTimestamp`
     * labeled alternative in `CqlParser.usingClauseObjective`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUsingTimestamp?: (ctx: UsingTimestampContext) => Result;
    /**
     * Visit a parse tree produced by the `usingTtl`
     * labeled alternative in `CqlParser.usingClauseObjective`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUsingTtl?: (ctx: UsingTtlContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.updateStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUpdateStatement?: (ctx: UpdateStatementContext) => Result;
    /**
     * Visit a parse tree produced by the `assignOrPrepend`
     * labeled alternative in `CqlParser.columnOperation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAssignOrPrepend?: (ctx: AssignOrPrependContext) => Result;
    /**
     * Visit a parse tree produced by the `addOrSubtract`
     * labeled alternative in `CqlParser.columnOperation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAddOrSubtract?: (ctx: AddOrSubtractContext) => Result;
    /**
     * Visit a parse tree produced by the `addSignedInteger`
     * labeled alternative in `CqlParser.columnOperation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAddSignedInteger?: (ctx: AddSignedIntegerContext) => Result;
    /**
     * Visit a parse tree produced by the `shorthandAddOrSubtract`
     * labeled alternative in `CqlParser.columnOperation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitShorthandAddOrSubtract?: (ctx: ShorthandAddOrSubtractContext) => Result;
    /**
     * Visit a parse tree produced by the `setElement`
     * labeled alternative in `CqlParser.columnOperation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSetElement?: (ctx: SetElementContext) => Result;
    /**
     * Visit a parse tree produced by the `setField`
     * labeled alternative in `CqlParser.columnOperation`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSetField?: (ctx: SetFieldContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.signedInteger`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSignedInteger?: (ctx: SignedIntegerContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.updateConditions`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUpdateConditions?: (ctx: UpdateConditionsContext) => Result;
    /**
     * Visit a parse tree produced by the `conditionCompare`
     * labeled alternative in `CqlParser.columnCondition`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitConditionCompare?: (ctx: ConditionCompareContext) => Result;
    /**
     * Visit a parse tree produced by the `conditionContains`
     * labeled alternative in `CqlParser.columnCondition`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitConditionContains?: (ctx: ConditionContainsContext) => Result;
    /**
     * Visit a parse tree produced by the `conditionIn`
     * labeled alternative in `CqlParser.columnCondition`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitConditionIn?: (ctx: ConditionInContext) => Result;
    /**
     * Visit a parse tree produced by the `conditionElementCompare`
     * labeled alternative in `CqlParser.columnCondition`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitConditionElementCompare?: (ctx: ConditionElementCompareContext) => Result;
    /**
     * Visit a parse tree produced by the `conditionElementIn`
     * labeled alternative in `CqlParser.columnCondition`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitConditionElementIn?: (ctx: ConditionElementInContext) => Result;
    /**
     * Visit a parse tree produced by the `conditionFieldCompare`
     * labeled alternative in `CqlParser.columnCondition`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitConditionFieldCompare?: (ctx: ConditionFieldCompareContext) => Result;
    /**
     * Visit a parse tree produced by the `conditionFieldIn`
     * labeled alternative in `CqlParser.columnCondition`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitConditionFieldIn?: (ctx: ConditionFieldInContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.deleteStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDeleteStatement?: (ctx: DeleteStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.deleteSelection`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDeleteSelection?: (ctx: DeleteSelectionContext) => Result;
    /**
     * Visit a parse tree produced by the `deleteColumn`
     * labeled alternative in `CqlParser.deleteOp`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDeleteColumn?: (ctx: DeleteColumnContext) => Result;
    /**
     * Visit a parse tree produced by the `deleteElement`
     * labeled alternative in `CqlParser.deleteOp`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDeleteElement?: (ctx: DeleteElementContext) => Result;
    /**
     * Visit a parse tree produced by the `deleteField`
     * labeled alternative in `CqlParser.deleteOp`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDeleteField?: (ctx: DeleteFieldContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.batchStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitBatchStatement?: (ctx: BatchStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.batchChild`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitBatchChild?: (ctx: BatchChildContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.truncateStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTruncateStatement?: (ctx: TruncateStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.ifNotExists`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitIfNotExists?: (ctx: IfNotExistsContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.ifExists`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitIfExists?: (ctx: IfExistsContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.keyspaceKeyword`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitKeyspaceKeyword?: (ctx: KeyspaceKeywordContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.createKeyspaceStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCreateKeyspaceStatement?: (ctx: CreateKeyspaceStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.alterKeyspaceStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterKeyspaceStatement?: (ctx: AlterKeyspaceStatementContext) => Result;
    /**
     * Visit a parse tree produced by the `alterKeyspaceWith`
     * labeled alternative in `CqlParser.alterKeyspaceInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterKeyspaceWith?: (ctx: AlterKeyspaceWithContext) => Result;
    /**
     * Visit a parse tree produced by the `alterKeyspaceAddTags`
     * labeled alternative in `CqlParser.alterKeyspaceInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterKeyspaceAddTags?: (ctx: AlterKeyspaceAddTagsContext) => Result;
    /**
     * Visit a parse tree produced by the `alterKeyspaceDropTags`
     * labeled alternative in `CqlParser.alterKeyspaceInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterKeyspaceDropTags?: (ctx: AlterKeyspaceDropTagsContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.dropKeyspaceStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropKeyspaceStatement?: (ctx: DropKeyspaceStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.createTableStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCreateTableStatement?: (ctx: CreateTableStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.tableElement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTableElement?: (ctx: TableElementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.columnDefinition`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitColumnDefinition?: (ctx: ColumnDefinitionContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.primaryKeyDefinition`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitPrimaryKeyDefinition?: (ctx: PrimaryKeyDefinitionContext) => Result;
    /**
     * Visit a parse tree produced by the `singlePartitionKey`
     * labeled alternative in `CqlParser.partitionKey`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSinglePartitionKey?: (ctx: SinglePartitionKeyContext) => Result;
    /**
     * Visit a parse tree produced by the `compositePartitionKey`
     * labeled alternative in `CqlParser.partitionKey`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCompositePartitionKey?: (ctx: CompositePartitionKeyContext) => Result;
    /**
     * Visit a parse tree produced by the `defaultMask`
     * labeled alternative in `CqlParser.columnMask`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDefaultMask?: (ctx: DefaultMaskContext) => Result;
    /**
     * Visit a parse tree produced by the `functionMask`
     * labeled alternative in `CqlParser.columnMask`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitFunctionMask?: (ctx: FunctionMaskContext) => Result;
    /**
     * Visit a parse tree produced by the `tableOption`
     * labeled alternative in `CqlParser.tableProperty`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTableOption?: (ctx: TableOptionContext) => Result;
    /**
     * Visit a parse tree produced by the `compactStorage`
     * labeled alternative in `CqlParser.tableProperty`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCompactStorage?: (ctx: CompactStorageContext) => Result;
    /**
     * Visit a parse tree produced by the `clusteringOrderBy`
     * labeled alternative in `CqlParser.tableProperty`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitClusteringOrderBy?: (ctx: ClusteringOrderByContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.clusteringOrder`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitClusteringOrder?: (ctx: ClusteringOrderContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.alterTableStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterTableStatement?: (ctx: AlterTableStatementContext) => Result;
    /**
     * Visit a parse tree produced by the `alterColumnType`
     * labeled alternative in `CqlParser.alterTableInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterColumnType?: (ctx: AlterColumnTypeContext) => Result;
    /**
     * Visit a parse tree produced by the `alterColumnMask`
     * labeled alternative in `CqlParser.alterTableInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterColumnMask?: (ctx: AlterColumnMaskContext) => Result;
    /**
     * Visit a parse tree produced by the `alterColumnDropMask`
     * labeled alternative in `CqlParser.alterTableInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterColumnDropMask?: (ctx: AlterColumnDropMaskContext) => Result;
    /**
     * Visit a parse tree produced by the `addColumns`
     * labeled alternative in `CqlParser.alterTableInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAddColumns?: (ctx: AddColumnsContext) => Result;
    /**
     * Visit a parse tree produced by the `dropColumns`
     * labeled alternative in `CqlParser.alterTableInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropColumns?: (ctx: DropColumnsContext) => Result;
    /**
     * Visit a parse tree produced by the `renameColumns`
     * labeled alternative in `CqlParser.alterTableInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRenameColumns?: (ctx: RenameColumnsContext) => Result;
    /**
     * Visit a parse tree produced by the `dropCompactStorage`
     * labeled alternative in `CqlParser.alterTableInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropCompactStorage?: (ctx: DropCompactStorageContext) => Result;
    /**
     * Visit a parse tree produced by the `alterTableWith`
     * labeled alternative in `CqlParser.alterTableInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterTableWith?: (ctx: AlterTableWithContext) => Result;
    /**
     * Visit a parse tree produced by the `alterTableAddTags`
     * labeled alternative in `CqlParser.alterTableInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterTableAddTags?: (ctx: AlterTableAddTagsContext) => Result;
    /**
     * Visit a parse tree produced by the `alterTableDropTags`
     * labeled alternative in `CqlParser.alterTableInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterTableDropTags?: (ctx: AlterTableDropTagsContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.addColumnDefinition`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAddColumnDefinition?: (ctx: AddColumnDefinitionContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.renameColumn`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRenameColumn?: (ctx: RenameColumnContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.dropTableStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropTableStatement?: (ctx: DropTableStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.createTypeStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCreateTypeStatement?: (ctx: CreateTypeStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.typeField`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTypeField?: (ctx: TypeFieldContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.alterTypeStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterTypeStatement?: (ctx: AlterTypeStatementContext) => Result;
    /**
     * Visit a parse tree produced by the `alterTypeFieldType`
     * labeled alternative in `CqlParser.alterTypeInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterTypeFieldType?: (ctx: AlterTypeFieldTypeContext) => Result;
    /**
     * Visit a parse tree produced by the `alterTypeAddField`
     * labeled alternative in `CqlParser.alterTypeInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterTypeAddField?: (ctx: AlterTypeAddFieldContext) => Result;
    /**
     * Visit a parse tree produced by the `alterTypeRenameFields`
     * labeled alternative in `CqlParser.alterTypeInstruction`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterTypeRenameFields?: (ctx: AlterTypeRenameFieldsContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.renameField`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRenameField?: (ctx: RenameFieldContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.dropTypeStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropTypeStatement?: (ctx: DropTypeStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.createIndexStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCreateIndexStatement?: (ctx: CreateIndexStatementContext) => Result;
    /**
     * Visit a parse tree produced by the `indexTargetColumn`
     * labeled alternative in `CqlParser.indexTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitIndexTargetColumn?: (ctx: IndexTargetColumnContext) => Result;
    /**
     * Visit a parse tree produced by the `indexTargetCollection`
     * labeled alternative in `CqlParser.indexTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitIndexTargetCollection?: (ctx: IndexTargetCollectionContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.dropIndexStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropIndexStatement?: (ctx: DropIndexStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.qualifiedIndexName`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitQualifiedIndexName?: (ctx: QualifiedIndexNameContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.createMaterializedViewStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCreateMaterializedViewStatement?: (ctx: CreateMaterializedViewStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.alterMaterializedViewStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterMaterializedViewStatement?: (ctx: AlterMaterializedViewStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.dropMaterializedViewStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropMaterializedViewStatement?: (ctx: DropMaterializedViewStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.createFunctionStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCreateFunctionStatement?: (ctx: CreateFunctionStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.functionParameter`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitFunctionParameter?: (ctx: FunctionParameterContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.dropFunctionStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropFunctionStatement?: (ctx: DropFunctionStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.functionSignature`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitFunctionSignature?: (ctx: FunctionSignatureContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.createAggregateStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCreateAggregateStatement?: (ctx: CreateAggregateStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.dropAggregateStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropAggregateStatement?: (ctx: DropAggregateStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.createTriggerStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCreateTriggerStatement?: (ctx: CreateTriggerStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.dropTriggerStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropTriggerStatement?: (ctx: DropTriggerStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.restoreTableStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRestoreTableStatement?: (ctx: RestoreTableStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.properties`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitProperties?: (ctx: PropertiesContext) => Result;
    /**
     * Visit a parse tree produced by the `simpleProperty`
     * labeled alternative in `CqlParser.property`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSimpleProperty?: (ctx: SimplePropertyContext) => Result;
    /**
     * Visit a parse tree produced by the `mapProperty`
     * labeled alternative in `CqlParser.property`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitMapProperty?: (ctx: MapPropertyContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.propertyValue`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitPropertyValue?: (ctx: PropertyValueContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.propertyMap`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitPropertyMap?: (ctx: PropertyMapContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.propertyMapEntry`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitPropertyMapEntry?: (ctx: PropertyMapEntryContext) => Result;
    /**
     * Visit a parse tree produced by the `propertyMapConstant`
     * labeled alternative in `CqlParser.propertyMapValue`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitPropertyMapConstant?: (ctx: PropertyMapConstantContext) => Result;
    /**
     * Visit a parse tree produced by the `propertyMapNested`
     * labeled alternative in `CqlParser.propertyMapValue`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitPropertyMapNested?: (ctx: PropertyMapNestedContext) => Result;
    /**
     * Visit a parse tree produced by the `propertyMapList`
     * labeled alternative in `CqlParser.propertyMapValue`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitPropertyMapList?: (ctx: PropertyMapListContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.createUserStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCreateUserStatement?: (ctx: CreateUserStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.alterUserStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterUserStatement?: (ctx: AlterUserStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.dropUserStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropUserStatement?: (ctx: DropUserStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.listUsersStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitListUsersStatement?: (ctx: ListUsersStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.userName`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUserName?: (ctx: UserNameContext) => Result;
    /**
     * Visit a parse tree produced by the `plainPassword`
     * labeled alternative in `CqlParser.userPassword`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitPlainPassword?: (ctx: PlainPasswordContext) => Result;
    /**
     * Visit a parse tree produced by the `hashedPassword`
     * labeled alternative in `CqlParser.userPassword`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitHashedPassword?: (ctx: HashedPasswordContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.addIdentityStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAddIdentityStatement?: (ctx: AddIdentityStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.dropIdentityStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropIdentityStatement?: (ctx: DropIdentityStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.identityName`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitIdentityName?: (ctx: IdentityNameContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.createRoleStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCreateRoleStatement?: (ctx: CreateRoleStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.alterRoleStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAlterRoleStatement?: (ctx: AlterRoleStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.dropRoleStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDropRoleStatement?: (ctx: DropRoleStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.listRolesStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitListRolesStatement?: (ctx: ListRolesStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.grantRoleStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitGrantRoleStatement?: (ctx: GrantRoleStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.revokeRoleStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRevokeRoleStatement?: (ctx: RevokeRoleStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.roleOptions`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRoleOptions?: (ctx: RoleOptionsContext) => Result;
    /**
     * Visit a parse tree produced by the `rolePassword`
     * labeled alternative in `CqlParser.roleOption`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRolePassword?: (ctx: RolePasswordContext) => Result;
    /**
     * Visit a parse tree produced by the `roleHashedPassword`
     * labeled alternative in `CqlParser.roleOption`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRoleHashedPassword?: (ctx: RoleHashedPasswordContext) => Result;
    /**
     * Visit a parse tree produced by the `roleCustomOptions`
     * labeled alternative in `CqlParser.roleOption`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRoleCustomOptions?: (ctx: RoleCustomOptionsContext) => Result;
    /**
     * Visit a parse tree produced by the `roleSuperuser`
     * labeled alternative in `CqlParser.roleOption`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRoleSuperuser?: (ctx: RoleSuperuserContext) => Result;
    /**
     * Visit a parse tree produced by the `roleLogin`
     * labeled alternative in `CqlParser.roleOption`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRoleLogin?: (ctx: RoleLoginContext) => Result;
    /**
     * Visit a parse tree produced by the `roleAccessAllDatacenters`
     * labeled alternative in `CqlParser.roleOption`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRoleAccessAllDatacenters?: (ctx: RoleAccessAllDatacentersContext) => Result;
    /**
     * Visit a parse tree produced by the `roleAccessDatacenters`
     * labeled alternative in `CqlParser.roleOption`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRoleAccessDatacenters?: (ctx: RoleAccessDatacentersContext) => Result;
    /**
     * Visit a parse tree produced by the `roleAccessAllCidrs`
     * labeled alternative in `CqlParser.roleOption`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRoleAccessAllCidrs?: (ctx: RoleAccessAllCidrsContext) => Result;
    /**
     * Visit a parse tree produced by the `roleAccessCidrs`
     * labeled alternative in `CqlParser.roleOption`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRoleAccessCidrs?: (ctx: RoleAccessCidrsContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.grantPermissionsStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitGrantPermissionsStatement?: (ctx: GrantPermissionsStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.revokePermissionsStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRevokePermissionsStatement?: (ctx: RevokePermissionsStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.listPermissionsStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitListPermissionsStatement?: (ctx: ListPermissionsStatementContext) => Result;
    /**
     * Visit a parse tree produced by the `allPermissions`
     * labeled alternative in `CqlParser.permissionOrAll`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAllPermissions?: (ctx: AllPermissionsContext) => Result;
    /**
     * Visit a parse tree produced by the `permissionList`
     * labeled alternative in `CqlParser.permissionOrAll`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitPermissionList?: (ctx: PermissionListContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.permission`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitPermission?: (ctx: PermissionContext) => Result;
    /**
     * Visit a parse tree produced by the `allKeyspacesResource`
     * labeled alternative in `CqlParser.resource`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAllKeyspacesResource?: (ctx: AllKeyspacesResourceContext) => Result;
    /**
     * Visit a parse tree produced by the `allTablesResource`
     * labeled alternative in `CqlParser.resource`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAllTablesResource?: (ctx: AllTablesResourceContext) => Result;
    /**
     * Visit a parse tree produced by the `keyspaceResource`
     * labeled alternative in `CqlParser.resource`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitKeyspaceResource?: (ctx: KeyspaceResourceContext) => Result;
    /**
     * Visit a parse tree produced by the `tableResource`
     * labeled alternative in `CqlParser.resource`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTableResource?: (ctx: TableResourceContext) => Result;
    /**
     * Visit a parse tree produced by the `allRolesResource`
     * labeled alternative in `CqlParser.resource`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAllRolesResource?: (ctx: AllRolesResourceContext) => Result;
    /**
     * Visit a parse tree produced by the `roleResource`
     * labeled alternative in `CqlParser.resource`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRoleResource?: (ctx: RoleResourceContext) => Result;
    /**
     * Visit a parse tree produced by the `allFunctionsResource`
     * labeled alternative in `CqlParser.resource`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAllFunctionsResource?: (ctx: AllFunctionsResourceContext) => Result;
    /**
     * Visit a parse tree produced by the `functionResource`
     * labeled alternative in `CqlParser.resource`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitFunctionResource?: (ctx: FunctionResourceContext) => Result;
    /**
     * Visit a parse tree produced by the `allMbeansResource`
     * labeled alternative in `CqlParser.resource`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAllMbeansResource?: (ctx: AllMbeansResourceContext) => Result;
    /**
     * Visit a parse tree produced by the `mbeanResource`
     * labeled alternative in `CqlParser.resource`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitMbeanResource?: (ctx: MbeanResourceContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.describeStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeStatement?: (ctx: DescribeStatementContext) => Result;
    /**
     * Visit a parse tree produced by the `describeCluster`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeCluster?: (ctx: DescribeClusterContext) => Result;
    /**
     * Visit a parse tree produced by the `describeSchema`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeSchema?: (ctx: DescribeSchemaContext) => Result;
    /**
     * Visit a parse tree produced by the `describeKeyspaces`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeKeyspaces?: (ctx: DescribeKeyspacesContext) => Result;
    /**
     * Visit a parse tree produced by the `describeKeyspace`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeKeyspace?: (ctx: DescribeKeyspaceContext) => Result;
    /**
     * Visit a parse tree produced by the `describeTables`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeTables?: (ctx: DescribeTablesContext) => Result;
    /**
     * Visit a parse tree produced by the `describeTable`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeTable?: (ctx: DescribeTableContext) => Result;
    /**
     * Visit a parse tree produced by the `describeIndex`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeIndex?: (ctx: DescribeIndexContext) => Result;
    /**
     * Visit a parse tree produced by the `describeMaterializedView`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeMaterializedView?: (ctx: DescribeMaterializedViewContext) => Result;
    /**
     * Visit a parse tree produced by the `describeTypes`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeTypes?: (ctx: DescribeTypesContext) => Result;
    /**
     * Visit a parse tree produced by the `describeType`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeType?: (ctx: DescribeTypeContext) => Result;
    /**
     * Visit a parse tree produced by the `describeFunctions`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeFunctions?: (ctx: DescribeFunctionsContext) => Result;
    /**
     * Visit a parse tree produced by the `describeFunction`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeFunction?: (ctx: DescribeFunctionContext) => Result;
    /**
     * Visit a parse tree produced by the `describeAggregates`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeAggregates?: (ctx: DescribeAggregatesContext) => Result;
    /**
     * Visit a parse tree produced by the `describeAggregate`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeAggregate?: (ctx: DescribeAggregateContext) => Result;
    /**
     * Visit a parse tree produced by the `describeName`
     * labeled alternative in `CqlParser.describeTarget`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDescribeName?: (ctx: DescribeNameContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.consistencyStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitConsistencyStatement?: (ctx: ConsistencyStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.serialConsistencyStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSerialConsistencyStatement?: (ctx: SerialConsistencyStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.consistencyLevel`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitConsistencyLevel?: (ctx: ConsistencyLevelContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.copyStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCopyStatement?: (ctx: CopyStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.copyOption`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCopyOption?: (ctx: CopyOptionContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.copyOptionValue`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCopyOptionValue?: (ctx: CopyOptionValueContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.sourceStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSourceStatement?: (ctx: SourceStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.pagingStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitPagingStatement?: (ctx: PagingStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.tracingStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTracingStatement?: (ctx: TracingStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.expandStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitExpandStatement?: (ctx: ExpandStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.captureStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCaptureStatement?: (ctx: CaptureStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.loginStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitLoginStatement?: (ctx: LoginStatementContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.clearStatement`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitClearStatement?: (ctx: ClearStatementContext) => Result;
    /**
     * Visit a parse tree produced by the `stringConstant`
     * labeled alternative in `CqlParser.constant`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitStringConstant?: (ctx: StringConstantContext) => Result;
    /**
     * Visit a parse tree produced by the `integerConstant`
     * labeled alternative in `CqlParser.constant`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitIntegerConstant?: (ctx: IntegerConstantContext) => Result;
    /**
     * Visit a parse tree produced by the `floatConstant`
     * labeled alternative in `CqlParser.constant`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitFloatConstant?: (ctx: FloatConstantContext) => Result;
    /**
     * Visit a parse tree produced by the `booleanConstant`
     * labeled alternative in `CqlParser.constant`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitBooleanConstant?: (ctx: BooleanConstantContext) => Result;
    /**
     * Visit a parse tree produced by the `durationConstant`
     * labeled alternative in `CqlParser.constant`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitDurationConstant?: (ctx: DurationConstantContext) => Result;
    /**
     * Visit a parse tree produced by the `uuidConstant`
     * labeled alternative in `CqlParser.constant`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUuidConstant?: (ctx: UuidConstantContext) => Result;
    /**
     * Visit a parse tree produced by the `hexConstant`
     * labeled alternative in `CqlParser.constant`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitHexConstant?: (ctx: HexConstantContext) => Result;
    /**
     * Visit a parse tree produced by the `nanConstant`
     * labeled alternative in `CqlParser.constant`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitNanConstant?: (ctx: NanConstantContext) => Result;
    /**
     * Visit a parse tree produced by the `infinityConstant`
     * labeled alternative in `CqlParser.constant`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitInfinityConstant?: (ctx: InfinityConstantContext) => Result;
    /**
     * Visit a parse tree produced by the `negativeInfinityConstant`
     * labeled alternative in `CqlParser.constant`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitNegativeInfinityConstant?: (ctx: NegativeInfinityConstantContext) => Result;
    /**
     * Visit a parse tree produced by the `anonymousMarker`
     * labeled alternative in `CqlParser.marker`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAnonymousMarker?: (ctx: AnonymousMarkerContext) => Result;
    /**
     * Visit a parse tree produced by the `namedMarker`
     * labeled alternative in `CqlParser.marker`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitNamedMarker?: (ctx: NamedMarkerContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.intValue`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitIntValue?: (ctx: IntValueContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.term`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTerm?: (ctx: TermContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.termAddition`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTermAddition?: (ctx: TermAdditionContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.termMultiplication`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTermMultiplication?: (ctx: TermMultiplicationContext) => Result;
    /**
     * Visit a parse tree produced by the `termSimple`
     * labeled alternative in `CqlParser.termGroup`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTermSimple?: (ctx: TermSimpleContext) => Result;
    /**
     * Visit a parse tree produced by the `termNegation`
     * labeled alternative in `CqlParser.termGroup`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTermNegation?: (ctx: TermNegationContext) => Result;
    /**
     * Visit a parse tree produced by the `termValue`
     * labeled alternative in `CqlParser.simpleTerm`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTermValue?: (ctx: TermValueContext) => Result;
    /**
     * Visit a parse tree produced by the `termFunctionCall`
     * labeled alternative in `CqlParser.simpleTerm`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTermFunctionCall?: (ctx: TermFunctionCallContext) => Result;
    /**
     * Visit a parse tree produced by the `termTypeCast`
     * labeled alternative in `CqlParser.simpleTerm`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTermTypeCast?: (ctx: TermTypeCastContext) => Result;
    /**
     * Visit a parse tree produced by the `termCast`
     * labeled alternative in `CqlParser.simpleTerm`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTermCast?: (ctx: TermCastContext) => Result;
    /**
     * Visit a parse tree produced by the `constantValue`
     * labeled alternative in `CqlParser.valueLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitConstantValue?: (ctx: ConstantValueContext) => Result;
    /**
     * Visit a parse tree produced by the `collectionValue`
     * labeled alternative in `CqlParser.valueLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCollectionValue?: (ctx: CollectionValueContext) => Result;
    /**
     * Visit a parse tree produced by the `usertypeValue`
     * labeled alternative in `CqlParser.valueLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUsertypeValue?: (ctx: UsertypeValueContext) => Result;
    /**
     * Visit a parse tree produced by the `tupleValue`
     * labeled alternative in `CqlParser.valueLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTupleValue?: (ctx: TupleValueContext) => Result;
    /**
     * Visit a parse tree produced by the `nullValue`
     * labeled alternative in `CqlParser.valueLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitNullValue?: (ctx: NullValueContext) => Result;
    /**
     * Visit a parse tree produced by the `markerValue`
     * labeled alternative in `CqlParser.valueLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitMarkerValue?: (ctx: MarkerValueContext) => Result;
    /**
     * Visit a parse tree produced by the `listLiteral`
     * labeled alternative in `CqlParser.collectionLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitListLiteral?: (ctx: ListLiteralContext) => Result;
    /**
     * Visit a parse tree produced by the `mapLiteral`
     * labeled alternative in `CqlParser.collectionLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitMapLiteral?: (ctx: MapLiteralContext) => Result;
    /**
     * Visit a parse tree produced by the `setLiteral`
     * labeled alternative in `CqlParser.collectionLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSetLiteral?: (ctx: SetLiteralContext) => Result;
    /**
     * Visit a parse tree produced by the `emptyBracesLiteral`
     * labeled alternative in `CqlParser.collectionLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitEmptyBracesLiteral?: (ctx: EmptyBracesLiteralContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.usertypeLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUsertypeLiteral?: (ctx: UsertypeLiteralContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.usertypeField`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUsertypeField?: (ctx: UsertypeFieldContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.tupleLiteral`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTupleLiteral?: (ctx: TupleLiteralContext) => Result;
    /**
     * Visit a parse tree produced by the `nativeTypeRef`
     * labeled alternative in `CqlParser.comparatorType`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitNativeTypeRef?: (ctx: NativeTypeRefContext) => Result;
    /**
     * Visit a parse tree produced by the `mapType`
     * labeled alternative in `CqlParser.comparatorType`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitMapType?: (ctx: MapTypeContext) => Result;
    /**
     * Visit a parse tree produced by the `listType`
     * labeled alternative in `CqlParser.comparatorType`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitListType?: (ctx: ListTypeContext) => Result;
    /**
     * Visit a parse tree produced by the `setType`
     * labeled alternative in `CqlParser.comparatorType`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitSetType?: (ctx: SetTypeContext) => Result;
    /**
     * Visit a parse tree produced by the `tupleType`
     * labeled alternative in `CqlParser.comparatorType`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTupleType?: (ctx: TupleTypeContext) => Result;
    /**
     * Visit a parse tree produced by the `vectorType`
     * labeled alternative in `CqlParser.comparatorType`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitVectorType?: (ctx: VectorTypeContext) => Result;
    /**
     * Visit a parse tree produced by the `frozenType`
     * labeled alternative in `CqlParser.comparatorType`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitFrozenType?: (ctx: FrozenTypeContext) => Result;
    /**
     * Visit a parse tree produced by the `userTypeRef`
     * labeled alternative in `CqlParser.comparatorType`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUserTypeRef?: (ctx: UserTypeRefContext) => Result;
    /**
     * Visit a parse tree produced by the `customType`
     * labeled alternative in `CqlParser.comparatorType`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCustomType?: (ctx: CustomTypeContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.nativeType`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitNativeType?: (ctx: NativeTypeContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.tableName`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitTableName?: (ctx: TableNameContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.userTypeName`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUserTypeName?: (ctx: UserTypeNameContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.functionName`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitFunctionName?: (ctx: FunctionNameContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.roleName`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitRoleName?: (ctx: RoleNameContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.cident`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitCident?: (ctx: CidentContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.ident`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitIdent?: (ctx: IdentContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.plainIdent`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitPlainIdent?: (ctx: PlainIdentContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.nonTypeIdent`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitNonTypeIdent?: (ctx: NonTypeIdentContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.allowedFunctionName`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAllowedFunctionName?: (ctx: AllowedFunctionNameContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.unreservedKeyword`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitUnreservedKeyword?: (ctx: UnreservedKeywordContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.basicUnreservedKeyword`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitBasicUnreservedKeyword?: (ctx: BasicUnreservedKeywordContext) => Result;
    /**
     * Visit a parse tree produced by `CqlParser.anyWord`.
     * @param ctx the parse tree
     * @return the visitor result
     */
    visitAnyWord?: (ctx: AnyWordContext) => Result;
}

