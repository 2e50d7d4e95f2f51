import type { ConceptClassResolvers, DomainResolvers, QueryResolvers, RelationshipTypeResolvers, VocabularyResolvers } from '../../generated/graphql.js';

export const catalogueResolvers: {
  Query: QueryResolvers;
  Vocabulary: VocabularyResolvers;
  Domain: DomainResolvers;
  ConceptClass: ConceptClassResolvers;
  RelationshipType: RelationshipTypeResolvers;
} = {
  Query: {
    vocabularies: (_parent, _args, { repositories }) => repositories.catalogue.vocabularies(),
    domains: (_parent, _args, { repositories }) => repositories.catalogue.domains(),
    conceptClasses: (_parent, _args, { repositories }) => repositories.catalogue.conceptClasses(),
    relationshipTypes: (_parent, _args, { repositories }) => repositories.catalogue.relationshipTypes(),
  },
  Vocabulary: { vocabularyConceptId: (v) => String(v.vocabularyConceptId) },
  Domain: { domainConceptId: (d) => String(d.domainConceptId) },
  ConceptClass: { conceptClassConceptId: (c) => String(c.conceptClassConceptId) },
  RelationshipType: { relationshipConceptId: (r) => String(r.relationshipConceptId) },
};
