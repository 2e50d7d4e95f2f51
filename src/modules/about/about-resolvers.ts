import type { AboutResolvers, QueryResolvers } from '../../generated/graphql.js';
import { SERVICE_NAME, SERVICE_VERSION } from '../../service-identity.js';

const about: QueryResolvers['about'] = () => ({ name: SERVICE_NAME, version: SERVICE_VERSION });

export const aboutResolvers: { Query: QueryResolvers; About: AboutResolvers } = {
  Query: { about },
  About: {
    database: (_about, _args, { repositories }) => repositories.about.database,
    knowledgePack: (_about, _args, { repositories }) => repositories.about.knowledgePack(),
  },
};
