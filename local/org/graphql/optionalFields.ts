// `Field @optional { … }` in a lightning/graphql query: a field the user cannot read (absent from
// their schema) is left out of the query and so of the response, instead of failing the whole query
// as a plain field does (GraphQL API guide, optional fields; the panels mark the fields a profile
// may hide this way).
import {
    TypeInfo,
    visit,
    visitWithTypeInfo,
    type DocumentNode,
    type FieldNode,
    type GraphQLSchema
} from 'graphql';

function isOptional(node: FieldNode): boolean {
    return (node.directives ?? []).some((directive) => directive.name.value === 'optional');
}

export function withoutUnreadableOptionalFields(
    schema: GraphQLSchema,
    document: DocumentNode
): DocumentNode {
    const typeInfo = new TypeInfo(schema);
    return visit(
        document,
        visitWithTypeInfo(typeInfo, {
            Field(node) {
                const definition = typeInfo.getFieldDef();
                // null removes the node; undefined leaves it to validation.
                return isOptional(node) && (definition === null || definition === undefined)
                    ? null
                    : undefined;
            }
        })
    );
}
