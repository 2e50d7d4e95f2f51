import { describe, expect, it } from 'vitest';
import { toDot, toMermaid, type Diagram } from '../../src/api/diagram.js';

const diagram: Diagram = {
  nodes: [
    { id: 'HCPCS:G6015', label: 'HCPCS G6015 "IMRT"' },
    { id: 'CPT4:77407', label: 'CPT4 77407' },
    { id: 'CPT4:77412', label: 'CPT4 77412\nlevel 3' },
  ],
  edges: [
    { from: 'HCPCS:G6015', to: 'CPT4:77407', label: '2026-01-01 replaced | level-2', dashed: true },
    { from: 'HCPCS:G6015', to: 'CPT4:77412' },
  ],
};

describe('diagram renderers', () => {
  it('writes Mermaid with safe ids, escaped quotes and pipes, dashed conditional edges', () => {
    expect(toMermaid(diagram)).toBe(
      [
        'flowchart LR',
        '  n0["HCPCS G6015 #quot;IMRT#quot;"]',
        '  n1["CPT4 77407"]',
        '  n2["CPT4 77412 level 3"]',
        '  n0 -.->|"2026-01-01 replaced #124; level-2"| n1',
        '  n0 --> n2',
      ].join('\n'),
    );
  });

  it('writes DOT with escaped labels', () => {
    const dot = toDot(diagram, 'lineage');
    expect(dot.split('\n')[0]).toBe('digraph "lineage" {');
    expect(dot).toContain('n0 [label="HCPCS G6015 \\"IMRT\\""];');
    expect(dot).toContain('n0 -> n1 [label="2026-01-01 replaced | level-2", style=dashed];');
    expect(dot).toContain('n0 -> n2;');
    expect(dot.trim().endsWith('}')).toBe(true);
  });

  it('refuses an edge to a node it was not given', () => {
    expect(() => toMermaid({ nodes: [], edges: [{ from: 'a', to: 'b' }] })).toThrow(/unknown node 'a'/);
  });
});
