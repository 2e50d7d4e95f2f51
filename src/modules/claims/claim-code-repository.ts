/**
 * PROVISIONAL: the claim rules' one window on the graph (ClaimCodeSource), read directly with
 * simple Cypher until the shared 'Maps to' resolution (src/modules/mapping) and "code on date"
 * (src/modules/lineage) modules exist on this branch. Keep it isolated: it is meant to be
 * replaced by an adapter over those modules, with the same ClaimCodeSource interface and the
 * same records, and nothing else in src/modules/claims reads the database.
 *
 * What it reads: the concept by (vocabularyId, conceptCode) on its index; standard concepts
 * reached through valid MAPS_TO edges, else the concept itself when standard, else through up
 * to three CONCEPT_REPLACED_BY hops; validity on the date from the knowledge pack's code
 * versions, else the concept's valid dates; successors from the pack's replacement events.
 * The graph is read once per distinct code; dates and sites are applied here in TypeScript.
 */
import type { Graph } from '../../db/graph.js';
import { BoundedMap } from './bounded-map.js';
import type { ClaimCodeKey, ClaimCodeResolution, ClaimCodeSource, ClaimConcept, ClaimSuccessor, ModifierConcept } from './claim-code-source.js';

const CONCEPT_FIELDS = `{ .conceptId, .vocabularyId, .conceptCode, .standardConcept, .invalidReason,
  validStartDate: toString(X.validStartDate), validEndDate: toString(X.validEndDate) }`;
const fields = (variable: string): string => `${variable} ${CONCEPT_FIELDS.replaceAll('X', variable)}`;

// Index hint: see concept-repository.ts (a plan cached on a small graph may scan the label).
// Everything here is independent of the date of service: it is read once per distinct code, and
// the date (validity, successors in force) is applied in TypeScript.
const RESOLVE_CODES = `
  UNWIND $codes AS code
  MATCH (c:Concept {vocabularyId: code.vocabularyId, conceptCode: code.conceptCode})
  USING INDEX c:Concept(vocabularyId, conceptCode)
  WHERE NOT c:Unresolved
  RETURN code.index AS index,
    ${fields('c')} AS source,
    COLLECT {
      MATCH (c)-[m:MAPS_TO]->(t:Concept)
      WHERE m.invalidReason IS NULL AND t.standardConcept = 'S' AND NOT t:Unresolved
      RETURN DISTINCT ${fields('t')} AS target ORDER BY target.conceptId
    } AS direct,
    COLLECT {
      MATCH (c)-[:CONCEPT_REPLACED_BY*1..3]->(r:Concept)
      WHERE NOT r:Unresolved AND r <> c AND NOT EXISTS { (r)-[:CONCEPT_REPLACED_BY]->(:Concept) }
      OPTIONAL MATCH (r)-[m:MAPS_TO]->(t:Concept)
      WHERE m.invalidReason IS NULL AND t.standardConcept = 'S' AND NOT t:Unresolved
      WITH coalesce(t, CASE WHEN r.standardConcept = 'S' THEN r END) AS end
      WHERE end IS NOT NULL
      RETURN DISTINCT ${fields('end')} AS target ORDER BY target.conceptId
    } AS replaced,
    EXISTS { (c)-[:CONCEPT_REPLACED_BY*1..3]->(c) } AS cycle,
    COLLECT {
      MATCH (c)-[:HAS_VERSION]->(v:CodeVersion)
      RETURN { validFrom: toString(v.validFrom), validTo: toString(v.validTo) } AS version
    } AS versions,
    COLLECT {
      MATCH (c)-[:CHANGED_IN]->(e:CodeChange {kind: 'replaced'})-[t:CHANGED_TO]->(s)
      WHERE NOT (s.vocabularyId = c.vocabularyId AND s.conceptCode = c.conceptCode)
      WITH e, t, s ORDER BY e.effectiveDate, s.conceptCode
      RETURN {
        vocabularyId: s.vocabularyId, conceptCode: s.conceptCode, effectiveDate: toString(e.effectiveDate),
        condition: t.condition, setting: t.setting,
        criterionIds: COLLECT { MATCH (cr:Criterion {criterionId: t.condition}) RETURN cr.criterionId }
          + COLLECT { MATCH (:DeliveryLevel {levelId: t.condition})-[:REQUIRES_ALL|REQUIRES_ANY]->(cr:Criterion) RETURN DISTINCT cr.criterionId ORDER BY cr.criterionId }
      } AS successor
    } AS successors
`;

const MODIFIERS = `
  UNWIND $codes AS code
  MATCH (c:Concept {conceptCode: code}) USING INDEX c:Concept(conceptCode)
  WHERE c.conceptClassId IN ['CPT4 Modifier', 'HCPCS Modifier'] AND NOT c:Unresolved
  RETURN code, c.conceptId AS conceptId, c.vocabularyId AS vocabularyId
  ORDER BY code, CASE WHEN c.invalidReason IS NULL THEN 0 ELSE 1 END, conceptId
`;

const SETTING_OF_SITE = { PHYSICIAN_OFFICE: 'MPFS', HOSPITAL_OUTPATIENT: 'HOPPS' } as const;
/** OMOP's end date of a concept still in force. */
const OPEN_END = '2099-12-31';

interface CodeFacts {
  index: number;
  source: ClaimConcept;
  direct: ClaimConcept[];
  replaced: ClaimConcept[];
  cycle: boolean;
  versions: { validFrom: string; validTo: string | null }[];
  successors: (ClaimSuccessor & { setting: string | null })[];
}

export class ClaimCodeRepository implements ClaimCodeSource {
  /** Facts per code, kept only when `codeCacheSize` > 0 (a command run, where the graph does not change underneath). */
  private readonly codeCache: BoundedMap<string, CodeFacts | null>;
  private readonly cacheCodes: boolean;

  constructor(
    private readonly graph: Graph,
    options: { codeCacheSize?: number } = {},
  ) {
    this.cacheCodes = (options.codeCacheSize ?? 0) > 0;
    this.codeCache = new BoundedMap(Math.max(options.codeCacheSize ?? 0, 1));
  }

  async resolve(keys: readonly ClaimCodeKey[]): Promise<ClaimCodeResolution[]> {
    const facts = await this.codeFacts(keys);
    return keys.map((key) => {
      const found = facts.get(`${key.vocabularyId}|${key.conceptCode}`);
      return found ? toResolution(found, key) : UNKNOWN;
    });
  }

  async modifiers(codes: readonly string[]): Promise<Map<string, ModifierConcept>> {
    const rows = await this.graph.read<{ code: string; conceptId: number; vocabularyId: string }>(MODIFIERS, { codes: [...new Set(codes)] });
    const found = new Map<string, ModifierConcept>();
    for (const row of rows) if (!found.has(row.code)) found.set(row.code, { conceptId: row.conceptId, vocabularyId: row.vocabularyId, conceptCode: row.code });
    return found;
  }

  /** One query for the distinct codes of the keys that the cache does not hold. */
  private async codeFacts(keys: readonly ClaimCodeKey[]): Promise<Map<string, CodeFacts | null>> {
    const facts = new Map<string, CodeFacts | null>();
    const missing = new Map<string, { vocabularyId: string; conceptCode: string }>();
    for (const { vocabularyId, conceptCode } of keys) {
      const id = `${vocabularyId}|${conceptCode}`;
      if (facts.has(id) || missing.has(id)) continue;
      const cached = this.codeCache.get(id);
      if (cached !== undefined) facts.set(id, cached);
      else missing.set(id, { vocabularyId, conceptCode });
    }
    if (missing.size === 0) return facts;
    const codes = [...missing.values()];
    const rows = await this.graph.read<CodeFacts>(RESOLVE_CODES, { codes: codes.map((code, index) => ({ ...code, index })) });
    const byIndex = new Map(rows.map((row) => [row.index, row]));
    codes.forEach((code, index) => {
      const id = `${code.vocabularyId}|${code.conceptCode}`;
      const found = byIndex.get(index) ?? null;
      facts.set(id, found);
      if (this.cacheCodes) this.codeCache.set(id, found);
    });
    return facts;
  }
}

const UNKNOWN: ClaimCodeResolution = {
  source: null,
  status: null,
  targets: [],
  viaReplacement: false,
  validOnDate: false,
  validFrom: null,
  validUntil: null,
  successors: [],
};

/** The code's facts on the key's date and site. */
function toResolution(facts: CodeFacts, key: ClaimCodeKey): ClaimCodeResolution {
  const { source } = facts;
  const { date } = key;
  let validOnDate: boolean;
  let validFrom: string | null;
  let validUntil: string | null;
  if (facts.versions.length) {
    validOnDate = facts.versions.some((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo));
    validFrom = facts.versions.map((v) => v.validFrom).sort()[0] ?? null;
    validUntil = facts.versions.some((v) => v.validTo === null) ? null : (facts.versions.map((v) => v.validTo!).sort().at(-1) ?? null);
  } else {
    validOnDate = (source.validStartDate === null || source.validStartDate <= date) && (source.validEndDate === null || date <= source.validEndDate);
    validFrom = source.validStartDate;
    validUntil = source.validEndDate !== null && source.validEndDate < OPEN_END ? source.validEndDate : null;
  }
  const setting = key.siteOfService ? SETTING_OF_SITE[key.siteOfService] : null;
  const successors = validOnDate
    ? []
    : facts.successors
        .filter((s) => s.effectiveDate <= date && (setting === null || s.setting === null || s.setting === 'all' || s.setting === setting))
        .map(({ setting: _setting, ...successor }) => successor);
  const deprecated = source.invalidReason !== null || validUntil !== null;
  const base = { source, validOnDate, validFrom, validUntil, successors };
  if (facts.direct.length) {
    const self = facts.direct.length === 1 && facts.direct[0]!.conceptId === source.conceptId;
    return { ...base, status: self && deprecated ? 'DEPRECATED_STANDARD' : 'STANDARD', targets: facts.direct, viaReplacement: false };
  }
  if (source.standardConcept === 'S') return { ...base, status: deprecated ? 'DEPRECATED_STANDARD' : 'STANDARD', targets: [source], viaReplacement: false };
  if (facts.cycle) return { ...base, status: 'CYCLE', targets: [], viaReplacement: false };
  if (facts.replaced.length) return { ...base, status: 'STANDARD', targets: facts.replaced, viaReplacement: true };
  return { ...base, status: 'NO_STANDARD_TARGET', targets: [], viaReplacement: false };
}
