import type { Graph } from '../../db/graph.js';
import type { PageWindow } from '../../api/pagination.js';
import { codeKey, type CodeKey } from '../../graph/code.js';
import { codeOnDate, HistoryIndex } from './code-on-date.js';
import {
  type ChangeEventRecord,
  type CodeFacts,
  type CodeHistory,
  type CodeOnDateRecord,
  type CodeVersionRecord,
  type Payer,
  type Site,
} from './lineage-records.js';

// A change event with the codes on both sides, as plain values (dates as YYYY-MM-DD strings).
// `c` is a (:Concept) or, for codes no concept carries, the (:Code) stand-in.
const EVENT_FIELDS = `
  e.changeId AS changeId, toString(e.effectiveDate) AS effectiveDate, e.kind AS kind, e.authority AS authority,
  e.summary AS summary, e.sources AS sources, e.confidence AS confidence, e.note AS note,
  COLLECT {
    MATCH (c)-[r:CHANGED_IN]->(e)
    RETURN {vocabularyId: c.vocabularyId, conceptCode: c.conceptCode, meaningAsOf: r.meaningAsOf, component: r.component, qualifier: r.qualifier} AS ref
    ORDER BY ref.vocabularyId, ref.conceptCode
  } AS from,
  COLLECT {
    MATCH (e)-[r:CHANGED_TO]->(c)
    RETURN {vocabularyId: c.vocabularyId, conceptCode: c.conceptCode, meaningAsOf: r.meaningAsOf, component: r.component, qualifier: r.qualifier,
            condition: r.condition, setting: r.setting} AS ref
    ORDER BY ref.vocabularyId, ref.conceptCode, ref.condition
  } AS to
`;

const ALL_EVENTS = `
  MATCH (e:CodeChange)
  RETURN ${EVENT_FIELDS}
  ORDER BY effectiveDate, changeId
`;

const ALL_VERSIONS = `
  MATCH (c)-[:HAS_VERSION]->(v:CodeVersion)
  RETURN c.vocabularyId AS vocabularyId, c.conceptCode AS conceptCode, toString(v.validFrom) AS validFrom, toString(v.validTo) AS validTo,
         v.meaning AS meaning, v.setting AS setting, v.sources AS sources, v.confidence AS confidence, v.note AS note
  ORDER BY vocabularyId, conceptCode, validFrom
`;

// A level id in a change condition stands for the criteria the level requires.
const LEVEL_CRITERIA = `
  MATCH (l:DeliveryLevel)
  RETURN l.levelId AS levelId,
         COLLECT { MATCH (l)-[:REQUIRES_ALL|REQUIRES_ANY]->(c:Criterion) RETURN DISTINCT c.criterionId AS id ORDER BY id } AS criterionIds
`;

const CRITERION_IDS = `MATCH (c:Criterion) RETURN collect(c.criterionId) AS ids`;

// One row per key, in key order. A seed concept and a loaded one never share a code (the loader
// reconciles local ids), but the ORDER BY keeps the answer stable if they ever did.
const CODE_FACTS = `
  UNWIND $keys AS key
  OPTIONAL MATCH (concept:Concept {vocabularyId: key.vocabularyId, conceptCode: key.conceptCode})
  USING INDEX concept:Concept(vocabularyId, conceptCode)
  WHERE NOT concept:Unresolved
  WITH key, concept ORDER BY concept.isLocal ASC
  WITH key, head(collect(concept)) AS concept
  OPTIONAL MATCH (standIn:Code {vocabularyId: key.vocabularyId, conceptCode: key.conceptCode})
  WITH key, concept, standIn, coalesce(concept, standIn) AS node
  OPTIONAL MATCH (node)-[:IN_FAMILY]->(f:CodeFamily)
  OPTIONAL MATCH (node)-[:HAS_BILLING_PROFILE]->(p:BillingProfile)
  RETURN key.index AS index, concept IS NOT NULL AS hasConcept, standIn IS NOT NULL AS hasStandIn,
         concept.conceptName AS conceptName, toString(concept.validStartDate) AS validStartDate, toString(concept.validEndDate) AS validEndDate,
         f.familyId AS familyId, f.name AS familyName,
         CASE WHEN p IS NULL THEN null ELSE {
           family: p.family, frequency: p.frequency, addOn: p.addOn, addOnKind: p.addOnKind, pitfalls: p.pitfalls,
           sources: p.sources, confidence: p.confidence, note: p.note,
           components: {professional: p.professional, technical: p.technical, global: p.global,
                        sources: p.componentsSources, confidence: p.componentsConfidence, note: p.componentsNote},
           primaryCodes: COLLECT { MATCH (p)-[:ADD_ON_TO]->(x) RETURN {vocabularyId: x.vocabularyId, conceptCode: x.conceptCode} AS code ORDER BY code.conceptCode },
           componentChanges: COLLECT {
             MATCH (p)-[:HAS_COMPONENT_CHANGE]->(cc:ComponentChange)
             RETURN {effectiveDate: toString(cc.effectiveDate), component: cc.component, change: cc.change, statusIndicator: cc.statusIndicator, setting: coalesce(cc.setting, 'all'),
                     sources: cc.sources, note: cc.note,
                     into: COLLECT { MATCH (cc)-[:INTO]->(x) RETURN {vocabularyId: x.vocabularyId, conceptCode: x.conceptCode} AS code ORDER BY code.conceptCode }} AS change
             ORDER BY change.effectiveDate, change.component
           }
         } END AS profile
`;

// Events effective in [from, to], optionally only those naming a code of the given vocabularies.
// Numbers arrive as floats from JavaScript: list slices need integers.
const CHANGES_BETWEEN = `
  MATCH (e:CodeChange)
  WHERE date($from) <= e.effectiveDate <= date($to)
    AND ($vocabularyIds IS NULL OR EXISTS { MATCH (c)-[:CHANGED_IN|CHANGED_TO]-(e) WHERE c.vocabularyId IN $vocabularyIds })
  WITH e ORDER BY e.effectiveDate, e.changeId
  WITH collect(e) AS matching
  RETURN size(matching) AS total, [e IN matching[toInteger($offset)..toInteger($offset + $limit)] | e.changeId] AS page
`;

const EVENTS_BY_ID = `
  UNWIND $ids AS id
  MATCH (e:CodeChange {changeId: id})
  RETURN ${EVENT_FIELDS}
  ORDER BY effectiveDate, changeId
`;

/** A (code, date, site, payer) question of `codesOnDate`. */
export interface CodeOnDateKey {
  code: CodeKey;
  date: string;
  siteOfService: Site | null;
  /** Unknown when omitted (null). */
  payer?: Payer | null;
}

/** The only place lineage Cypher lives. Records are plain objects; dates are YYYY-MM-DD strings. */
export class LineageRepository {
  constructor(private readonly graph: Graph) {}

  /** The whole curated history: every change event and code version, and what levels stand for. */
  async history(): Promise<CodeHistory> {
    const [events, versions, levels, criteria] = await Promise.all([
      this.graph.read<ChangeEventRecord>(ALL_EVENTS),
      this.graph.read<CodeVersionRecord>(ALL_VERSIONS),
      this.graph.read<{ levelId: string; criterionIds: string[] }>(LEVEL_CRITERIA),
      this.graph.read<{ ids: string[] }>(CRITERION_IDS),
    ]);
    return {
      events,
      versions,
      levelCriteria: new Map(levels.map((level) => [level.levelId, level.criterionIds])),
      criterionIds: new Set(criteria[0]?.ids ?? []),
    };
  }

  /** Concept, family and billing profile of each code, one entry per key in key order. */
  async codeFacts(codes: readonly CodeKey[]): Promise<CodeFacts[]> {
    const rows = await this.graph.read<Omit<CodeFacts, 'code'> & { index: number }>(CODE_FACTS, {
      keys: codes.map((code, index) => ({ vocabularyId: code.vocabularyId, conceptCode: code.conceptCode, index })),
    });
    const byIndex = new Map(rows.map((row) => [row.index, row]));
    return codes.map((code, index) => {
      const { index: _index, ...facts } = byIndex.get(index) ?? emptyFacts();
      return { code, ...facts };
    });
  }

  /**
   * What each code meant and whether it was in force, for many (code, date, site) questions at
   * once: one answer per key, in key order. Each distinct code is read once, and the history
   * once (pass `history` to reuse one already read in this request).
   */
  async codesOnDate(keys: readonly CodeOnDateKey[], history?: CodeHistory): Promise<CodeOnDateRecord[]> {
    const distinct = new Map<string, CodeKey>();
    for (const key of keys) distinct.set(codeKey(key.code), key.code);
    const [loaded, facts] = await Promise.all([history ?? this.history(), this.codeFacts([...distinct.values()])]);
    const factsByCode = new Map(facts.map((fact) => [codeKey(fact.code), fact]));
    const index = new HistoryIndex(loaded);
    return keys.map((key) => codeOnDate(index, { ...factsByCode.get(codeKey(key.code))!, code: key.code }, key.date, key.siteOfService, key.payer ?? null));
  }

  /** One page of the change events effective between two dates, and how many there are. */
  async changesBetween(
    from: string,
    to: string,
    vocabularyIds: readonly string[] | null,
    window: PageWindow,
  ): Promise<{ total: number; events: ChangeEventRecord[] }> {
    const [row] = await this.graph.read<{ total: number; page: string[] }>(CHANGES_BETWEEN, {
      from,
      to,
      vocabularyIds,
      offset: window.offset,
      limit: window.limit,
    });
    const ids = row?.page ?? [];
    const events = ids.length > 0 ? await this.graph.read<ChangeEventRecord>(EVENTS_BY_ID, { ids }) : [];
    return { total: row?.total ?? 0, events };
  }
}

function emptyFacts(): Omit<CodeFacts, 'code'> & { index: number } {
  return {
    index: -1,
    hasConcept: false,
    hasStandIn: false,
    conceptName: null,
    validStartDate: null,
    validEndDate: null,
    familyId: null,
    familyName: null,
    profile: null,
  };
}
