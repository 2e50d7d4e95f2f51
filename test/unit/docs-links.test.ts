import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README and the pages of docs/ link to each other, to files of the repository and to their
 * screenshots by relative paths: every such link and image must name a file that exists, and a
 * `#anchor` a heading of the page it points at (as GitHub makes its anchors).
 */
const ROOT = join(import.meta.dirname, '../..');
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

/** The text outside fenced blocks. */
function unfenced(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```$/gm, (block) => block.replace(/[^\n]/g, ''));
}

/** The text outside fenced blocks and inline code, where a link is a link. */
function prose(markdown: string): string {
  return unfenced(markdown).replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(file: string): Set<string> {
  const headings = unfenced(readFileSync(file, 'utf8')).match(/^#{1,6} .*$/gm) ?? [];
  return new Set(headings.map((line) => anchorOf(line.replace(/^#+ /, ''))));
}

/** Every relative link and image target of a page, with the line it is on. */
function links(page: string): { target: string; line: number }[] {
  const text = prose(readFileSync(join(ROOT, page), 'utf8'));
  const found: { target: string; line: number }[] = [];
  for (const match of text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)) {
    const target = match[1]!;
    if (/^[a-z]+:/i.test(target)) continue;
    found.push({ target, line: text.slice(0, match.index).split('\n').length });
  }
  return found;
}

describe('links of the README and docs/', () => {
  it('finds the pages and their links', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['README.md', 'docs/api-tour.md', 'docs/operations.md', 'docs/claim-lines.md']));
    expect(links('README.md').length).toBeGreaterThanOrEqual(10);
  });

  it('makes anchors as GitHub does', () => {
    expect(anchorOf('Use it from ...')).toBe('use-it-from-');
    expect(anchorOf('Which Neo4j is used')).toBe('which-neo4j-is-used');
    expect(anchorOf('Start-up (`npm run bench:startup`)')).toBe('start-up-npm-run-benchstartup');
  });

  it.each(PAGES)('%s: every relative link and image names a file (and a heading) that exists', (page) => {
    const broken: string[] = [];
    for (const { target, line } of links(page)) {
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const file = path === '' ? join(ROOT, page) : join(ROOT, dirname(page), decodeURIComponent(path));
      if (!existsSync(file)) {
        broken.push(`line ${line}: ${target} (no file ${relative(ROOT, file)})`);
        continue;
      }
      if (anchor !== undefined && file.endsWith('.md') && !anchorsOf(file).has(anchor)) broken.push(`line ${line}: ${target} (no heading with that anchor)`);
    }
    expect(broken).toEqual([]);
  });
});
