import { describe, expect, it } from 'vitest';
import { codeOnDate, equivalentsAtSite, HistoryIndex, profileOn, successorsOn } from '../../src/modules/lineage/code-on-date.js';
import type { Site } from '../../src/modules/lineage/lineage-records.js';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';
import { factsFromPack, historyFromPack } from '../helpers/history-from-pack.js';

const pack = readSeedPack();
const index = new HistoryIndex(historyFromPack(pack));
const CPT = (conceptCode: string) => ({ vocabularyId: 'CPT4', conceptCode });
const HCPCS = (conceptCode: string) => ({ vocabularyId: 'HCPCS', conceptCode });
const on = (code: { vocabularyId: string; conceptCode: string }, date: string, site: Site | null = null) => codeOnDate(index, factsFromPack(pack, code), date, site);
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
    expect(successorsOn(index, CPT('77403'), '2020-02-01', 'PHYSICIAN_OFFICE').map((s) => s.code.conceptCode)).toEqual(['G6004']);
    expect(successorsOn(index, CPT('77403'), '2020-02-01', 'HOSPITAL_OUTPATIENT').map((s) => s.code.conceptCode)).toEqual(['77402']);
  });

  it('names the codes used at the other site before 2026', () => {
    expect(codes(equivalentsAtSite(index, HCPCS('G6015'), '2020-01-01', 'HOSPITAL_OUTPATIENT'))).toEqual(['77385', '77386']);
    expect(codes(equivalentsAtSite(index, CPT('77386'), '2020-01-01', 'PHYSICIAN_OFFICE'))).toEqual(['G6015']);
    expect(codes(equivalentsAtSite(index, HCPCS('G6011'), '2020-01-01', 'HOSPITAL_OUTPATIENT'))).toEqual(['77412']);
    const office = on(CPT('77412'), '2018-01-01', 'PHYSICIAN_OFFICE');
    expect(office.valid).toBe(false);
    expect(office.note).toMatch(/only under the hospital outpatient system/);
    expect(on(CPT('77412'), '2018-01-01', 'HOSPITAL_OUTPATIENT').valid).toBe(true);
    expect(on(CPT('77412'), '2014-06-01', 'PHYSICIAN_OFFICE').valid).toBe(true);
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
