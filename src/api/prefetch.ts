import { Kind, type FieldNode, type GraphQLField, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from 'graphql';

/**
 * Child reads started beside their parent's own read. graphql-js resolves a field's children
 * only once the parent's value is known, so `concept(conceptId: ...) { descendants { ... } }`
 * costs two database round trips one after the other. When the parent's key is known up front
 * (a concept id), the children asked under it can be resolved at once with a parent that holds
 * only that key: their loaders start their reads beside the parent's, and the real call, made
 * later with the parent's record and the same arguments, finds the loader's promise already
 * there (DataLoader keeps one per key for the request).
 *
 * Only fields whose resolvers read nothing of the parent but the key may be named, and only
 * fields that read through a per-request loader (a prefetch of anything else is a wasted read).
 * A prefetch never answers: its result and its errors are dropped, and the real call reports
 * both. When the parent turns out not to exist, the children's reads were wasted (they find
 * nothing): a small cost against a round trip saved on every hit.
 */
export function prefetchChildFields(
  info: GraphQLResolveInfo,
  typeName: string,
  parents: readonly object[],
  context: unknown,
  fieldNames: ReadonlySet<string>,
): void {
  // No instanceof checks of graphql-js here (isObjectType, getArgumentValues): the schema may
  // come from another copy of the package than this module's (ESM beside CJS), where they throw.
  const type = info.schema.getType(typeName) as GraphQLObjectType | undefined;
  if (!type || !('getFields' in type)) return;
  const fields = type.getFields();
  // The selection is read once, whatever the number of parents.
  const calls: { resolve: NonNullable<GraphQLField<unknown, unknown>['resolve']>; args: Record<string, unknown>; info: GraphQLResolveInfo }[] = [];
  for (const node of childFieldNodes(info, info.fieldNodes, typeName)) {
    const field = fields[node.name.value];
    if (!fieldNames.has(node.name.value) || !field?.resolve) continue;
    const args = argumentValues(field, node, info.variableValues);
    calls.push({ resolve: field.resolve, args, info: { ...info, fieldName: field.name, fieldNodes: [node], returnType: field.type, parentType: type } });
  }
  for (const parent of parents) {
    for (const call of calls) {
      try {
        Promise.resolve(call.resolve(parent, call.args, context, call.info)).catch(() => undefined);
      } catch {
        // Bad arguments: the real call throws the same error where the client sees it.
      }
    }
  }
}

/** The fields selected directly under `nodes`, through inline fragments and named fragments on `typeName`. */
function* childFieldNodes(info: GraphQLResolveInfo, nodes: readonly { selectionSet?: SelectionSetNode }[], typeName: string): Generator<FieldNode> {
  for (const node of nodes) {
    for (const selection of node.selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) yield selection;
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === typeName) yield* childFieldNodes(info, [selection], typeName);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && fragment.typeCondition.name.value === typeName) yield* childFieldNodes(info, [fragment], typeName);
      }
    }
  }
}

/**
 * The arguments of a field as its resolver receives them, for the values a prefetch needs: the
 * variables as graphql-js coerced them, literals as plain values (an integer literal given to an
 * ID as its text), and the declared defaults. A value read differently from graphql-js only
 * makes the prefetch's loader key differ from the real call's: a wasted read, never an answer.
 */
function argumentValues(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const given = new Map((node.arguments ?? []).map((argument) => [argument.name.value, argument.value]));
  const values: Record<string, unknown> = {};
  for (const definition of field.args) {
    const value = given.get(definition.name);
    if (value === undefined) {
      if (definition.defaultValue !== undefined) values[definition.name] = definition.defaultValue;
    } else if (value.kind === Kind.VARIABLE) {
      if (value.name.value in variables) values[definition.name] = variables[value.name.value];
    } else {
      values[definition.name] = literal(value, String(definition.type).replace(/[[\]!]/g, '') === 'ID', variables);
    }
  }
  return values;
}

function literal(node: ValueNode, isId: boolean, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.INT:
      return isId ? node.value : Number.parseInt(node.value, 10);
    case Kind.FLOAT:
      return Number.parseFloat(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((item) => literal(item, isId, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literal(field.value, false, variables)]));
    case Kind.VARIABLE:
      return variables[node.name.value];
  }
}
