import fc from 'fast-check';
import { buildSchema, type GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { TreatmentInput } from '../../src/generated/graphql.js';
import { recommend, type Recommendation } from '../../src/modules/criteria/engine.js';
import { ruleSetFromPack } from '../../src/modules/criteria/rule-set-from-pack.js';
import { evaluationRequestOf } from '../../src/modules/criteria/treatment-input.js';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';
import { FACT_KEYS } from '../../src/seed-pack/criteria.js';
import { loadTypeDefs } from '../../src/schema.js';
import {
  anyDate,
  IN_SCOPE_TECHNIQUES,
  PLAIN_IMAGING,
  dateIn2026Rules,
  levelThreeCriterion,
  OUT_OF_SCOPE_TECHNIQUES,
  PAPER_EXAMPLES,
  plainTreatment,
  reviewedImaging,
  site,
} from '../helpers/treatments.js';

const pack = readSeedPack();
const ruleSet = ruleSetFromPack(pack);
const knownCodes = new Set([...pack.omopConcepts, ...pack.localConcepts].map((row) => `${row.vocabulary_id}|${row.concept_code}`));
const RUNS = { numRuns: 300, seed: 20260101 };

/** The engine's answer for a treatment: one isocenter per session unless the treatment says otherwise (`undefined` leaves it out). */
function answer(treatment: Partial<TreatmentInput>): Recommendation {
  const input: TreatmentInput = {
    dateOfService: '2026-03-02',
    siteOfService: 'HOSPITAL_OUTPATIENT',
    technique: 'THREE_D_CONFORMAL',
    isocentersPerSession: 1,
    ...treatment,
  };
  const { request, warnings } = evaluationRequestOf(input);
  const result = recommend(ruleSet, request);
  return { ...result, warnings: [...warnings, ...result.warnings] };
}
const codes = (result: Recommendation) => result.codes.map((code) => `${code.conceptCode}${code.role === 'ADD_ON' ? '+' : ''}`);

describe('the delivery levels (2026)', () => {
  it.each(PAPER_EXAMPLES)('$name', ({ treatment, codes: expected, criterion }) => {
    const result = answer(treatment);
    expect(result.status).toBe('RECOMMENDED');
    expect(result.codes.map((code) => code.conceptCode)).toEqual(expected);
    expect(result.criteriaMet[0]).toBe(criterion);
    expect(result.decisionPath.some((step) => step.criterionId === criterion && step.outcome !== null)).toBe(true);
  });

  it('adds 77387 as an ADD_ON for reviewed image guidance, never raising the level', () => {
    const reviewed = answer({ technique: 'VMAT', imageGuidance: 'CBCT', imageGuidanceReviewedByPhysician: true });
    expect(codes(reviewed)).toEqual(['77407', '77387+']);
    expect(reviewed.criteriaMet).toEqual(['three-d-or-imrt', 'single-isocenter', 'image-guidance']);
    expect(reviewed.decisionPath.find((step) => step.ruleId === 'igrt-alone')?.outcome).toContain('does not satisfy active-motion-management');
    const notReviewed = answer({ technique: 'VMAT', imageGuidance: 'CBCT', imageGuidanceReviewedByPhysician: false });
    expect(codes(notReviewed)).toEqual(['77407']);
    expect(notReviewed.warnings.join(' ')).toMatch(/not reviewed/);
    const unknown = answer({ technique: 'VMAT', imageGuidance: 'KV_PLANAR' });
    expect(unknown.status).toBe('NEEDS_MORE_INFORMATION');
    expect(unknown.codes).toEqual([]);
    expect(unknown.missing.join(' ')).toMatch(/imageGuidanceReviewed/);
  });

  it('counts 4D CBCT acquired before treatment as motion management, as image guidance or as motion management', () => {
    expect(codes(answer({ technique: 'IMRT', imageGuidance: 'FOUR_D_CBCT', imageGuidanceReviewedByPhysician: true }))).toEqual(['77412', '77387+']);
    expect(codes(answer({ technique: 'IMRT', motionManagement: ['FOUR_D_CBCT'], imageGuidanceReviewedByPhysician: true }))).toEqual(['77412', '77387+']);
  });

  it('never makes IMRT or shaped fields Level 1', () => {
    expect(codes(answer({ technique: 'TWO_D' }))).toEqual(['77402']);
    expect(codes(answer({ technique: 'TWO_D', fieldShaping: ['BLOCKS'] }))).toEqual(['77407']);
    expect(codes(answer({ technique: 'TWO_D', normalTissueConstraint: true }))).toEqual(['77407']);
    const imrt = answer({ technique: 'IMRT' });
    expect(codes(imrt)).toEqual(['77407']);
    expect(imrt.decisionPath.find((step) => step.ruleId === 'imrt-never-level-1')?.outcome).toContain('rules out level-1');
    // Electron cutouts are not photon field shaping: en face electrons stay Level 1.
    expect(codes(answer({ technique: 'ELECTRON', fieldShaping: ['BLOCKS'] }))).toEqual(['77402']);
  });

  it('does not count a change of isocenter between phases as multiple isocenters', () => {
    const boost = answer({ technique: 'IMRT', isocentersPerSession: 1, isocentersPerCourse: 2 });
    expect(codes(boost)).toEqual(['77407']);
    expect(boost.decisionPath.some((step) => step.ruleId === 'boost-isocenter-change')).toBe(true);
    expect(codes(answer({ technique: 'IMRT', isocentersPerSession: 2 }))).toEqual(['77412']);
    // Two isocenters in a 2D plan are not the Level 3 criterion (it needs a 3D or IMRT plan).
    expect(codes(answer({ technique: 'TWO_D', isocentersPerSession: 2 }))).toEqual(['77402']);
  });

  it('asks for the isocenters per session when the count decides the level, and only then', () => {
    // Level 2 needs a single isocenter: a 3D or IMRT plan without the count (craniospinal, several targets) is not assumed to have one.
    for (const technique of ['THREE_D_CONFORMAL', 'IMRT', 'VMAT'] as const) {
      const unknown = answer({ technique, isocentersPerSession: undefined });
      expect(unknown.status, technique).toBe('NEEDS_MORE_INFORMATION');
      expect(unknown.missing, technique).toEqual([expect.stringMatching(/^isocentersPerSession\b/)]);
      expect(unknown.codes).toEqual([]);
    }
    // The count cannot change these answers: another Level 3 criterion is met, or the plan is 2D or electrons, or the date is before 2026.
    expect(codes(answer({ technique: 'IMRT', isocentersPerSession: undefined, motionManagement: ['DIBH'] }))).toEqual(['77412']);
    expect(codes(answer({ technique: 'TWO_D', isocentersPerSession: undefined }))).toEqual(['77402']);
    expect(codes(answer({ technique: 'ELECTRON', isocentersPerSession: undefined }))).toEqual(['77402']);
    const before = answer({
      technique: 'IMRT',
      isocentersPerSession: undefined,
      dateOfService: '2020-06-01',
      siteOfService: 'HOSPITAL_OUTPATIENT',
      payer: 'MEDICARE',
    });
    expect(before.missing.join(' ')).not.toMatch(/isocenters/);
  });

  it('decides surface guidance by whether surface motion correlates with target motion', () => {
    expect(codes(answer({ motionManagement: ['SURFACE_GUIDANCE'], surfaceMotionCorrelatesWithTarget: true }))).toEqual(['77412']);
    expect(codes(answer({ motionManagement: ['SURFACE_GUIDANCE'], surfaceMotionCorrelatesWithTarget: false }))).toEqual(['77407']);
    const unknown = answer({ motionManagement: ['SURFACE_GUIDANCE'] });
    expect(unknown.status).toBe('NEEDS_MORE_INFORMATION');
    expect(unknown.missing).toEqual([expect.stringContaining('surfaceMotionCorrelatesWithTarget')]);
  });

  it('asks instead of guessing for contradictions and cases no level describes', () => {
    const abutting = answer({ technique: 'ELECTRON', abuttingElectronFields: true });
    expect(abutting.status).toBe('NEEDS_MORE_INFORMATION');
    expect(abutting.missing.join(' ')).toMatch(/no level/);
    const contradiction = answer({ isocentersPerSession: 2, isocentersPerCourse: 1 });
    expect(contradiction.status).toBe('NEEDS_MORE_INFORMATION');
    expect(contradiction.missing.join(' ')).toMatch(/isocentersPerCourse \(1\) is smaller/);
    expect(answer({ imageGuidanceReviewedByPhysician: true }).missing.join(' ')).toMatch(/no image guidance/);
  });

  it('routes treatments outside the levels to the codes they keep, never to a level', () => {
    const routed = (technique: TreatmentInput['technique']) => answer({ technique, motionManagement: ['DIBH'] });
    for (const technique of OUT_OF_SCOPE_TECHNIQUES) {
      const result = routed(technique);
      expect(result.status, technique).toBe('OUT_OF_SCOPE');
      expect(result.level, technique).toBeNull();
      expect(result.routing?.codes.length, technique).toBeGreaterThan(0);
    }
    expect(codes(routed('SBRT'))).toEqual(['77373']);
    expect(routed('SRS').routing?.codes.map((c) => c.conceptCode)).toEqual(['77371', '77372']);
    expect(routed('SRS').codes).toEqual([]);
    expect(routed('PROTON').routing?.codes.map((c) => c.conceptCode)).toEqual(['77520', '77522', '77523', '77525']);
    expect(routed('PROTON').decisionPath[0]?.outcome).toMatch(/complexity/);
    expect(routed('BRACHYTHERAPY').routing?.modality.familyName).toBe('Clinical brachytherapy');
    expect(answer({ technique: 'SBRT', fractions: 8 }).warnings.join(' ')).toMatch(/at most 5 fractions/);
  });

  it('rejects malformed counts', () => {
    expect(() => answer({ isocentersPerSession: 0 })).toThrowError(/isocentersPerSession must be at least 1/);
    expect(() => answer({ fractions: -1 })).toThrowError(/fractions must be at least 1/);
  });
});

describe('the coding in force before 2026', () => {
  const before = (dateOfService: string, siteOfService: TreatmentInput['siteOfService'], treatment: Partial<TreatmentInput>) =>
    answer({ dateOfService, siteOfService, ...treatment });

  it('uses the G-codes in physician offices and CPT in hospitals, 2015-2025', () => {
    expect(codes(before('2020-06-01', 'PHYSICIAN_OFFICE', { technique: 'IMRT' }))).toEqual(['G6015']);
    expect(codes(before('2020-06-01', 'HOSPITAL_OUTPATIENT', { technique: 'IMRT', deliveryTier: 'SIMPLE' }))).toEqual(['77385']);
    expect(codes(before('2020-06-01', 'HOSPITAL_OUTPATIENT', { technique: 'IMRT', deliveryTier: 'COMPLEX' }))).toEqual(['77386']);
    expect(codes(before('2025-12-31', 'PHYSICIAN_OFFICE', { technique: 'THREE_D_CONFORMAL', deliveryTier: 'COMPLEX', energyBand: 'MEV_6_TO_10' }))).toEqual([
      'G6012',
    ]);
    expect(codes(before('2015-01-01', 'HOSPITAL_OUTPATIENT', { technique: 'THREE_D_CONFORMAL', deliveryTier: 'INTERMEDIATE' }))).toEqual(['77407']);
    const office = before('2020-06-01', 'PHYSICIAN_OFFICE', {
      technique: 'IMRT',
      imageGuidance: 'CBCT',
      imageGuidanceReviewedByPhysician: true,
      motionManagement: ['REAL_TIME_TRACKING'],
    });
    expect(codes(office)).toEqual(['G6015', '77014+', 'G6017+']);
    expect(office.level).toBeNull();
    expect(office.ruleSet).toMatch(/physician offices/);
    expect(office.codes[0]?.reason).toMatch(/the 2014 77418 definition/);
    expect(codes(before('2020-06-01', 'PHYSICIAN_OFFICE', { technique: 'IMRT', imageGuidance: 'ULTRASOUND', imageGuidanceReviewedByPhysician: true }))).toEqual(
      ['G6015', 'G6001+'],
    );
    expect(
      codes(
        before('2020-06-01', 'HOSPITAL_OUTPATIENT', {
          technique: 'IMRT',
          deliveryTier: 'SIMPLE',
          imageGuidance: 'CBCT',
          imageGuidanceReviewedByPhysician: true,
        }),
      ),
    ).toEqual(['77385', '77387+']);
  });

  it('asks for the tier and energy the codes then in force need', () => {
    const office = before('2020-06-01', 'PHYSICIAN_OFFICE', { technique: 'THREE_D_CONFORMAL' });
    expect(office.status).toBe('NEEDS_MORE_INFORMATION');
    expect(office.missing).toEqual([expect.stringMatching(/^deliveryTier: chooses among HCPCS G6003, .*G6014/), expect.stringMatching(/^energyBand/)]);
    const hospital = before('2020-06-01', 'HOSPITAL_OUTPATIENT', { technique: 'IMRT', deliveryTier: 'INTERMEDIATE' });
    expect(hospital.status).toBe('NEEDS_MORE_INFORMATION');
    expect(hospital.missing.join(' ')).toMatch(/no code of this rule fits/);
  });

  it('uses the 2014 definitions in 2014 and knows no coding before', () => {
    expect(codes(before('2014-07-01', 'HOSPITAL_OUTPATIENT', { technique: 'TWO_D', deliveryTier: 'SIMPLE', energyBand: 'MEV_11_TO_19' }))).toEqual(['77404']);
    expect(codes(before('2014-07-01', 'PHYSICIAN_OFFICE', { technique: 'IMRT' }))).toEqual(['77418']);
    const older = before('2013-05-05', 'PHYSICIAN_OFFICE', { technique: 'IMRT' });
    expect(older.status).toBe('NEEDS_MORE_INFORMATION');
    expect(older.missing.join(' ')).toMatch(/no delivery coding for 2013-05-05/);
  });

  it('routes SBRT to 77373 before 2026 as well', () => {
    expect(codes(before('2019-03-03', 'PHYSICIAN_OFFICE', { technique: 'SBRT' }))).toEqual(['77373']);
  });
});

describe('properties over generated treatments', () => {
  const levelOf = (result: Recommendation) => (result.status === 'RECOMMENDED' ? result.level : null);

  it('any single Level 3 criterion gives 77412', () => {
    fc.assert(
      fc.property(plainTreatment, levelThreeCriterion, dateIn2026Rules, site, (plain, criterion, date, where) => {
        const result = answer({ ...plain, ...criterion, dateOfService: date, siteOfService: where });
        expect(result.status).toBe('RECOMMENDED');
        expect(result.codes[0]?.conceptCode).toBe('77412');
        expect(result.level).toBe(3);
      }),
      RUNS,
    );
  });

  it('adding image guidance never raises the level', () => {
    fc.assert(
      fc.property(plainTreatment, fc.option(levelThreeCriterion, { nil: undefined }), reviewedImaging, dateIn2026Rules, (plain, criterion, imaging, date) => {
        const without = answer({ ...plain, ...criterion, dateOfService: date });
        const withGuidance = answer({ ...plain, ...criterion, ...imaging, dateOfService: date });
        expect(levelOf(withGuidance)).toBe(levelOf(without));
        expect(withGuidance.codes[0]?.conceptCode).toBe(without.codes[0]?.conceptCode);
      }),
      RUNS,
    );
  });

  it('IMRT and VMAT are never 77402', () => {
    fc.assert(
      fc.property(
        plainTreatment,
        fc.option(levelThreeCriterion, { nil: undefined }),
        fc.constantFrom('IMRT', 'VMAT' as const),
        anyDate,
        site,
        (plain, criterion, technique, date, where) => {
          const result = answer({ ...plain, ...criterion, technique, dateOfService: date, siteOfService: where });
          expect(result.codes.map((code) => code.conceptCode)).not.toContain('77402');
        },
      ),
      RUNS,
    );
  });

  it('a RECOMMENDED answer names the criterion or rule that decided it, and every code is a concept of the pack', () => {
    fc.assert(
      fc.property(
        plainTreatment,
        fc.option(levelThreeCriterion, { nil: undefined }),
        fc.option(reviewedImaging, { nil: undefined }),
        anyDate,
        site,
        (plain, criterion, imaging, date, where) => {
          const result = answer({ ...plain, ...criterion, ...imaging, dateOfService: date, siteOfService: where });
          for (const code of result.codes) expect(knownCodes.has(`${code.vocabularyId}|${code.conceptCode}`), code.conceptCode).toBe(true);
          if (result.status !== 'RECOMMENDED') {
            expect(result.codes).toEqual([]);
            expect(result.missing.length).toBeGreaterThan(0);
            return;
          }
          const deciding = result.decisionPath.filter((step) => step.outcome !== null && step.ruleId !== null);
          expect(deciding.length).toBeGreaterThan(0);
          if (result.level !== null) {
            expect(result.criteriaMet.length).toBeGreaterThan(0);
            expect(deciding.some((step) => step.criterionId === result.criteriaMet[0])).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it('out-of-scope treatments are never given a level, whatever else they describe', () => {
    fc.assert(
      fc.property(
        plainTreatment,
        fc.option(levelThreeCriterion, { nil: undefined }),
        fc.constantFrom(...OUT_OF_SCOPE_TECHNIQUES),
        anyDate,
        site,
        (plain, criterion, technique, date, where) => {
          const result = answer({ ...plain, ...criterion, technique, dateOfService: date, siteOfService: where });
          expect(result.status).toBe('OUT_OF_SCOPE');
          expect(result.level).toBeNull();
          expect(result.routing).not.toBeNull();
        },
      ),
      RUNS,
    );
  });
});

describe('the facts an answer names', () => {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const inputFields = new Set(Object.keys((schema.getType('TreatmentInput') as GraphQLInputObjectType).getFields()));
  // The engine's own fact names that are not input fields: an answer must never show them.
  const internalOnly = FACT_KEYS.filter((fact) => !inputFields.has(fact));
  const anyTreatment = fc.record(
    {
      dateOfService: anyDate,
      siteOfService: site,
      technique: fc.constantFrom(...IN_SCOPE_TECHNIQUES, 'TOTAL_SKIN_ELECTRON' as const),
      fieldShaping: fc.subarray(['BLOCKS', 'WEDGES', 'FIELD_IN_FIELD', 'MLC'] as const),
      motionManagement: fc.subarray([
        'DIBH',
        'ACTIVE_BREATHING_CONTROL',
        'RESPIRATORY_GATING',
        'FOUR_D_CBCT',
        'REAL_TIME_TRACKING',
        'SURFACE_GUIDANCE',
      ] as const),
      surfaceMotionCorrelatesWithTarget: fc.boolean(),
      imageGuidance: fc.constantFrom('NONE', ...PLAIN_IMAGING),
      imageGuidanceReviewedByPhysician: fc.boolean(),
      isocentersPerSession: fc.integer({ min: 1, max: 3 }),
      mixedPhotonElectronSameVolume: fc.boolean(),
      normalTissueConstraint: fc.boolean(),
      deliveryTier: fc.constantFrom('SIMPLE', 'INTERMEDIATE', 'COMPLEX' as const),
      energyBand: fc.constantFrom('UP_TO_5_MEV', 'MEV_6_TO_10', 'MEV_11_TO_19', 'MEV_20_OR_MORE' as const),
    },
    { requiredKeys: ['dateOfService', 'siteOfService', 'technique'] },
  );

  it('names every missing fact by its TreatmentInput field, and never an internal fact name', () => {
    const named = new Set<string>();
    fc.assert(
      fc.property(anyTreatment, (treatment) => {
        const { request } = evaluationRequestOf(treatment);
        const result = recommend(ruleSet, request);
        for (const missing of result.missing) {
          const name = /^([a-z][A-Za-z]+): /.exec(missing)?.[1];
          if (name && !/\s/.test(name)) {
            named.add(name);
            expect(inputFields, missing).toContain(name);
          }
        }
        // The certainty warnings quote the pack's notes, prose in which '3D planning' is a clinical term.
        const warnings = result.warnings.filter((w) => !w.startsWith('This answer rests on'));
        const text = [...result.missing, ...warnings, ...result.decisionPath.flatMap((s) => [s.question, s.answer, s.outcome ?? ''])].join('\n');
        for (const fact of internalOnly) expect(text, `'${fact}' in:\n${text}`).not.toMatch(new RegExp(`\\b${fact}\\b`));
      }),
      RUNS,
    );
    // The run met the facts the issue was found with.
    expect([...named]).toEqual(expect.arrayContaining(['imageGuidanceReviewedByPhysician', 'deliveryTier', 'energyBand']));
  });
});

describe('answers built on facts below high confidence', () => {
  const certainty = (result: Recommendation) => result.warnings.filter((w) => w.startsWith('This answer rests on'));

  it('say so: surface imaging alone adds 77387 on a low-confidence technique, an MLC-shaped 2D field is 77407 on a medium one', () => {
    const surface = answer({ technique: 'IMRT', imageGuidance: 'SURFACE_IMAGING', imageGuidanceReviewedByPhysician: true });
    expect(codes(surface)).toEqual(['77407', '77387+']);
    expect(certainty(surface)).toEqual([expect.stringMatching(/^This answer rests on '.*', of low confidence/)]);
    const mlc = answer({ technique: 'TWO_D', fieldShaping: ['MLC'] });
    expect(codes(mlc)).toEqual(['77407']);
    expect(certainty(mlc).join(' ')).toMatch(/of medium confidence/);
  });

  it('and stay quiet when everything they rest on is high confidence', () => {
    const dibh = answer({ technique: 'THREE_D_CONFORMAL', motionManagement: ['DIBH'], imageGuidance: 'CBCT', imageGuidanceReviewedByPhysician: true });
    expect(codes(dibh)).toEqual(['77412', '77387+']);
    expect(certainty(dibh)).toEqual([]);
  });
});

describe('Medicare physician offices, 2015-2025', () => {
  const office = (treatment: Partial<TreatmentInput>) =>
    answer({ dateOfService: '2020-06-01', siteOfService: 'PHYSICIAN_OFFICE', payer: 'MEDICARE', technique: 'IMRT', ...treatment });

  it.each<[string, Partial<TreatmentInput>]>([
    ['real-time tracking', { motionManagement: ['REAL_TIME_TRACKING'] }],
    ['gating', { motionManagement: ['RESPIRATORY_GATING'] }],
    ['3D surface tracking', { motionManagement: ['SURFACE_GUIDANCE'], surfaceMotionCorrelatesWithTarget: true }],
  ])('adds G6017 for %s during delivery, as its public descriptor says', (_name, motion) => {
    expect(codes(office(motion))).toEqual(['G6015', 'G6017+']);
  });

  it('adds no G6017 without motion management during delivery', () => {
    expect(codes(office({}))).toEqual(['G6015']);
    expect(codes(office({ motionManagement: ['SURFACE_GUIDANCE'], surfaceMotionCorrelatesWithTarget: false }))).toEqual(['G6015']);
  });
});
