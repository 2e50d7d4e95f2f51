import fc from 'fast-check';
import type { TreatmentInput } from '../../src/generated/graphql.js';

/** The worked examples of the paper (DOMAIN §4) as a client describes them, with the codes expected. */
export const PAPER_EXAMPLES: { name: string; treatment: Omit<TreatmentInput, 'dateOfService' | 'siteOfService'>; codes: string[]; criterion: string }[] = [
  { name: 'skin cancers, en face electrons, one session', treatment: { technique: 'ELECTRON' }, codes: ['77402'], criterion: 'simple-2d-or-electron' },
  {
    name: 'prostate with elective nodes, IMRT, no tracking',
    treatment: { technique: 'IMRT', normalTissueConstraint: true, isocentersPerSession: 1 },
    codes: ['77407'],
    criterion: 'three-d-or-imrt',
  },
  {
    name: 'head and neck IMRT, no motion management',
    treatment: { technique: 'IMRT', normalTissueConstraint: true, isocentersPerSession: 1 },
    codes: ['77407'],
    criterion: 'three-d-or-imrt',
  },
  {
    name: 'head and neck, mixed electron-photon fields each fraction',
    treatment: { technique: 'THREE_D_CONFORMAL', mixedPhotonElectronSameVolume: true },
    codes: ['77412'],
    criterion: 'mixed-photon-electron',
  },
  {
    name: 'low thoracic / upper lumbar spine metastasis, posterior beams',
    treatment: { technique: 'THREE_D_CONFORMAL', isocentersPerSession: 1 },
    codes: ['77407'],
    criterion: 'three-d-or-imrt',
  },
  {
    name: 'whole breast and supraclavicular nodes, one isocenter, daily DIBH',
    treatment: { technique: 'THREE_D_CONFORMAL', fieldShaping: ['FIELD_IN_FIELD'], motionManagement: ['DIBH'] },
    codes: ['77412'],
    criterion: 'active-motion-management',
  },
  {
    name: 'whole breast and supraclavicular nodes, one isocenter, surface guidance',
    treatment: {
      technique: 'THREE_D_CONFORMAL',
      fieldShaping: ['FIELD_IN_FIELD'],
      motionManagement: ['SURFACE_GUIDANCE'],
      surfaceMotionCorrelatesWithTarget: true,
    },
    codes: ['77412'],
    criterion: 'active-motion-management',
  },
  {
    name: 'brain and lung metastases in the same session',
    treatment: { technique: 'THREE_D_CONFORMAL', isocentersPerSession: 2 },
    codes: ['77412'],
    criterion: 'multiple-isocenters',
  },
  { name: 'total skin electron therapy', treatment: { technique: 'TOTAL_SKIN_ELECTRON' }, codes: ['77412'], criterion: 'total-skin-electron' },
  {
    name: 'prostate IMRT with a daily CBCT reviewed by the physician (the pack’s example)',
    treatment: { technique: 'IMRT', imageGuidance: 'CBCT', imageGuidanceReviewedByPhysician: true, isocentersPerSession: 1 },
    codes: ['77407', '77387'],
    criterion: 'three-d-or-imrt',
  },
];

export const IN_SCOPE_TECHNIQUES = ['TWO_D', 'ELECTRON', 'THREE_D_CONFORMAL', 'IMRT', 'VMAT'] as const;
export const OUT_OF_SCOPE_TECHNIQUES = ['SRS', 'SBRT', 'PROTON', 'BRACHYTHERAPY', 'SUPERFICIAL', 'INTRAOPERATIVE'] as const;
/** Image guidance that is not motion management (4D CBCT is). */
export const PLAIN_IMAGING = ['KV_PLANAR', 'MV_PORTAL', 'CBCT', 'CT', 'ULTRASOUND', 'STEREOSCOPIC_XRAY', 'SURFACE_IMAGING'] as const;

const day = (from: number, to: number) =>
  fc
    .integer({ min: Date.UTC(from, 0, 1) / 86_400_000, max: Date.UTC(to, 11, 31) / 86_400_000 })
    .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
export const dateIn2026Rules = day(2026, 2028);
export const anyDate = day(2013, 2028);
export const site = fc.constantFrom('PHYSICIAN_OFFICE', 'HOSPITAL_OUTPATIENT' as const);

/** An in-scope treatment with no Level 3 criterion: one isocenter per session, no motion management, no mixed fields. */
export const plainTreatment = fc.record({
  technique: fc.constantFrom(...IN_SCOPE_TECHNIQUES),
  fieldShaping: fc.subarray(['BLOCKS', 'WEDGES', 'FIELD_IN_FIELD', 'MLC'] as const),
  normalTissueConstraint: fc.boolean(),
  isocentersPerSession: fc.constant(1),
  isocentersPerCourse: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  deliveryTier: fc.option(fc.constantFrom('SIMPLE', 'INTERMEDIATE', 'COMPLEX' as const), { nil: undefined }),
  energyBand: fc.option(fc.constantFrom('UP_TO_5_MEV', 'MEV_6_TO_10', 'MEV_11_TO_19', 'MEV_20_OR_MORE' as const), { nil: undefined }),
});

/** One Level 3 criterion, as the input expresses it. */
export const levelThreeCriterion = fc.oneof(
  fc.constantFrom<Partial<TreatmentInput>>(
    { motionManagement: ['DIBH'] },
    { motionManagement: ['ACTIVE_BREATHING_CONTROL'] },
    { motionManagement: ['RESPIRATORY_GATING'] },
    { motionManagement: ['REAL_TIME_TRACKING'] },
    { motionManagement: ['FOUR_D_CBCT'], imageGuidanceReviewedByPhysician: false },
    { motionManagement: ['SURFACE_GUIDANCE'], surfaceMotionCorrelatesWithTarget: true },
    { mixedPhotonElectronSameVolume: true },
    { technique: 'TOTAL_SKIN_ELECTRON' },
  ),
  fc.record({
    isocentersPerSession: fc.integer({ min: 2, max: 4 }),
    technique: fc.constantFrom('THREE_D_CONFORMAL', 'IMRT', 'VMAT' as const),
    isocentersPerCourse: fc.constant(null),
  }),
);

export const reviewedImaging = fc.record({
  imageGuidance: fc.constantFrom(...PLAIN_IMAGING),
  imageGuidanceReviewedByPhysician: fc.boolean(),
});
