import { readFileSync } from 'node:fs';
import type { GraphQLModule } from './modules/graphql-module.js';
import { createModule as about } from './modules/about/index.js';
import { createModule as catalogue } from './modules/catalogue/index.js';
import { createModule as claims } from './modules/claims/index.js';
import { createModule as conceptSets } from './modules/concept-sets/index.js';
import { createModule as concepts } from './modules/concepts/index.js';
import { createModule as criteria } from './modules/criteria/index.js';
import { createModule as hierarchy } from './modules/hierarchy/index.js';
import { createModule as lineage } from './modules/lineage/index.js';
import { createModule as mapping } from './modules/mapping/index.js';
import { createModule as navigation } from './modules/navigation/index.js';
import { createModule as releases } from './modules/releases/index.js';
import { createModule as search } from './modules/search/index.js';

/** The SDL every module builds on: the Date scalar, the cost directives, PageInfo. */
const BASE_SDL = new URL('./api/base.graphql', import.meta.url);

/** Every GraphQL module of the API (each folder's createModule()). */
export function graphqlModules(): GraphQLModule[] {
  return [about(), concepts(), hierarchy(), mapping(), search(), conceptSets(), navigation(), catalogue(), lineage(), criteria(), claims(), releases()];
}

/** The whole SDL: the base first (it declares what the modules use), then every module's files. */
export function loadTypeDefs(modules: readonly GraphQLModule[] = graphqlModules()): string[] {
  return [readFileSync(BASE_SDL, 'utf8'), ...modules.flatMap((module) => module.typeDefs)];
}

/** The modules' list limits, by schema coordinate (GraphQLModule.listLimits). */
export function listLimits(modules: readonly GraphQLModule[] = graphqlModules()): ReadonlyMap<string, number> {
  return new Map(modules.flatMap((module) => Object.entries(module.listLimits ?? {})));
}
