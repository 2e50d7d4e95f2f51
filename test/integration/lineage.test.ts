import { beforeAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../../src/context.js';
import { loadSeed } from '../../src/ingest/seed/load-seed.js';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';
import { graphqlClient } from '../helpers/graphql.js';
import { historyFromPack } from '../helpers/history-from-pack.js';
import { resetDatabase, silentLog, useTestDatabase } from '../helpers/database.js';

const { graph } = useTestDatabase();
const query = graphqlClient(graph);

beforeAll(async () => {
  await resetDatabase(graph);
  await loadSeed(graph, silentLog);
});

const STEP =
  'from { conceptCode } to { conceptCode } effectiveDate kind condition siteOfService authority confidence note changeId generation direction sources { sourceId }';
const LINEAGE = `query ($code: CodeInput!, $direction: LineageDirection, $max: Int) {
  lineage(code: $code, direction: $direction, maxGenerations: $max) { code { conceptCode concept { conceptId } } steps { ${STEP} } mermaid dot }
}`;
const ON_DATE_FIELDS = `code { vocabularyId conceptCode } date known valid meaning validFrom validTo family familyName confidence note sources { sourceId }
  billingProfile { family frequency addOn addOnKind primaryCodes { conceptCode } pitfalls confidence
    components { professional technical global sources { sourceId } }
    componentChanges { effectiveDate component change statusIndicator into { conceptCode } sources { sourceId } } }
  successors { code { conceptCode } effectiveDate condition siteOfService changeId criteria { criterionId name } }
  equivalentsAtSite { code { vocabularyId conceptCode } condition siteOfService }`;
const ON_DATE = `query ($code: CodeInput!, $date: Date!, $site: SiteOfService, $payer: Payer) { codeOnDate(code: $code, date: $date, siteOfService: $site, payer: $payer) { ${ON_DATE_FIELDS} payer warnings } }`;
const CPT = (conceptCode: string) => ({ vocabularyId: 'CPT4', conceptCode });
const HCPCS = (conceptCode: string) => ({ vocabularyId: 'HCPCS', conceptCode });

type Step = {
  from: { conceptCode: string };
  to: { conceptCode: string };
  effectiveDate: string;
  kind: string;
  condition: string | null;
  siteOfService: string | null;
  generation: number;
  direction: string;
  confidence: string | null;
  sources: { sourceId: string }[];
  authority: string | null;
  note: string | null;
};
type Lineage = { code: { conceptCode: string; concept: { conceptId: string } | null }; steps: Step[]; mermaid: string; dot: string };
const pairs = (steps: Step[]) => steps.map((s) => `${s.from.conceptCode}>${s.to.conceptCode}`);

async function lineageOf(code: { vocabularyId: string; conceptCode: string }, direction = 'BOTH', max?: number): Promise<Lineage> {
  const result = await query(LINEAGE, { code, direction, max });
  expect(result.errors).toBeUndefined();
  return (result.data as { lineage: Lineage }).lineage;
}

type Sources = { sourceId: string }[];
/** The answer to ON_DATE (its fields, as the operation asks for them). */
type OnDate = {
  code: { vocabularyId: string; conceptCode: string };
  date: string;
  known: boolean;
  valid: boolean;
  meaning: string | null;
  validFrom: string | null;
  validTo: string | null;
  family: string | null;
  familyName: string | null;
  confidence: string | null;
  note: string | null;
  sources: Sources;
  billingProfile: {
    family: string;
    frequency: string;
    addOn: boolean;
    addOnKind: string | null;
    primaryCodes: { conceptCode: string }[];
    pitfalls: string[];
    confidence: string;
    components: { professional: boolean; technical: boolean; global: boolean; sources: Sources };
    componentChanges: {
      effectiveDate: string;
      component: string;
      change: string;
      statusIndicator: string | null;
      into: { conceptCode: string }[];
      sources: Sources;
    }[];
  } | null;
  successors: {
    code: { conceptCode: string };
    effectiveDate: string;
    condition: string | null;
    siteOfService: string | null;
    changeId: string;
    criteria: { criterionId: string; name: string }[];
  }[];
  equivalentsAtSite: { code: { vocabularyId: string; conceptCode: string }; condition: string | null; siteOfService: string | null }[];
  payer: string | null;
  warnings: string[];
};

async function onDate(code: { vocabularyId: string; conceptCode: string }, date: string, site?: string, payer?: string): Promise<OnDate> {
  const result = await query(ON_DATE, { code, date, site, payer });
  expect(result.errors).toBeUndefined();
  return (result.data as { codeOnDate: OnDate }).codeOnDate;
}

describe('the code history read from the graph', () => {
  it('is the history the pack gives (the in-memory copy the unit tests use)', async () => {
    const fromGraph = await createRepositories(graph).lineage.history();
    const fromPack = historyFromPack(readSeedPack());
    // Compared as plain values, in a stable order: the walks do not depend on the order rows come in.
    const byJson = (items: readonly unknown[]) => items.map((item) => JSON.stringify(item, Object.keys(item as object).sort())).sort();
    const plain = (history: typeof fromPack) => ({
      events: byJson(history.events.map((e) => ({ ...e, from: byJson(e.from), to: byJson(e.to) }))),
      versions: byJson(history.versions),
      levelCriteria: [...history.levelCriteria].sort(),
      criterionIds: [...history.criterionIds].sort(),
    });
    expect(plain(fromGraph)).toEqual(plain(fromPack));
    expect(fromGraph.events.length).toBeGreaterThan(0);
  });
});

describe('lineage', () => {
  it('walks 77418 forward: G6015 in physician offices and 77385/77386 in hospitals from 2015, then 77407 or 77412 from 2026', async () => {
    const lineage = await lineageOf(CPT('77418'), 'SUCCESSORS', 2);
    const first = lineage.steps.filter((s) => s.generation === 1);
    expect(first.map((s) => [s.to.conceptCode, s.effectiveDate, s.kind, s.siteOfService])).toEqual([
      ['77385', '2015-01-01', 'REPLACED', 'HOSPITAL_OUTPATIENT'],
      ['77386', '2015-01-01', 'REPLACED', 'HOSPITAL_OUTPATIENT'],
      ['G6015', '2015-01-01', 'REPLACED', 'PHYSICIAN_OFFICE'],
    ]);
    const second = lineage.steps.filter((s) => s.generation === 2);
    for (const from of ['G6015', '77385', '77386']) {
      const targets = second.filter((s) => s.from.conceptCode === from);
      expect(
        targets.map((s) => [s.to.conceptCode, s.effectiveDate, s.condition, s.siteOfService]),
        from,
      ).toEqual([
        ['77407', '2026-01-01', 'level-2', null],
        ['77412', '2026-01-01', 'level-3', null],
      ]);
    }
    expect(lineage.steps.every((s) => s.direction === 'SUCCESSORS')).toBe(true);
    expect(lineage.steps.every((s) => s.sources.length > 0)).toBe(true);
  });

  it('walks G6015 both ways, with authority, sources and confidence, and draws it', async () => {
    const lineage = await lineageOf(HCPCS('G6015'), 'BOTH', 1);
    expect(lineage.code.concept).not.toBeNull();
    expect(pairs(lineage.steps)).toEqual(['77418>G6015', 'G6015>77407', 'G6015>77412']);
    const [before, level2] = lineage.steps;
    expect(before).toMatchObject({ direction: 'PREDECESSORS', kind: 'REPLACED', siteOfService: 'PHYSICIAN_OFFICE', confidence: 'high' });
    expect(level2).toMatchObject({ direction: 'SUCCESSORS', authority: 'CMS', condition: 'level-2', confidence: 'high' });
    expect(level2!.sources.map((s) => s.sourceId)).toEqual(['JAHRAUS', 'ASTRO2026', 'PFS2026']);
    expect(lineage.mermaid).toContain('flowchart LR');
    expect(lineage.mermaid).toContain('n0["HCPCS G6015"]');
    expect(lineage.mermaid).toContain('n1 -->|"2015-01-01 replaced in physician office"| n0');
    expect(lineage.mermaid).toContain('n0 -.->|"2026-01-01 replaced if level-3"|');
    expect(lineage.dot).toMatch(/^digraph "lineage of HCPCS G6015" \{/);
    expect(lineage.dot).toContain('style=dashed');
  });

  it('walks back from 77412 over its reuse: the 2015 and 2026 revisions and the G-codes that carried its meanings', async () => {
    const lineage = await lineageOf(CPT('77412'), 'PREDECESSORS', 1);
    const revisions = lineage.steps.filter((s) => s.kind === 'REVISED');
    expect(revisions.map((s) => [s.from.conceptCode, s.to.conceptCode, s.effectiveDate, s.condition])).toEqual([
      ['77412', '77412', '2015-01-01', null],
      ['77412', '77412', '2026-01-01', 'level-3'],
    ]);
    expect(lineage.steps.some((s) => s.from.conceptCode === 'G6015' && s.effectiveDate === '2026-01-01')).toBe(true);
    expect(lineage.steps.some((s) => s.from.conceptCode === '77387' && s.kind === 'BUNDLED')).toBe(true);
    expect(lineage.steps.some((s) => s.from.conceptCode === 'G6017' && s.confidence === 'medium' && /infer/.test(s.note ?? ''))).toBe(true);
  });

  it('keeps uncertain steps uncertain: G6017 came from 0197T, commonly cited, not verified', async () => {
    const lineage = await lineageOf(HCPCS('G6017'), 'PREDECESSORS');
    expect(lineage.steps).toHaveLength(1);
    expect(lineage.steps[0]).toMatchObject({ from: { conceptCode: '0197T' }, confidence: 'low', note: 'commonly cited, not verified' });
    expect(lineage.mermaid).toContain('-.->');
  });

  it('stops at maxGenerations and ends on cycles of reused codes', async () => {
    const one = await lineageOf(CPT('77418'), 'SUCCESSORS', 1);
    expect(new Set(one.steps.map((s) => s.generation))).toEqual(new Set([1]));
    const deep = await lineageOf(CPT('77418'), 'SUCCESSORS', 10);
    expect(deep.steps.length).toBeGreaterThan(one.steps.length);
    expect(Math.max(...deep.steps.map((s) => s.generation))).toBeLessThan(10);
    const both = await lineageOf(HCPCS('G6015'));
    expect(pairs(both.steps)).toEqual(expect.arrayContaining(['77418>G6015', 'G6015>77407', 'G6015>77412', '77407>77407']));
  });

  it('answers an unknown code with an empty lineage and no concept', async () => {
    const lineage = await lineageOf(CPT('99999'));
    expect(lineage).toMatchObject({ code: { conceptCode: '99999', concept: null }, steps: [] });
    expect(lineage.mermaid).toBe('flowchart LR\n  n0["CPT4 99999"]');
  });

  it('refuses maxGenerations over the cap and under 1', async () => {
    const over = await query(LINEAGE, { code: CPT('77418'), max: 11 });
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'TRAVERSAL_DEPTH_LIMIT_EXCEEDED', limit: 10, requested: 11 });
    const under = await query(LINEAGE, { code: CPT('77418'), max: 0 });
    expect(under.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxGenerations' });
    const empty = await query(LINEAGE, { code: CPT(' ') });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('codeOnDate', () => {
  it('tells the three meanings of the reused 77412 apart by date', async () => {
    const before = await onDate(CPT('77412'), '2014-06-01');
    expect(before).toMatchObject({ valid: true, validFrom: '2014-01-01', validTo: '2014-12-31', family: 'delivery' });
    expect(before.meaning).toMatch(/pre-2015 energy band/);
    const middle = await onDate(CPT('77412'), '2020-03-15');
    expect(middle).toMatchObject({ valid: true, validFrom: '2015-01-01', validTo: '2025-12-31', confidence: 'high' });
    expect(middle.meaning).toMatch(/single energy/);
    const after = await onDate(CPT('77412'), '2026-02-01');
    expect(after).toMatchObject({ valid: true, validFrom: '2026-01-01', validTo: null });
    expect(after.meaning).toMatch(/level 3/);
    expect(after.sources.map((s) => s.sourceId)).toContain('JAHRAUS');
    expect(new Set([before.meaning, middle.meaning, after.meaning]).size).toBe(3);
  });

  it('marks a date older than the sources attest as low confidence, not as certain', async () => {
    const old = await onDate(CPT('77412'), '2010-01-01');
    expect(old).toMatchObject({ valid: true, confidence: 'low', validFrom: '2014-01-01' });
    expect(old.note).toMatch(/attest/);
  });

  it('gives G6015 on 2026-02-01 as not valid, with 77407 and 77412 and the criteria that choose between them', async () => {
    const answer = await onDate(HCPCS('G6015'), '2026-02-01');
    expect(answer).toMatchObject({ known: true, valid: false, meaning: null, family: 'hcpcs-delivery-guidance' });
    expect(answer.note).toMatch(/ended 2026-01-01/);
    expect(answer.successors.map((s) => [s.code.conceptCode, s.condition])).toEqual([
      ['77407', 'level-2'],
      ['77412', 'level-3'],
    ]);
    const level3 = answer.successors[1]!.criteria.map((c) => c.criterionId);
    expect(level3).toContain('active-motion-management');
    expect(answer.successors[0]!.criteria.length).toBeGreaterThan(0);
    expect(answer.successors[0]).toMatchObject({ effectiveDate: '2026-01-01', changeId: '2026-g6015-replaced', siteOfService: null });
  });

  it('follows replacements across generations: 77418 in 2026 is reported as 77407 or 77412', async () => {
    const answer = await onDate(CPT('77418'), '2026-02-01');
    expect(answer.valid).toBe(false);
    expect(answer.successors.map((s) => s.code.conceptCode)).toEqual(['77407', '77412']);
    const in2020 = await onDate(CPT('77418'), '2020-01-01', 'PHYSICIAN_OFFICE', 'MEDICARE');
    expect(in2020.successors.map((s) => s.code.conceptCode)).toEqual(['G6015']);
    // Other payers took 77385/77386 in offices; with the payer unknown, both codings are named.
    const other = await onDate(CPT('77418'), '2020-01-01', 'PHYSICIAN_OFFICE', 'OTHER');
    expect(other.successors.map((s) => s.code.conceptCode)).toEqual(['77385', '77386']);
    const unknown = await onDate(CPT('77418'), '2020-01-01', 'PHYSICIAN_OFFICE');
    expect(unknown.successors.map((s) => s.code.conceptCode)).toEqual(['77385', '77386', 'G6015']);
    const hospital = await onDate(CPT('77418'), '2020-01-01', 'HOSPITAL_OUTPATIENT');
    expect(hospital.successors.map((s) => s.code.conceptCode)).toEqual(['77385', '77386']);
  });

  it('knows a site of service before 2026: G-codes in physician offices, CPT in hospitals; site-neutral from 2026', async () => {
    const office = await onDate(HCPCS('G6015'), '2020-01-01', 'PHYSICIAN_OFFICE', 'MEDICARE');
    expect(office).toMatchObject({ valid: true, equivalentsAtSite: [], warnings: [], payer: 'MEDICARE' });
    const hospital = await onDate(HCPCS('G6015'), '2020-01-01', 'HOSPITAL_OUTPATIENT');
    expect(hospital.valid).toBe(false);
    expect(hospital.meaning).toMatch(/IMRT/);
    expect(hospital.equivalentsAtSite.map((s) => s.code.conceptCode)).toEqual(['77385', '77386']);
    const cptInOffice = await onDate(CPT('77402'), '2020-01-01', 'PHYSICIAN_OFFICE', 'MEDICARE');
    expect(cptInOffice.valid).toBe(false);
    expect(cptInOffice.equivalentsAtSite.map((s) => s.code.conceptCode)).toEqual(['G6003', 'G6004', 'G6005', 'G6006']);
    const noSite = await onDate(CPT('77402'), '2020-01-01');
    expect(noSite.valid).toBe(true);
    const neutral = await onDate(CPT('77402'), '2026-03-01', 'PHYSICIAN_OFFICE');
    expect(neutral).toMatchObject({ valid: true, equivalentsAtSite: [] });
  });

  it("answers by payer: a CPT code in an office is valid for other payers and, payer unknown, valid with a warning; a G-code is Medicare's", async () => {
    const other = await onDate(CPT('77412'), '2020-06-01', 'PHYSICIAN_OFFICE', 'OTHER');
    expect(other).toMatchObject({ valid: true, payer: 'OTHER', warnings: [], equivalentsAtSite: [] });
    const unknown = await onDate(CPT('77412'), '2020-06-01', 'PHYSICIAN_OFFICE');
    expect(unknown).toMatchObject({ valid: true, payer: null });
    expect(unknown.warnings).toEqual([
      expect.stringContaining('assumes a payer other than Medicare. Medicare physician offices reported G6011, G6012, G6013, G6014'),
    ]);
    const gCodeOther = await onDate(HCPCS('G6015'), '2020-06-01', 'PHYSICIAN_OFFICE', 'OTHER');
    expect(gCodeOther.valid).toBe(false);
    expect(gCodeOther.equivalentsAtSite.map((s) => s.code.conceptCode)).toEqual(['77385', '77386']);
    const gCodeUnknown = await onDate(HCPCS('G6015'), '2020-06-01', 'PHYSICIAN_OFFICE');
    expect(gCodeUnknown.valid).toBe(true);
    expect(gCodeUnknown.warnings).toEqual([expect.stringContaining('assumes Medicare')]);
    // From 2026 the codes are site-neutral and the same for every payer.
    expect(await onDate(CPT('77412'), '2026-02-01', 'PHYSICIAN_OFFICE', 'OTHER')).toMatchObject({ valid: true, warnings: [] });
  });

  it('gives the meaning of the version in force, also where the code is not valid at the site, and none where no version covers the date', async () => {
    const hospital = await onDate(CPT('77412'), '2020-06-01', 'HOSPITAL_OUTPATIENT');
    const office = await onDate(CPT('77412'), '2020-06-01', 'PHYSICIAN_OFFICE', 'MEDICARE');
    expect(office).toMatchObject({ valid: false, meaning: hospital.meaning, validFrom: '2015-01-01', validTo: '2025-12-31' });
    expect(hospital.meaning).toMatch(/Complex-tier/);
    const deleted = await onDate(HCPCS('G6015'), '2026-02-01');
    expect(deleted).toMatchObject({ valid: false, meaning: null, validFrom: null, validTo: null });
  });

  it('applies the component changes of 77387 by date: global and split before 2026, professional only from 2026-01-01', async () => {
    const before = await onDate(CPT('77387'), '2025-12-31');
    expect(before.billingProfile).toMatchObject({
      frequency: 'per_fraction',
      addOn: true,
      addOnKind: 'functional',
      components: { professional: true, technical: true, global: true },
      componentChanges: [],
    });
    expect(before.meaning).not.toMatch(/does not include motion management/);
    const after = await onDate(CPT('77387'), '2026-01-01');
    expect(after.billingProfile!.components).toMatchObject({ professional: true, technical: false, global: false });
    expect(after.billingProfile!.componentChanges).toEqual([
      expect.objectContaining({ component: 'global', change: 'removed' }),
      expect.objectContaining({
        component: 'technical',
        change: 'bundled',
        statusIndicator: 'B',
        into: [{ conceptCode: '77402' }, { conceptCode: '77407' }, { conceptCode: '77412' }],
      }),
    ]);
    expect(after.billingProfile!.components.sources.map((s) => s.sourceId)).toContain('PFS2026');
    expect(after.meaning).toMatch(/does not include motion management/);
  });

  it('answers a code never heard of as clear data: not known, not valid, no meaning', async () => {
    const answer = await onDate(CPT('99999'), '2026-01-01');
    expect(answer).toMatchObject({ known: false, valid: false, meaning: null, billingProfile: null, successors: [], family: null });
    expect(answer.note).toMatch(/no concept or curated fact/);
  });

  it('says a code was not yet in force before it was created, and keeps 0394T in 2026 uncertain', async () => {
    const early = await onDate(HCPCS('G6015'), '2014-12-31');
    expect(early).toMatchObject({ valid: false, successors: [] });
    expect(early.note).toMatch(/in force from 2015-01-01/);
    const brachy = await onDate(CPT('0394T'), '2026-06-01');
    expect(brachy).toMatchObject({ valid: true, confidence: 'low' });
    expect(brachy.note).toMatch(/uncertain/);
  });

  it('answers a code with no dated versions from its events: 77305 until its deletion in 2015', async () => {
    expect(await onDate(CPT('77305'), '2014-05-01')).toMatchObject({ valid: true, confidence: 'medium' });
    const after = await onDate(CPT('77305'), '2015-05-01');
    expect(after.valid).toBe(false);
    expect(after.successors.map((s) => [s.code.conceptCode, s.condition])).toEqual([
      ['77306', 'simple isodose plan'],
      ['77307', 'complex isodose plan'],
    ]);
  });

  it('refuses a date that is not a calendar day', async () => {
    const result = await query(ON_DATE, { code: CPT('77412'), date: '2025-02-29' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const literal = await query('{ codeOnDate(code: {vocabularyId: "CPT4", conceptCode: "77412"}, date: "2026-13-01") { valid } }');
    expect(literal.errors?.[0]?.message).toMatch(/calendar date/);
  });
});

describe('codesOnDate', () => {
  it('answers many codes in the order given, each distinct code once, repeats included', async () => {
    const result = await query(
      `query ($codes: [CodeInput!]!) { codesOnDate(codes: $codes, date: "2026-02-01") { code { conceptCode } valid successors { code { conceptCode } } } }`,
      {
        codes: [HCPCS('G6015'), CPT('77412'), CPT('99999'), HCPCS('G6015')],
      },
    );
    expect(result.errors).toBeUndefined();
    const answers = (result.data as { codesOnDate: { code: { conceptCode: string }; valid: boolean; successors: unknown[] }[] }).codesOnDate;
    expect(answers.map((a) => [a.code.conceptCode, a.valid, a.successors.length])).toEqual([
      ['G6015', false, 2],
      ['77412', true, 0],
      ['99999', false, 0],
      ['G6015', false, 2],
    ]);
  });

  it('is the batched method other modules call: one answer per (code, date, site) key, in key order', async () => {
    const repository = createRepositories(graph).lineage;
    const answers = await repository.codesOnDate([
      { code: CPT('77412'), date: '2014-06-01', siteOfService: null },
      { code: CPT('77412'), date: '2026-06-01', siteOfService: null },
      { code: HCPCS('G6015'), date: '2020-06-01', siteOfService: 'HOSPITAL_OUTPATIENT' },
    ]);
    expect(answers.map((a) => [a.code.conceptCode, a.date, a.valid, a.validFrom])).toEqual([
      ['77412', '2014-06-01', true, '2014-01-01'],
      ['77412', '2026-06-01', true, '2026-01-01'],
      ['G6015', '2020-06-01', false, '2015-01-01'],
    ]);
  });

  it('refuses more than 1,000 codes', async () => {
    const codes = Array.from({ length: 1_001 }, () => CPT('77412'));
    const result = await query(`query ($codes: [CodeInput!]!) { codesOnDate(codes: $codes, date: "2026-02-01") { valid } }`, { codes });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'LIST_SIZE_LIMIT_EXCEEDED', limit: 1000, requested: 1001 });
  });
});

describe('codeChanges', () => {
  const CHANGES = `query ($from: Date!, $to: Date!, $v: [String!], $first: Int, $after: String) {
    codeChanges(from: $from, to: $to, vocabularyIds: $v, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { changeId effectiveDate kind from { vocabularyId conceptCode } to { vocabularyId conceptCode } summary authority confidence note sources { sourceId citation } } }
    }
  }`;
  type Page = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: {
      node: { changeId: string; effectiveDate: string; kind: string; from: { vocabularyId: string }[]; to: { vocabularyId: string }[]; sources: unknown[] };
    }[];
  };
  async function changes(variables: Record<string, unknown>): Promise<Page> {
    const result = await query(CHANGES, variables);
    expect(result.errors).toBeUndefined();
    return (result.data as { codeChanges: Page }).codeChanges;
  }

  it('lists what changed in 2026 with sources, oldest first, with an honest total', async () => {
    const page = await changes({ from: '2026-01-01', to: '2026-12-31', first: 100 });
    expect(page.totalCount).toBe(page.edges.length);
    expect(page.edges.every((e) => e.node.effectiveDate === '2026-01-01' && e.node.sources.length > 0)).toBe(true);
    const ids = page.edges.map((e) => e.node.changeId);
    expect(ids).toContain('2026-g6015-replaced');
    expect(ids).toEqual([...ids].sort());
    expect(new Set(page.edges.map((e) => e.node.kind))).toEqual(new Set(['DELETED', 'REVISED', 'BUNDLED', 'REPLACED', 'ADDED']));
  });

  it('pages with cursors and filters by vocabulary', async () => {
    const all = await changes({ from: '2015-01-01', to: '2026-12-31', first: 1000 });
    const first = await changes({ from: '2015-01-01', to: '2026-12-31', first: 5 });
    expect(first).toMatchObject({ totalCount: all.totalCount, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const second = await changes({ from: '2015-01-01', to: '2026-12-31', first: 5, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect([...first.edges, ...second.edges].map((e) => e.node.changeId)).toEqual(all.edges.slice(0, 10).map((e) => e.node.changeId));
    const hcpcs = await changes({ from: '2015-01-01', to: '2026-12-31', v: ['HCPCS'], first: 1000 });
    expect(hcpcs.totalCount).toBeLessThan(all.totalCount);
    expect(hcpcs.edges.every((e) => [...e.node.from, ...e.node.to].some((c) => c.vocabularyId === 'HCPCS'))).toBe(true);
    const none = await changes({ from: '2017-01-01', to: '2024-12-31' });
    expect(none).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('refuses from after to, oversize pages and foreign cursors', async () => {
    const reversed = await query(CHANGES, { from: '2026-01-02', to: '2026-01-01' });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const oversize = await query(CHANGES, { from: '2015-01-01', to: '2026-12-31', first: 1001 });
    expect(oversize.errors?.[0]?.extensions).toMatchObject({ code: 'PAGE_SIZE_LIMIT_EXCEEDED', limit: 1000, requested: 1001 });
    const cursor = await query(CHANGES, { from: '2015-01-01', to: '2026-12-31', after: 'not-ours' });
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
