import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedDir, readSeedPack } from '../../src/seed-pack/read-pack.js';
import { recommend } from '../../src/modules/criteria/engine.js';
import { ruleSetFromPack } from '../../src/modules/criteria/rule-set-from-pack.js';
import { familyOf } from '../../src/graph/code-family.js';
import { LOCAL_CONCEPT_ID_MIN, checkPack, type SeedPack, type TreatmentFacts } from '../../src/seed-pack/schema.js';

const pack = readSeedPack();
const clone = (): SeedPack => structuredClone(pack);

const ruleSet = ruleSetFromPack(pack);
const decide = (facts: TreatmentFacts) =>
  recommend(ruleSet, { dateOfService: '2026-03-02', siteOfService: 'HOSPITAL_OUTPATIENT', facts, missing: [], contradictions: [] });

const baseFacts: TreatmentFacts = {
  treatmentType: 'external-beam',
  modality: 'photon',
  planning: '3d',
  isocentersPerSession: 1,
  isocentersPerCourse: null,
  mixedFieldsSameVolume: false,
  totalSkinElectron: false,
  abuttingElectronFields: false,
  dvhConstraintAssessed: false,
  fieldShaping: [],
  imageGuidance: 'none',
  imageGuidanceReviewed: null,
  deliveryTier: null,
  energyBand: null,
  techniques: [],
};

describe('seed pack', () => {
  it('reads the real pack with no problems', () => {
    expect(defaultSeedDir()).toMatch(/seed$/);
    expect(checkPack(pack)).toEqual([]);
    expect(pack.sources.map((source) => source.id)).toEqual(
      expect.arrayContaining([
        'JAHRAUS',
        'ASTRO2026',
        'ASTROFAQ',
        'CPT2015',
        'PFS2026',
        'ACRO-OPPS',
        'BLOG',
        'CDM54',
        'VOCAB',
        'OMOP-CONCEPT-EXPORTS',
        'PROJECT',
      ]),
    );
  });

  it('labels every CPT4 concept of the concepts file, once', () => {
    const cpt4 = pack.omopConcepts.filter((row) => row.vocabulary_id === 'CPT4').map((row) => row.concept_code);
    expect(cpt4).toHaveLength(153);
    const labels = new Map(pack.cpt4Labels.map((row) => [row.concept_code, row]));
    expect(pack.cpt4Labels).toHaveLength(cpt4.length);
    for (const code of cpt4) expect(labels.get(code)?.label, code).toBeTruthy();
  });

  it('keeps CPT4 labels short and in the project’s own words', () => {
    const publicDescriptors = pack.omopConcepts.map((row) => row.concept_name_public_hcpcs_only.toLowerCase()).filter((name) => name.length > 0);
    const words = (text: string): string[] =>
      text
        .toLowerCase()
        .split(/[^a-z0-9-]+/)
        .filter(Boolean);
    const runs = (text: string, size: number): Set<string> => {
      const list = words(text);
      const out = new Set<string>();
      for (let i = 0; i + size <= list.length; i += 1) out.add(list.slice(i, i + size).join(' '));
      return out;
    };
    const descriptorRuns = new Set(publicDescriptors.flatMap((name) => [...runs(name, 5)]));
    for (const row of pack.cpt4Labels) {
      expect(row.label.length, row.concept_code).toBeLessThanOrEqual(100);
      // No five-word run shared with a public HCPCS descriptor (several carry pre-2015 CPT wording).
      for (const run of runs(row.label, 5)) expect(descriptorRuns.has(run), `${row.concept_code}: "${run}"`).toBe(false);
    }
    expect(new Set(pack.cpt4Labels.map((row) => row.label)).size).toBe(pack.cpt4Labels.length);
    const heading = pack.cpt4Labels.find((row) => row.concept_code === '1010326');
    expect(heading).toMatchObject({ label: 'CPT4 hierarchy heading 1010326', confidence: 'low' });
  });

  it('marks reused and deleted codes in the label notes', () => {
    const note = (code: string): string => pack.cpt4Labels.find((row) => row.concept_code === code)?.note ?? '';
    expect(note('77385')).toContain('deleted 2026-01-01');
    expect(note('77402')).toMatch(/2015/);
    expect(note('77402')).toMatch(/2026/);
  });

  it('gives local concepts unique ids in the local range, and no local id to a code with a public one', () => {
    const ids = pack.localConcepts.map((row) => row.concept_id);
    for (const id of ids) expect(id).toBeGreaterThan(2_000_000_000);
    expect(Math.min(...ids)).toBe(LOCAL_CONCEPT_ID_MIN);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pack.localConcepts.map((row) => row.concept_code).sort()).toEqual(['26', '59', 'G6002', 'G6003', 'LT', 'RT', 'TC', 'XS']);
    expect(pack.localConcepts.some((row) => row.concept_code === '77285')).toBe(false);
    expect(pack.omopConcepts.find((row) => row.concept_code === '77285')?.concept_id).toBe(2211835);
  });

  it('catches an unknown source id', () => {
    const broken = clone();
    const profile = broken.profiles.find((candidate) => candidate.conceptCode === '77387');
    if (!profile) throw new Error('77387 profile missing');
    profile.sources.push('NO-SUCH-SOURCE');
    expect(checkPack(pack).some((problem) => problem.includes('NO-SUCH-SOURCE'))).toBe(false);
    const problems = checkPack(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("unknown source id 'NO-SUCH-SOURCE'");
    expect(problems[0]).toContain('billing/profiles.json');

    const brokenLabel = clone();
    const label = brokenLabel.cpt4Labels[0];
    if (!label) throw new Error('no label');
    label.sources = ['BLOGG'];
    expect(checkPack(brokenLabel)).toEqual([expect.stringContaining("unknown source id 'BLOGG'")]);
  });

  it('catches an unknown criterion id', () => {
    const broken = clone();
    const level3 = broken.criteria.levels.find((level) => level.id === 'level-3');
    if (!level3) throw new Error('level-3 missing');
    level3.requiresAny.push('breath-hold-by-wishful-thinking');
    expect(checkPack(broken)).toEqual([expect.stringContaining("unknown criterion id 'breath-hold-by-wishful-thinking'")]);

    const brokenEvent = clone();
    const event = brokenEvent.changeEvents.find((candidate) => candidate.id === '2026-g6017-replaced');
    const target = event?.to[0];
    if (!target) throw new Error('2026-g6017-replaced missing');
    target.condition = 'active-motion-managment';
    expect(checkPack(brokenEvent)).toEqual([expect.stringContaining("unknown criterion id 'active-motion-managment'")]);
  });

  it('catches a duplicate id', () => {
    const broken = clone();
    const first = broken.changeEvents[0];
    const second = broken.changeEvents[1];
    if (!first || !second) throw new Error('events missing');
    second.id = first.id;
    expect(checkPack(broken)).toEqual([expect.stringContaining(`duplicate id '${first.id}'`)]);

    const brokenCriteria = clone();
    const technique = brokenCriteria.criteria.techniques[0];
    if (!technique) throw new Error('techniques missing');
    technique.id = 'active-motion-management';
    const problems = checkPack(brokenCriteria);
    expect(problems.some((problem) => problem.includes("duplicate id 'active-motion-management'"))).toBe(true);

    const brokenLocal = clone();
    const local = brokenLocal.localConcepts[1];
    const otherLocal = brokenLocal.localConcepts[0];
    if (!local || !otherLocal) throw new Error('local concepts missing');
    local.concept_id = otherLocal.concept_id;
    expect(checkPack(brokenLocal)).toEqual([expect.stringContaining(`duplicate concept_id ${otherLocal.concept_id}`)]);
  });

  it('catches a missing label', () => {
    const broken = clone();
    broken.cpt4Labels = broken.cpt4Labels.filter((row) => row.concept_code !== '77412');
    expect(checkPack(broken)).toEqual([expect.stringContaining('no label for CPT4 concept 77412')]);
  });

  it('puts every code in exactly one most specific family', () => {
    const family = (code: string, vocabularyId = 'CPT4'): string | undefined => familyOf(pack.families, vocabularyId, code)?.id;
    expect(family('77427')).toBe('management');
    expect(family('77470')).toBe('management');
    expect(family('77412')).toBe('delivery');
    expect(family('77387')).toBe('delivery');
    expect(family('77523')).toBe('delivery');
    expect(family('77373')).toBe('srs-sbrt-delivery');
    expect(family('77770')).toBe('hdr-remote-afterloading');
    expect(family('77778')).toBe('brachytherapy');
    expect(family('0395T')).toBe('electronic-brachytherapy');
    expect(family('0182T')).toBe('electronic-brachytherapy');
    expect(family('G6015', 'HCPCS')).toBe('hcpcs-delivery-guidance');
    expect(family('99213')).toBe('em-visits');
    expect(family('99225')).toBe('em-visits');
    expect(family('70551')).toBeUndefined();

    const broken = clone();
    const delivery = broken.families.find((candidate) => candidate.id === 'delivery');
    if (!delivery) throw new Error('delivery family missing');
    delivery.ranges.push({ vocabularyId: 'CPT4', from: '77420', to: '77430' });
    expect(checkPack(broken).some((problem) => problem.includes('overlap without one containing the other'))).toBe(true);
  });

  it('records the billing facts the pitfalls depend on', () => {
    const profile = (code: string) => pack.profiles.find((candidate) => candidate.conceptCode === code);
    expect(profile('77427')?.frequency).toBe('per_5_fractions');
    expect(profile('77336')?.frequency).toBe('weekly');
    expect(profile('77387')).toMatchObject({ addOn: true, frequency: 'per_fraction' });
    expect(profile('77387')?.componentChanges.find((c) => c.effectiveDate === '2026-01-01')).toMatchObject({
      component: 'technical',
      change: 'bundled',
      statusIndicator: 'B',
    });
    expect(profile('77293')?.addOn).toBe(true);
    const finalWork = pack.payments.find((payment) => payment.conceptCode === '77387' && payment.year === 2026 && payment.basis === 'in_effect');
    expect(finalWork?.workRvu).toBe(0.68);
  });

  it('keeps the code versions of reused codes contiguous', () => {
    const versions = pack.codeVersions.filter((version) => version.conceptCode === '77402');
    expect(versions.map((version) => [version.validFrom, version.validTo])).toEqual([
      ['2014-01-01', '2014-12-31'],
      ['2015-01-01', '2025-12-31'],
      ['2026-01-01', null],
    ]);
    const broken = clone();
    const version = broken.codeVersions.find((candidate) => candidate.conceptCode === '77387' && candidate.validTo !== null);
    if (!version) throw new Error('77387 version missing');
    version.validTo = '2025-12-30';
    // The gap, and the prior coding that relies on 77387 throughout 2015-2025.
    expect(checkPack(broken)).toEqual([expect.stringContaining('versions do not cover 2015-01-01 to 2025-12-31'), expect.stringContaining('gap')]);
  });

  it('holds the eight worked examples of the paper and one with reviewed image guidance, and the rules reproduce them', () => {
    const examples = pack.criteria.examples;
    expect(examples).toHaveLength(9);
    expect(examples.map((example) => example.expectedCodes.join('+'))).toEqual([
      '77402',
      '77407',
      '77407',
      '77412',
      '77407',
      '77412',
      '77412',
      '77412',
      '77407+77387',
    ]);
    for (const example of examples) {
      const decision = decide(example.facts);
      expect(decision.status, example.id).toBe('RECOMMENDED');
      expect(
        decision.codes.map((code) => code.conceptCode),
        example.id,
      ).toEqual(example.expectedCodes);
      expect(decision.levelId, example.id).toBe(example.expectedLevel);
      expect(decision.criteriaMet[0], example.id).toBe(example.expectedCriterion);
    }
  });

  it('decides cases the paper did not list from the same rules', () => {
    const code = (facts: Partial<TreatmentFacts>): string | undefined => {
      const decision = decide({ ...baseFacts, ...facts });
      return decision.status === 'RECOMMENDED' ? decision.codes[0]?.conceptCode : undefined;
    };
    expect(code({ planning: '3d', techniques: ['cbct-conventional'], imageGuidance: 'cbct', imageGuidanceReviewed: true })).toBe('77407');
    expect(code({ planning: '3d', techniques: ['cbct-4d-pre-treatment'], imageGuidance: '4d-cbct', imageGuidanceReviewed: false })).toBe('77412');
    expect(code({ planning: '3d', isocentersPerSession: 1, isocentersPerCourse: 2 })).toBe('77407');
    expect(code({ planning: 'vmat', techniques: ['vmat', 'tattoo-less-setup'] })).toBe('77407');
    expect(code({ planning: '2d' })).toBe('77402');
    expect(code({ planning: '2d', fieldShaping: ['blocks'] })).toBe('77407');
    expect(code({ planning: '2d', techniques: ['imrt'] })).toBe('77407');
    expect(code({ planning: '2d', dvhConstraintAssessed: true })).toBe('77407');
    expect(code({ planning: '2d', isocentersPerSession: 2 })).toBe('77402');
    expect(code({ planning: '3d', isocentersPerSession: 2 })).toBe('77412');
    expect(code({ planning: '3d', techniques: ['active-breathing-control'] })).toBe('77412');
    const sbrt = decide({ ...baseFacts, treatmentType: 'sbrt', techniques: ['dibh'] });
    expect(sbrt.status).toBe('OUT_OF_SCOPE');
    expect(sbrt.codes.map((c) => c.conceptCode)).toEqual(['77373']);
  });

  it('refuses criteria that refer to each other in a cycle or to unknown criteria', () => {
    const broken = clone();
    const three = broken.criteria.criteria.find((c) => c.id === 'three-d-or-imrt');
    if (!three) throw new Error('three-d-or-imrt missing');
    three.when = { all: [{ criterion: 'multiple-isocenters' }] };
    const unknown = broken.criteria.criteria.find((c) => c.id === 'single-isocenter');
    if (!unknown) throw new Error('single-isocenter missing');
    unknown.when = { criterion: 'no-such-criterion' };
    expect(checkPack(broken)).toEqual([expect.stringContaining("unknown criterion id 'no-such-criterion'"), expect.stringContaining('cycle: ')]);
  });

  it('refuses prior coding that names a code outside its code history, and an unrouted treatment type', () => {
    const broken = clone();
    const rule = broken.criteria.priorCoding.find((r) => r.id === 'mpfs-2015-imrt-delivery');
    if (!rule?.choices[0]) throw new Error('rule missing');
    rule.choices[0].conceptCode = '77418';
    rule.choices[0].vocabularyId = 'CPT4';
    broken.criteria.scope.excludedModalities = broken.criteria.scope.excludedModalities.filter((m) => m.id !== 'proton');
    expect(checkPack(broken)).toEqual([
      expect.stringContaining("treatment type 'proton' must be either in scope or routed"),
      expect.stringContaining('versions do not cover 2015-01-01 to 2025-12-31'),
    ]);
  });

  it('reports file and row for a broken file on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-pack-'));
    try {
      cpSync(defaultSeedDir(), dir, { recursive: true });
      const labelsFile = join(dir, 'concepts/cpt4-labels.csv');
      const lines = readFileSync(labelsFile, 'utf8').split('\n');
      lines[3] = lines[3]?.replace(/,(high|medium|low),/, ',certain,') ?? '';
      writeFileSync(labelsFile, lines.join('\n'));
      const eventsFile = join(dir, 'history/change-events.json');
      writeFileSync(eventsFile, readFileSync(eventsFile, 'utf8').replace('"2016-01-01"', '"2015-02-29"'));
      expect(() => readSeedPack(dir)).toThrowError(/concepts\/cpt4-labels\.csv row 3 \(line 4\)\.confidence/);
      expect(() => readSeedPack(dir)).toThrowError(/history\/change-events\.json\[\d+\]\.effectiveDate: not a real calendar day/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
