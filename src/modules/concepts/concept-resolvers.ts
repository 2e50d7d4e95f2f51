import { parseConceptId } from '../../api/concept-id.js';
import { prefetchChildFields } from '../../api/prefetch.js';
import { badInput, checkListSize } from '../../errors.js';
import type { CodeRefResolvers, ConceptResolvers, QueryResolvers } from '../../generated/graphql.js';
import { CONCEPT_FIELDS_READ_BY_ID } from '../hierarchy/hierarchy-resolvers.js';

export const MAX_IDS_PER_CALL = 1_000;

const concept: QueryResolvers['concept'] = (_parent, args, context, info) => {
  const { loaders } = context;
  const conceptId = args.conceptId ?? null;
  const byCode = (args.vocabularyId ?? null) !== null || (args.conceptCode ?? null) !== null;
  if ((conceptId !== null) === byCode) {
    throw badInput('give either conceptId, or vocabularyId with conceptCode');
  }
  if (conceptId !== null) {
    const id = parseConceptId(conceptId);
    // The id is known: the id-only fields asked under the concept read beside its lookup.
    prefetchChildFields(info, 'Concept', [{ conceptId: id }], context, CONCEPT_FIELDS_READ_BY_ID);
    return loaders.concepts.byId.load(id);
  }
  if (!args.vocabularyId || !args.conceptCode) {
    throw badInput('vocabularyId and conceptCode go together', args.vocabularyId ? 'conceptCode' : 'vocabularyId');
  }
  return loaders.concepts.byCode.load({ vocabularyId: args.vocabularyId, conceptCode: args.conceptCode.trim() });
};

const concepts: QueryResolvers['concepts'] = (_parent, args, context, info) => {
  checkListSize('conceptIds', args.conceptIds.length, MAX_IDS_PER_CALL);
  // Every id is checked before any is looked up; the error names the position of the bad one.
  const ids = args.conceptIds.map((id, i) => parseConceptId(id, `conceptIds[${i}]`));
  prefetchChildFields(
    info,
    'Concept',
    ids.map((conceptId) => ({ conceptId })),
    context,
    CONCEPT_FIELDS_READ_BY_ID,
  );
  return Promise.all(ids.map((id) => context.loaders.concepts.byId.load(id)));
};

export const conceptResolvers: { Query: QueryResolvers; Concept: ConceptResolvers; CodeRef: CodeRefResolvers } = {
  Query: { concept, concepts },
  Concept: {
    conceptId: (c) => String(c.conceptId),
  },
  CodeRef: {
    concept: (code, _args, { loaders }) => loaders.concepts.byCode.load({ vocabularyId: code.vocabularyId, conceptCode: code.conceptCode }),
  },
};
