import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config.js';
import { createDriver, waitForDatabase } from '../../db/driver.js';
import { EmbeddedNeo4jError } from '../../db/embedded/launcher.js';
import { Graph } from '../../db/graph.js';
import { provideDatabase } from '../../db/provider.js';
import { ensureSchema } from '../../db/schema-setup.js';
import { createLogger } from '../../logger.js';
import { lineProgress, terminalProgress } from '../progress.js';
import { FolderCheckError, loadVocabularyFolder, type LoadReport } from './load.js';

const USAGE = `usage: npm run load:vocabulary -- <folder> [--strict] [--rejects FILE] [--batch-size N]

Loads an OMOP vocabulary folder (an ATHENA download: tab-delimited, YYYYMMDD dates; or a CSV
export) into the database the service uses (NEO4J_URI, or the embedded one). The folder is
checked first; bad rows go to the rejects file (default vocabulary-rejects.tsv).
  --strict        exit with code 1 when any row was rejected
  --rejects FILE  where rejected rows are written
  --batch-size N  rows per write transaction (default 10000)`;

function summary(report: LoadReport): string {
  const lines = [
    `loaded ${report.folder}: ${report.rowsRead.toLocaleString('en-US')} rows in ${report.seconds.toFixed(1)} s (${report.rowsPerSecond.toLocaleString('en-US')} rows/s), peak memory ${(report.peakRssBytes / 1024 / 1024).toFixed(0)} MB`,
  ];
  for (const f of report.files) {
    lines.push(
      `  ${f.file.padEnd(20)} ${String(f.rowsRead).padStart(10)} read ${String(f.rejected).padStart(7)} rejected` +
        (f.rowsWithMissingConcepts
          ? `  ${f.rowsWithMissingConcepts} rows refer to ${f.missingConceptIds} concept ids absent from CONCEPT ` +
            (f.file === 'CONCEPT_SYNONYM' ? '(not loaded: no concept to attach them to)' : '(kept, with unresolved placeholders)')
          : ''),
    );
  }
  if (report.derivedAncestry) {
    const { rows, selfRows, seconds } = report.derivedAncestry;
    lines.push(`  no CONCEPT_ANCESTOR rows: ancestry derived, ${rows.toLocaleString('en-US')} rows (${selfRows.toLocaleString('en-US')} self rows) in ${seconds.toFixed(1)} s`);
  }
  if (report.reconciledLocalConcepts) lines.push(`  ${report.reconciledLocalConcepts} local concepts took their real concept_id`);
  if (report.ignoredFiles.length) lines.push(`  not read: ${report.ignoredFiles.join(', ')}`);
  lines.push(report.rejected ? `  ${report.rejected} rows rejected: see ${report.rejectsFile}` : '  no rows rejected');
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      strict: { type: 'boolean', default: false },
      rejects: { type: 'string' },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : 10_000;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    console.error('--batch-size must be a positive whole number');
    return 2;
  }
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await provideDatabase(config.database, log);
  const driver = createDriver(database.uri, database.auth, { retryMs: 60_000 });
  try {
    const graph = new Graph(driver, database.database);
    await waitForDatabase(driver, database.database);
    await ensureSchema(graph);
    const progress = process.stderr.isTTY ? terminalProgress() : lineProgress((line) => console.error(line));
    const report = await loadVocabularyFolder(graph, positionals[0]!, { batchSize, rejectsFile: values.rejects, progress });
    console.log(summary(report));
    return values.strict && report.rejected > 0 ? 1 : 0;
  } finally {
    await driver.close();
    await database.release();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof FolderCheckError || error instanceof ConfigError || error instanceof EmbeddedNeo4jError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
