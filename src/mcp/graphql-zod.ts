import {
  buildASTSchema,
  concatAST,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLEnumType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { z } from 'zod';
import { loadTypeDefs } from '../schema.js';

/**
 * The tools' JSON Schemas, derived from the product's GraphQL schema and each tool's operation:
 * a tool's arguments are its operation's variables (with the SDL's types, enums and descriptions)
 * and its structured answer is the operation's `data` (with the SDL's field descriptions). Written
 * by hand they would drift from the API the tools promise to agree with.
 */

let built: GraphQLSchema | undefined;

/** The service's schema as its SDL files declare it (no resolvers: only types are read here). */
export function productSchema(): GraphQLSchema {
  return (built ??= buildASTSchema(concatAST(loadTypeDefs().map((sdl) => parse(sdl))), { assumeValidSDL: true }));
}

/** A line that lists an enum's values with what each means, for an argument's description. */
function enumValuesText(type: GraphQLEnumType): string {
  return type
    .getValues()
    .map((value) => (value.description ? `${value.name} (${value.description.replace(/\s+/g, ' ').replace(/\.$/, '')})` : value.name))
    .join('; ');
}

function describe<T extends z.ZodType>(schema: T, ...parts: (string | null | undefined)[]): T {
  const text = parts
    .filter((part): part is string => Boolean(part))
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .join(' ');
  return text ? schema.describe(text) : schema;
}

/** The zod type of a GraphQL input value, without its nullability. */
function inputValue(type: GraphQLInputType): z.ZodType {
  if (isNonNullType(type)) return inputValue(type.ofType);
  if (isListType(type)) return z.array(inputOf(type.ofType));
  if (isEnumType(type)) return describe(z.enum(type.getValues().map((value) => value.name) as [string, ...string[]]), `One of: ${enumValuesText(type)}.`);
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return z.strictObject(Object.fromEntries(fields.map((field) => [field.name, describe(inputOf(field.type), field.description)])));
  }
  switch (type.name) {
    case 'Int':
      return z.int32();
    case 'Float':
      return z.number();
    case 'Boolean':
      return z.boolean();
    case 'Date':
      return z.iso.date().describe('YYYY-MM-DD');
    // GraphQL accepts an ID as a string or an integer; the answer always gives a string.
    case 'ID':
      return z.union([z.string(), z.int()]).transform(String);
    default:
      return z.string();
  }
}

/** The zod type of a GraphQL input value: a nullable value may be left out. */
export function inputOf(type: GraphQLInputType): z.ZodType {
  return isNonNullType(type) ? inputValue(type.ofType) : inputValue(type).optional();
}

/** What the values of an enum argument mean ("One of: A (...); B (...)."), for its description; undefined for other types. */
export function enumNote(type: GraphQLInputType): string | undefined {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isEnumType(inner) ? `One of: ${enumValuesText(inner)}.` : undefined;
}

/** The input object type `name` of the schema, to spread its fields as a tool's arguments. */
export function inputObjectFields(name: string): Record<string, { type: GraphQLInputType; description: string | undefined }> {
  const type = productSchema().getType(name);
  if (!isInputObjectType(type)) throw new Error(`${name} is not an input type of the schema`);
  return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, { type: field.type, description: field.description ?? undefined }]));
}

export interface OperationVariable {
  name: string;
  type: GraphQLInputType;
  /** True when the operation declares a default: leaving it out is then never a null. */
  hasDefault: boolean;
}

function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) throw new Error('a tool runs exactly one operation');
  return operations[0]!;
}

/** The variables an operation declares, with their schema types. */
export function operationVariables(document: DocumentNode): OperationVariable[] {
  return (operationOf(document).variableDefinitions ?? []).map((definition) => {
    const type = typeFromAST(productSchema(), definition.type) as GraphQLInputType | undefined;
    if (!type) throw new Error(`variable $${definition.variable.name.value} has a type the schema does not hold`);
    return { name: definition.variable.name.value, type, hasDefault: definition.defaultValue !== undefined };
  });
}

/** The zod type of a selected output value, with its nullability. */
function outputOf(type: GraphQLOutputType, selection: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): z.ZodType {
  if (isNonNullType(type)) return outputValue(type.ofType, selection, fragments);
  return outputValue(type, selection, fragments).nullable();
}

function outputValue(type: GraphQLOutputType, selection: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>): z.ZodType {
  if (isNonNullType(type)) return outputValue(type.ofType, selection, fragments);
  if (isListType(type)) return z.array(outputOf(type.ofType, selection, fragments));
  if (isEnumType(type)) return z.enum(type.getValues().map((value) => value.name) as [string, ...string[]]);
  if (isObjectType(type)) {
    if (!selection) throw new Error(`${type.name} needs a selection`);
    return z.strictObject(selectionShape(type, selection, fragments));
  }
  switch (getNamedType(type).name) {
    case 'Int':
      return z.int();
    case 'Float':
      return z.number();
    case 'Boolean':
      return z.boolean();
    default:
      return z.string();
  }
}

/** The fields a selection set answers with, keyed as the answer keys them (aliases included). */
function selectionShape(parent: GraphQLObjectType, selection: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): z.ZodRawShape {
  const shape: Record<string, z.ZodType> = {};
  for (const node of selection.selections) {
    if (node.kind === Kind.FIELD) {
      const field = parent.getFields()[node.name.value];
      if (!field) throw new Error(`${parent.name}.${node.name.value} is not in the schema`);
      const key = node.alias?.value ?? node.name.value;
      if (key in shape) throw new Error(`${parent.name}.${key} is selected twice; select it once`);
      shape[key] = describe(outputOf(field.type, node.selectionSet, fragments), field.description);
    } else {
      const fragment = node.kind === Kind.FRAGMENT_SPREAD ? fragments.get(node.name.value) : node;
      if (!fragment) throw new Error('a fragment the operation does not define');
      Object.assign(shape, selectionShape(parent, fragment.selectionSet, fragments));
    }
  }
  return shape;
}

/** The shape of an operation's `data`, with the SDL's description on every field. */
export function operationResultShape(document: DocumentNode): z.ZodRawShape {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const query = productSchema().getQueryType();
  if (!query) throw new Error('the schema has no Query type');
  return selectionShape(query, operationOf(document).selectionSet, fragments);
}

/**
 * The SDL's description of the argument or input field each variable is passed to, where the
 * operation passes it straight to one (the first use wins).
 */
export function variableDescriptions(document: DocumentNode): Map<string, string> {
  const typeInfo = new TypeInfo(productSchema());
  const found = new Map<string, string>();
  const note = (variable: string, description: string | null | undefined) => {
    if (description && !found.has(variable)) found.set(variable, description);
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        if (node.value.kind === Kind.VARIABLE) note(node.value.name.value, typeInfo.getArgument()?.description);
      },
      ObjectField(node) {
        const parent = typeInfo.getParentInputType();
        const type = parent ? getNamedType(parent) : undefined;
        if (node.value.kind === Kind.VARIABLE && isInputObjectType(type)) note(node.value.name.value, type.getFields()[node.name.value]?.description);
      },
    }),
  );
  return found;
}
