import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILED_ROOT_FIELDS } from '../../src/api/compiled-execution.js';
import { createRepositories, createRequestContext, type RequestContext } from '../../src/context.js';
import { loadVocabularyFolder } from '../../src/ingest/athena/load.js';
import { loadSeed } from '../../src/ingest/seed/load-seed.js';
import { BillingRepository } from '../../src/modules/claims/billing-repository.js';
import { billingDataFromPack, billingRulesFromPack, type BillingData } from '../../src/modules/claims/billing-rules.js';
import { ClaimCodeRepository } from '../../src/modules/claims/claim-code-repository.js';
import type { ClaimCodeKey, ClaimCodeResolution, ClaimCodeSource } from '../../src/modules/claims/claim-code-source.js';
import { mapClaimBatch } from '../../src/modules/claims/claim-mapper.js';
import { resolvers } from '../../src/resolvers.js';
import { loadTypeDefs } from '../../src/schema.js';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';
import { resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';
import { EUNOMIA, tempFolder } from '../helpers/vocabulary-folders.js';

/** mapClaimLines through the real schema, resolvers and database: the knowledge pack plus a small hand-built vocabulary. */
const { graph } = useTestDatabase();
const query = graphqlClient(graph);
const pack = readSeedPack();
const idOf = (code: string): number => {
  const row = pack.omopConcepts.find((c) => c.concept_code === code) ?? pack.localConcepts.find((c) => c.concept_code === code);
  if (!row) throw new Error(`no pack concept ${code}`);
  return Number(row.concept_id);
};

// Test-only concepts in OMOP's local id range: one-to-many maps, a replacement, no standard
// target, a replacement cycle, and a modifier only a vocabulary load brings.
const CONCEPTS = `concept_id,concept_name,domain_id,vocabulary_id,concept_class_id,standard_concept,concept_code,valid_start_date,valid_end_date,invalid_reason
2100000001,Test source with two targets,Procedure,HCPCS,HCPCS,,Z9001,2010-01-01,2099-12-31,
2100000011,Test target A,Procedure,SNOMED,Procedure,S,TEST-A,2010-01-01,2099-12-31,
2100000012,Test target B,Procedure,SNOMED,Procedure,S,TEST-B,2010-01-01,2099-12-31,
2100000002,Test replaced code,Procedure,HCPCS,HCPCS,,Z9002,2010-01-01,2019-12-31,U
2100000003,Test replacement,Procedure,HCPCS,HCPCS,S,Z9003,2020-01-01,2099-12-31,
2100000004,Test code without standard target,Procedure,HCPCS,HCPCS,,Z9004,2010-01-01,2099-12-31,
2100000005,Test cycle one,Procedure,HCPCS,HCPCS,,Z9005,2010-01-01,2019-12-31,U
2100000006,Test cycle two,Procedure,HCPCS,HCPCS,,Z9006,2010-01-01,2019-12-31,U
2100000021,Test modifier,Observation,HCPCS,HCPCS Modifier,S,Q9,2010-01-01,2099-12-31,
32810,Claim,Type Concept,Type Concept,Type Concept,S,OMOP4976890,1970-01-01,2099-12-31,
`;
// 32810 is OMOP's Type Concept 'Claim' (CDM v5.4 type concepts; public ETLs fill
// procedure_type_concept_id with it for billing records): the one real id the CDM tests need.
const RELATIONSHIPS = `concept_id_1,concept_id_2,relationship_id,valid_start_date,valid_end_date,invalid_reason
2100000001,2100000011,Maps to,2010-01-01,2099-12-31,
2100000001,2100000012,Maps to,2010-01-01,2099-12-31,
2100000002,2100000003,Concept replaced by,2020-01-01,2099-12-31,
2100000005,2100000006,Concept replaced by,2020-01-01,2099-12-31,
2100000006,2100000005,Concept replaced by,2020-01-01,2099-12-31,
`;
const folder = tempFolder('claims-vocabulary');

beforeAll(async () => {
  await resetDatabase(graph);
  await loadSeed(graph, silentLog);
  for (const file of ['RELATIONSHIP.csv', 'VOCABULARY.csv', 'DOMAIN.csv', 'CONCEPT_CLASS.csv']) copyFileSync(join(EUNOMIA, file), join(folder, file));
  writeFileSync(join(folder, 'CONCEPT.csv'), CONCEPTS);
  writeFileSync(join(folder, 'CONCEPT_RELATIONSHIP.csv'), RELATIONSHIPS);
  const report = await loadVocabularyFolder(graph, folder, { rejectsFile: join(folder, 'rejects.tsv') });
  expect(report.rejected).toBe(0);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const MAP = `
  query Map($lines: [ClaimLineInput!]!) {
    mapClaimLines(lines: $lines) {
      lines {
        lineNumber lineId status flags messages family
        rows { procedureConceptId procedureSourceValue procedureSourceConceptId modifierConceptId modifierSourceValue quantity procedureDate personId }
        cdm: rows { cdmTable domainId procedureTypeConceptId procedureEndDate visitOccurrenceId providerId columns { name value } }
        successors { code { vocabularyId conceptCode concept { conceptId } } effectiveDate condition criteria { criterionId } }
      }
      summary { lines mapped unmapped rejected rows flags { flag count } tables { table rows } }
      warnings
      sourceToConceptMap { sourceCode sourceConceptId sourceVocabularyId sourceCodeDescription targetConceptId targetVocabularyId validStartDate validEndDate invalidReason }
      provenance { vocabularyRelease knowledgePackVersion serviceVersion }
    }
  }`;

interface Line {
  lineNumber: number;
  lineId: string | null;
  status: string;
  flags: string[];
  messages: string[];
  family: string | null;
  rows: Record<string, unknown>[];
  cdm: {
    cdmTable: string;
    domainId: string | null;
    procedureTypeConceptId: string;
    procedureEndDate: string | null;
    visitOccurrenceId: string | null;
    providerId: string | null;
    columns: { name: string; value: string | null }[];
  }[];
  successors: {
    code: { vocabularyId: string; conceptCode: string; concept: { conceptId: string } | null };
    effectiveDate: string;
    condition: string | null;
    criteria: { criterionId: string }[];
  }[];
}

interface Mapped {
  lines: Line[];
  summary: Record<string, unknown>;
  warnings: string[];
  sourceToConceptMap: Record<string, string | null>[];
  provenance: { vocabularyRelease: string | null; knowledgePackVersion: string | null; serviceVersion: string };
}

async function map(lines: Record<string, unknown>[]): Promise<Mapped> {
  const result = await query(MAP, { lines });
  expect(result.errors).toBeUndefined();
  return (result.data as { mapClaimLines: Mapped }).mapClaimLines;
}

describe('mapClaimLines on the knowledge pack', () => {
  it('builds the OMOP row: the standard concept, the code exactly as given, its own concept, units 0 -> 1', async () => {
    const { lines } = await map([{ lineId: 'a', personId: 'p1', code: ' 77412 ', dateOfService: '2025-03-03', units: 0 }]);
    expect(lines[0]).toMatchObject({ lineNumber: 1, lineId: 'a', status: 'MAPPED', flags: [], family: 'delivery', successors: [] });
    expect(lines[0]!.rows).toEqual([
      {
        procedureConceptId: String(idOf('77412')),
        procedureSourceValue: ' 77412 ',
        procedureSourceConceptId: String(idOf('77412')),
        modifierConceptId: '0',
        modifierSourceValue: null,
        quantity: 1,
        procedureDate: '2025-03-03',
        personId: 'p1',
      },
    ]);
  });

  it('carries the modifier about the procedure (26 before 59) and keeps every modifier in the source value', async () => {
    const { lines } = await map([
      { code: '77387-26', modifiers: ['59'], dateOfService: '2025-03-03', encounterId: 'e', units: 2 },
      { code: '77412', dateOfService: '2025-03-03', encounterId: 'e' },
    ]);
    expect(lines[0]!.rows[0]).toMatchObject({
      modifierConceptId: String(idOf('26')),
      modifierSourceValue: '26,59',
      procedureSourceValue: '77387-26',
      quantity: 2,
    });
    expect(lines[0]!.flags).toEqual(['ADD_ON', 'PROFESSIONAL_COMPONENT']);
  });

  it('flags 77427 as weekly management: one row covering five fractions', async () => {
    const { lines } = await map([{ code: '77427', dateOfService: '2025-03-07' }]);
    expect(lines[0]).toMatchObject({ status: 'MAPPED', family: 'management', flags: ['WEEKLY_MANAGEMENT'] });
    expect(lines[0]!.rows).toHaveLength(1);
    expect(lines[0]!.messages[0]).toMatch(/five fractions/);
  });

  it('flags 77387 as an add-on, and without a primary when no delivery code shares its encounter', async () => {
    const { lines } = await map([
      { code: '77387', dateOfService: '2025-03-03', encounterId: 'with' },
      { code: '77407', dateOfService: '2025-03-03', encounterId: 'with' },
      { code: '77387', dateOfService: '2025-03-03', encounterId: 'alone' },
      { code: '77427', dateOfService: '2025-03-03', encounterId: 'alone' },
    ]);
    expect(lines[0]!.flags).toEqual(['ADD_ON']);
    expect(lines[2]!.flags).toEqual(['ADD_ON', 'ADD_ON_WITHOUT_PRIMARY']);
    expect(lines[2]!.messages).toContain('no primary code (77402, 77407, 77412, 77385, 77386) is reported in encounter alone');
  });

  it('flags planning as once per course, and repeated when reported twice in one course', async () => {
    const { lines } = await map([
      { code: '77263', dateOfService: '2025-03-01', courseId: 'c1' },
      { code: '77263', dateOfService: '2025-04-01', courseId: 'c1' },
      { code: '77263', dateOfService: '2025-05-01', courseId: 'c2' },
    ]);
    expect(lines.map((l) => l.flags)).toEqual([['ONCE_PER_COURSE'], ['ONCE_PER_COURSE', 'REPEATED_PLANNING'], ['ONCE_PER_COURSE']]);
    expect(lines[0]!.family).toBe('clinical-planning');
  });

  it('keeps -26 and -TC apart, and 77387-TC is bundled from 2026-01-01', async () => {
    const { lines } = await map([
      { code: '77387-TC', dateOfService: '2025-12-31', encounterId: 'a' },
      { code: '77387', modifiers: ['TC'], dateOfService: '2026-01-02', encounterId: 'b' },
      { code: '77387-26', dateOfService: '2026-01-02', encounterId: 'b' },
      { code: '77412', dateOfService: '2026-01-02', encounterId: 'b' },
    ]);
    expect(lines[0]!.flags).toEqual(['ADD_ON', 'ADD_ON_WITHOUT_PRIMARY', 'TECHNICAL_COMPONENT']);
    expect(lines[1]!.flags).toEqual(['ADD_ON', 'TECHNICAL_COMPONENT', 'BUNDLED_COMPONENT']);
    expect(lines[1]!.rows[0]).toMatchObject({ modifierConceptId: String(idOf('TC')), procedureSourceValue: '77387' });
    expect(lines[1]!.messages.join('\n')).toMatch(
      /technical component of 77387 is bundled into 77402, 77407, 77412 from 2026-01-01 \(status B\): not separately payable/,
    );
    expect(lines[2]!.flags).toEqual(['ADD_ON', 'PROFESSIONAL_COMPONENT']);
  });

  it('flags 77387-TC in a hospital outpatient department 2015-2025 as paid within the delivery code, not in an office nor for another payer', async () => {
    const tc = (extra: Record<string, unknown>) => ({ code: '77387-TC', dateOfService: '2020-06-01', ...extra });
    const { lines } = await map([
      tc({ siteOfService: 'HOSPITAL_OUTPATIENT', payer: 'MEDICARE' }),
      tc({ siteOfService: 'HOSPITAL_OUTPATIENT' }),
      tc({ siteOfService: 'HOSPITAL_OUTPATIENT', payer: 'OTHER' }),
      tc({ siteOfService: 'PHYSICIAN_OFFICE', payer: 'MEDICARE' }),
      tc({}),
      { code: '77387-26', dateOfService: '2020-06-01', siteOfService: 'HOSPITAL_OUTPATIENT', payer: 'MEDICARE' },
    ]);
    expect(lines.map((l) => l.flags.includes('BUNDLED_COMPONENT'))).toEqual([true, true, false, false, false, false]);
    expect(lines[0]!.messages.join('\n')).toMatch(
      /technical component of 77387 is bundled into 77385, 77386, 77402, 77407, 77412 in hospital outpatient departments \(Medicare's HOPPS\) from 2015-01-01: not separately payable/,
    );
    expect(lines[1]!.messages.join('\n')).toMatch(/\(Medicare's HOPPS, assumed: the payer is not given\)/);
  });

  it('lets a brachytherapy isodose plan (77316-77318) recur within a course: each implant or insertion is planned', async () => {
    const { lines } = await map([
      { code: '77316', dateOfService: '2025-03-03', courseId: 'hdr' },
      { code: '77316', dateOfService: '2025-03-10', courseId: 'hdr' },
      { code: '77263', dateOfService: '2025-03-03', courseId: 'hdr' },
      { code: '77263', dateOfService: '2025-03-10', courseId: 'hdr' },
    ]);
    expect(lines.map((l) => l.flags)).toEqual([[], [], ['ONCE_PER_COURSE'], ['ONCE_PER_COURSE', 'REPEATED_PLANNING']]);
  });

  it('flags a code not valid on its date with its successors and the criteria that choose between them', async () => {
    const { lines } = await map([{ code: 'g6015', dateOfService: '2026-02-02' }]);
    const [line] = lines;
    expect(line!.status).toBe('MAPPED');
    expect(line!.flags).toEqual(['NOT_VALID_ON_DATE', 'DEPRECATED_SOURCE']);
    expect(line!.rows[0]).toMatchObject({ procedureConceptId: String(idOf('G6015')), procedureSourceValue: 'g6015' });
    expect(line!.successors.map((s) => [s.code.conceptCode, s.condition, s.effectiveDate, s.code.concept?.conceptId])).toEqual([
      ['77407', 'level-2', '2026-01-01', String(idOf('77407'))],
      ['77412', 'level-3', '2026-01-01', String(idOf('77412'))],
    ]);
    const level3 = pack.criteria.levels.find((l) => l.id === 'level-3')!;
    expect(line!.successors[1]!.criteria.map((c) => c.criterionId).sort()).toEqual([...new Set([...level3.requiresAll, ...level3.requiresAny])].sort());
    expect(line!.messages.join('\n')).toMatch(
      /G6015 is not valid on 2026-02-02 \(valid 2015-01-01 to 2025-12-31\); successors: 77407 \(level-2\) from 2026-01-01, 77412 \(level-3\) from 2026-01-01/,
    );
  });

  it('chooses successors by site of service: 77418 became G6015 in offices and 77385/77386 in hospitals (2015)', async () => {
    const { lines } = await map([
      { code: '77418', dateOfService: '2016-03-01', siteOfService: 'PHYSICIAN_OFFICE', payer: 'MEDICARE' },
      { code: '77418', dateOfService: '2016-03-01', siteOfService: 'HOSPITAL_OUTPATIENT' },
      { code: '77418', dateOfService: '2014-06-01' },
    ]);
    expect(lines[0]!.successors.map((s) => s.code.conceptCode)).toEqual(['G6015']);
    expect(lines[1]!.successors.map((s) => s.code.conceptCode)).toEqual(['77385', '77386']);
    expect(lines[2]!.flags).not.toContain('NOT_VALID_ON_DATE');
    expect(lines[2]!.successors).toEqual([]);
  });

  it('flags a CPT delivery code in an office (2015-2025) only when the payer is Medicare, and says which coding it assumed otherwise', async () => {
    const { lines } = await map([
      { lineId: 'medicare', code: '77412', dateOfService: '2020-06-01', siteOfService: 'PHYSICIAN_OFFICE', payer: 'MEDICARE' },
      { lineId: 'other', code: '77412', dateOfService: '2020-06-01', siteOfService: 'PHYSICIAN_OFFICE', payer: 'OTHER' },
      { lineId: 'unknown', code: '77412', dateOfService: '2020-06-01', siteOfService: 'PHYSICIAN_OFFICE' },
      { lineId: 'g-code-other', code: 'G6015', dateOfService: '2020-06-01', siteOfService: 'PHYSICIAN_OFFICE', payer: 'OTHER' },
    ]);
    expect(lines[0]!.flags).toContain('NOT_VALID_ON_DATE');
    expect(lines[0]!.successors.map((s) => s.code.conceptCode)).toEqual(['G6011', 'G6012', 'G6013', 'G6014']);
    expect(lines[1]!.flags).not.toContain('NOT_VALID_ON_DATE');
    expect(lines[1]!.messages).toEqual([]);
    expect(lines[2]!.flags).not.toContain('NOT_VALID_ON_DATE');
    expect(lines[2]!.messages).toEqual([expect.stringContaining('assumes a payer other than Medicare')]);
    expect(lines[3]!.flags).toContain('NOT_VALID_ON_DATE');
    expect(lines[3]!.successors.map((s) => s.code.conceptCode)).toEqual(['77385', '77386']);
  });

  it('flags a 2026 line of 77014 USE_REPLACED (its use for localization was replaced) and leaves a 2025 one alone', async () => {
    const { lines } = await map([
      { lineId: '2026', code: '77014', dateOfService: '2026-02-02' },
      { lineId: '2025', code: '77014', dateOfService: '2025-06-02' },
    ]);
    expect(lines[0]!.flags).toContain('USE_REPLACED');
    expect(lines[0]!.flags).not.toContain('NOT_VALID_ON_DATE');
    expect(lines[0]!.messages.join(' ')).toMatch(/use for radiation-therapy localization only was replaced on 2026-01-01 by 77387 \(professional\)/);
    expect(lines[0]!.rows).toHaveLength(1);
    expect(lines[1]!.flags).not.toContain('USE_REPLACED');
  });

  it('reports bad lines one by one and maps the others', async () => {
    const { lines, summary } = await map([
      { lineId: 'bad-code', code: '7741', dateOfService: '2025-03-03' },
      { lineId: 'bad-modifier', code: '77412-A', dateOfService: '2025-03-03' },
      { lineId: 'old-date', code: '77412', dateOfService: '1899-12-31' },
      { lineId: 'unknown', code: '99999', dateOfService: '2025-03-03' },
      { lineId: 'unknown-modifier', code: '77412-ZZ', dateOfService: '2025-03-03' },
      { lineId: 'good', code: '77412', dateOfService: '2025-03-03' },
    ]);
    expect(lines.map((l) => [l.lineId, l.status, l.flags.join()])).toEqual([
      ['bad-code', 'REJECTED', 'MALFORMED_INPUT'],
      ['bad-modifier', 'REJECTED', 'MALFORMED_INPUT'],
      ['old-date', 'REJECTED', 'MALFORMED_INPUT'],
      ['unknown', 'UNMAPPED', 'UNKNOWN_CODE'],
      ['unknown-modifier', 'UNMAPPED', 'UNKNOWN_CODE'],
      ['good', 'MAPPED', ''],
    ]);
    expect(lines.every((l) => l.messages.length > 0 || l.status === 'MAPPED')).toBe(true);
    expect(lines[3]!.rows).toEqual([expect.objectContaining({ procedureConceptId: '0', procedureSourceConceptId: '0', procedureSourceValue: '99999' })]);
    expect(lines[4]!.rows).toEqual([
      expect.objectContaining({ procedureConceptId: '0', procedureSourceConceptId: String(idOf('77412')), modifierSourceValue: 'ZZ' }),
    ]);
    expect(summary).toEqual({
      lines: 6,
      mapped: 1,
      unmapped: 2,
      rejected: 3,
      rows: 3,
      flags: [
        { flag: 'UNKNOWN_CODE', count: 2 },
        { flag: 'MALFORMED_INPUT', count: 3 },
      ],
      tables: [{ table: 'PROCEDURE_OCCURRENCE', rows: 3 }],
    });
  });

  it('refuses more than 10,000 lines with LIST_SIZE_LIMIT_EXCEEDED, and fails a line without a calendar date as bad input', async () => {
    const many = Array.from({ length: 10_001 }, () => ({ code: '77412', dateOfService: '2025-03-03' }));
    const result = await query('query Map($lines: [ClaimLineInput!]!) { mapClaimLines(lines: $lines) { summary { lines } } }', { lines: many });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'LIST_SIZE_LIMIT_EXCEEDED', limit: 10_000, requested: 10_001 });
    // Past the cost limit (50,000) too: the refusal still names the list and its limit.
    const tooMany = Array.from({ length: 60_000 }, () => ({ code: '77412', dateOfService: '2025-03-03' }));
    const over = await query('query Map($lines: [ClaimLineInput!]!) { mapClaimLines(lines: $lines) { summary { lines } } }', { lines: tooMany });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'LIST_SIZE_LIMIT_EXCEEDED', limit: 10_000, requested: 60_000 });
    const bad = await query('query Map($lines: [ClaimLineInput!]!) { mapClaimLines(lines: $lines) { summary { lines } } }', {
      lines: [{ code: '77412', dateOfService: '2025-02-30' }],
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('mapClaimLines on a loaded vocabulary', () => {
  it('gives one row per target of a one-to-many map', async () => {
    const { lines } = await map([{ code: 'Z9001', dateOfService: '2021-05-05' }]);
    expect(lines[0]!.status).toBe('MAPPED');
    expect(lines[0]!.flags).toEqual(['ONE_TO_MANY']);
    expect(lines[0]!.rows.map((r) => [r.procedureConceptId, r.procedureSourceConceptId])).toEqual([
      ['2100000011', '2100000001'],
      ['2100000012', '2100000001'],
    ]);
  });

  it('follows a replaced code to its replacement on dates its replacement row is valid, keeping the original code as the source', async () => {
    const { lines } = await map([
      { code: 'Z9002', dateOfService: '2021-05-05' },
      { code: 'Z9002', dateOfService: '2015-05-05' },
    ]);
    expect(lines[0]!.flags).toEqual(['NOT_VALID_ON_DATE', 'DEPRECATED_SOURCE']);
    expect(lines[0]!.rows[0]).toMatchObject({ procedureConceptId: '2100000003', procedureSourceConceptId: '2100000002', procedureSourceValue: 'Z9002' });
    expect(lines[0]!.messages.join('\n')).toMatch(/followed through 'Concept replaced by' to HCPCS Z9003/);
    // mapsTo on the date of service: in 2015 the code was in force and its replacement row (from 2020) was not
    expect(lines[1]!.status).toBe('UNMAPPED');
    expect(lines[1]!.flags).not.toContain('NOT_VALID_ON_DATE');
    expect(lines[1]!.rows[0]).toMatchObject({ procedureConceptId: '0', procedureSourceConceptId: '2100000002' });
  });

  it('leaves a code with no standard target, or caught in a replacement cycle, unmapped with a 0 row', async () => {
    const { lines } = await map([
      { code: 'Z9004', dateOfService: '2021-05-05' },
      { code: 'Z9005', dateOfService: '2021-05-05' },
    ]);
    expect(lines.map((l) => l.status)).toEqual(['UNMAPPED', 'UNMAPPED']);
    expect(lines[0]!.rows[0]).toMatchObject({ procedureConceptId: '0', procedureSourceConceptId: '2100000004' });
    expect(lines[0]!.messages.join()).toMatch(/no standard concept is reached/);
    expect(lines[1]!.messages.join()).toMatch(/loops back on itself/);
  });

  it('knows a modifier that only the vocabulary load brings', async () => {
    const { lines } = await map([{ code: '77412-q9', dateOfService: '2025-03-03' }]);
    expect(lines[0]).toMatchObject({ status: 'MAPPED', flags: [] });
    expect(lines[0]!.rows[0]).toMatchObject({ modifierConceptId: '2100000021', modifierSourceValue: 'q9' });
  });

  it('reads from the graph the billing data the pack gives (the in-memory copy the unit tests use)', async () => {
    const fromGraph = (await new BillingRepository(graph).rules()).data;
    const fromPack = billingDataFromPack(pack);
    // Families and profiles compared in one order; modifiers, primary codes and bundled-into codes in the order each gives them.
    const plain = (data: BillingData) => ({
      families: [...data.families].sort((a, b) => a.id.localeCompare(b.id)),
      profiles: [...data.profiles].sort((a, b) => `${a.vocabularyId} ${a.conceptCode}`.localeCompare(`${b.vocabularyId} ${b.conceptCode}`)),
      modifiers: data.modifiers,
    });
    expect(plain(fromGraph)).toEqual(plain(fromPack));
    expect(fromGraph.profiles.find((p) => p.conceptCode === '77387')?.primaryCodes).toEqual(['77402', '77407', '77412', '77385', '77386']);
    expect(fromGraph.families.find((f) => f.id === 'management')?.codes).toEqual([
      { vocabularyId: 'CPT4', conceptCode: '77419' },
      { vocabularyId: 'CPT4', conceptCode: '77420' },
    ]);
  });

  it('maps with the billing data the graph holds, not the pack files', async () => {
    const line = { code: '77427', modifiers: ['26'], dateOfService: '2025-03-03' };
    expect((await map([line])).lines[0]!.flags).toEqual(['WEEKLY_MANAGEMENT', 'PROFESSIONAL_COMPONENT']);
    await graph.writeTransaction([{ cypher: `MATCH (m:Modifier {code: '26'}) SET m.kind = 'distinct_service'` }]);
    try {
      expect((await map([line])).lines[0]!.flags).toEqual(['WEEKLY_MANAGEMENT']);
    } finally {
      await graph.writeTransaction([{ cypher: `MATCH (m:Modifier {code: '26'}) SET m.kind = 'component'` }]);
    }
  });

  it('resolves each distinct (code, date, site) once per batch', async () => {
    const repository = new ClaimCodeRepository(graph);
    const keys: ClaimCodeKey[] = [];
    const counting: ClaimCodeSource = {
      resolve: async (batch): Promise<ClaimCodeResolution[]> => {
        keys.push(...batch);
        return repository.resolve(batch);
      },
      modifiers: (codes) => repository.modifiers(codes),
      typeConcepts: (ids) => repository.typeConcepts(ids),
      claimTypeConcept: () => repository.claimTypeConcept(),
      provenance: () => repository.provenance(),
    };
    const lines = Array.from({ length: 300 }, (_, i) => ({
      lineNumber: i + 1,
      lineId: null,
      personId: null,
      encounterId: null,
      courseId: null,
      code: i % 2 ? '77412' : '77412-26',
      modifiers: [],
      dateOfService: i % 3 ? '2025-03-03' : '2026-03-03',
      units: null,
      siteOfService: null,
      payer: null,
    }));
    const { summary } = await mapClaimBatch(lines, counting, billingRulesFromPack());
    expect(summary.mapped).toBe(300);
    expect(keys.map((k) => `${k.conceptCode} ${k.date}`).sort()).toEqual(['77412 2025-03-03', '77412 2026-03-03']);
  });

  describe('OMOP rows a CDM accepts', () => {
    it("routes rows by the standard concept's domain: a HDR source (Device) to DEVICE_EXPOSURE, a Category II code (Observation) to OBSERVATION, in their own columns", async () => {
      const { lines, summary } = await map([
        { code: '77770', dateOfService: '2025-03-03', personId: 'p1', visitOccurrenceId: '71', providerId: '9' },
        { code: 'C1717', dateOfService: '2025-03-03', personId: 'p1', units: 4, visitOccurrenceId: '71' },
        { code: '4163F', dateOfService: '2025-03-03', personId: 'p1' },
        { code: '99999', dateOfService: '2025-03-03' },
      ]);
      expect(lines.map((l) => l.cdm.map((r) => [r.cdmTable, r.domainId]))).toEqual([
        [['PROCEDURE_OCCURRENCE', 'Procedure']],
        [['DEVICE_EXPOSURE', 'Device']],
        [['OBSERVATION', 'Observation']],
        [['PROCEDURE_OCCURRENCE', null]],
      ]);
      const columns = (l: Line) => Object.fromEntries(l.cdm[0]!.columns.map((c) => [c.name, c.value]));
      expect(columns(lines[0]!)).toMatchObject({ procedure_concept_id: String(idOf('77770')), visit_occurrence_id: '71', provider_id: '9' });
      expect(columns(lines[1]!)).toMatchObject({
        device_concept_id: String(idOf('C1717')),
        device_exposure_start_date: '2025-03-03',
        quantity: '4',
        device_source_value: 'C1717',
        visit_occurrence_id: '71',
      });
      expect(columns(lines[2]!)).toMatchObject({
        observation_concept_id: String(idOf('4163F')),
        observation_date: '2025-03-03',
        observation_source_value: '4163F',
      });
      expect(summary.tables).toEqual([
        { table: 'PROCEDURE_OCCURRENCE', rows: 2 },
        { table: 'DEVICE_EXPOSURE', rows: 1 },
        { table: 'OBSERVATION', rows: 1 },
      ]);
    });

    it("fills procedure_type_concept_id with the loaded vocabulary's 'Claim' by default, takes the caller's, and refuses a concept that is not a Type Concept", async () => {
      const { lines, warnings } = await map([
        { code: '77412', dateOfService: '2025-03-03' },
        { code: '77412', dateOfService: '2025-03-03', procedureTypeConceptId: '32810' },
        { code: '77412', dateOfService: '2025-03-03', procedureTypeConceptId: String(idOf('77412')) },
        { code: '77412', dateOfService: '2025-03-03', procedureTypeConceptId: '32817' },
      ]);
      expect(lines.map((l) => l.cdm[0]?.procedureTypeConceptId ?? l.status)).toEqual(['32810', '32810', 'REJECTED', '32817']);
      expect(lines[2]!.messages[0]).toMatch(/is .* \(domain Procedure\), not a Type Concept/);
      expect(warnings).toEqual([
        "1 line without procedureTypeConceptId got 32810 ('Claim', the loaded vocabulary's Type Concept for claims)",
        'procedureTypeConceptId 32817 (1 line) is not in the loaded vocabulary: kept as given',
      ]);
    });

    it("carries 77427's span as procedureEndDate from the line's dateOfServiceEnd", async () => {
      const { lines } = await map([
        { code: '77427', dateOfService: '2025-03-03', dateOfServiceEnd: '2025-03-07' },
        { code: '77427', dateOfService: '2025-03-03' },
      ]);
      expect(lines[0]!.cdm[0]!.procedureEndDate).toBe('2025-03-07');
      expect(lines[0]!.cdm[0]!.columns.find((c) => c.name === 'procedure_end_date')?.value).toBe('2025-03-07');
      expect(lines[1]!.cdm[0]!.procedureEndDate).toBeNull();
      expect(lines[1]!.messages.join()).toMatch(/dateOfServiceEnd, which this line does not give/);
    });

    it('answers SOURCE_TO_CONCEPT_MAP for the distinct source codes, and the vocabulary release and knowledge pack it mapped with', async () => {
      const { sourceToConceptMap, provenance } = await map([
        { code: '77412', dateOfService: '2025-03-03' },
        { code: '77412-26', dateOfService: '2025-04-03' },
        { code: 'Z9001', dateOfService: '2025-03-03' },
        { code: '99999', dateOfService: '2025-03-03' },
      ]);
      expect(sourceToConceptMap.map((r) => [r.sourceVocabularyId, r.sourceCode, r.sourceConceptId, r.targetConceptId, r.targetVocabularyId])).toEqual([
        ['CPT4', '77412', String(idOf('77412')), String(idOf('77412')), 'CPT4'],
        ['CPT4', '99999', '0', '0', 'None'],
        ['HCPCS', 'Z9001', '2100000001', '2100000011', 'SNOMED'],
        ['HCPCS', 'Z9001', '2100000001', '2100000012', 'SNOMED'],
      ]);
      expect(sourceToConceptMap[2]).toMatchObject({
        sourceCodeDescription: 'Test source with two targets',
        validStartDate: '2010-01-01',
        validEndDate: '2099-12-31',
        invalidReason: null,
      });
      const [hash] = await graph.read<{ hash: string }>('MATCH (p:KnowledgePack {id: "seed"}) RETURN p.hash AS hash');
      expect(provenance).toEqual({
        vocabularyRelease: 'v5.0 18-JAN-19',
        knowledgePackVersion: `sha256:${hash!.hash.slice(0, 12)}`,
        serviceVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
      });
    });
  });
});

describe('mapClaimLines run as a compiled operation (src/api/compiled-execution.ts)', () => {
  it('answers every field exactly as graphql-js does, for lines of every kind', async () => {
    expect(COMPILED_ROOT_FIELDS.has('mapClaimLines')).toBe(true);
    const kinds: Record<string, unknown>[] = [
      { lineId: 'a', personId: 'p1', encounterId: 'e1', courseId: 'c1', code: '77263', dateOfService: '2025-03-01' },
      { lineId: 'b', personId: 'p1', encounterId: 'e1', courseId: 'c1', code: '77412-26', dateOfService: '2025-03-03', units: 2 },
      {
        personId: 'p1',
        courseId: 'c1',
        code: '77387',
        modifiers: ['TC'],
        dateOfService: '2025-03-03',
        siteOfService: 'HOSPITAL_OUTPATIENT',
        payer: 'MEDICARE',
      },
      { personId: 'p1', code: '77427', dateOfService: '2025-03-03', dateOfServiceEnd: '2025-03-07', visitOccurrenceId: 'v9', providerId: 'd4' },
      { personId: 'p2', code: 'G6015', dateOfService: '2020-06-01', siteOfService: 'PHYSICIAN_OFFICE', payer: 'MEDICARE' },
      { personId: 'p2', code: 'G6015', dateOfService: '2026-02-01' },
      { personId: 'p2', code: 'Z9001', dateOfService: '2021-05-05', procedureTypeConceptId: '32810' },
      { personId: 'p2', code: 'Z9002', dateOfService: '2021-05-05' },
      { personId: 'p2', code: 'Z9005', dateOfService: '2021-05-05' },
      { personId: 'p3', code: '99999', dateOfService: '2025-03-03' },
      { personId: 'p3', code: '77412', modifiers: ['ZZ'], dateOfService: '2025-03-03' },
      { personId: 'p3', code: 'not a code', dateOfService: '2025-03-03' },
    ];
    const lines = Array.from({ length: 240 }, (_, i) => ({ ...kinds[i % kinds.length], lineId: `line-${i}` }));
    const compiled = await query(MAP, { lines });
    expect(compiled.errors).toBeUndefined();
    // The same operation through Apollo Server as it runs by default: graphql-js.
    const plain = new ApolloServer<RequestContext>({ typeDefs: loadTypeDefs(), resolvers });
    await plain.start();
    try {
      const response = await plain.executeOperation(
        { query: MAP, variables: { lines } },
        { contextValue: createRequestContext(createRepositories(graph), 'test', silentLog) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors).toBeUndefined();
      expect(JSON.stringify(compiled.data)).toBe(JSON.stringify(response.body.singleResult.data));
    } finally {
      await plain.stop();
    }
    const answer = (compiled.data as { mapClaimLines: Mapped }).mapClaimLines;
    expect(new Set(answer.lines.map((l) => l.status))).toEqual(new Set(['MAPPED', 'UNMAPPED', 'REJECTED']));
  });
});
