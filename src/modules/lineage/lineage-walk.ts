/**
 * The lineage of a code over change events, generation by generation, and its diagram. Pure:
 * the events come in as data, so the walk is unit-tested without a database.
 */
import { toDot, toMermaid, type Diagram } from '../../api/diagram.js';
import { codeKey, type CodeKey } from '../../graph/code.js';
import { sameCode, siteOfSetting, type ChangeEventRecord, type LineageStepRecord, type WalkDirection } from './lineage-records.js';

/** Kinds that lead from one code to another (ADDED and DELETED events have one side only). */
const LINKING_KINDS = new Set(['replaced', 'revised', 'bundled']);

export const DEFAULT_MAX_GENERATIONS = 5;
export const MAX_GENERATIONS = 10;

/**
 * Walks from `start` over the events: SUCCESSORS follows events in which a reached code is a
 * `from` code, PREDECESSORS those in which it is a `to` code. A code is expanded once (reused
 * codes make cycles: 77412 -> G6011 -> 77412), so the walk ends; every step found within
 * `maxGenerations` is kept once, with the generation at which it was first reached.
 */
export function walkLineage(
  events: readonly ChangeEventRecord[],
  start: CodeKey,
  directions: readonly WalkDirection[],
  maxGenerations: number,
): LineageStepRecord[] {
  const steps = new Map<string, LineageStepRecord>();
  const linking = events.filter((event) => LINKING_KINDS.has(event.kind));
  for (const direction of directions) {
    const expanded = new Set<string>([codeKey(start)]);
    let frontier: CodeKey[] = [start];
    for (let generation = 1; generation <= maxGenerations && frontier.length > 0; generation += 1) {
      const next: CodeKey[] = [];
      for (const code of frontier) {
        for (const event of linking) {
          const pairs =
            direction === 'SUCCESSORS'
              ? event.from.some((ref) => sameCode(ref, code))
                ? event.to.map((target) => ({ from: code, to: target, target }))
                : []
              : event.to.filter((target) => sameCode(target, code)).flatMap((target) => event.from.map((source) => ({ from: source, to: code, target })));
          for (const { from, to, target } of pairs) {
            const key = [event.changeId, codeKey(from), codeKey(to), target.condition ?? '', target.setting ?? ''].join('|');
            if (!steps.has(key)) {
              steps.set(key, {
                from: { vocabularyId: from.vocabularyId, conceptCode: from.conceptCode },
                to: { vocabularyId: to.vocabularyId, conceptCode: to.conceptCode },
                effectiveDate: event.effectiveDate,
                kind: event.kind,
                condition: target.condition,
                setting: target.setting,
                authority: event.authority,
                sources: event.sources,
                confidence: event.confidence,
                note: event.note,
                changeId: event.changeId,
                generation,
                direction,
              });
            }
            const reached = direction === 'SUCCESSORS' ? to : from;
            if (!expanded.has(codeKey(reached))) {
              expanded.add(codeKey(reached));
              next.push(reached);
            }
          }
        }
      }
      frontier = next;
    }
  }
  return [...steps.values()].sort(
    (a, b) =>
      a.effectiveDate.localeCompare(b.effectiveDate) ||
      a.generation - b.generation ||
      a.from.conceptCode.localeCompare(b.from.conceptCode) ||
      a.to.conceptCode.localeCompare(b.to.conceptCode) ||
      (a.condition ?? '').localeCompare(b.condition ?? ''),
  );
}

const SITE_WORDS = { PHYSICIAN_OFFICE: 'physician office', HOSPITAL_OUTPATIENT: 'hospital' } as const;

/** One edge label: the date, the kind, the condition and the site where the target applies. */
export function stepLabel(step: LineageStepRecord): string {
  const site = siteOfSetting(step.setting);
  return [step.effectiveDate, step.kind, step.condition ? `if ${step.condition}` : null, site ? `in ${SITE_WORDS[site]}` : null].filter(Boolean).join(' ');
}

/** The lineage as a diagram: the start first, then codes as steps reach them; conditional or uncertain steps dashed. */
export function lineageDiagram(start: CodeKey, steps: readonly LineageStepRecord[]): Diagram {
  const nodes = new Map<string, { id: string; label: string }>();
  const add = (code: CodeKey) => {
    const id = `${code.vocabularyId}:${code.conceptCode}`;
    if (!nodes.has(id)) nodes.set(id, { id, label: `${code.vocabularyId} ${code.conceptCode}` });
    return id;
  };
  add(start);
  const edges = steps.map((step) => ({
    from: add(step.from),
    to: add(step.to),
    label: stepLabel(step),
    dashed: step.condition !== null || (step.confidence !== null && step.confidence !== 'high'),
  }));
  return { nodes: [...nodes.values()], edges };
}

export function lineageTexts(start: CodeKey, steps: readonly LineageStepRecord[]): { mermaid: string; dot: string } {
  const diagram = lineageDiagram(start, steps);
  return { mermaid: toMermaid(diagram), dot: toDot(diagram, `lineage of ${start.vocabularyId} ${start.conceptCode}`) };
}
