import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  typeFromAST,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

/**
 * The cost of an operation: the most objects its answer can hold, computed before it runs with
 * the request's variables and the schema's defaults (so a page size passed as `$first` costs
 * what the same literal costs, over POST, GET or a persisted query).
 *
 * The rule (docs/operations.md, 'The cost rule'), after the GraphQL cost directives specification (IBM; Apollo's
 * and Hot Chocolate's `@cost` / `@listSize`):
 * - a scalar or enum field costs 0; a field returning an object costs 1 per object, times the
 *   number of times it is asked (the sizes of the lists above it multiplied together);
 * - a connection (a field with `first` returning a `...Connection`) is one object and a page of
 *   `first` edges (`first` omitted: the default page of 20; above 1,000 the page-size limit
 *   refuses it by name, so it counts as 1,000), counted whether or not `edges` is asked, since
 *   the page is read for a `totalCount` too; each `node` of an edge is one more object;
 * - a list sized by an argument (`@listSize(slicingArguments: [...])`) holds that many items: an
 *   integer argument's value or a list argument's length (above the list's own limit, which
 *   refuses it by name, it counts as that limit); `sizedFields` hands that size to the named
 *   fields of the returned object;
 * - any other list holds its `@listSize(assumedSize:)` items, or 5;
 * - `@cost(weight:)` on a type or a field replaces the 1 per object: 0 for values computed
 *   with their parent (a claim line's rows, a code reference, a source), so that only what
 *   reads the graph again counts.
 * GraphQL Armor's cost rule reads only literal arguments and names no field; this walk does
 * both, so it lives here.
 */

/** Items assumed in a list whose size neither an argument nor `@listSize` gives. */
export const DEFAULT_ASSUMED_LIST_SIZE = 5;

export interface CostPart {
  /** Response path of the field, e.g. ['searchConcepts', 'edges', 'node', 'descendants']. */
  path: string[];
  /** Cost of the field and everything under it. */
  cost: number;
  /** How many times the field is asked (the product of the sizes above it). */
  times: number;
  /** Items one asking of the field returns: a connection's page, a list's size, 1 for one object. */
  size: number;
  /** The `edges` (or `nodes`) of a connection: their size is the connection's page. */
  pageOfParent: boolean;
  children: CostPart[];
}

export interface OperationCost {
  cost: number;
  parts: CostPart[];
}

interface Sizing {
  slicingArguments?: string[];
  assumedSize?: number;
  sizedFields?: string[];
}

const directive = (nodes: readonly ConstDirectiveNode[] | undefined, name: string): Record<string, unknown> | undefined => {
  const node = nodes?.find((d) => d.name.value === name);
  if (!node) return undefined;
  return Object.fromEntries((node.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
};

function sizingOf(field: GraphQLField<unknown, unknown>): Sizing | undefined {
  const declared = directive(field.astNode?.directives, 'listSize') as Sizing | undefined;
  if (declared) return declared;
  if (getNamedType(field.type).name.endsWith('Connection') && field.args.some((a) => a.name === 'first')) {
    return { slicingArguments: ['first'], assumedSize: DEFAULT_PAGE_SIZE, sizedFields: ['edges', 'nodes'] };
  }
  return undefined;
}

function weightOf(field: GraphQLField<unknown, unknown>, type: GraphQLNamedType): number {
  const weight = directive(field.astNode?.directives, 'cost')?.weight ?? directive(type.astNode?.directives, 'cost')?.weight;
  return typeof weight === 'number' ? weight : 1;
}

/**
 * The size an argument gives: an integer's value (a page capped at the page limit) or a list's
 * length (capped at the list's limit, `limitOf(argument)`). Past either limit execution refuses
 * the argument by name, so counting more would only put the cost limit's refusal first.
 */
function sliceSize(sizing: Sizing, args: Record<string, unknown>, limitOf: (argument: string) => number | undefined): number | undefined {
  const sizes = (sizing.slicingArguments ?? []).flatMap((name) => {
    const value = args[name];
    if (typeof value === 'number') return [Math.max(0, name === 'first' ? Math.min(value, MAX_PAGE_SIZE) : value)];
    if (Array.isArray(value)) return [Math.min(value.length, limitOf(name) ?? Number.POSITIVE_INFINITY)];
    return [];
  });
  return sizes.length ? Math.max(...sizes) : undefined;
}

class CostWalk {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly listLimits: ReadonlyMap<string, number>,
  ) {}

  private included(node: FieldNode | { directives?: FieldNode['directives'] }): boolean {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, this.variables);
    const include = getDirectiveValues(GraphQLIncludeDirective, node, this.variables);
    return skip?.if !== true && include?.if !== false;
  }

  /** Fields of a selection set with the type each is read on (fragments flattened). */
  private fields(set: SelectionSetNode, type: GraphQLCompositeType, seen = new Set<string>()): [FieldNode, GraphQLCompositeType][] {
    const out: [FieldNode, GraphQLCompositeType][] = [];
    for (const selection of set.selections) {
      if (!this.included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        out.push([selection, type]);
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
      if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
      if (selection.kind === Kind.FRAGMENT_SPREAD) seen.add(selection.name.value);
      const condition = fragment.typeCondition ? this.schema.getType(fragment.typeCondition.name.value) : type;
      if (condition && isCompositeType(condition)) out.push(...this.fields(fragment.selectionSet, condition, seen));
    }
    return out;
  }

  walk(set: SelectionSetNode, type: GraphQLCompositeType, times: number, path: string[], handed: Map<string, number>): CostPart[] {
    const parts: CostPart[] = [];
    for (const [node, parent] of this.fields(set, type)) {
      // Introspection is answered from the schema in memory, not the graph.
      if (node.name.value.startsWith('__') || (!isObjectType(parent) && !isInterfaceType(parent))) continue;
      const field = parent.getFields()[node.name.value];
      if (!field) continue;
      const named = getNamedType(field.type);
      if (!isCompositeType(named) || !node.selectionSet) continue;
      let args: Record<string, unknown> = {};
      try {
        args = getArgumentValues(field, node, this.variables);
      } catch {
        // an argument that does not coerce: execution refuses it with its own message
      }
      const sizing = sizingOf(field);
      const sliced = sizing ? sliceSize(sizing, args, (argument) => this.listLimits.get(`${parent.name}.${field.name}(${argument}:)`)) : undefined;
      const isList = isListType(getNullableType(field.type));
      const listSize = sliced ?? sizing?.assumedSize ?? DEFAULT_ASSUMED_LIST_SIZE;
      const pageOfParent = handed.has(field.name);
      // A field that hands its size to fields below it (a connection) is one object itself.
      const objects = handed.get(field.name) ?? (isList && !sizing?.sizedFields ? listSize : 1);
      const handedDown = new Map<string, number>((sizing?.sizedFields ?? []).map((name) => [name, listSize]));
      const count = times * objects;
      const responseName = node.alias?.value ?? node.name.value;
      const children = this.walk(node.selectionSet, named, count, [...path, responseName], handedDown);
      // The page is read whether or not its edges are asked (a count needs the page's query
      // too), so the connection counts it, and its edges add nothing again.
      const own = pageOfParent ? 0 : count * weightOf(field, named) + (sizing?.sizedFields ? count * listSize : 0);
      const cost = own + children.reduce((sum, child) => sum + child.cost, 0);
      const size = sizing?.sizedFields ? listSize : objects;
      parts.push({ path: [...path, responseName], cost, times, size, pageOfParent, children });
    }
    return parts;
  }
}

/** A variable declared as a list of input objects and given as a list: the cost reads its length, never its items. */
function isListOfInputObjects(schema: GraphQLSchema, definition: VariableDefinitionNode, raw: unknown): boolean {
  if (!Array.isArray(raw)) return false;
  const type = typeFromAST(schema, definition.type);
  return type !== undefined && isListType(getNullableType(type)) && isInputObjectType(getNamedType(type));
}

/**
 * The cost of `operation` with `rawVariables` coerced as execution will coerce them; undefined
 * when the variables do not coerce (execution then refuses them with its own errors).
 * `listLimits` holds the most items each list argument takes, by schema coordinate
 * ('Query.mapClaimLines(lines:)', GraphQLModule.listLimits): a longer list counts as the limit.
 *
 * A list of input objects given as a list is the exception: it is left as given, since the cost
 * reads only its length (a list argument's size) and execution coerces it anyway. Coercing 10,000
 * claim lines here as well was a tenth of a 10,000-line mapClaimLines (docs/benchmarks.md); an
 * item that does not coerce is refused by execution, with its own message, as before.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  listLimits: ReadonlyMap<string, number> = new Map(),
): OperationCost | undefined {
  const given = rawVariables ?? {};
  const definitions = operation.variableDefinitions ?? [];
  const lengthOnly = definitions.filter((definition) => isListOfInputObjects(schema, definition, given[definition.variable.name.value]));
  const coerced = getVariableValues(
    schema,
    definitions.filter((definition) => !lengthOnly.includes(definition)),
    given,
  );
  if (coerced.errors) return undefined;
  const variables: Record<string, unknown> = { ...coerced.coerced };
  for (const definition of lengthOnly) variables[definition.variable.name.value] = given[definition.variable.name.value];
  const root = schema.getRootType(operation.operation);
  if (!root) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const parts = new CostWalk(schema, fragments, variables, listLimits).walk(operation.selectionSet, root, 1, [], new Map());
  return { cost: parts.reduce((sum, part) => sum + part.cost, 0), parts };
}

/**
 * The field that drives the cost: down the costliest branch while it holds at least half of the
 * total, the deepest field there that multiplies (a connection or a list, not the `edges` of
 * one, whose size its connection set).
 */
export function costDriver(cost: OperationCost): CostPart | undefined {
  let driver: CostPart | undefined;
  let level = cost.parts;
  for (;;) {
    const costliest = level.reduce<CostPart | undefined>((best, part) => (!best || part.cost > best.cost ? part : best), undefined);
    if (!costliest || costliest.cost * 2 < cost.cost) return driver;
    if (!costliest.pageOfParent && (costliest.size > 1 || !driver)) driver = costliest;
    level = costliest.children;
  }
}

const n = (value: number) => Math.round(value).toLocaleString('en-US');

/** The refusal of an operation over `limit`, naming the field that drives its cost. */
export function costRefusal(cost: OperationCost, limit: number, code: string): GraphQLError {
  const driver = costDriver(cost);
  const where = driver
    ? `; ${driver.path.join('.')} makes ${n(driver.cost)} of it (asked ${n(driver.times)} time${driver.times === 1 ? '' : 's'}, ${n(driver.size)} item${driver.size === 1 ? '' : 's'} each)`
    : '';
  return new GraphQLError(
    `The query cost is ${n(cost.cost)} (the objects it may read and return); the limit is ${n(limit)}${where}. Ask for smaller pages or fewer nested lists.`,
    {
      extensions: {
        code,
        limit,
        requested: Math.round(cost.cost),
        ...(driver ? { path: driver.path, pathCost: Math.round(driver.cost) } : {}),
        http: { status: 400 },
      },
    },
  );
}
