import { describe, expect, it } from 'vitest';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';
import { familyOf } from '../../src/graph/code-family.js';
import { checkPack, type SeedPack } from '../../src/seed-pack/schema.js';

const pack = readSeedPack();
const clone = (): SeedPack => structuredClone(pack);
const label = (code: string) => pack.cpt4Labels.find((row) => row.concept_code === code);
const event = (id: string) => pack.changeEvents.find((candidate) => candidate.id === id);
const versions = (code: string) => pack.codeVersions.filter((version) => version.conceptCode === code);
const profile = (code: string) => pack.profiles.find((candidate) => candidate.conceptCode === code);

/** Codes whose earlier labels repeated or barely reworded the licensed descriptors. */
const REWORDED = [
  '77469',
  '77789',
  '77520',
  '77522',
  '77523',
  '77525',
  '0182T',
  '77370',
  '77761',
  '77762',
  '77763',
  '77776',
  '77777',
  '77778',
  '77424',
  '77425',
  '77427',
  '76873',
  '77014',
  '77293',
  '77295',
  '77336',
  '77419',
  '77420',
  '77430',
  '77431',
  '77432',
  '77435',
  '77470',
  '77750',
  '77790',
  '79005',
  '79101',
  '79403',
];

describe('CPT labels in the project words', () => {
  it('never have the stem; qualifier form of a descriptor, nor its "when performed" phrasing', () => {
    for (const row of pack.cpt4Labels) {
      expect(row.label, row.concept_code).not.toContain(';');
      expect(`${row.label} ${row.note ?? ''}`, row.concept_code).not.toMatch(/when performed/i);
    }
  });

  it('do not end in a comma-separated tier or qualifier, the way descriptors are built', () => {
    for (const row of pack.cpt4Labels) {
      expect(row.label, row.concept_code).not.toMatch(/,\s*(simple|intermediate|complex)( tier)?$/i);
    }
  });

  it('rewrite the labels a review found too close to the descriptors: each says what the code is for in a sentence of its own', () => {
    for (const code of REWORDED) {
      const text = label(code)?.label ?? '';
      expect(text, code).not.toMatch(/,/);
      expect(text.split(/\s+/).length, code).toBeGreaterThanOrEqual(4);
    }
  });

  it('keep history text free of descriptor phrasing', () => {
    for (const version of pack.codeVersions) expect(`${version.meaning} ${version.note ?? ''}`).not.toMatch(/when performed/i);
    for (const change of pack.changeEvents) expect(`${change.summary} ${change.note ?? ''}`).not.toMatch(/when performed/i);
  });

  it('checkPack reports a stem; qualifier label and a descriptor phrase', () => {
    const broken = clone();
    broken.cpt4Labels[0]!.label = 'Radiation treatment delivery; simple';
    broken.cpt4Labels[1]!.note = 'includes tracking when performed';
    const problems = checkPack(broken);
    expect(problems.some((p) => p.includes("'stem; qualifier' form"))).toBe(true);
    expect(problems.some((p) => p.includes("'when performed'"))).toBe(true);
  });
});

describe('certainty and sources', () => {
  it('records 0394T/0395T in 2026 as uncertain, not as unchanged', () => {
    for (const code of ['0394T', '0395T']) {
      const from2026 = versions(code).find((version) => version.validFrom === '2026-01-01');
      expect(from2026).toMatchObject({ confidence: 'low' });
      expect(from2026?.note).toMatch(/uncertain|not confirmed/);
      expect(versions(code).find((version) => version.validFrom === '2016-01-01')?.validTo).toBe('2025-12-31');
    }
    expect(event('2026-electronic-brachytherapy-consolidation-reported')).toMatchObject({ confidence: 'low', sources: ['BLOG'] });
  });

  it('does not cite the 2015 summaries for the 2016 replacement of 0182T', () => {
    for (const id of ['2016-0182t-deleted', '2016-electronic-brachytherapy-added', '2016-0182t-replaced']) {
      const change = event(id);
      expect(change?.sources, id).not.toContain('CPT2015');
      expect(change?.confidence, id).not.toBe('high');
      expect(change?.note, id).toBeTruthy();
    }
  });

  it('records 77387 as an add-on in function, 77293 as a formal add-on code', () => {
    expect(profile('77387')).toMatchObject({ addOn: true, addOnKind: 'functional' });
    expect(profile('77293')).toMatchObject({ addOn: true, addOnKind: 'formal' });
    const broken = clone();
    delete broken.profiles.find((candidate) => candidate.conceptCode === '77387')!.addOnKind;
    expect(checkPack(broken).some((p) => p.includes('addOnKind'))).toBe(true);
  });

  it('says the 2026 77387 excludes motion management and that professional-only comes from CMS status B', () => {
    const from2026 = versions('77387').find((version) => version.validFrom === '2026-01-01');
    expect(from2026?.meaning).toMatch(/does not include motion management/);
    expect(from2026?.sources).toContain('PFS2026');
    expect(from2026?.note).toMatch(/status B/);
    const revised = event('2026-77387-revised');
    expect(revised).toMatchObject({ authority: 'CMS' });
    expect(revised?.sources).toContain('PFS2026');
  });

  it('marks G6017 -> 77412 as an inference of medium confidence with a note', () => {
    expect(event('2026-g6017-replaced')).toMatchObject({ confidence: 'medium' });
    expect(event('2026-g6017-replaced')?.note).toMatch(/infer/);
  });

  it('does not attribute the 77402 share to CMS, and cites RVUs to the statement that gave them', () => {
    const share = pack.payments.find((p) => p.conceptCode === '77402' && p.expectedShareOfFractions !== null);
    expect(share?.note).toMatch(/does not attribute/);
    for (const payment of pack.payments.filter((p) => p.totalRvu !== null)) {
      expect(payment.sources).toEqual(['ASTRO2026']);
      expect(payment.note).toMatch(/ASTRO reported/);
    }
  });

  it('gives the deleted weekly management codes 77419/77420 the management family, not per-fraction delivery', () => {
    for (const code of ['77419', '77420']) expect(familyOf(pack.families, 'CPT4', code)?.id).toBe('management');
    expect(familyOf(pack.families, 'CPT4', '77418')?.id).toBe('delivery');
  });

  it('reports a code that matches families without one most specific family', () => {
    const broken = clone();
    broken.families.push({
      ...broken.families.find((f) => f.id === 'management')!,
      id: 'management-copy',
      parent: null,
      ranges: [],
      codes: [{ vocabularyId: 'CPT4', conceptCode: '77419' }],
    });
    broken.families.find((f) => f.id === 'management')!.codes = broken.families
      .find((f) => f.id === 'management')!
      .codes.filter((c) => c.conceptCode !== '77420');
    expect(checkPack(broken).some((p) => p.includes('CPT4 77419 matches') && p.includes('no single most specific family'))).toBe(true);
  });

  it('gives every fact below high confidence a note, and reports one without', () => {
    expect(checkPack(pack)).toEqual([]);
    const broken = clone();
    const row = broken.codeVersions.find((version) => version.confidence !== 'high')!;
    delete row.note;
    expect(checkPack(broken).some((p) => p.includes('without a note saying why'))).toBe(true);
  });

  it('keeps the hierarchy headings at low confidence with a note, never a guessed meaning', () => {
    const headings = pack.omopConcepts.filter((row) => row.concept_class_id === 'CPT4 Hierarchy');
    expect(headings).toHaveLength(13);
    for (const heading of headings) {
      expect(label(heading.concept_code)).toMatchObject({ confidence: 'low' });
      expect(label(heading.concept_code)?.note).toBeTruthy();
    }
  });
});
