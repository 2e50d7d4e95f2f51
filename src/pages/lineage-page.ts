import { toMermaid, type DiagramNode } from '../api/diagram.js';
import { diagramBlock, escapeHtml, page, queryString } from './html.js';

/** The GraphQL the lineage page asks (the page is a client of the API, with its limits). */
export const LINEAGE_PAGE_QUERY = `query LineagePage($code: CodeInput!, $direction: LineageDirection, $maxGenerations: Int, $date: Date!, $withDate: Boolean!) {
  lineage(code: $code, direction: $direction, maxGenerations: $maxGenerations) {
    code { vocabularyId conceptCode concept { conceptId conceptName } }
    steps {
      from { vocabularyId conceptCode concept { conceptId } }
      to { vocabularyId conceptCode concept { conceptId } }
      effectiveDate kind condition siteOfService authority confidence note generation direction
      sources { sourceId citation }
    }
  }
  onDate: codeOnDate(code: $code, date: $date) @include(if: $withDate) { valid meaning validFrom validTo successors { code { conceptCode } condition } }
}`;

interface CodeAnswer {
  vocabularyId: string;
  conceptCode: string;
  concept: { conceptId: string; conceptName?: string } | null;
}

interface StepAnswer {
  from: CodeAnswer;
  to: CodeAnswer;
  effectiveDate: string;
  kind: string;
  condition: string | null;
  siteOfService: string | null;
  authority: string | null;
  confidence: string | null;
  note: string | null;
  generation: number;
  direction: string;
  sources: { sourceId: string; citation: string }[];
}

export interface LineagePageAnswer {
  lineage: { code: CodeAnswer; steps: StepAnswer[] };
  onDate?: {
    valid: boolean;
    meaning: string | null;
    validFrom: string | null;
    validTo: string | null;
    successors: { code: { conceptCode: string }; condition: string | null }[];
  } | null;
}

export interface LineagePageRequest {
  vocabularyId: string;
  conceptCode: string;
  direction?: string;
  maxGenerations?: number;
  date?: string;
}

const keyOf = (code: CodeAnswer) => `${code.vocabularyId}:${code.conceptCode}`;
const codeText = (code: CodeAnswer) => `${code.vocabularyId} ${code.conceptCode}`;

/** A code's own page: its concept's when the graph holds it, else its lineage. */
export function codeHref(code: CodeAnswer): string {
  return code.concept
    ? `/concept/${encodeURIComponent(code.concept.conceptId)}`
    : `/lineage${queryString({ vocabularyId: code.vocabularyId, conceptCode: code.conceptCode })}`;
}

/** What a step says on its arrow: date, kind, condition, site of service. */
function stepLabel(step: StepAnswer): string {
  return [
    step.effectiveDate,
    step.kind.toLowerCase(),
    step.condition ? `if ${step.condition}` : '',
    step.siteOfService ? `in ${step.siteOfService.toLowerCase().replace(/_/g, ' ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The lineage as Mermaid, each code a link to its page, conditional and uncertain steps dashed. */
export function lineageDiagram(answer: LineagePageAnswer): string {
  const nodes = new Map<string, DiagramNode>();
  const add = (code: CodeAnswer) => {
    if (!nodes.has(keyOf(code))) nodes.set(keyOf(code), { id: keyOf(code), label: codeText(code), href: codeHref(code) });
  };
  add(answer.lineage.code);
  for (const step of answer.lineage.steps) {
    add(step.from);
    add(step.to);
  }
  const edges = answer.lineage.steps.map((step) => ({
    from: keyOf(step.from),
    to: keyOf(step.to),
    label: stepLabel(step),
    dashed: step.condition !== null || (step.confidence !== null && step.confidence !== 'high'),
  }));
  return toMermaid({ nodes: [...nodes.values()], edges });
}

export function lineagePage(request: LineagePageRequest, answer: LineagePageAnswer): string {
  const { code, steps } = answer.lineage;
  const title = `Lineage of ${codeText(code)}`;
  const name = code.concept?.conceptName ? ` · ${escapeHtml(code.concept.conceptName)}` : '';
  const form = `<form method="get" action="/lineage">
    <input type="hidden" name="vocabularyId" value="${escapeHtml(request.vocabularyId)}"><input type="hidden" name="conceptCode" value="${escapeHtml(request.conceptCode)}">
    <label>direction <select name="direction">${['BOTH', 'PREDECESSORS', 'SUCCESSORS'].map((d) => `<option${d === (request.direction ?? 'BOTH') ? ' selected' : ''}>${d}</option>`).join('')}</select></label>
    <label>generations <input name="maxGenerations" type="number" min="1" max="10" value="${escapeHtml(request.maxGenerations ?? 5)}"></label>
    <label>on the date <input name="date" type="date" value="${escapeHtml(request.date ?? '')}"></label>
    <button>show</button></form>`;
  const onDate = answer.onDate
    ? `<h2>On ${escapeHtml(request.date)}</h2><p>${codeText(code)} was ${answer.onDate.valid ? 'in force' : '<strong>not in force</strong>'}${
        answer.onDate.meaning
          ? `: ${escapeHtml(answer.onDate.meaning)} (${escapeHtml(answer.onDate.validFrom ?? '…')} to ${escapeHtml(answer.onDate.validTo ?? 'open')})`
          : ''
      }.${answer.onDate.successors.length ? ` Reported instead: ${answer.onDate.successors.map((s) => `${escapeHtml(s.code.conceptCode)}${s.condition ? ` (${escapeHtml(s.condition)})` : ''}`).join(', ')}.` : ''}</p>`
    : '';
  const rows = steps
    .map(
      (
        step,
      ) => `<tr><td><a href="${escapeHtml(codeHref(step.from))}">${escapeHtml(codeText(step.from))}</a></td><td><a href="${escapeHtml(codeHref(step.to))}">${escapeHtml(codeText(step.to))}</a></td>
      <td>${escapeHtml(step.effectiveDate)}</td><td>${escapeHtml(step.kind)}</td><td>${escapeHtml(step.condition ?? '')}</td><td>${escapeHtml(step.siteOfService ?? 'any')}</td>
      <td>${escapeHtml(step.confidence ?? '')}${step.note ? `<br><small>${escapeHtml(step.note)}</small>` : ''}</td>
      <td>${step.sources.map((source) => `<span title="${escapeHtml(source.citation)}">${escapeHtml(source.sourceId)}</span>`).join(', ')}</td></tr>`,
    )
    .join('\n');
  const body = `<h1>${escapeHtml(title)}</h1><p class="sub">${steps.length} step${steps.length === 1 ? '' : 's'}${name}</p>
${form}
${steps.length ? diagramBlock(lineageDiagram(answer)) : `<p>${code.concept ? 'No change event links this code to another.' : `Neither a concept nor a change event in this graph has the code ${escapeHtml(codeText(code))}: check the vocabulary (CPT codes are CPT4, G-codes HCPCS).`}</p>`}
${onDate}
<h2>Steps</h2>
<table><thead><tr><th>from</th><th>to</th><th>date</th><th>kind</th><th>condition</th><th>site</th><th>confidence</th><th>sources</th></tr></thead><tbody>
${rows}
</tbody></table>`;
  return page(title, body, { diagrams: steps.length > 0 });
}
