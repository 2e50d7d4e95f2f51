import { getNamedType, isNonNullType, parse, type GraphQLFormattedError, type GraphQLInputType } from 'graphql';
import { z } from 'zod';
import { enumNote, inputObjectFields, inputOf, operationResultShape, operationVariables, variableDescriptions } from './graphql-zod.js';
import type { Refusal, ToolDefinition } from './tools.js';

/** A tool ready to register: its schemas derived once, its variables built from its arguments. */
export interface CompiledTool {
  definition: ToolDefinition;
  inputSchema: z.ZodObject;
  outputSchema: z.ZodObject;
  variables(args: Record<string, unknown>): Record<string, unknown>;
}

/** Keeps what was given: a variable left out gets the schema's default, never a null. */
export function given(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/** The argument's own description, then what its values mean when it is an enum. */
function withDescription(schema: z.ZodType, type: GraphQLInputType, description: string | undefined): z.ZodType {
  const text = [description, enumNote(type)].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  return text ? schema.describe(text) : schema;
}

export function compileTool(definition: ToolDefinition): CompiledTool {
  const document = parse(definition.operation);
  const sdlDescriptions = variableDescriptions(document);
  const shape: Record<string, z.ZodType> = {};
  let spreadFields: string[] = [];
  let spreadRequired = false;
  for (const variable of operationVariables(document)) {
    if (variable.name === definition.spread) {
      const fields = inputObjectFields(getNamedType(variable.type).name);
      spreadFields = Object.keys(fields);
      spreadRequired = isNonNullType(variable.type);
      for (const [name, field] of Object.entries(fields)) {
        const type = spreadRequired ? inputOf(field.type) : inputOf(field.type).optional();
        shape[name] = withDescription(type, field.type, definition.arguments?.[name] ?? field.description);
      }
      continue;
    }
    const type = variable.hasDefault ? inputOf(variable.type).optional() : inputOf(variable.type);
    shape[variable.name] = withDescription(type, variable.type, definition.arguments?.[variable.name] ?? sdlDescriptions.get(variable.name));
  }
  for (const name of Object.keys(definition.arguments ?? {})) {
    if (!(name in shape)) throw new Error(`${definition.name}: a description for '${name}', which is not an argument`);
  }
  const extraShape = definition.extra?.shape ?? {};
  return {
    definition,
    inputSchema: z.strictObject(shape),
    outputSchema: z.strictObject({ ...operationResultShape(document), ...extraShape }),
    variables: (args) => {
      if (!definition.spread) return given(args);
      const own = given(Object.fromEntries(Object.entries(args).filter(([name]) => !spreadFields.includes(name))));
      const spread = given(Object.fromEntries(spreadFields.map((name) => [name, args[name]])));
      return spreadRequired || Object.keys(spread).length > 0 ? { ...own, [definition.spread]: spread } : own;
    },
  };
}

/** A GraphQL error as a tool's refusal: its code first, then what it names (argument, limit). */
export function refusalOf(error: GraphQLFormattedError): Refusal {
  const extensions = error.extensions ?? {};
  const details = [
    typeof extensions.argument === 'string' && `argument: ${extensions.argument}`,
    typeof extensions.field === 'string' && `argument: ${extensions.field}`,
    typeof extensions.limit === 'number' && `limit: ${extensions.limit}`,
    typeof extensions.requested === 'number' && `requested: ${extensions.requested}`,
    typeof extensions.requestId === 'string' && `request id: ${extensions.requestId}`,
  ].filter(Boolean);
  return {
    code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
    message: details.length ? `${error.message} (${details.join(', ')})` : error.message,
  };
}
