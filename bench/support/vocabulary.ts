import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbedded, stopEmbedded, type EmbeddedNeo4j } from '../../src/db/embedded/launcher.js';
import { holdsDatabase, importVocabularyFolder } from '../../src/ingest/bulk/bulk-import.js';
import { lineProgress } from '../../src/commands/progress.js';
import { generateVocabulary } from '../../src/ingest/synthetic/generate.js';

export interface VocabularySize {
  /** 0: the knowledge pack alone. */
  concepts: number;
  relationships: number;
  seed: number;
}

export interface BenchDatabase {
  db: EmbeddedNeo4j;
  /** The generated ATHENA folder; null for the knowledge pack alone. */
  folder: string | null;
  /** What the data is, for the printed conditions. */
  description: string;
  stop(): Promise<void>;
}

/** The generated ATHENA-format folder of this size, written once into .bench/. */
export function generatedFolder({ concepts, relationships, seed }: VocabularySize, log: (line: string) => void): string {
  // v2: the generator writes CONCEPT_ANCESTOR and CONCEPT_SYNONYM.
  const folder = resolve(`.bench/vocabulary-v2-${concepts}-${relationships}-${seed}`);
  if (!existsSync(join(folder, 'CONCEPT_ANCESTOR.csv'))) {
    const started = Date.now();
    generateVocabulary({ folder, concepts, relationships, seed });
    log(`generated ${folder} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return folder;
}

export function describeSize({ concepts, relationships, seed }: VocabularySize): string {
  return concepts
    ? `generated vocabulary of ${concepts.toLocaleString('en-US')} concepts and ${relationships.toLocaleString('en-US')} relationship rows (seed ${seed}) plus the knowledge pack`
    : 'the knowledge pack alone';
}

/**
 * A started embedded Neo4j holding the knowledge pack and, for a size with concepts, the
 * generated vocabulary: built once by the bulk import into .bench/ and reused; a throw-away
 * database for the pack alone (the service seeds it as it starts).
 */
export async function benchDatabase(
  size: VocabularySize,
  memory: { heap: string; pageCache: string; preTouch?: boolean },
  log: (line: string) => void,
): Promise<BenchDatabase> {
  const description = describeSize(size);
  if (!size.concepts) {
    const home = mkdtempSync(join(tmpdir(), 'pcg-bench-'));
    const db = await startEmbedded({ home, port: 0, ...memory });
    return {
      db,
      folder: null,
      description,
      stop: async () => {
        await stopEmbedded(home);
        rmSync(home, { recursive: true, force: true });
      },
    };
  }
  const folder = generatedFolder(size, log);
  const home = resolve(`.bench/imported-${size.concepts}-${size.relationships}-${size.seed}`);
  if (!holdsDatabase(home)) {
    mkdirSync(resolve('.bench'), { recursive: true });
    const started = Date.now();
    await importVocabularyFolder(folder, {
      embedded: { home, port: 0, ...memory },
      rejectsFile: join(resolve('.bench'), `rejects-${size.concepts}.tsv`),
      progress: lineProgress(log, 15_000),
      onPhase: log,
    });
    log(`imported into ${home} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const db = await startEmbedded({ home, port: 0, ...memory });
  return { db, folder, description, stop: async () => void (await stopEmbedded(home)) };
}
