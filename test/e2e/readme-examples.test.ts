import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../src/server.js';
import { useTestDatabase } from '../helpers/database.js';
import { loadPackAndEunomia, startService } from '../helpers/pack-service.js';

/**
 * Every GraphQL example of the README and of the pages of docs/, run over HTTP against the
 * knowledge pack and the Eunomia sample they name, with the service's default limits. Each page
 * is read on its own (an answer belongs to an example of the same page). An example is a ```graphql block
 * (or a curl line with `-d '{...}'`); the block right after it, when it is ```json or ```mermaid,
 * is its documented answer and is compared with the real one:
 * - a JSON answer names the fields it documents (others may be there too); it is the whole
 *   response when it has `errors` or `data`, else the value of the example's one root field;
 * - a string holding `…` documents the text around it (the rest is shortened);
 * - a Mermaid answer is the first `mermaid` field of the response, exactly.
 * Examples without a documented answer must answer without errors.
 */
const ROOT = join(import.meta.dirname, '../..');
/** The pages that document the API: the README, then every page of docs/. */
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

interface Example {
  page: string;
  line: number;
  query: string;
  answer?: { kind: 'json' | 'mermaid'; text: string; line: number };
}

function examples(page: string, markdown: string): Example[] {
  const blocks: { lang: string; text: string; line: number }[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    blocks.push({ lang: match[1]!, text: match[2]!, line: markdown.slice(0, match.index).split('\n').length });
  }
  const found: Example[] = [];
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const answer: Example['answer'] =
      next && (next.lang === 'json' || next.lang === 'mermaid') ? { kind: next.lang, text: next.text, line: next.line } : undefined;
    if (block.lang === 'graphql') {
      // A block may hold several operations, each after its own comment line.
      const operations = block.text
        .split(/^(?=#)/m)
        .map((part) => part.replace(/^#.*\n/, '').trim())
        .filter(Boolean);
      operations.forEach((query) => found.push({ page, line: block.line, query, answer: operations.length === 1 ? answer : undefined }));
    }
    if (block.lang === 'sh') {
      for (const call of block.text.matchAll(/curl -s http:\/\/127\.0\.0\.1:4000\/graphql[^\n]*\\\n\s*-d '(\{.*\})'\n# (\{.*\})/g)) {
        found.push({
          page,
          line: block.line,
          query: (JSON.parse(call[1]!) as { query: string }).query,
          answer: { kind: 'json', text: call[2]!, line: block.line },
        });
      }
    }
  });
  return found;
}

/** What of `documented` the `actual` answer does not hold, as paths; empty when it holds it all. */
function differences(documented: unknown, actual: unknown, path = '$'): string[] {
  if (typeof documented === 'string' && documented.includes('…')) {
    if (typeof actual !== 'string') return [`${path}: expected text, got ${JSON.stringify(actual)}`];
    const pieces = documented.split('…');
    let at = 0;
    for (const [i, piece] of pieces.entries()) {
      const found = i === 0 ? (actual.startsWith(piece) ? 0 : -1) : actual.indexOf(piece, at);
      if (found < 0) return [`${path}: '${documented}' does not fit '${actual}'`];
      at = found + piece.length;
    }
    return pieces.at(-1) === '' || actual.endsWith(pieces.at(-1)!) ? [] : [`${path}: '${documented}' does not fit '${actual}'`];
  }
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual) || actual.length !== documented.length)
      return [`${path}: expected ${documented.length} items, got ${JSON.stringify(actual)?.slice(0, 300)}`];
    return documented.flatMap((item, i) => differences(item, actual[i], `${path}[${i}]`));
  }
  if (documented && typeof documented === 'object') {
    if (!actual || typeof actual !== 'object') return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(documented).flatMap(([key, value]) => differences(value, (actual as Record<string, unknown>)[key], `${path}.${key}`));
  }
  return documented === actual ? [] : [`${path}: documented ${JSON.stringify(documented)}, answered ${JSON.stringify(actual)}`];
}

function firstMermaid(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'mermaid' && typeof inner === 'string') return inner;
    const found = firstMermaid(inner);
    if (found) return found;
  }
  return undefined;
}

const { graph } = useTestDatabase();
let service: Service;
let base: string;

beforeAll(async () => {
  await loadPackAndEunomia(graph);
  ({ service, base } = await startService(graph));
});

afterAll(async () => {
  await service?.stop();
});

const found = PAGES.flatMap((page) => examples(page, readFileSync(join(ROOT, page), 'utf8')));
const on = (page: string) => found.filter((example) => example.page === page);

describe('the documented examples (README and docs/)', () => {
  it('finds the examples and their documented answers, on the pages that hold them', () => {
    expect(found.length).toBeGreaterThanOrEqual(15);
    expect(found.filter((example) => example.answer).length).toBeGreaterThanOrEqual(9);
    // Each page keeps its examples: a page whose examples stopped being found fails here.
    expect(
      on('README.md')
        .filter((example) => example.answer)
        .map((example) => example.answer!.kind)
        .sort(),
    ).toEqual(['json', 'mermaid']);
    expect(on('docs/api-tour.md').length).toBeGreaterThanOrEqual(6);
    expect(on('docs/lineage-and-criteria.md').filter((example) => example.answer).length).toBeGreaterThanOrEqual(5);
    expect(on('docs/claim-lines.md').filter((example) => example.answer).length).toBe(1);
    expect(on('docs/operations.md').filter((example) => example.answer).length).toBe(1);
  });

  it('would see a wrong answer: a documented value, an item or a shortened text that the answer does not hold', () => {
    const answer = { data: { concept: { conceptId: '2211867', conceptName: 'Most complex delivery', names: ['a', 'b'] } } };
    expect(differences({ data: { concept: { conceptId: '2211867', conceptName: 'Most …' } } }, answer)).toEqual([]);
    expect(differences({ data: { concept: { conceptId: '2211868' } } }, answer)).not.toEqual([]);
    expect(differences({ data: { concept: { conceptName: 'Least …' } } }, answer)).not.toEqual([]);
    expect(differences({ data: { concept: { names: ['a'] } } }, answer)).not.toEqual([]);
    expect(differences({ data: { concept: { missing: 1 } } }, answer)).not.toEqual([]);
  });

  it.each(found.map((example) => [`${example.page} line ${example.line}: ${example.query.replace(/\s+/g, ' ').slice(0, 70)}`, example] as const))(
    '%s',
    async (_name, example) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.query }),
        signal: AbortSignal.timeout(60_000),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (!example.answer) {
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        return;
      }
      if (example.answer.kind === 'mermaid') {
        expect(firstMermaid(body.data)).toBe(example.answer.text.trimEnd());
        return;
      }
      const documented = JSON.parse(example.answer.text) as Record<string, unknown>;
      const roots = Object.keys(body.data ?? {});
      const actual = 'errors' in documented || 'data' in documented ? body : roots.length === 1 ? body.data![roots[0]!] : body.data;
      expect(differences(documented, actual), `${example.page} line ${example.answer.line}`).toEqual([]);
    },
  );
});
