import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TreatmentInput } from '../../src/generated/graphql.js';
import { loadSeed } from '../../src/ingest/seed/load-seed.js';
import { CriteriaRepository } from '../../src/modules/criteria/criteria-repository.js';
import { recommend as engineRecommend } from '../../src/modules/criteria/engine.js';
import { ruleSetFromPack } from '../../src/modules/criteria/rule-set-from-pack.js';
import { TreatmentFactsSchema } from '../../src/seed-pack/criteria.js';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';
import { resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';
import { graphqlClient } from '../helpers/graphql.js';
import { anyDate, levelThreeCriterion, PAPER_EXAMPLES, plainTreatment, reviewedImaging, site } from '../helpers/treatments.js';

const { graph } = useTestDatabase();
const query = graphqlClient(graph);

beforeAll(async () => {
  await resetDatabase(graph);
  await loadSeed(graph, silentLog);
});

const RECOMMEND = `
  query Recommend($treatment: TreatmentInput!) {
    recommendDeliveryCode(treatment: $treatment) {
      status ruleSet level warnings missingFacts
      codes { role reason code { vocabularyId conceptCode concept { conceptId } } }
      criteriaMet { criterionId }
      decisionPath { question answer outcome ruleId criterion { criterionId } }
      routing { modalityId family choice codes { conceptCode concept { conceptId } } sources { sourceId } }
    }
  }`;

interface Answer {
  status: string;
  ruleSet: string;
  level: number | null;
  warnings: string[];
  missingFacts: string[];
  codes: { role: string; reason: string; code: { vocabularyId: string; conceptCode: string; concept: { conceptId: string } | null } }[];
  criteriaMet: { criterionId: string }[];
  decisionPath: { question: string; answer: string; outcome: string | null; ruleId: string | null; criterion: { criterionId: string } | null }[];
  routing: { modalityId: string; family: string; choice: string; codes: { conceptCode: string; concept: { conceptId: string } | null }[] } | null;
}

async function recommend(treatment: Partial<TreatmentInput>): Promise<Answer> {
  const result = await query(RECOMMEND, {
    treatment: { dateOfService: '2026-02-02', siteOfService: 'HOSPITAL_OUTPATIENT', technique: 'THREE_D_CONFORMAL', ...treatment },
  });
  expect(result.errors).toBeUndefined();
  return (result.data as { recommendDeliveryCode: Answer }).recommendDeliveryCode;
}

describe('recommendDeliveryCode through GraphQL', () => {
  it.each(PAPER_EXAMPLES)('worked example: $name', async ({ treatment, codes, criterion }) => {
    const answer = await recommend(treatment);
    expect(answer.status).toBe('RECOMMENDED');
    expect(answer.codes.map((c) => c.code.conceptCode)).toEqual(codes);
    expect(answer.codes.map((c) => c.role)).toEqual(codes.map((_, i) => (i === 0 ? 'PRIMARY' : 'ADD_ON')));
    expect(answer.criteriaMet[0]?.criterionId).toBe(criterion);
    expect(answer.decisionPath.some((step) => step.criterion?.criterionId === criterion && step.outcome !== null)).toBe(true);
    for (const code of answer.codes) expect(code.code.concept, code.code.conceptCode).not.toBeNull();
  });

  it('reads from the graph the rule set the pack gives (the in-memory copy the unit tests use)', async () => {
    const fromGraph = await new CriteriaRepository(graph).ruleSet();
    const fromPack = ruleSetFromPack(readSeedPack());
    // Compared as plain values: maps as sorted entries, lists in the order each gives them.
    const plain = (ruleSet: typeof fromPack) =>
      JSON.parse(
        JSON.stringify({
          ...ruleSet,
          criteria: [...ruleSet.criteria].sort(),
          techniques: [...ruleSet.techniques].sort(),
          codeVersions: [...ruleSet.codeVersions].sort(),
        }),
      ) as unknown;
    expect(plain(fromGraph)).toEqual(plain(fromPack));
    expect(fromGraph.criteria.size).toBeGreaterThan(0);
  });

  it('agrees with every worked example the graph holds', async () => {
    const result = await query(
      `{ deliveryLevels { level code { conceptCode } examples { exampleId expectedCodes { conceptCode } expectedLevel expectedCriterion { criterionId } } } }`,
    );
    const levels = (
      result.data as {
        deliveryLevels: {
          level: number;
          code: { conceptCode: string };
          examples: { exampleId: string; expectedCodes: { conceptCode: string }[]; expectedLevel: number }[];
        }[];
      }
    ).deliveryLevels;
    const examples = levels.flatMap((level) => level.examples.map((example) => ({ ...example, levelCode: level.code.conceptCode })));
    expect(examples).toHaveLength(9);
    for (const example of examples) {
      expect(example.expectedCodes[0]?.conceptCode).toBe(example.levelCode);
    }
    expect(examples.find((e) => e.exampleId === 'prostate-imrt-reviewed-cbct')?.expectedCodes.map((c) => c.conceptCode)).toEqual(['77407', '77387']);
    // The engine on the rule set as the repository reads it from the graph reproduces each example's facts.
    const ruleSet = await new CriteriaRepository(graph).ruleSet();
    expect(ruleSet.examples).toHaveLength(9);
    for (const example of ruleSet.examples) {
      const answer = engineRecommend(ruleSet, {
        dateOfService: '2026-01-01',
        siteOfService: 'PHYSICIAN_OFFICE',
        facts: TreatmentFactsSchema.parse(example.facts),
        missing: [],
        contradictions: [],
      });
      expect(
        answer.codes.map((c) => c.conceptCode),
        example.exampleId,
      ).toEqual(example.expectedCodes.map((c) => c.conceptCode));
      expect(answer.levelId, example.exampleId).toBe(example.expectedLevel);
      expect(answer.criteriaMet[0], example.exampleId).toBe(example.expectedCriterion);
    }
  });

  it('answers out-of-scope treatments with the family and codes they keep', async () => {
    const sbrt = await recommend({ technique: 'SBRT', motionManagement: ['DIBH'] });
    expect(sbrt).toMatchObject({ status: 'OUT_OF_SCOPE', level: null, routing: { modalityId: 'sbrt', family: 'Stereotactic radiosurgery and SBRT delivery' } });
    expect(sbrt.codes.map((c) => c.code.conceptCode)).toEqual(['77373']);
    const proton = await recommend({ technique: 'PROTON' });
    expect(proton.status).toBe('OUT_OF_SCOPE');
    expect(proton.codes).toEqual([]);
    expect(proton.routing?.codes.map((c) => c.conceptCode)).toEqual(['77520', '77522', '77523', '77525']);
    expect(proton.routing?.codes.every((c) => c.concept !== null)).toBe(true);
    const superficial = await recommend({ technique: 'SUPERFICIAL' });
    expect(superficial.warnings.join(' ')).toMatch(/not confirmed/);
  });

  it('routes superficial radiation out in 2026 like the other modalities: no primary code on low-confidence sources, the candidates in routing', async () => {
    const superficial = await recommend({ technique: 'SUPERFICIAL' });
    expect(superficial.status).toBe('OUT_OF_SCOPE');
    expect(superficial.codes).toEqual([]);
    expect(superficial.routing).toMatchObject({ modalityId: 'superficial' });
    expect(superficial.routing?.codes.map((c) => c.conceptCode)).toEqual(['77401']);
    expect(superficial.routing?.choice).toMatch(/from 2026 a separate superficial code set, reported as 77436-77439 by secondary sources, not confirmed here/);
  });

  it('says what is missing instead of guessing', async () => {
    const answer = await recommend({ technique: 'IMRT', imageGuidance: 'CBCT', isocentersPerSession: 1 });
    expect(answer.status).toBe('NEEDS_MORE_INFORMATION');
    expect(answer.codes).toEqual([]);
    expect(answer.missingFacts).toEqual([expect.stringContaining('imageGuidanceReviewed')]);
    // A craniospinal IMRT fraction described without its isocenters is not assumed to have one.
    const craniospinal = await recommend({ technique: 'IMRT' });
    expect(craniospinal.status).toBe('NEEDS_MORE_INFORMATION');
    expect(craniospinal.missingFacts).toEqual([expect.stringMatching(/^isocentersPerSession: needed to decide the level/)]);
    expect((await recommend({ technique: 'IMRT', isocentersPerSession: 3 })).codes.map((c) => c.code.conceptCode)).toEqual(['77412']);
    const contradiction = await recommend({ technique: 'IMRT', isocentersPerSession: 3, isocentersPerCourse: 2 });
    expect(contradiction.status).toBe('NEEDS_MORE_INFORMATION');
  });

  it('uses the coding in force before 2026 for the site of service, read from the graph', async () => {
    const office = await recommend({
      dateOfService: '2021-09-09',
      siteOfService: 'PHYSICIAN_OFFICE',
      technique: 'VMAT',
      imageGuidance: 'STEREOSCOPIC_XRAY',
      imageGuidanceReviewedByPhysician: true,
    });
    expect(office.codes.map((c) => `${c.code.vocabularyId} ${c.code.conceptCode} ${c.role}`)).toEqual(['HCPCS G6015 PRIMARY', 'HCPCS G6002 ADD_ON']);
    // the reason quotes the meaning the pack's code versions give G6015 on that day
    const g6015 = readSeedPack().codeVersions.find(
      (v) => v.conceptCode === 'G6015' && v.validFrom <= '2021-09-09' && (v.validTo === null || '2021-09-09' <= v.validTo),
    );
    expect(office.codes[0]?.reason).toContain(`meaning then: ${g6015!.meaning}`);
    expect(office.codes.every((c) => c.code.concept !== null)).toBe(true);
    const hospital = await recommend({ dateOfService: '2021-09-09', siteOfService: 'HOSPITAL_OUTPATIENT', technique: 'VMAT', deliveryTier: 'COMPLEX' });
    expect(hospital.codes.map((c) => c.code.conceptCode)).toEqual(['77386']);
    expect(hospital.level).toBeNull();
    expect(hospital.decisionPath.some((step) => step.ruleId === 'hopps-2015-imrt-delivery' && step.outcome?.startsWith('77386'))).toBe(true);
  });

  it('refuses malformed input with clear errors', async () => {
    const zero = await query(RECOMMEND, {
      treatment: { dateOfService: '2026-02-02', siteOfService: 'HOSPITAL_OUTPATIENT', technique: 'IMRT', isocentersPerSession: 0 },
    });
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(zero.errors?.[0]?.message).toMatch(/isocentersPerSession must be at least 1/);
    const badDate = await query(RECOMMEND, { treatment: { dateOfService: '2026-02-30', siteOfService: 'HOSPITAL_OUTPATIENT', technique: 'IMRT' } });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badEnum = await query(RECOMMEND, { treatment: { dateOfService: '2026-02-02', siteOfService: 'HOSPITAL_OUTPATIENT', technique: 'CARBON_ION' } });
    expect(badEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('properties over a bounded sample of generated treatments: codes exist in the graph, levels and guidance behave', async () => {
    await fc.assert(
      fc.asyncProperty(
        plainTreatment,
        fc.option(levelThreeCriterion, { nil: undefined }),
        fc.option(reviewedImaging, { nil: undefined }),
        anyDate,
        site,
        async (plain, criterion, imaging, date, where) => {
          const treatment = { ...plain, ...criterion, dateOfService: date, siteOfService: where };
          const answer = await recommend({ ...treatment, ...imaging });
          for (const code of answer.codes) expect(code.code.concept, code.code.conceptCode).not.toBeNull();
          if (answer.status === 'RECOMMENDED') expect(answer.decisionPath.some((step) => step.ruleId !== null && step.outcome !== null)).toBe(true);
          if (date >= '2026-01-01' && criterion) expect(answer.codes[0]?.code.conceptCode).toBe('77412');
          if (treatment.technique === 'IMRT' || treatment.technique === 'VMAT') expect(answer.codes.map((c) => c.code.conceptCode)).not.toContain('77402');
          if (imaging && date >= '2026-01-01') {
            const without = await recommend(treatment);
            expect(answer.level).toBe(without.level);
          }
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
});

describe('deliveryLevels and criteriaForCode', () => {
  it('lists the levels with their criteria, techniques, exclusions and examples, and none before 2026', async () => {
    const result = await query(`{
      deliveryLevels(asOf: "2026-01-01") {
        levelId level effectiveFrom code { conceptCode }
        requiresAll { criterionId } requiresAny { criterionId } excludedBy { criterionId }
        techniques { techniqueId satisfies { criterionId } }
        exclusions { exclusionId doesNotSatisfy { criterionId } techniques { techniqueId } }
        examples { exampleId }
        sources { sourceId }
      }
      before: deliveryLevels(asOf: "2025-12-31") { levelId }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      deliveryLevels: {
        levelId: string;
        level: number;
        code: { conceptCode: string };
        requiresAny: { criterionId: string }[];
        requiresAll: { criterionId: string }[];
        techniques: { techniqueId: string }[];
        exclusions: { exclusionId: string }[];
        examples: unknown[];
      }[];
      before: unknown[];
    };
    expect(data.before).toEqual([]);
    expect(data.deliveryLevels.map((l) => `${l.level}:${l.code.conceptCode}`)).toEqual(['1:77402', '2:77407', '3:77412']);
    const [one, two, three] = data.deliveryLevels;
    expect(three?.requiresAny.map((c) => c.criterionId)).toEqual([
      'active-motion-management',
      'multiple-isocenters',
      'mixed-photon-electron',
      'total-skin-electron',
    ]);
    expect(two?.requiresAll.map((c) => c.criterionId)).toEqual(['three-d-or-imrt', 'single-isocenter']);
    expect(three?.techniques.map((t) => t.techniqueId)).toEqual(expect.arrayContaining(['dibh', 'active-breathing-control', 'cbct-4d-pre-treatment']));
    expect(three?.exclusions.map((x) => x.exclusionId)).toEqual(expect.arrayContaining(['igrt-alone', 'boost-isocenter-change']));
    expect(one?.exclusions.map((x) => x.exclusionId)).toEqual(expect.arrayContaining(['imrt-never-level-1', 'three-d-multifield-never-level-1']));
    expect(three?.examples).toHaveLength(4);
  });

  it('tells which criteria a code needs, and for a criterion its techniques and examples', async () => {
    const result = await query(`{
      level3: criteriaForCode(code: {vocabularyId: "CPT4", conceptCode: "77412"}) { level { levelId } criteria { requirement criterion { criterionId } } }
      guidance: criteriaForCode(code: {vocabularyId: "CPT4", conceptCode: "77387"}) { level { levelId } criteria { requirement criterion { criterionId techniques { techniqueId } examples { exampleId } } } }
      unknown: criteriaForCode(code: {vocabularyId: "CPT4", conceptCode: "99999"}) { code { concept { conceptId } } level { levelId } criteria { requirement } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as Record<
      string,
      {
        level: { levelId: string } | null;
        criteria: { requirement: string; criterion: { criterionId: string; techniques?: { techniqueId: string }[]; examples?: { exampleId: string }[] } }[];
      }
    >;
    expect(data.level3?.level?.levelId).toBe('level-3');
    expect(data.level3?.criteria.filter((c) => c.requirement === 'ANY_OF').map((c) => c.criterion.criterionId)).toEqual([
      'active-motion-management',
      'multiple-isocenters',
      'mixed-photon-electron',
      'total-skin-electron',
    ]);
    const guidance = data.guidance?.criteria.find((c) => c.requirement === 'ADDS_CODE');
    expect(guidance?.criterion.criterionId).toBe('image-guidance');
    expect(guidance?.criterion.techniques?.map((t) => t.techniqueId)).toEqual(
      expect.arrayContaining(['cbct-conventional', 'kv-planar-imaging', 'mv-portal-imaging']),
    );
    expect(data.guidance?.level).toBeNull();
    expect(data.unknown).toEqual({ code: { concept: null }, level: null, criteria: [] });
  });
});

describe('the payer before 2026', () => {
  const imrtInOffice = { dateOfService: '2020-06-01', siteOfService: 'PHYSICIAN_OFFICE', technique: 'IMRT', deliveryTier: 'COMPLEX' } as const;

  it("codes a physician-office fraction of 2020 with Medicare's G-codes, another payer's CPT codes, and says which it assumed when the payer is unknown", async () => {
    const medicare = await recommend({ ...imrtInOffice, payer: 'MEDICARE' });
    expect(medicare.codes.map((c) => c.code.conceptCode)).toEqual(['G6015']);
    const payerWarnings = (answer: Answer) => answer.warnings.filter((w) => w.includes('payer'));
    expect(payerWarnings(medicare)).toEqual([]);
    const other = await recommend({ ...imrtInOffice, payer: 'OTHER' });
    expect(other.status).toBe('RECOMMENDED');
    expect(other.codes.map((c) => c.code.conceptCode)).toEqual(['77386']);
    expect(other.decisionPath[1]!.answer).toMatch(/paid by a payer other than Medicare \(the CPT codes\)/);
    const unknown = await recommend(imrtInOffice);
    expect(unknown.codes.map((c) => c.code.conceptCode)).toEqual(['G6015']);
    expect(payerWarnings(unknown)).toEqual([expect.stringMatching(/^The payer is not given: this answer follows Medicare's physician-fee-schedule coding/)]);
  });

  it('leaves hospitals and the site-neutral 2026 levels alone', async () => {
    for (const payer of ['MEDICARE', 'OTHER', undefined] as const) {
      const hospital = await recommend({ ...imrtInOffice, siteOfService: 'HOSPITAL_OUTPATIENT', ...(payer ? { payer } : {}) });
      expect(hospital.codes.map((c) => c.code.conceptCode)).toEqual(['77386']);
      expect(hospital.warnings).toEqual([]);
      const levels = await recommend({ siteOfService: 'PHYSICIAN_OFFICE', technique: 'IMRT', isocentersPerSession: 1, ...(payer ? { payer } : {}) });
      expect(levels.codes.map((c) => c.code.conceptCode)).toEqual(['77407']);
      expect(levels.warnings).toEqual([]);
    }
  });
});

describe('stereotactic treatment', () => {
  it('routes SRS to the cranial radiosurgery codes and says that extracranial stereotactic treatment keeps 77373', async () => {
    const srs = await recommend({ technique: 'SRS' });
    expect(srs.status).toBe('OUT_OF_SCOPE');
    expect(srs.routing?.codes.map((c) => c.conceptCode)).toEqual(['77371', '77372']);
    expect(srs.routing?.choice).toMatch(/^cranial radiosurgery: .*extracranial stereotactic treatment is SBRT: 77373 per fraction/);
    const sbrt = await recommend({ technique: 'SBRT' });
    expect(sbrt.codes.map((c) => c.code.conceptCode)).toEqual(['77373']);
  });
});

describe('image guidance in hospitals, 2015-2025', () => {
  it('adds 77387 saying it is reported with modifier 26 and its technical part is paid within delivery', async () => {
    const answer = await recommend({
      dateOfService: '2020-06-01',
      siteOfService: 'HOSPITAL_OUTPATIENT',
      technique: 'IMRT',
      deliveryTier: 'COMPLEX',
      imageGuidance: 'CBCT',
      imageGuidanceReviewedByPhysician: true,
    });
    expect(answer.codes.map((c) => `${c.code.conceptCode} ${c.role}`)).toEqual(['77386 PRIMARY', '77387 ADD_ON']);
    expect(answer.codes[1]!.reason).toMatch(
      /^Image guidance reviewed by the physician: 77387 reported with modifier 26 \(its professional component; in hospitals its technical part is paid within the delivery code\)/,
    );
  });
});
