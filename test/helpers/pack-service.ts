import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpConfig } from '../../src/config.js';
import type { Graph } from '../../src/db/graph.js';
import { loadVocabularyFolder } from '../../src/ingest/athena/load.js';
import { loadSeed } from '../../src/ingest/seed/load-seed.js';
import { createService, type Service } from '../../src/server.js';
import { resetDatabase, silentLog } from './database.js';
import { eunomiaWithFewerAncestors, tempFolder } from './vocabulary-folders.js';

/**
 * The graph the documented examples assume (README and docs/): the knowledge pack and the Eunomia
 * sample, from empty. The sample keeps every ancestor row between two of its concepts (all that an
 * answer can hold) and drops most of the rows to concepts it does not define: a third of the load.
 */
export async function loadPackAndEunomia(graph: Graph): Promise<void> {
  await resetDatabase(graph);
  await loadSeed(graph, silentLog);
  const folder = eunomiaWithFewerAncestors('pack-and-eunomia');
  try {
    await loadVocabularyFolder(graph, folder, { rejectsFile: join(tempFolder('eunomia-rejects'), 'rejects.tsv') });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The service over `graph` on a free loopback port, with the default settings unless `http` is given. */
export async function startService(graph: Graph, http?: HttpConfig): Promise<{ service: Service; base: string }> {
  const service = await createService({ graph, log: silentLog, ...(http ? { http } : {}) });
  return { service, base: `http://127.0.0.1:${await service.listen(0, '127.0.0.1')}` };
}
