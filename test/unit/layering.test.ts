import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/ and the directions their imports may take (docs/architecture.md). A layer
 * imports its own files and the layers listed for it, never one above it: the kernel (graph/)
 * knows no GraphQL, the loaders (ingest/) no read module, the read modules no loader, command or
 * composition root.
 */
const LAYERS: { name: string; paths: string[]; may: string[] }[] = [
  // Configuration, logs, dates, the service's identity, and the error codes every layer reports with.
  { name: 'base', paths: ['src/config.ts', 'src/logger.ts', 'src/dates.ts', 'src/service-identity.ts', 'src/errors.ts'], may: [] },
  { name: 'db', paths: ['src/db/'], may: ['base'] },
  { name: 'graph', paths: ['src/graph/'], may: ['base', 'db'] },
  { name: 'seed-pack', paths: ['src/seed-pack/'], may: ['base', 'graph'] },
  { name: 'ingest', paths: ['src/ingest/'], may: ['base', 'db', 'graph', 'seed-pack'] },
  { name: 'api', paths: ['src/api/'], may: ['base', 'db', 'graph'] },
  { name: 'modules', paths: ['src/modules/', 'src/generated/'], may: ['base', 'db', 'graph', 'seed-pack', 'api'] },
  {
    name: 'composition',
    paths: [
      'src/apollo.ts',
      'src/context.ts',
      'src/resolvers.ts',
      'src/schema.ts',
      'src/server.ts',
      'src/graphiql.ts',
      'src/pages/',
      'src/mcp/',
      'src/main.ts',
    ],
    may: ['base', 'db', 'graph', 'seed-pack', 'ingest', 'api', 'modules'],
  },
  { name: 'commands', paths: ['src/commands/'], may: ['base', 'db', 'graph', 'seed-pack', 'ingest', 'api', 'modules', 'composition'] },
];

/** Packages the kernel must not depend on: it is the graph's model, not an API. */
const NOT_IN_KERNEL = /^(graphql|@apollo\/|express|@modelcontextprotocol\/)/;

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const SPECIFIER = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'|import\(\s*'([^']+)'\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const found: Import[] = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const specifier = match[3] ?? match[4]!;
    const typeOnly = match[2] !== undefined;
    const to = specifier.startsWith('.') ? normalize(join(dirname(file), specifier)).replace(/\.js$/, '.ts') : specifier;
    found.push({ from: file, to, typeOnly });
  }
  return found;
}

function layerOf(path: string): string | undefined {
  return LAYERS.find((layer) => layer.paths.some((prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix)))?.name;
}

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const files = sourceFiles(join(root, 'src')).map((file) => relative(root, file));
const imports = files.flatMap((file) =>
  importsOf(join(root, file)).map((i) => ({ ...i, from: relative(root, i.from), to: i.to.startsWith('/') ? relative(root, i.to) : i.to })),
);

describe('the layers of src/', () => {
  it('place every source file in a layer', () => {
    expect(files.filter((file) => layerOf(file) === undefined)).toEqual([]);
  });

  it('import only along the allowed directions', () => {
    const against = imports
      .filter((i) => i.to.startsWith('src/'))
      .map((i) => ({ ...i, fromLayer: layerOf(i.from)!, toLayer: layerOf(i.to) }))
      .filter((i) => i.fromLayer !== i.toLayer && !LAYERS.find((layer) => layer.name === i.fromLayer)!.may.includes(i.toLayer ?? ''))
      .map((i) => `${i.from} (${i.fromLayer}) imports ${i.to} (${i.toLayer ?? 'no layer'})`);
    expect(against).toEqual([]);
  });

  it('keep GraphQL out of the base, the database layer and the pure rules: they throw ServiceError, turned into GraphQL errors at the resolver boundary', () => {
    // The modules' pure files: neither resolvers nor loaders (which may use DataLoader and the generated types), nor index.ts.
    const pure = (path: string) => path.startsWith('src/modules/') && !/(-resolvers|-loaders|loader|index|graphql-module)\.ts$/.test(path);
    const lower = imports.filter((i) => ['base', 'db', 'graph'].includes(layerOf(i.from) ?? '') || pure(i.from));
    expect(lower.length).toBeGreaterThan(0);
    expect(lower.filter((i) => /^(graphql|@apollo\/)/.test(i.to)).map((i) => `${i.from} imports ${i.to}`)).toEqual([]);
  });

  it('keep the kernel free of GraphQL and HTTP, and reading the database only through types', () => {
    const kernel = imports.filter((i) => layerOf(i.from) === 'graph');
    expect(kernel.length).toBeGreaterThan(0);
    expect(kernel.filter((i) => NOT_IN_KERNEL.test(i.to)).map((i) => `${i.from} imports ${i.to}`)).toEqual([]);
    expect(kernel.filter((i) => layerOf(i.to) === 'db' && !i.typeOnly).map((i) => `${i.from} imports ${i.to}`)).toEqual([]);
  });
});
