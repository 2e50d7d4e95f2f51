/**
 * `npm run codegen`'s first step: the whole API printed to schema/schema.graphql from the
 * modules' SDL, for clients, the contract check and readers (codegen then reads that file).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { concatAST, Kind, parse, print, type DefinitionNode, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { loadTypeDefs } from '../schema.js';
import { runCommand } from './command-line.js';

export const PRINTED_SCHEMA = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

const HEADER = '# The whole API, printed by `npm run codegen` from src/api/base.graphql and src/modules/*/*.graphql: edit those, not this file.';

/**
 * The whole SDL as one document, as the modules write it (order, descriptions, the cost
 * directives on fields), each `extend type` folded into its type: `Query` lists every module's
 * fields in one place.
 */
export function printedSchema(): string {
  const document = concatAST(loadTypeDefs().map((sdl) => parse(sdl)));
  const types = new Map<string, ObjectTypeDefinitionNode>();
  const definitions: DefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_EXTENSION) {
      const type = types.get(definition.name.value);
      if (!type) throw new Error(`extend type ${definition.name.value} before its type`);
      types.set(definition.name.value, folded(type, definition));
    } else if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) {
      types.set(definition.name.value, definition);
      definitions.push(definition);
    } else definitions.push(definition);
  }
  const merged = definitions.map((definition) => (definition.kind === Kind.OBJECT_TYPE_DEFINITION ? types.get(definition.name.value)! : definition));
  return `${HEADER}\n\n${print({ kind: Kind.DOCUMENT, definitions: merged })}\n`;
}

function folded(type: ObjectTypeDefinitionNode, extension: ObjectTypeExtensionNode): ObjectTypeDefinitionNode {
  return {
    ...type,
    interfaces: [...(type.interfaces ?? []), ...(extension.interfaces ?? [])],
    directives: [...(type.directives ?? []), ...(extension.directives ?? [])],
    fields: [...(type.fields ?? []), ...(extension.fields ?? [])],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runCommand(async () => {
    writeFileSync(PRINTED_SCHEMA, printedSchema());
    console.error('wrote schema/schema.graphql');
    return 0;
  }, []);
}
