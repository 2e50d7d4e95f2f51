import { copyFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Service } from '../../src/server.js';
import { chromium, renderedDom, screenshot } from '../helpers/chromium.js';
import { useTestDatabase } from '../helpers/database.js';
import { loadPackAndEunomia, startService } from '../helpers/pack-service.js';

/**
 * The pages for people, opened in headless Chromium: the lineage of G6015 and a concept with its
 * neighbourhood, each drawn by the Mermaid bundle the service serves itself (no network), each
 * code a link to its own page. With UPDATE_SCREENSHOTS=1 the screenshots replace the ones in
 * docs/ that the README and docs/operations.md show.
 */
const { graph } = useTestDatabase();
const defaults = loadConfig({});
const TOKEN = 'pages-token-0123456789abcdef';
const services: Service[] = [];
let base: string;
const shots = mkdtempSync(join(tmpdir(), 'pcg-pages-'));

async function serve(http = defaults.http): Promise<string> {
  const { service, base: url } = await startService(graph, http);
  services.push(service);
  return url;
}

beforeAll(async () => {
  chromium();
  await loadPackAndEunomia(graph);
  base = await serve();
});

afterAll(async () => {
  for (const service of services) await service.stop();
});

const keep = async (name: string, url: string, height = 900) => {
  const file = join(shots, name);
  await screenshot(url, file, 1280, height);
  expect(statSync(file).size).toBeGreaterThan(10_000);
  if (process.env.UPDATE_SCREENSHOTS === '1') copyFileSync(file, join(import.meta.dirname, '../../docs', name));
};

/** The text of the rendered SVG diagrams of a DOM (tags stripped). */
const svgText = (dom: string) =>
  [...dom.matchAll(/<svg[\s\S]*?<\/svg>/g)]
    .map((m) => m[0].replace(/<[^>]+>/g, ' '))
    .join(' ')
    .replace(/\s+/g, ' ');

describe('the lineage page', () => {
  const url = () => `${base}/lineage?vocabularyId=HCPCS&conceptCode=G6015&maxGenerations=1&date=2026-02-01`;

  it('draws the lineage of G6015 in the browser: every code, every step with its date, kind, condition and site, each code a link', async () => {
    const dom = await renderedDom(url());
    expect(dom).toContain('data-diagrams="rendered"');
    const text = svgText(dom);
    for (const code of ['HCPCS G6015', 'CPT4 77418', 'CPT4 77407', 'CPT4 77412']) expect(text).toContain(code);
    expect(text).toContain('2015-01-01 replaced in physician office');
    expect(text).toContain('2026-01-01 replaced if level-2');
    expect(text).toContain('2026-01-01 replaced if level-3');
    // Each node opens its code's page: the concept's, as the pack holds these concepts.
    expect(dom).toMatch(/<a[^>]+href="\/concept\/\d+"/);
    // The table names the sources of each step, and the date asked is answered.
    expect(dom).toMatch(/<td>2026-01-01<\/td><td>REPLACED<\/td><td>level-2<\/td>/);
    expect(dom).toContain('HCPCS G6015 was <strong>not in force</strong>');
    await keep('lineage-g6015.png', url(), 1000);
  });

  it('serves Mermaid from its own dependencies and answers bad requests with a page that says why', async () => {
    const bundle = await fetch(`${base}/assets/mermaid.min.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
    const page = await fetch(`${base}/lineage?vocabularyId=HCPCS&conceptCode=G6015`);
    expect(await page.text()).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    const missing = await fetch(`${base}/lineage`);
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Name the code: /lineage?vocabularyId=HCPCS&amp;conceptCode=G6015');
    const tooDeep = await fetch(`${base}/lineage?vocabularyId=HCPCS&conceptCode=G6015&maxGenerations=50`);
    expect(tooDeep.status).toBe(400);
    expect(await tooDeep.text()).toMatch(/maxGenerations/);
  });
});

describe('the concept page', () => {
  it('shows a concept with its relationships and its neighbourhood drawn, each neighbour a link', async () => {
    const url = `${base}/concept/192671`;
    const dom = await renderedDom(url);
    expect(dom).toContain('data-diagrams="rendered"');
    expect(dom).toContain('<h1>SNOMED 74474003</h1>');
    expect(dom).toMatch(/<h2>Relationships \(\d+\)<\/h2>/);
    expect(svgText(dom)).toMatch(/Maps to|Mapped from|Is a|Subsumes/);
    expect(dom).toMatch(/<a[^>]+href="\/concept\/\d+"/);
    await keep('concept-192671.png', url, 1100);
  });

  it('answers a concept the graph does not hold with 404, and stays behind the tokens when they are set', async () => {
    expect((await fetch(`${base}/concept/999999999`)).status).toBe(404);
    const guarded = await serve({ ...defaults.http, apiTokens: [TOKEN] });
    expect((await fetch(`${guarded}/concept/192671`)).status).toBe(401);
    expect((await fetch(`${guarded}/lineage?vocabularyId=HCPCS&conceptCode=G6015`)).status).toBe(401);
    expect((await fetch(`${guarded}/concept/192671`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });
});

it('keeps the screenshots the documentation shows (the README and docs/operations.md)', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const operations = readFileSync(join(import.meta.dirname, '../../docs/operations.md'), 'utf8');
  expect(readme).toContain('](docs/lineage-g6015.png)');
  for (const name of ['lineage-g6015.png', 'concept-192671.png']) {
    expect(operations).toContain(`](${name})`);
    expect(statSync(join(import.meta.dirname, '../../docs', name)).size).toBeGreaterThan(10_000);
  }
});
