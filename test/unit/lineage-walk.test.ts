import { describe, expect, it } from 'vitest';
import type { ChangeEventRecord } from '../../src/modules/lineage/lineage-records.js';
import { lineageDiagram, lineageTexts, stepLabel, walkLineage } from '../../src/modules/lineage/lineage-walk.js';
import { readSeedPack } from '../../src/seed-pack/read-pack.js';
import { historyFromPack } from '../helpers/history-from-pack.js';

const ref = (conceptCode: string, vocabularyId = 'CPT4') => ({ vocabularyId, conceptCode, meaningAsOf: null, component: null, qualifier: null });
const target = (conceptCode: string, condition: string | null = null, setting: 'MPFS' | 'HOPPS' | 'all' | null = null, vocabularyId = 'CPT4') => ({
  ...ref(conceptCode, vocabularyId),
  condition,
  setting,
});
function event(
  changeId: string,
  effectiveDate: string,
  kind: ChangeEventRecord['kind'],
  from: ChangeEventRecord['from'],
  to: ChangeEventRecord['to'],
  confidence = 'high',
): ChangeEventRecord {
  return { changeId, effectiveDate, kind, authority: 'CMS', summary: changeId, sources: ['X'], confidence, note: null, from, to };
}

// A -> B (2015) -> C or D (2026, conditional); B also revised in 2020; A deleted; E added.
const EVENTS: ChangeEventRecord[] = [
  event('a-to-b', '2015-01-01', 'replaced', [ref('A')], [target('B', null, 'MPFS')]),
  event('a-deleted', '2015-01-01', 'deleted', [ref('A')], []),
  event('b-revised', '2020-01-01', 'revised', [ref('B')], [target('B')]),
  event('b-to-c-d', '2026-01-01', 'replaced', [ref('B')], [target('C', 'level-2', 'all'), target('D', 'level-3', 'all')], 'medium'),
  event('e-added', '2026-01-01', 'added', [], [target('E')]),
  event('d-to-a', '2027-01-01', 'replaced', [ref('D')], [target('A')]),
];
const key = (s: { from: { conceptCode: string }; to: { conceptCode: string }; generation: number }) =>
  `${s.from.conceptCode}>${s.to.conceptCode}@${s.generation}`;

describe('walkLineage', () => {
  it('walks successors generation by generation, one step per (event, from, to)', () => {
    const steps = walkLineage(EVENTS, { vocabularyId: 'CPT4', conceptCode: 'A' }, ['SUCCESSORS'], 2);
    expect(steps.map(key)).toEqual(['A>B@1', 'B>B@2', 'B>C@2', 'B>D@2']);
    expect(steps[2]).toMatchObject({
      condition: 'level-2',
      setting: 'all',
      kind: 'replaced',
      changeId: 'b-to-c-d',
      direction: 'SUCCESSORS',
      confidence: 'medium',
    });
  });

  it('walks predecessors backwards, and both ways when asked', () => {
    const back = walkLineage(EVENTS, { vocabularyId: 'CPT4', conceptCode: 'C' }, ['PREDECESSORS'], 2);
    expect(back.map(key)).toEqual(['A>B@2', 'B>B@2', 'B>C@1']);
    const both = walkLineage(EVENTS, { vocabularyId: 'CPT4', conceptCode: 'B' }, ['PREDECESSORS', 'SUCCESSORS'], 1);
    // a revision of B is found by both walks and listed once
    expect(both.map((s) => `${key(s)}:${s.direction}`)).toEqual(['A>B@1:PREDECESSORS', 'B>B@1:PREDECESSORS', 'B>C@1:SUCCESSORS', 'B>D@1:SUCCESSORS']);
  });

  it('ends on cycles and ignores events with one side (added, deleted)', () => {
    const steps = walkLineage(EVENTS, { vocabularyId: 'CPT4', conceptCode: 'A' }, ['SUCCESSORS'], 10);
    expect(steps.map(key)).toEqual(['A>B@1', 'B>B@2', 'B>C@2', 'B>D@2', 'D>A@3']);
    expect(steps.some((s) => s.changeId === 'a-deleted' || s.changeId === 'e-added')).toBe(false);
  });

  it('tells codes of different vocabularies apart', () => {
    const steps = walkLineage(EVENTS, { vocabularyId: 'HCPCS', conceptCode: 'A' }, ['SUCCESSORS'], 3);
    expect(steps).toEqual([]);
  });

  it('finds the 2015 and 2026 generations of 77418 in the real pack', () => {
    const history = historyFromPack(readSeedPack());
    const steps = walkLineage(history.events, { vocabularyId: 'CPT4', conceptCode: '77418' }, ['SUCCESSORS'], 2);
    const targets = (generation: number) => [...new Set(steps.filter((s) => s.generation === generation).map((s) => s.to.conceptCode))].sort();
    expect(targets(1)).toEqual(['77385', '77386', 'G6015']);
    expect(targets(2)).toEqual(['77407', '77412']);
  });
});

describe('the lineage diagram', () => {
  const steps = walkLineage(EVENTS, { vocabularyId: 'CPT4', conceptCode: 'A' }, ['SUCCESSORS'], 2);

  it('labels each edge with its date, kind, condition and site', () => {
    expect(stepLabel(steps[0]!)).toBe('2015-01-01 replaced in physician office');
    expect(stepLabel(steps[2]!)).toBe('2026-01-01 replaced if level-2');
  });

  it('starts with the code asked about and draws conditional or uncertain steps dashed', () => {
    const diagram = lineageDiagram({ vocabularyId: 'CPT4', conceptCode: 'A' }, steps);
    expect(diagram.nodes.map((n) => n.label)).toEqual(['CPT4 A', 'CPT4 B', 'CPT4 C', 'CPT4 D']);
    expect(diagram.edges.map((e) => e.dashed)).toEqual([false, false, true, true]);
  });

  it('renders Mermaid and DOT through the shared renderers', () => {
    const { mermaid, dot } = lineageTexts({ vocabularyId: 'CPT4', conceptCode: 'A' }, steps);
    expect(mermaid.split('\n')).toEqual([
      'flowchart LR',
      '  n0["CPT4 A"]',
      '  n1["CPT4 B"]',
      '  n2["CPT4 C"]',
      '  n3["CPT4 D"]',
      '  n0 -->|"2015-01-01 replaced in physician office"| n1',
      '  n1 -->|"2020-01-01 revised"| n1',
      '  n1 -.->|"2026-01-01 replaced if level-2"| n2',
      '  n1 -.->|"2026-01-01 replaced if level-3"| n3',
    ]);
    expect(dot).toContain('digraph "lineage of CPT4 A" {');
    expect(dot).toContain('n1 -> n3 [label="2026-01-01 replaced if level-3", style=dashed];');
  });
});
