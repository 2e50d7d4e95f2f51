import { readFileSync } from 'node:fs';
import type { Resolvers } from '../generated/graphql.js';

/**
 * A domain of the API as the composition root takes it: its SDL (the `.graphql` files beside its
 * resolvers) and its resolver map. Every folder of src/modules/ that serves GraphQL exports one
 * `createModule()` from its index.ts; src/schema.ts lists them.
 */
export interface GraphQLModule {
  name: string;
  /** The module's SDL, one string per file. */
  typeDefs: string[];
  resolvers: Resolvers;
}

/** The SDL files of a module, beside the module's index.ts (`import.meta.url`). */
export function readSdl(moduleUrl: string, ...files: string[]): string[] {
  return files.map((file) => readFileSync(new URL(file, moduleUrl), 'utf8'));
}
