/**
 * The claim rules' one window on the graph (ClaimCodeSource): an adapter over the shared
 * modules, so a claim line gets the same answers as the API: the source concept by (vocabulary,
 * code) (concepts), 'Maps to' resolution on the date of service (mapping: the chain's hops and
 * `resolveMapping`), and validity, meaning and successors on the date and site (lineage:
 * `codesOnDate`). Nothing else in src/modules/claims reads the database.
 *
 * The mapping is `mapsTo` on the date of service: the relationships valid that day are followed
 * (a code replaced in 2020 is followed to its replacement on a 2021 claim, not on a 2015 one).
 *
 * Each distinct code is read once (its concept, the hops of its chain whatever their dates, its
 * curated facts); dates and sites are applied in TypeScript by those modules' pure rules. With
 * `codeCacheSize` (a command run, where the graph does not change underneath) codes and the
 * curated history are also kept across batches.
 */
import type { Graph } from '../../db/graph.js';
import { LimitCode, ServiceError } from '../../errors.js';
import type { ConceptRecord } from '../../graph/concept.js';
import { codeKey, type CodeKey } from '../../graph/code.js';
import { ConceptRepository } from '../concepts/concept-repository.js';
import { LineageRepository } from '../lineage/lineage-repository.js';
import { type CodeFacts, type CodeHistory } from '../lineage/lineage-records.js';
import { codeOnDate, HistoryIndex } from '../lineage/code-on-date.js';
import { resolveMapping, MAPS_TO, type HopsByConcept, type MappingHopRecord } from '../mapping/chain-resolution.js';
import { MappingRepository } from '../mapping/mapping-repository.js';
import { RelationshipCatalogueRepository } from '../../graph/relationship-catalogue.js';
import { BoundedMap } from './bounded-map.js';
import { knowledgePackVersion } from '../../graph/pack-version.js';
import type { ClaimCodeKey, ClaimCodeResolution, ClaimCodeSource, MappingProvenance, ModifierConcept, TypeConcept } from './claim-code-source.js';

const MODIFIERS = `
  UNWIND $codes AS code
  MATCH (c:Concept {conceptCode: code}) USING INDEX c:Concept(conceptCode)
  WHERE c.conceptClassId IN ['CPT4 Modifier', 'HCPCS Modifier'] AND NOT c:Unresolved
  RETURN code, c.conceptId AS conceptId, c.vocabularyId AS vocabularyId
  ORDER BY code, CASE WHEN c.invalidReason IS NULL THEN 0 ELSE 1 END, conceptId
`;

const TYPE_CONCEPTS = `
  UNWIND $ids AS id
  MATCH (c:Concept {conceptId: id})
  RETURN c.conceptId AS conceptId, c.conceptName AS conceptName, c.domainId AS domainId
`;

// OMOP's Type Concept for data from claims, found by name in the loaded vocabulary (never a fixed id).
const CLAIM_TYPE_CONCEPT = `
  MATCH (c:Concept)
  WHERE c.vocabularyId = 'Type Concept' AND c.conceptCode IS NOT NULL AND c.conceptName = 'Claim' AND c.domainId = 'Type Concept'
  RETURN c.conceptId AS conceptId, c.conceptName AS conceptName, c.domainId AS domainId
  ORDER BY CASE WHEN c.invalidReason IS NULL THEN 0 ELSE 1 END, c.conceptId
  LIMIT 1
`;

const PROVENANCE = `
  OPTIONAL MATCH (v:Vocabulary {vocabularyId: 'None'})
  OPTIONAL MATCH (p:KnowledgePack {id: 'seed'})
  RETURN v.vocabularyVersion AS vocabularyRelease, p.hash AS packHash
`;

/** Everything read about one code, whatever the date. */
interface CodeRead {
  concept: ConceptRecord | null;
  facts: CodeFacts;
  hops: HopsByConcept;
}

export class ClaimCodeRepository implements ClaimCodeSource {
  private readonly concepts: ConceptRepository;
  private readonly mapping: MappingRepository;
  private readonly lineage: LineageRepository;
  private readonly catalogue: RelationshipCatalogueRepository;
  private readonly cache: BoundedMap<string, CodeRead> | null;
  private history: Promise<CodeHistory> | null = null;

  constructor(
    private readonly graph: Graph,
    options: { codeCacheSize?: number } = {},
  ) {
    this.concepts = new ConceptRepository(graph);
    this.mapping = new MappingRepository(graph);
    this.lineage = new LineageRepository(graph);
    this.catalogue = new RelationshipCatalogueRepository(graph);
    this.cache = (options.codeCacheSize ?? 0) > 0 ? new BoundedMap(options.codeCacheSize!) : null;
  }

  async resolve(keys: readonly ClaimCodeKey[]): Promise<ClaimCodeResolution[]> {
    const [reads, history] = await Promise.all([this.read(keys), this.cache ? (this.history ??= this.lineage.history()) : this.lineage.history()]);
    const index = new HistoryIndex(history);
    return keys.map((key) => {
      const code = { vocabularyId: key.vocabularyId, conceptCode: key.conceptCode };
      const read = reads.get(codeKey(code))!;
      const onDate = codeOnDate(index, read.facts, key.date, key.siteOfService, key.payer);
      // Not valid at this site (2015-2025): the codes used there instead are its successors here.
      const successors = onDate.valid ? [] : onDate.successors.length ? onDate.successors : onDate.equivalentsAtSite;
      const dated = {
        validOnDate: onDate.valid,
        ...validityPeriod(index, code, read.concept),
        successors,
        warnings: onDate.warnings,
        useReplaced: onDate.replacedUses.length > 0,
      };
      if (!read.concept) return { source: null, status: null, targets: [], viaReplacement: false, ...dated };
      const mapping = resolveOrRefuse(read.concept, read.hops, key.date);
      return {
        source: read.concept,
        status: mapping.status,
        targets: mapping.status === 'CYCLE' ? [] : mapping.targets,
        viaReplacement: mapping.hops.some((hop) => hop.relationshipId !== MAPS_TO),
        ...dated,
      };
    });
  }

  async modifiers(codes: readonly string[]): Promise<Map<string, ModifierConcept>> {
    const rows = await this.graph.read<{ code: string; conceptId: number; vocabularyId: string }>(MODIFIERS, { codes: [...new Set(codes)] });
    const found = new Map<string, ModifierConcept>();
    for (const row of rows) if (!found.has(row.code)) found.set(row.code, { conceptId: row.conceptId, vocabularyId: row.vocabularyId, conceptCode: row.code });
    return found;
  }

  async typeConcepts(ids: readonly number[]): Promise<Map<number, TypeConcept>> {
    const rows = await this.graph.read<TypeConcept>(TYPE_CONCEPTS, { ids: [...new Set(ids)] });
    return new Map(rows.map((row) => [row.conceptId, row]));
  }

  async claimTypeConcept(): Promise<TypeConcept | null> {
    const [row] = await this.graph.read<TypeConcept>(CLAIM_TYPE_CONCEPT);
    return row ?? null;
  }

  async provenance(): Promise<MappingProvenance> {
    const [row] = await this.graph.read<{ vocabularyRelease: string | null; packHash: string | null }>(PROVENANCE);
    return { vocabularyRelease: row?.vocabularyRelease ?? null, knowledgePackVersion: knowledgePackVersion(row?.packHash ?? null) };
  }

  /** The distinct codes of the keys, each read once (three batched queries for those not cached). */
  private async read(keys: readonly ClaimCodeKey[]): Promise<Map<string, CodeRead>> {
    const reads = new Map<string, CodeRead>();
    const missing = new Map<string, CodeKey>();
    for (const { vocabularyId, conceptCode } of keys) {
      const id = codeKey({ vocabularyId, conceptCode });
      if (reads.has(id) || missing.has(id)) continue;
      const cached = this.cache?.get(id);
      if (cached) reads.set(id, cached);
      else missing.set(id, { vocabularyId, conceptCode });
    }
    if (missing.size === 0) return reads;
    const codes = [...missing.values()];
    const [concepts, facts, catalogue] = await Promise.all([this.concepts.byCodes(codes), this.lineage.codeFacts(codes), this.catalogue.load()]);
    const sources = concepts.filter((concept): concept is ConceptRecord => concept !== null && concept.standardConcept !== 'S');
    const hops = await this.mapping.neighbourhood(
      catalogue,
      sources.map((concept) => concept.conceptId),
      null,
    );
    codes.forEach((code, i) => {
      const read = { concept: concepts[i] ?? null, facts: facts[i]!, hops };
      reads.set(codeKey(code), read);
      this.cache?.set(codeKey(code), read);
    });
    return reads;
  }
}

/** OMOP's end date of a concept still in force. */
const OPEN_END = '2099-12-31';

/** First and last day the code is known valid, over all its meanings (null: open or unknown). */
function validityPeriod(index: HistoryIndex, code: CodeKey, concept: ConceptRecord | null): { validFrom: string | null; validUntil: string | null } {
  const versions = index.versions(code);
  if (versions.length > 0) {
    return { validFrom: versions[0]!.validFrom, validUntil: versions.some((v) => v.validTo === null) ? null : versions.at(-1)!.validTo };
  }
  const end = concept?.validEndDate ?? null;
  return { validFrom: concept?.validStartDate ?? null, validUntil: end !== null && end < OPEN_END ? end : null };
}

/** A chain longer than the mapping module follows reaches no standard concept a row may use. */
function resolveOrRefuse(
  concept: ConceptRecord,
  hops: HopsByConcept,
  date: string,
): { status: ClaimCodeResolution['status'] & string; targets: ConceptRecord[]; hops: MappingHopRecord[] } {
  try {
    return resolveMapping(concept, hops, date);
  } catch (error) {
    if (error instanceof ServiceError && error.code === LimitCode.TRAVERSAL_DEPTH_LIMIT_EXCEEDED)
      return { status: 'NO_STANDARD_TARGET', targets: [], hops: [] };
    throw error;
  }
}
