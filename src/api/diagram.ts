/**
 * Mermaid and DOT text of a small directed graph (a neighbourhood, a code lineage), for a user
 * to paste into a renderer. Pure functions: ids are made safe here, labels are escaped here.
 */

export interface DiagramNode {
  /** Unique within the diagram (a concept id, or VOCABULARY:CODE). */
  id: string;
  label: string;
  /** A link the node opens when clicked (Mermaid only; the pages of the service). */
  href?: string;
}

export interface DiagramEdge {
  from: string;
  to: string;
  label?: string | null;
  /** Drawn dashed (a conditional or uncertain link). */
  dashed?: boolean;
}

export interface Diagram {
  nodes: readonly DiagramNode[];
  edges: readonly DiagramEdge[];
}

/** Node ids as both languages accept them unquoted: n0, n1, ... in the order nodes are given. */
function nodeIds(diagram: Diagram): Map<string, string> {
  return new Map(diagram.nodes.map((node, index) => [node.id, `n${index}`]));
}

function idOf(ids: Map<string, string>, id: string): string {
  const found = ids.get(id);
  if (!found) throw new Error(`diagram edge names an unknown node '${id}'`);
  return found;
}

/** Mermaid text escapes quotes, pipes and markup as entities; line breaks become spaces. */
function mermaidText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/"/g, '#quot;')
    .replace(/\|/g, '#124;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;');
}

function dotText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"');
}

/** A Mermaid flowchart, left to right. */
export function toMermaid(diagram: Diagram): string {
  const ids = nodeIds(diagram);
  const lines = ['flowchart LR'];
  for (const node of diagram.nodes) lines.push(`  ${ids.get(node.id)}["${mermaidText(node.label)}"]`);
  for (const edge of diagram.edges) {
    const arrow = edge.dashed ? '-.->' : '-->';
    const label = edge.label ? `|"${mermaidText(edge.label)}"|` : '';
    lines.push(`  ${idOf(ids, edge.from)} ${arrow}${label} ${idOf(ids, edge.to)}`);
  }
  for (const node of diagram.nodes) {
    // Only the service's own relative links: nothing a label could turn into a script.
    if (node.href && /^\/[\w\-./?=&%:]*$/.test(node.href)) lines.push(`  click ${ids.get(node.id)} href "${node.href}"`);
  }
  return lines.join('\n');
}

/** A Graphviz DOT digraph, left to right. */
export function toDot(diagram: Diagram, name = 'G'): string {
  const ids = nodeIds(diagram);
  const lines = [`digraph "${dotText(name)}" {`, '  rankdir=LR;', '  node [shape=box];'];
  for (const node of diagram.nodes) lines.push(`  ${ids.get(node.id)} [label="${dotText(node.label)}"];`);
  for (const edge of diagram.edges) {
    const attributes = [edge.label ? `label="${dotText(edge.label)}"` : '', edge.dashed ? 'style=dashed' : ''].filter(Boolean);
    lines.push(`  ${idOf(ids, edge.from)} -> ${idOf(ids, edge.to)}${attributes.length ? ` [${attributes.join(', ')}]` : ''};`);
  }
  lines.push('}');
  return lines.join('\n');
}
