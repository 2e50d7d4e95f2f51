/**
 * The notebook's workflow from TypeScript, one typed call each:
 *   PROCEDURE_CODE_GRAPH_URL=http://127.0.0.1:4000 npx tsx clients/typescript/src/workflow.ts
 * It prints one line per answer (test/e2e/typescript-client.test.ts checks them).
 */
import { createClient, relationshipsOf, searchAll } from './client.js';
import {
  CodeLineageDocument,
  CodeOnDateDocument,
  ConceptByCodeDocument,
  ExpandConceptSetDocument,
  MapClaimLinesDocument,
  RecommendDeliveryCodeDocument,
} from './generated/graphql.js';

const client = createClient(process.env.PROCEDURE_CODE_GRAPH_URL, process.env.PROCEDURE_CODE_GRAPH_TOKEN);
const say = (label: string, value: unknown) => console.log(`${label}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);

const { hits } = await searchAll(client, '77301', { vocabularyIds: ['CPT4'] }, 5);
const top = hits[0];
say('77301', top ? `${top.conceptId} ${top.domainId} standard=${top.standardConcept}` : 'not found');

const { concept: c77386 } = await client.request(ConceptByCodeDocument, { vocabularyId: 'CPT4', conceptCode: '77386' });
say('77386 relationships', c77386 ? (await relationshipsOf(client, c77386.conceptId)).length : 'no such concept');

const { lineage } = await client.request(CodeLineageDocument, { code: { vocabularyId: 'HCPCS', conceptCode: 'G6015' }, maxGenerations: 1 });
say(
  'G6015 lineage',
  lineage.steps.map((s) => `${s.from.conceptCode}->${s.to.conceptCode} ${s.effectiveDate}${s.condition ? ` if ${s.condition}` : ''}`).join(', '),
);

for (const date of ['2014-06-01', '2020-06-01', '2026-02-01']) {
  const { codeOnDate } = await client.request(CodeOnDateDocument, { code: { vocabularyId: 'CPT4', conceptCode: '77412' }, date });
  say(`77412 on ${date}`, `${codeOnDate.valid ? 'valid' : 'not valid'}: ${codeOnDate.meaning ?? '-'}`);
}

const { expandConceptSet } = await client.request(ExpandConceptSetDocument, {
  items: [
    { conceptId: '1149196', includeDescendants: true, includeMapped: true },
    { conceptId: '40228230', isExcluded: true },
  ],
});
say('concept set', `${expandConceptSet.totalCount} concepts`);

const { recommendDeliveryCode: r } = await client.request(RecommendDeliveryCodeDocument, {
  treatment: {
    dateOfService: '2026-03-02',
    siteOfService: 'HOSPITAL_OUTPATIENT',
    technique: 'THREE_D_CONFORMAL',
    fieldShaping: ['FIELD_IN_FIELD'],
    motionManagement: ['DIBH'],
    imageGuidance: 'CBCT',
    imageGuidanceReviewedByPhysician: true,
  },
});
say('recommendation', `${r.status} level ${r.level}: ${r.codes.map((c) => `${c.code.conceptCode} ${c.role}`).join(', ')}; ${r.decisionPath.length} steps`);

const { mapClaimLines } = await client.request(MapClaimLinesDocument, {
  lines: [
    { lineId: '1', encounterId: 'e1', code: '77412', dateOfService: '2026-01-06' },
    { lineId: '2', encounterId: 'e1', code: '77387-26', dateOfService: '2026-01-06' },
    { lineId: '3', code: 'G6015', dateOfService: '2026-01-12' },
    { lineId: '4', code: '77A12', dateOfService: '2026-01-12' },
  ],
});
const s = mapClaimLines.summary;
say('claim lines', `${s.mapped} mapped, ${s.unmapped} unmapped, ${s.rejected} rejected; flags ${s.flags.map((f) => `${f.flag}=${f.count}`).join(' ')}`);
