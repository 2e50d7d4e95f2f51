import { parseCommandLine, runCommand, usageError, wholeNumber } from './command-line.js';
import { loadConfig } from '../config.js';
import { openCommandDatabase } from '../db/command-database.js';
import { DatabaseUnreachableError } from '../db/driver.js';
import { EmbeddedNeo4jError } from '../db/embedded/launcher.js';
import { createLogger } from '../logger.js';
import { lineProgress, terminalProgress } from './progress.js';
import { checkVocabularyFolder } from '../ingest/athena/files.js';
import { FolderCheckError, loadVocabularyFolder, type LoadReport } from '../ingest/athena/load.js';

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
    lines.push(
      `  no CONCEPT_ANCESTOR rows: ancestry derived, ${rows.toLocaleString('en-US')} rows (${selfRows.toLocaleString('en-US')} self rows) in ${seconds.toFixed(1)} s`,
    );
  }
  const { fromFolder, fromGraph, fromPack } = report.relationshipCatalogue;
  if (fromGraph || fromPack) {
    lines.push(`  relationship catalogue: ${fromFolder} ids from this folder, ${fromGraph} from the graph, ${fromPack} from the knowledge pack`);
  }
  if (report.reconciledLocalConcepts) lines.push(`  ${report.reconciledLocalConcepts} local concepts took their real concept_id`);
  if (report.ignoredFiles.length) lines.push(`  not read: ${report.ignoredFiles.join(', ')}`);
  lines.push(report.rejected ? `  ${report.rejected} rows rejected: see ${report.rejectsFile}` : '  no rows rejected');
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine(
    {
      allowPositionals: true,
      options: {
        strict: { type: 'boolean', default: false },
        rejects: { type: 'string' },
        'batch-size': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) usageError(positionals.length ? `one folder, got ${positionals.length} arguments` : undefined, USAGE);
  const batchSize = values['batch-size'] === undefined ? 10_000 : wholeNumber('--batch-size', values['batch-size'], 1, USAGE);
  // The folder is checked before a database is chosen or started.
  const check = checkVocabularyFolder(positionals[0]!);
  if (check.problems.length) throw new FolderCheckError(positionals[0]!, check.problems);
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const { graph, close } = await openCommandDatabase(config, log);
  try {
    const progress = process.stderr.isTTY ? terminalProgress() : lineProgress((line) => console.error(line));
    const report = await loadVocabularyFolder(graph, positionals[0]!, { batchSize, rejectsFile: values.rejects, progress });
    console.log(summary(report));
    for (const warning of report.warnings) console.error(`WARNING: ${warning}`);
    if (report.filesKeptNone.length) {
      for (const name of report.filesKeptNone) {
        const f = report.files.find((file) => file.file === name)!;
        console.error(`FAILED: ${name} kept none of its ${f.rowsRead} rows (${f.rejected} rejected${report.rejectsFile ? `: see ${report.rejectsFile}` : ''})`);
      }
      return 1;
    }
    return values.strict && report.rejected > 0 ? 1 : 0;
  } finally {
    await close();
  }
}

runCommand(main, [FolderCheckError, EmbeddedNeo4jError, DatabaseUnreachableError]);
