import { describe, expect, it } from 'vitest';
import { codeOnDate, equivalentsAtSite, HistoryIndex, profileOn, successorsOn } from '../../src/modules/lineage/code-on-date.js';
import type { Payer, Site } from '../../src/modules/lineage/lineage-records.js';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';
import { factsFromPack, historyFromPack } from '../helpers/history-from-pack.js';

const pack = readSeedPack();
const index = new HistoryIndex(historyFromPack(pack));
const CPT = (conceptCode: string) => ({ vocabularyId: 'CPT4', conceptCode });
const HCPCS = (conceptCode: string) => ({ vocabularyId: 'HCPCS', conceptCode });
const on = (code: { vocabularyId: string; conceptCode: string }, date: string, site: Site | null = null, payer: Payer | null = null) =>
  codeOnDate(index, factsFromPack(pack, code), date, site, payer);
const codes = (list: { code: { conceptCode: string } }[]) => list.map((s) => s.code.conceptCode);

describe('what a code meant on a date', () => {
  it('gives each era of the reused 77412 its own meaning, the day boundaries included', () => {
    expect(on(CPT('77412'), '2014-12-31')).toMatchObject({ valid: true, validFrom: '2014-01-01', validTo: '2014-12-31' });
    expect(on(CPT('77412'), '2015-01-01')).toMatchObject({ valid: true, validFrom: '2015-01-01', validTo: '2025-12-31' });
    expect(on(CPT('77412'), '2025-12-31').validFrom).toBe('2015-01-01');
    expect(on(CPT('77412'), '2026-01-01')).toMatchObject({ valid: true, validFrom: '2026-01-01', validTo: null });
  });

  it('ends G6015 on 2026-01-01 and names 77407 / 77412 with the criteria of levels 2 and 3', () => {
    expect(on(HCPCS('G6015'), '2025-12-31').valid).toBe(true);
    const answer = on(HCPCS('G6015'), '2026-01-01');
    expect(answer).toMatchObject({ valid: false, meaning: null });
    expect(answer.successors.map((s) => [s.code.conceptCode, s.condition])).toEqual([
      ['77407', 'level-2'],
      ['77412', 'level-3'],
    ]);
    const level3 = pack.criteria.levels.find((level) => level.id === 'level-3')!;
    expect(answer.successors[1]!.criterionIds).toEqual([...new Set([...level3.requiresAll, ...level3.requiresAny])].sort());
  });

  it('gives a single criterion as the criteria of a criterion condition, none for free text', () => {
    expect(index.criteriaOf('active-motion-management')).toEqual(['active-motion-management']);
    expect(index.criteriaOf('simple IMRT delivery')).toEqual([]);
    expect(index.criteriaOf(null)).toEqual([]);
  });

  it('follows a successor whose meaning changed since: 77403 in 2026 leads to the 2026 levels, not to the 2015 meaning of 77402', () => {
    const answer = successorsOn(index, CPT('77403'), '2026-02-01', null);
    expect(answer.map((s) => [s.code.conceptCode, s.condition])).toEqual([
      ['77402', 'level-1'],
      ['77407', 'level-2'],
      ['77412', 'level-3'],
    ]);
    expect(successorsOn(index, CPT('77403'), '2020-02-01', 'PHYSICIAN_OFFICE', 'MEDICARE').map((s) => s.code.conceptCode)).toEqual(['G6004']);
    expect(successorsOn(index, CPT('77403'), '2020-02-01', 'HOSPITAL_OUTPATIENT').map((s) => s.code.conceptCode)).toEqual(['77402']);
    // Other payers took the CPT code in offices too; with the payer unknown both are named.
    expect(successorsOn(index, CPT('77403'), '2020-02-01', 'PHYSICIAN_OFFICE', 'OTHER').map((s) => s.code.conceptCode)).toEqual(['77402']);
    expect(successorsOn(index, CPT('77403'), '2020-02-01', 'PHYSICIAN_OFFICE').map((s) => s.code.conceptCode)).toEqual(['77402', 'G6004']);
  });

  it('names the codes used at the other site before 2026', () => {
    expect(codes(equivalentsAtSite(index, HCPCS('G6015'), '2020-01-01', 'HOSPITAL_OUTPATIENT'))).toEqual(['77385', '77386']);
    expect(codes(equivalentsAtSite(index, CPT('77386'), '2020-01-01', 'PHYSICIAN_OFFICE'))).toEqual(['G6015']);
    expect(codes(equivalentsAtSite(index, HCPCS('G6011'), '2020-01-01', 'HOSPITAL_OUTPATIENT'))).toEqual(['77412']);
    const office = on(CPT('77412'), '2018-01-01', 'PHYSICIAN_OFFICE', 'MEDICARE');
    expect(office.valid).toBe(false);
    expect(office.note).toMatch(/only under the hospital outpatient system/);
    expect(on(CPT('77412'), '2018-01-01', 'HOSPITAL_OUTPATIENT').valid).toBe(true);
    expect(on(CPT('77412'), '2014-06-01', 'PHYSICIAN_OFFICE').valid).toBe(true);
  });

  it('answers by payer: Medicare at its own site, other payers with the CPT codes everywhere, an unknown payer never calling a CPT code invalid', () => {
    // A CPT delivery code in a physician office, 2015-2025.
    expect(on(CPT('77412'), '2020-06-01', 'PHYSICIAN_OFFICE', 'MEDICARE')).toMatchObject({ valid: false, warnings: [], payer: 'MEDICARE' });
    expect(on(CPT('77412'), '2020-06-01', 'PHYSICIAN_OFFICE', 'OTHER')).toMatchObject({ valid: true, warnings: [], equivalentsAtSite: [] });
    const unknown = on(CPT('77412'), '2020-06-01', 'PHYSICIAN_OFFICE');
    expect(unknown.valid).toBe(true);
    expect(codes(unknown.equivalentsAtSite)).toEqual(['G6011', 'G6012', 'G6013', 'G6014']);
    expect(unknown.warnings).toEqual([
      expect.stringMatching(
        /^The payer is not given: this answer assumes a payer other than Medicare\. Medicare physician offices reported G6011, G6012, G6013, G6014 on 2020-06-01/,
      ),
    ]);
    // A G-code: Medicare's physician-office coding.
    expect(on(HCPCS('G6015'), '2020-06-01', 'PHYSICIAN_OFFICE', 'MEDICARE')).toMatchObject({ valid: true, warnings: [] });
    const other = on(HCPCS('G6015'), '2020-06-01', 'PHYSICIAN_OFFICE', 'OTHER');
    expect(other.valid).toBe(false);
    expect(codes(other.equivalentsAtSite)).toEqual(['77385', '77386']);
    expect(on(HCPCS('G6015'), '2020-06-01', null, 'OTHER').valid).toBe(false);
    const assumed = on(HCPCS('G6015'), '2020-06-01', 'PHYSICIAN_OFFICE');
    expect(assumed.valid).toBe(true);
    expect(assumed.warnings).toEqual([expect.stringMatching(/assumes Medicare.*other payers took 77385, 77386/)]);
    // No payer's coding used a G-code in a hospital.
    expect(on(HCPCS('G6015'), '2020-06-01', 'HOSPITAL_OUTPATIENT').valid).toBe(false);
    // Codes of no particular payment system, and the site-neutral 2026 codes, are the same for all.
    for (const payer of ['MEDICARE', 'OTHER', null] as const) {
      expect(on(CPT('77412'), '2026-02-01', 'PHYSICIAN_OFFICE', payer)).toMatchObject({ valid: true, warnings: [] });
      expect(on(CPT('77263'), '2020-06-01', 'PHYSICIAN_OFFICE', payer)).toMatchObject({ valid: true, warnings: [] });
    }
  });

  it('knows when a code is not yet in force, and when nothing knows it', () => {
    expect(on(CPT('77385'), '2014-06-01')).toMatchObject({ valid: false, successors: [] });
    expect(on(CPT('77385'), '2014-06-01').note).toMatch(/in force from 2015-01-01/);
    const unknown = on(CPT('00000'), '2020-01-01');
    expect(unknown).toMatchObject({ known: false, valid: false, meaning: null, billingProfile: null });
  });

  it('answers a code with neither versions nor events as in force, undated, medium confidence', () => {
    expect(on(CPT('77261'), '2026-02-01')).toMatchObject({ valid: true, validFrom: null, confidence: 'medium', family: 'clinical-planning' });
  });
});

describe('the billing profile on a date', () => {
  const profile = factsFromPack(pack, CPT('77387')).profile!;

  it('applies no component change before its date, and every change from it', () => {
    expect(profileOn(profile, '2025-12-31').components).toMatchObject({ professional: true, technical: true, global: true });
    const after = profileOn(profile, '2026-01-01');
    expect(after.components).toMatchObject({ professional: true, technical: false, global: false });
    expect(after.componentChanges.map((c) => c.component).sort()).toEqual(['global', 'technical']);
  });

  it('keeps only primary codes in force on the date', () => {
    const before = on(CPT('77387'), '2025-06-01').billingProfile!;
    const after = on(CPT('77387'), '2026-06-01').billingProfile!;
    expect(codes(before.primaryCodes.map((code) => ({ code })))).toEqual(expect.arrayContaining(['77385', '77386', '77412']));
    expect(codes(after.primaryCodes.map((code) => ({ code }))).sort()).toEqual(['77402', '77407', '77412']);
  });
});

describe('codes whose end the sources leave open', () => {
  it('answers 76950, 0073T and 0197T after their one-system replacement of 2015 with an unknown end, low confidence, and the code that took their place in the note', () => {
    for (const [code, successor] of [
      ['76950', 'G6001'],
      ['0073T', 'G6016'],
      ['0197T', 'G6017'],
    ] as const) {
      const before = on(CPT(code), '2014-06-01');
      expect(before.confidence).toBe('medium');
      const after = on(CPT(code), '2030-06-01');
      expect(after).toMatchObject({ valid: true, confidence: 'low' });
      expect(after.note).toMatch(new RegExp(`^its end is unknown: from 2015-01-01 ${successor} took its place under the Medicare physician fee schedule`));
    }
  });
});

describe('a use of a code replaced while the code lives on', () => {
  it('keeps 77014 valid in 2026 and warns that its use for radiation-therapy localization was replaced, with the certainty recorded', () => {
    expect(on(CPT('77014'), '2025-06-01')).toMatchObject({ valid: true, warnings: [], replacedUses: [] });
    const after = on(CPT('77014'), '2026-02-01');
    expect(after.valid).toBe(true);
    expect(after.replacedUses.map((event) => event.changeId)).toEqual(['2026-77014-localization-replaced']);
    expect(after.warnings).toEqual([
      expect.stringMatching(
        /^77014 is still a code, but its use for radiation-therapy localization only was replaced on 2026-01-01 by 77387 \(professional\), 77402 \(technical\).*confidence medium: whether 77014 itself leaves CPT is not confirmed/,
      ),
    ]);
  });
});
