import { createRequire } from 'node:module';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { Kind, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

// graphql-js as Apollo Server, @graphql-tools/schema and graphql-jit load it: through Node's own
// resolution, its CommonJS build. A test runner that resolves `import 'graphql'` to the library's
// ES module build would otherwise run the schema with a second copy of graphql-js and hand Apollo
// errors it does not recognise as GraphQL errors (it masks them as internal).
const { execute } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * How a validated operation runs. Apollo Server runs every operation through graphql-js, which
 * coerces each input object and completes each field of the answer by walking the schema at run
 * time: for a 10,000-line mapClaimLines (10,000 input objects in, 250,000 fields out) that walk,
 * and the garbage it leaves, took about half of the request (docs/benchmarks.md). graphql-jit
 * compiles an operation once into code for its own selection (variables coerced and fields
 * completed without the walk), and answers the same JSON.
 *
 * Operations that ask a root field of COMPILED_ROOT_FIELDS run compiled, once per document (the
 * document Apollo parsed, kept in its document store, is the key); every other operation runs
 * through graphql-js as before. A compiled run whose answer holds an error runs again through
 * graphql-js, and that answer is the one sent: errors, their masking (formatError), Apollo's
 * BAD_USER_INPUT for variables that do not coerce and the HTTP status stay exactly graphql-js's.
 * The operations are queries (mutations are refused in validation), so running one again reads
 * again and changes nothing.
 *
 * Apollo Server's hook for another executor is the gateway interface (its `executor` option went
 * in version 4, and its migration guide points to `gateway`): this module is a gateway that loads
 * the service's own schema once and never updates it.
 */

/** Root fields whose answers are thousands of plain records: worth a compiled operation. */
export const COMPILED_ROOT_FIELDS: ReadonlySet<string> = new Set(['mapClaimLines']);

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

const asksCompiledField = (operation: OperationDefinitionNode): boolean =>
  operation.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && COMPILED_ROOT_FIELDS.has(selection.name.value));

/** The gateway that serves `schema` and runs operations as described above. */
export function compiledExecutionGateway(schema: GraphQLSchema): Gateway {
  // Per document, per operation name: the compiled operation, or null when graphql-jit could not compile it.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map<string, CompiledQuery | null>()));
    const name = operationName ?? '';
    if (!byName.has(name)) {
      const result = compileQuery(schema, document, operationName);
      byName.set(name, isCompiledQuery(result) ? result : null);
    }
    return byName.get(name)!;
  };

  const executor: Executor = async ({ document, operation, request, context }) => {
    const run = (): Promise<ExecutionResult> | ExecutionResult =>
      execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
    const query = operation && asksCompiledField(operation) ? compiledFor(document, request.operationName) : null;
    if (!query) return run();
    const answer = await query.query(undefined, context, request.variables ?? {});
    return answer.errors?.length ? run() : answer;
  };

  return {
    load: () => Promise.resolve({ executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    stop: () => Promise.resolve(),
  };
}
