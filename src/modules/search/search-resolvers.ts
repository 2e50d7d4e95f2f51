import { connection, pageWindow } from '../../api/pagination.js';
import { checkListSize } from '../../errors.js';
import type { QueryResolvers } from '../../generated/graphql.js';
import { filterParameters, MAX_FILTER_VALUES, prepareSearchText } from './search-text.js';

const searchConcepts: QueryResolvers['searchConcepts'] = async (_parent, args, { repositories }) => {
  const { text, lucene } = prepareSearchText(args.query);
  const filter = filterParameters(args.filter, (argument, length) => checkListSize(argument, length, MAX_FILTER_VALUES));
  const window = pageWindow(args);
  const { total, page } = await repositories.search.search({ text, lucene, filter, window });
  return connection(page, window, total);
};

export const searchResolvers: { Query: QueryResolvers } = {
  Query: { searchConcepts },
};
