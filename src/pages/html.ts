/**
 * The HTML of the service's pages for people (a code's lineage, a concept): pure functions
 * from an answer of the GraphQL API to a page. Every value is escaped here; diagrams are
 * Mermaid text rendered in the browser by the Mermaid bundle the service serves itself from
 * its own dependencies (/assets/mermaid.min.js), so the pages work offline.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A query string of the given parameters (undefined ones left out), for links between pages. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

const STYLE = `
  body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d2330; }
  h1 { font-size: 1.5rem; margin-bottom: .25rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
  .sub { color: #5a6374; margin-top: 0; }
  table { border-collapse: collapse; width: 100%; margin-top: .5rem; }
  th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #e2e5ea; vertical-align: top; }
  th { background: #f4f6f9; font-weight: 600; }
  .diagram { border: 1px solid #e2e5ea; border-radius: 6px; padding: 1rem; overflow-x: auto; background: #fcfcfd; }
  .error { border-left: 4px solid #c0392b; padding: .5rem 1rem; background: #fdf1f0; }
  code { font: 13px ui-monospace, monospace; } a { color: #1f5fbf; }
  form label { margin-right: 1rem; } nav { margin-bottom: 1rem; font-size: .9rem; }
`;

/** A whole page; with `diagrams`, the Mermaid bundle renders every `<pre class="mermaid">` in it. */
export function page(title: string, body: string, { diagrams = false }: { diagrams?: boolean } = {}): string {
  const mermaid = diagrams
    ? `<script src="/assets/mermaid.min.js"></script>
<script>
  // antiscript: links of nodes (click ... href) work, scripts in labels never run; labels are escaped by the server too.
  mermaid.initialize({ startOnLoad: false, securityLevel: 'antiscript', flowchart: { htmlLabels: true } });
  mermaid.run({ querySelector: 'pre.mermaid' }).then(() => document.body.setAttribute('data-diagrams', 'rendered'),
    (error) => { document.body.setAttribute('data-diagrams', 'failed'); console.error(error); });
</script>`
    : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Procedure Code Graph</title><style>${STYLE}</style></head>
<body>
<nav><a href="/">GraphiQL</a> · <a href="/lineage?vocabularyId=HCPCS&amp;conceptCode=G6015">lineage of G6015</a></nav>
${body}
${mermaid}
</body>
</html>`;
}

/** A Mermaid diagram block: its text is escaped for HTML, and Mermaid reads it back as text. */
export function diagramBlock(mermaidText: string): string {
  return `<div class="diagram"><pre class="mermaid">${escapeHtml(mermaidText)}</pre></div>`;
}

/** A page that says what was wrong with the request (or the answer). */
export function errorPage(title: string, messages: readonly string[]): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>${messages.map((m) => `<p class="error">${escapeHtml(m)}</p>`).join('')}`);
}
