import { parseArgs } from 'node:util';
import { runCommand } from './command-line.js';
import { loadConfig } from '../config.js';
import { EmbeddedNeo4jError } from '../db/embedded/launcher.js';
import { FolderCheckError, type FileReport } from '../ingest/athena/load.js';
import { lineProgress, terminalProgress } from './progress.js';
import { BulkImportError, importVocabularyFolder, prepareImportFiles } from '../ingest/bulk/bulk-import.js';

const USAGE = `usage: npm run import:vocabulary -- <folder> [--database-home DIR] [--force] [--strict] [--rejects FILE]
       npm run import:vocabulary -- <folder> --prepare-only DIR [--strict] [--rejects FILE]

Builds a NEW database from an OMOP vocabulary folder (an ATHENA download or a CSV export) with
Neo4j's bulk importer, then its constraints and indexes and the knowledge pack. For a first
load into an empty database; apply updates to a live one with npm run load:vocabulary.
  --database-home DIR  the embedded database home to build (default NEO4J_EMBEDDED_HOME,
                       .neo4j/service); it must not be running
  --force              replace a database the home already holds
  --strict             exit with code 1 when any row was rejected
  --rejects FILE       where rejected rows are written (default vocabulary-rejects.tsv)
  --prepare-only DIR   only write the importer's input files into DIR and print the
                       neo4j-admin command for a Neo4j server or Docker image`;

const MB = 1024 * 1024;

function fileLines(files: readonly FileReport[]): string[] {
  return files.map(
    (f) =>
      `  ${f.file.padEnd(20)} ${String(f.rowsRead).padStart(10)} read ${String(f.rejected).padStart(7)} rejected` +
      (f.rowsWithMissingConcepts
        ? `  ${f.rowsWithMissingConcepts} rows refer to ${f.missingConceptIds} concept ids absent from CONCEPT ` +
          (f.file === 'CONCEPT_SYNONYM' ? '(not loaded: no concept to attach them to)' : '(kept, with unresolved placeholders)')
        : ''),
  );
}

const rejectedLine = (rejected: number, file: string | null) => (rejected ? `  ${rejected} rows rejected: see ${file}` : '  no rows rejected');

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'database-home': { type: 'string' },
        force: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        rejects: { type: 'string' },
        'prepare-only': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const prepareOnly = values['prepare-only'];
  if (values.help || positionals.length !== 1 || (prepareOnly !== undefined && (values.force || values['database-home'] !== undefined))) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const folder = positionals[0]!;
  const progress = process.stderr.isTTY ? terminalProgress() : lineProgress((line) => console.error(line));
  const onPhase = (line: string) => console.error(line);

  if (prepareOnly !== undefined) {
    const { conversion, ignoredFiles, command } = await prepareImportFiles(folder, prepareOnly, { rejectsFile: values.rejects, progress, onPhase });
    console.log(
      [
        `prepared ${folder}: ${conversion.rowsRead.toLocaleString('en-US')} rows in ${conversion.seconds.toFixed(1)} s, importer input in ${prepareOnly}`,
        ...fileLines(conversion.files),
        ...(ignoredFiles.length ? [`  not read: ${ignoredFiles.join(', ')}`] : []),
        rejectedLine(conversion.rejected, conversion.rejectsFile),
        '',
        'With the Neo4j server stopped (the files must be readable by it; in Docker, mount the folder), run:',
        `  ${command}`,
        'then start the server and the service once (NEO4J_URI=... npm start): it creates the constraints and indexes and loads the knowledge pack.',
      ].join('\n'),
    );
    return values.strict && conversion.rejected > 0 ? 1 : 0;
  }

  const config = loadConfig();
  const embedded = { ...config.database.embedded, home: values['database-home'] ?? config.database.embedded.home };
  const report = await importVocabularyFolder(folder, { embedded, force: values.force, rejectsFile: values.rejects, progress, onPhase });
  const s = report.seconds;
  console.log(
    [
      `imported ${report.folder}: ${report.rowsRead.toLocaleString('en-US')} rows in ${s.total.toFixed(1)} s (${report.rowsPerSecond.toLocaleString('en-US')} rows/s), peak memory ${(report.peakRssBytes.node / MB).toFixed(0)} MB (importer ${(report.peakRssBytes.importer / MB).toFixed(0)} MB)`,
      `  conversion ${s.conversion.toFixed(1)} s, bulk importer ${s.importer.toFixed(1)} s, constraints, indexes and knowledge pack ${s.schemaAndPack.toFixed(1)} s`,
      ...fileLines(report.conversion.files),
      ...(report.reconciledLocalConcepts ? [`  ${report.reconciledLocalConcepts} local concepts took their real concept_id`] : []),
      ...(report.ignoredFiles.length ? [`  not read: ${report.ignoredFiles.join(', ')}`] : []),
      rejectedLine(report.conversion.rejected, report.conversion.rejectsFile),
      `  database ${report.replaced ? 'replaced' : 'created'} in ${report.home}; start it with npm start`,
    ].join('\n'),
  );
  return values.strict && report.conversion.rejected > 0 ? 1 : 0;
}

runCommand(main, [FolderCheckError, EmbeddedNeo4jError, BulkImportError]);
