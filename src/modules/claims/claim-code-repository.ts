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
 */
import type { Graph } from '../../db/graph.js';
import type { ClaimCodeKey, ClaimCodeResolution, ClaimCodeSource, ClaimConcept, ModifierConcept } from './claim-code-source.js';

const CONCEPT_FIELDS = `{ .conceptId, .vocabularyId, .conceptCode, .standardConcept, .invalidReason,
  validStartDate: toString(X.validStartDate), validEndDate: toString(X.validEndDate) }`;
const fields = (variable: string): string => `${variable} ${CONCEPT_FIELDS.replaceAll('X', variable)}`;

// Index hint: see concept-repository.ts (a plan cached on a small graph may scan the label).
const RESOLVE = `
  UNWIND $keys AS key
  MATCH (c:Concept {vocabularyId: key.vocabularyId, conceptCode: key.conceptCode})
  USING INDEX c:Concept(vocabularyId, conceptCode)
  WHERE NOT c:Unresolved
  WITH key, c, date(key.date) AS day
  RETURN key.index AS index,
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
      WHERE e.effectiveDate <= day AND NOT (s.vocabularyId = c.vocabularyId AND s.conceptCode = c.conceptCode)
        AND (key.setting IS NULL OR t.setting IS NULL OR t.setting IN ['all', key.setting])
      WITH e, t, s ORDER BY e.effectiveDate, s.conceptCode
      RETURN {
        vocabularyId: s.vocabularyId, conceptCode: s.conceptCode, effectiveDate: toString(e.effectiveDate),
        condition: t.condition,
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

interface Row {
  index: number;
  source: ClaimConcept;
  direct: ClaimConcept[];
  replaced: ClaimConcept[];
  cycle: boolean;
  versions: { validFrom: string; validTo: string | null }[];
  successors: ClaimCodeResolution['successors'];
}

export class ClaimCodeRepository implements ClaimCodeSource {
  constructor(private readonly graph: Graph) {}

  async resolve(keys: readonly ClaimCodeKey[]): Promise<ClaimCodeResolution[]> {
    const rows = await this.graph.read<Row>(RESOLVE, {
      keys: keys.map((key, index) => ({
        index,
        vocabularyId: key.vocabularyId,
        conceptCode: key.conceptCode,
        date: key.date,
        setting: key.siteOfService ? SETTING_OF_SITE[key.siteOfService] : null,
      })),
    });
    const found: ClaimCodeResolution[] = keys.map(() => ({
      source: null,
      status: null,
      targets: [],
      viaReplacement: false,
      validOnDate: false,
      validFrom: null,
      validUntil: null,
      successors: [],
    }));
    for (const row of rows) found[row.index] = toResolution(row, keys[row.index]!.date);
    return found;
  }

  async modifiers(codes: readonly string[]): Promise<Map<string, ModifierConcept>> {
    const rows = await this.graph.read<{ code: string; conceptId: number; vocabularyId: string }>(MODIFIERS, { codes: [...new Set(codes)] });
    const found = new Map<string, ModifierConcept>();
    for (const row of rows) if (!found.has(row.code)) found.set(row.code, { conceptId: row.conceptId, vocabularyId: row.vocabularyId, conceptCode: row.code });
    return found;
  }
}

function toResolution(row: Row, date: string): ClaimCodeResolution {
  const { source } = row;
  let validOnDate: boolean;
  let validFrom: string | null;
  let validUntil: string | null;
  if (row.versions.length) {
    validOnDate = row.versions.some((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo));
    validFrom = row.versions.map((v) => v.validFrom).sort()[0] ?? null;
    validUntil = row.versions.some((v) => v.validTo === null) ? null : (row.versions.map((v) => v.validTo!).sort().at(-1) ?? null);
  } else {
    validOnDate = (source.validStartDate === null || source.validStartDate <= date) && (source.validEndDate === null || date <= source.validEndDate);
    validFrom = source.validStartDate;
    validUntil = source.validEndDate !== null && source.validEndDate < OPEN_END ? source.validEndDate : null;
  }
  const deprecated = source.invalidReason !== null || validUntil !== null;
  const base = { source, validOnDate, validFrom, validUntil, successors: validOnDate ? [] : row.successors };
  if (row.direct.length) {
    const self = row.direct.length === 1 && row.direct[0]!.conceptId === source.conceptId;
    return { ...base, status: self && deprecated ? 'DEPRECATED_STANDARD' : 'STANDARD', targets: row.direct, viaReplacement: false };
  }
  if (source.standardConcept === 'S') return { ...base, status: deprecated ? 'DEPRECATED_STANDARD' : 'STANDARD', targets: [source], viaReplacement: false };
  if (row.cycle) return { ...base, status: 'CYCLE', targets: [], viaReplacement: false };
  if (row.replaced.length) return { ...base, status: 'STANDARD', targets: row.replaced, viaReplacement: true };
  return { ...base, status: 'NO_STANDARD_TARGET', targets: [], viaReplacement: false };
}
