-- What a PostGraphile user adds to the OMOP vocabulary tables of the CDM v5.4 DDL before serving
-- them, run by `npm run bench:peers` after COPY and the CDM's keys and indexes.

-- The CDM v5.4 foreign keys of the vocabulary tables, with the CDM's names. PostGraphile reads
-- relations from foreign keys: these give Concept its ancestor, descendant and relationship
-- connections. NOT VALID skips checking the rows already loaded (minutes on a full release, and
-- ATHENA rows may name concepts absent from CONCEPT); new rows are still checked.
ALTER TABLE concept ADD CONSTRAINT fpk_concept_domain_id FOREIGN KEY (domain_id) REFERENCES domain (domain_id) NOT VALID;
ALTER TABLE concept ADD CONSTRAINT fpk_concept_vocabulary_id FOREIGN KEY (vocabulary_id) REFERENCES vocabulary (vocabulary_id) NOT VALID;
ALTER TABLE concept ADD CONSTRAINT fpk_concept_concept_class_id FOREIGN KEY (concept_class_id) REFERENCES concept_class (concept_class_id) NOT VALID;
ALTER TABLE concept_relationship ADD CONSTRAINT fpk_concept_relationship_concept_id_1 FOREIGN KEY (concept_id_1) REFERENCES concept (concept_id) NOT VALID;
ALTER TABLE concept_relationship ADD CONSTRAINT fpk_concept_relationship_concept_id_2 FOREIGN KEY (concept_id_2) REFERENCES concept (concept_id) NOT VALID;
ALTER TABLE concept_relationship ADD CONSTRAINT fpk_concept_relationship_relationship_id FOREIGN KEY (relationship_id) REFERENCES relationship (relationship_id) NOT VALID;
ALTER TABLE concept_synonym ADD CONSTRAINT fpk_concept_synonym_concept_id FOREIGN KEY (concept_id) REFERENCES concept (concept_id) NOT VALID;
ALTER TABLE concept_ancestor ADD CONSTRAINT fpk_concept_ancestor_ancestor_concept_id FOREIGN KEY (ancestor_concept_id) REFERENCES concept (concept_id) NOT VALID;
ALTER TABLE concept_ancestor ADD CONSTRAINT fpk_concept_ancestor_descendant_concept_id FOREIGN KEY (descendant_concept_id) REFERENCES concept (concept_id) NOT VALID;

-- Descendants by level, then id. PostGraphile 5 (amber) offers ordering and filtering only on
-- columns that lead an index; a user who wants a concept's descendants nearest first opens the
-- levels column to both with a smart tag, and gives the order an index so that a page is read
-- in order instead of sorting all of a concept's descendants.
CREATE INDEX idx_concept_ancestor_levels ON concept_ancestor (ancestor_concept_id, min_levels_of_separation, descendant_concept_id);
COMMENT ON COLUMN concept_ancestor.min_levels_of_separation IS E'@behavior +orderBy +filterBy';

-- Search by words in the name, as the other systems search: every word must match a word of the
-- name, whole or as its beginning; ranked, then by concept_id. PostgreSQL's full-text search with
-- the 'simple' configuration (no stemming, no stop words, like the Lucene index of the graph)
-- over a GIN index, exposed by PostGraphile as the root field searchConcepts (a connection).
CREATE INDEX idx_concept_name_words ON concept USING gin (to_tsvector('simple', concept_name));

CREATE FUNCTION search_concepts(query text) RETURNS SETOF concept
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
  SELECT c.*
  FROM concept c,
       to_tsquery('simple', (
         SELECT string_agg(word || ':*', ' & ')
         FROM regexp_split_to_table(regexp_replace(lower(query), '[^[:alnum:][:space:]]', ' ', 'g'), '\s+') AS word
         WHERE word <> ''
       )) AS words
  WHERE to_tsvector('simple', c.concept_name) @@ words
  ORDER BY ts_rank(to_tsvector('simple', c.concept_name), words) DESC, c.concept_id
$$;

-- Planner statistics and the visibility map after the load, as autovacuum would leave them.
VACUUM ANALYZE;
