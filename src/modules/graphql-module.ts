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
  /**
   * The most items each list argument that sizes its field's answer takes, by schema coordinate
   * ('Query.mapClaimLines(lines:)'). The resolver refuses a longer list with
   * LIST_SIZE_LIMIT_EXCEEDED; the cost walk counts it at the limit (query-cost.ts), so that the
   * refusal names the list rather than the cost.
   */
  listLimits?: Readonly<Record<string, number>>;
}

/** The SDL files of a module, beside the module's index.ts (`import.meta.url`). */
export function readSdl(moduleUrl: string, ...files: string[]): string[] {
  return files.map((file) => readFileSync(new URL(file, moduleUrl), 'utf8'));
}
