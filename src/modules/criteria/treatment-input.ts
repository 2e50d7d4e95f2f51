/**
 * The one place where the GraphQL TreatmentInput becomes the engine's treatment facts (the fact
 * vocabulary of criteria.json, described in seed/README.md). Every default and every mapping of
 * an enum value to a fact or a technique id is here:
 *
 * | input | facts |
 * |---|---|
 * | technique TWO_D / THREE_D_CONFORMAL / IMRT / VMAT | external-beam, photon, planning 2d / 3d / imrt / vmat; technique three-d-conformal / imrt / vmat |
 * | technique ELECTRON / TOTAL_SKIN_ELECTRON | external-beam, electron, planning electron; totalSkinElectron for the latter |
 * | technique SRS / SBRT / PROTON / BRACHYTHERAPY / SUPERFICIAL / INTRAOPERATIVE | treatmentType srs / sbrt / proton / brachytherapy / superficial / intraoperative |
 * | mixedPhotonElectronSameVolume | mixedFieldsSameVolume, modality mixed (default false) |
 * | isocentersPerSession, isocentersPerCourse | the same facts, unknown when not given (the engine asks for the count per session when it decides the level); fewer per course than per session is a contradiction |
 * | motionManagement DIBH / ACTIVE_BREATHING_CONTROL / RESPIRATORY_GATING / REAL_TIME_TRACKING | techniques dibh / active-breathing-control / respiratory-gating / intrafraction-tracking |
 * | motionManagement SURFACE_GUIDANCE | surface-guidance-motion-correlated when surfaceMotionCorrelatesWithTarget, tattoo-less-setup when not, missing when not given |
 * | motionManagement FOUR_D_CBCT | technique cbct-4d-pre-treatment; it is also the image guidance when imageGuidance is NONE |
 * | imageGuidance (default NONE) | imageGuidance and its technique (CBCT -> cbct-conventional, KV_PLANAR -> kv-planar-imaging, ...) |
 * | imageGuidanceReviewedByPhysician | imageGuidanceReviewed (null when not given: the engine asks for it when it matters); true with no guidance is a contradiction |
 * | fieldShaping (default none), normalTissueConstraint (default false), abuttingElectronFields (default false) | fieldShaping, dvhConstraintAssessed, abuttingElectronFields |
 * | deliveryTier, energyBand | the same facts (null when not given), read only before 2026 |
 *
 * Absent booleans and lists mean "not done": a description states what was done. Counts below 1
 * are malformed input (BAD_USER_INPUT).
 */
import { badInput } from '../../errors.js';
import type { TreatmentInput } from '../../generated/graphql.js';
import type { TreatmentFacts } from '../../seed-pack/criteria.js';
import type { EvaluationRequest, FactNames } from './engine.js';

const TECHNIQUE: Record<TreatmentInput['technique'], Pick<TreatmentFacts, 'treatmentType' | 'modality' | 'planning'> & { techniques: string[] }> = {
  TWO_D: { treatmentType: 'external-beam', modality: 'photon', planning: '2d', techniques: [] },
  THREE_D_CONFORMAL: { treatmentType: 'external-beam', modality: 'photon', planning: '3d', techniques: ['three-d-conformal'] },
  IMRT: { treatmentType: 'external-beam', modality: 'photon', planning: 'imrt', techniques: ['imrt'] },
  VMAT: { treatmentType: 'external-beam', modality: 'photon', planning: 'vmat', techniques: ['vmat'] },
  ELECTRON: { treatmentType: 'external-beam', modality: 'electron', planning: 'electron', techniques: [] },
  TOTAL_SKIN_ELECTRON: { treatmentType: 'external-beam', modality: 'electron', planning: 'electron', techniques: [] },
  SRS: { treatmentType: 'srs', modality: 'photon', planning: '3d', techniques: [] },
  SBRT: { treatmentType: 'sbrt', modality: 'photon', planning: '3d', techniques: [] },
  PROTON: { treatmentType: 'proton', modality: 'photon', planning: '3d', techniques: [] },
  BRACHYTHERAPY: { treatmentType: 'brachytherapy', modality: 'photon', planning: '3d', techniques: [] },
  SUPERFICIAL: { treatmentType: 'superficial', modality: 'photon', planning: '2d', techniques: [] },
  INTRAOPERATIVE: { treatmentType: 'intraoperative', modality: 'electron', planning: 'electron', techniques: [] },
};

const MOTION: Record<Exclude<NonNullable<TreatmentInput['motionManagement']>[number], 'SURFACE_GUIDANCE'>, string> = {
  DIBH: 'dibh',
  ACTIVE_BREATHING_CONTROL: 'active-breathing-control',
  RESPIRATORY_GATING: 'respiratory-gating',
  FOUR_D_CBCT: 'cbct-4d-pre-treatment',
  REAL_TIME_TRACKING: 'intrafraction-tracking',
};

const IMAGING: Record<NonNullable<TreatmentInput['imageGuidance']>, { fact: TreatmentFacts['imageGuidance']; technique: string | null }> = {
  NONE: { fact: 'none', technique: null },
  KV_PLANAR: { fact: 'kv-planar', technique: 'kv-planar-imaging' },
  MV_PORTAL: { fact: 'mv-portal', technique: 'mv-portal-imaging' },
  CBCT: { fact: 'cbct', technique: 'cbct-conventional' },
  FOUR_D_CBCT: { fact: '4d-cbct', technique: 'cbct-4d-pre-treatment' },
  CT: { fact: 'ct', technique: 'ct-localization' },
  ULTRASOUND: { fact: 'ultrasound', technique: 'ultrasound-localization' },
  STEREOSCOPIC_XRAY: { fact: 'stereoscopic-xray', technique: 'stereoscopic-xray-localization' },
  SURFACE_IMAGING: { fact: 'surface-imaging', technique: 'surface-imaging-localization' },
};

const SHAPING: Record<NonNullable<TreatmentInput['fieldShaping']>[number], TreatmentFacts['fieldShaping'][number]> = {
  BLOCKS: 'blocks',
  WEDGES: 'wedges',
  FIELD_IN_FIELD: 'field-in-field',
  MLC: 'mlc',
};

const TIER: Record<NonNullable<TreatmentInput['deliveryTier']>, NonNullable<TreatmentFacts['deliveryTier']>> = {
  SIMPLE: 'simple',
  INTERMEDIATE: 'intermediate',
  COMPLEX: 'complex',
};

const ENERGY: Record<NonNullable<TreatmentInput['energyBand']>, NonNullable<TreatmentFacts['energyBand']>> = {
  UP_TO_5_MEV: 'up-to-5-mev',
  MEV_6_TO_10: '6-10-mev',
  MEV_11_TO_19: '11-19-mev',
  MEV_20_OR_MORE: '20-mev-plus',
};

/** The TreatmentInput field each fact comes from. */
const FIELD_OF_FACT: Record<keyof TreatmentFacts, keyof TreatmentInput> = {
  treatmentType: 'technique',
  modality: 'technique',
  planning: 'technique',
  totalSkinElectron: 'technique',
  techniques: 'motionManagement',
  isocentersPerSession: 'isocentersPerSession',
  isocentersPerCourse: 'isocentersPerCourse',
  mixedFieldsSameVolume: 'mixedPhotonElectronSameVolume',
  abuttingElectronFields: 'abuttingElectronFields',
  dvhConstraintAssessed: 'normalTissueConstraint',
  fieldShaping: 'fieldShaping',
  imageGuidance: 'imageGuidance',
  imageGuidanceReviewed: 'imageGuidanceReviewedByPhysician',
  deliveryTier: 'deliveryTier',
  energyBand: 'energyBand',
};

/** For each fact, the input values (`field VALUE`) that give each of its values: the tables above read backwards. */
const INPUTS_OF_VALUE = (() => {
  const table = new Map<keyof TreatmentFacts, Map<unknown, string[]>>();
  const add = (fact: keyof TreatmentFacts, value: unknown, input: string) => {
    const values = table.get(fact) ?? new Map<unknown, string[]>();
    table.set(fact, values);
    values.set(value, [...(values.get(value) ?? []), input]);
  };
  for (const [technique, facts] of Object.entries(TECHNIQUE)) {
    add('treatmentType', facts.treatmentType, technique);
    // Modality and planning decide between levels of external-beam delivery only.
    if (facts.treatmentType === 'external-beam') {
      add('modality', facts.modality, technique);
      add('planning', facts.planning, technique);
    }
    for (const id of facts.techniques) add('techniques', id, `technique ${technique}`);
  }
  add('modality', 'mixed', 'mixedPhotonElectronSameVolume true');
  add('totalSkinElectron', true, 'TOTAL_SKIN_ELECTRON');
  for (const [kind, id] of Object.entries(MOTION)) add('techniques', id, kind);
  add('techniques', 'surface-guidance-motion-correlated', 'SURFACE_GUIDANCE with surfaceMotionCorrelatesWithTarget true');
  add('techniques', 'tattoo-less-setup', 'SURFACE_GUIDANCE with surfaceMotionCorrelatesWithTarget false');
  for (const [kind, imaging] of Object.entries(IMAGING)) {
    add('imageGuidance', imaging.fact, kind);
    if (imaging.technique && imaging.technique !== 'cbct-4d-pre-treatment') add('techniques', imaging.technique, `imageGuidance ${kind}`);
  }
  for (const [shape, fact] of Object.entries(SHAPING)) add('fieldShaping', fact, shape);
  for (const [tier, fact] of Object.entries(TIER)) add('deliveryTier', fact, tier);
  for (const [band, fact] of Object.entries(ENERGY)) add('energyBand', fact, band);
  return table;
})();

/**
 * The engine's answers name facts as TreatmentInput names them: `imageGuidanceReviewedByPhysician`,
 * not the fact `imageGuidanceReviewed`; `technique THREE_D_CONFORMAL|IMRT`, not `planning "3d"`.
 */
export const INPUT_NAMES: FactNames = {
  fact: (fact) => FIELD_OF_FACT[fact],
  value(fact, value) {
    const one = (item: unknown) => INPUTS_OF_VALUE.get(fact)?.get(item)?.join('|') ?? JSON.stringify(item);
    return Array.isArray(value) ? `[${value.map(one).join(', ')}]` : one(value);
  },
};

function atLeastOne(field: string, value: number | null | undefined): void {
  if (value !== null && value !== undefined && value < 1) throw badInput(`treatment.${field} must be at least 1, got ${value}`, `treatment.${field}`);
}

/** The engine's request for a TreatmentInput, with the warnings the mapping itself raises. */
export function evaluationRequestOf(input: TreatmentInput): { request: EvaluationRequest; warnings: string[] } {
  atLeastOne('isocentersPerSession', input.isocentersPerSession);
  atLeastOne('isocentersPerCourse', input.isocentersPerCourse);
  atLeastOne('fractions', input.fractions);
  const base = TECHNIQUE[input.technique];
  const techniques = new Set(base.techniques);
  const missing: string[] = [];
  const contradictions: string[] = [];
  const warnings: string[] = [];

  const motion = input.motionManagement ?? [];
  for (const kind of motion) {
    if (kind !== 'SURFACE_GUIDANCE') {
      techniques.add(MOTION[kind]);
      continue;
    }
    if (input.surfaceMotionCorrelatesWithTarget === true) techniques.add('surface-guidance-motion-correlated');
    else if (input.surfaceMotionCorrelatesWithTarget === false) techniques.add('tattoo-less-setup');
    else missing.push('surfaceMotionCorrelatesWithTarget: surface guidance is motion management only when surface motion correlates with target motion');
  }
  if (input.surfaceMotionCorrelatesWithTarget != null && !motion.includes('SURFACE_GUIDANCE')) {
    warnings.push('surfaceMotionCorrelatesWithTarget is ignored: no SURFACE_GUIDANCE motion management is given.');
  }

  let imaging = IMAGING[input.imageGuidance ?? 'NONE'];
  // A 4D CBCT acquired before treatment is image guidance as well as motion management.
  if (imaging.fact === 'none' && motion.includes('FOUR_D_CBCT')) imaging = IMAGING.FOUR_D_CBCT;
  if (imaging.technique) techniques.add(imaging.technique);
  const reviewed = input.imageGuidanceReviewedByPhysician ?? null;
  if (reviewed === true && imaging.fact === 'none') contradictions.push('imageGuidanceReviewedByPhysician is true but no image guidance is given');

  // Unknown when not given: Level 2 needs a single isocenter, so a missing count is asked for
  // whenever it could make the fraction Level 3 (craniospinal, several separate targets).
  const perSession = input.isocentersPerSession ?? null;
  const perCourse = input.isocentersPerCourse ?? null;
  if (perCourse !== null && perSession !== null && perCourse < perSession) {
    contradictions.push(`isocentersPerCourse (${perCourse}) is smaller than isocentersPerSession (${perSession})`);
  }
  if (input.technique === 'TOTAL_SKIN_ELECTRON' && input.mixedPhotonElectronSameVolume === true) {
    contradictions.push('total skin electron therapy with photon fields for the same volume');
  }
  if (input.technique === 'SBRT' && input.fractions != null && input.fractions > 5) {
    warnings.push(`SBRT delivery (77373) covers a course of at most 5 fractions; ${input.fractions} fractions were given.`);
  }

  const mixed = input.mixedPhotonElectronSameVolume ?? false;
  const facts: TreatmentFacts = {
    treatmentType: base.treatmentType,
    modality: mixed && base.treatmentType === 'external-beam' ? 'mixed' : base.modality,
    planning: base.planning,
    isocentersPerSession: perSession,
    isocentersPerCourse: perCourse,
    mixedFieldsSameVolume: mixed,
    totalSkinElectron: input.technique === 'TOTAL_SKIN_ELECTRON',
    abuttingElectronFields: input.abuttingElectronFields ?? false,
    dvhConstraintAssessed: input.normalTissueConstraint ?? false,
    fieldShaping: [...new Set((input.fieldShaping ?? []).map((shape) => SHAPING[shape]))],
    imageGuidance: imaging.fact,
    imageGuidanceReviewed: reviewed,
    deliveryTier: input.deliveryTier ? TIER[input.deliveryTier] : null,
    energyBand: input.energyBand ? ENERGY[input.energyBand] : null,
    techniques: [...techniques],
  };
  return {
    request: {
      dateOfService: input.dateOfService,
      siteOfService: input.siteOfService,
      facts,
      missing,
      contradictions,
      names: INPUT_NAMES,
      payer: input.payer ?? null,
    },
    warnings,
  };
}
