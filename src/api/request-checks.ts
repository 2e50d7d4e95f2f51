import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';

/**
 * The schema has no mutations or subscriptions: an operation of another kind is a client's
 * mistake, refused in validation (400 GRAPHQL_VALIDATION_FAILED) rather than failing in
 * execution as a server error.
 */
export const queriesOnly: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.QUERY) return;
    context.reportError(new GraphQLError(`This service answers queries only: the schema has no ${node.operation} type.`, { nodes: [node] }));
  },
});

const SUGGESTION = /\s*Did you mean .+\?$/;

/**
 * graphql-js ends an unknown field's message with "Did you mean ...?". When introspection is on
 * the schema is public and the suggestion helps; when it is off the suggestion would describe the
 * schema, so it is removed and the sentence ends where graphql-js's own sentence ends.
 */
export function fieldSuggestions(show: boolean): ApolloServerPlugin {
  return {
    async requestDidStart() {
      if (show) return;
      return {
        async validationDidStart() {
          return async (errors) => {
            for (const error of errors ?? []) error.message = error.message.replace(SUGGESTION, '');
          };
        },
      };
    },
  };
}
