import { createRequire } from 'node:module';
import type { AboutResolvers, QueryResolvers } from '../../generated/graphql.js';

const pkg = createRequire(import.meta.url)('../../../package.json') as { name: string; version: string };

const about: QueryResolvers['about'] = () => ({ name: pkg.name, version: pkg.version });

export const aboutResolvers: { Query: QueryResolvers; About: AboutResolvers } = {
  Query: { about },
  About: {
    database: (_about, _args, { repositories }) => repositories.about.database,
    knowledgePack: (_about, _args, { repositories }) => repositories.about.knowledgePack(),
  },
};
