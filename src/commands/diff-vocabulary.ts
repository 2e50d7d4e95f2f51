import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseCommandLine, runCommand, usageError } from './command-line.js';
import { FolderCheckError } from '../ingest/athena/load.js';
import { lineProgress, terminalProgress } from './progress.js';
import { DiffInputError, diffVocabularyFolders, type DiffChange, type DiffReport } from '../ingest/releases/diff.js';

const USAGE = `usage: npm run diff:vocabulary -- OLD_FOLDER NEW_FOLDER [--out FILE] [--format csv|jsonl] [--vocabulary CPT4,HCPCS,...]

Compares two OMOP vocabulary folders (ATHENA downloads or CSV exports, as load:vocabulary reads
them) without a database, streaming, and writes every change (added, removed, deprecated,
revived, standard flag, domain, class, name, validity, relationship rows, ancestry).
  --out FILE          where the changes go (default: standard output)
  --format csv|jsonl  csv (default) or one JSON object per line
  --vocabulary LIST   only changes of concepts in these vocabularies
Exit codes: 0 compared (changes or not); 1 a folder cannot be read; 2 a bad command line.`;

const COLUMNS = ['kind', 'concept_id', 'vocabulary_id', 'concept_code', 'field', 'before', 'after', 'relationship_id', 'other_concept_id'] as const;
const csvCell = (v: string | number | null) => (v === null ? '' : /[",\n\r]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
const csvLine = (c: DiffChange) =>
  [c.kind, c.conceptId, c.vocabularyId, c.conceptCode, c.field, c.before, c.after, c.relationshipId, c.otherConceptId].map(csvCell).join(',');

function summary(report: DiffReport): string {
  const lines = [
    `${report.old.release.releaseId} (${report.old.folder}, ${report.old.format}) -> ${report.new.release.releaseId} (${report.new.folder}, ${report.new.format})`,
    `${report.changes.toLocaleString('en-US')} changes; ${report.rowsRead.toLocaleString('en-US')} rows read in ${report.seconds.toFixed(1)} s (${report.rowsPerSecond.toLocaleString('en-US')} rows/s), ${report.buckets} buckets, peak memory ${(report.peakRssBytes / 1024 / 1024).toFixed(0)} MB`,
  ];
  for (const [kind, n] of Object.entries(report.counts)) if (n) lines.push(`  ${kind.padEnd(22)} ${n.toLocaleString('en-US')}`);
  if (report.rejected) lines.push(`  ${report.rejected} rows could not be read and were left out`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine(
    {
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        vocabulary: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 2) usageError(`two folders, got ${positionals.length}`, USAGE);
  if (values.format !== 'csv' && values.format !== 'jsonl') usageError(`--format must be csv or jsonl, got '${values.format}'`, USAGE);
  const vocabularies = values.vocabulary
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  // The output is opened with the first change (or once the folders compared equal): a folder
  // that fails its check leaves no file and no header behind.
  let out: NodeJS.WritableStream | undefined;
  const output = (): NodeJS.WritableStream => {
    if (out) return out;
    out = values.out ? createWriteStream(values.out) : process.stdout;
    if (values.format === 'csv') out.write(`${COLUMNS.join(',')}\n`);
    return out;
  };
  const progress = process.stderr.isTTY ? terminalProgress() : lineProgress((line) => console.error(line));
  const report = await diffVocabularyFolders(
    positionals[0]!,
    positionals[1]!,
    (change) => output().write(values.format === 'csv' ? `${csvLine(change)}\n` : `${JSON.stringify(change)}\n`),
    { vocabularies, progress, workDir: tmpdir() },
  );
  const written = output();
  if (values.out) await new Promise<void>((done) => (written as ReturnType<typeof createWriteStream>).end(done));
  console.error(summary(report));
  return 0;
}

runCommand(main, [FolderCheckError, DiffInputError]);
