// First: V8's settings for streaming (before the mapping modules' allocation sites run).
import './streaming-heap.js';
import { createReadStream, createWriteStream, mkdirSync, statSync, type WriteStream } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { runCommand } from './command-line.js';
import { loadConfig } from '../config.js';
import { openCommandDatabase } from '../db/command-database.js';
import { DatabaseUnreachableError } from '../db/driver.js';
import { EmbeddedNeo4jError } from '../db/embedded/launcher.js';
import { lineProgress, terminalProgress } from './progress.js';
import { loadSeed } from '../ingest/seed/load-seed.js';
import { createLogger } from '../logger.js';
import { BillingRepository } from '../modules/claims/billing-repository.js';
import { ClaimCodeRepository } from '../modules/claims/claim-code-repository.js';
import {
  ClaimFileError,
  csvHeader,
  formatOf,
  formatRejects,
  formatRows,
  readCsvClaims,
  readJsonlClaims,
  type ClaimFileFormat,
} from '../modules/claims/claim-files.js';
import { mapClaimStream, type StreamReport } from '../modules/claims/claim-mapper.js';
import { CdmFolderWriter, writeManifest, writeSourceToConceptMap } from '../modules/claims/cdm-files.js';
import type { MappingProvenance } from '../modules/claims/claim-code-source.js';
import { SourceToConceptMapCollector } from '../modules/claims/source-to-concept-map.js';
import { SERVICE_VERSION } from '../service-identity.js';
import { SummaryCounter, type ClaimSummary } from '../modules/claims/claim-summary.js';

const USAGE = `usage: npm run map:claims -- INPUT [--out FILE] [--format csv|jsonl] [--cdm-dir DIR]
                      [--source-to-concept-map FILE] [--rejects FILE] [--manifest FILE] [--strict]

Maps claim lines to OMOP CDM rows: PROCEDURE_OCCURRENCE, or the table of the standard concept's
domain (DEVICE_EXPOSURE, OBSERVATION, MEASUREMENT, DRUG_EXPOSURE). INPUT is CSV (a header naming
the ClaimLineInput fields: code, modifiers, date_of_service, date_of_service_end, units,
site_of_service, payer, procedure_type_concept_id, line_id, person_id, encounter_id, course_id,
visit_occurrence_id, provider_id; camelCase or snake_case) or JSON Lines (.jsonl, .ndjson).
Sort the input by person_id, course_id, date_of_service, encounter_id: encounter and course
rules look at neighbouring lines only (an add-on's primary must sit in the same run of lines of
its encounter; a repeated once-per-course code is found within the run of its course).
  --out FILE      every row with its cdm_table, line number, status and flags (default:
                  standard output, unless --cdm-dir is given)
  --format F      csv or jsonl for --out (default: from the --out extension, else csv)
  --cdm-dir DIR   one CSV file per CDM table in that table's own v5.4 columns
                  (procedure_occurrence.csv, device_exposure.csv, ...)
  --source-to-concept-map FILE
                  every distinct source code seen and what it mapped to, as CSV in the
                  SOURCE_TO_CONCEPT_MAP columns
  --rejects FILE  where rejected lines go, with line numbers (default: beside the output, or the
                  input when rows go to standard output, as NAME.rejects.tsv)
  --manifest FILE the vocabulary release, knowledge pack and service version the run used, its
                  counts, warnings and files, as JSON (default: DIR/manifest.json with --cdm-dir,
                  else beside the output or the input, as NAME.manifest.json)
  --strict        exit with code 1 when any line was rejected`;

class UsageError extends Error {}

interface Options {
  input: string;
  /** undefined: standard output; null: no rows file (--cdm-dir alone). */
  out: string | null | undefined;
  format: ClaimFileFormat;
  cdmDir: string | undefined;
  sourceToConceptMap: string | undefined;
  rejects: string;
  manifest: string;
  strict: boolean;
}

function options(): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string' },
        rejects: { type: 'string' },
        'cdm-dir': { type: 'string' },
        'source-to-concept-map': { type: 'string' },
        manifest: { type: 'string' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give exactly one INPUT file' : 'INPUT is missing');
  const format = values.format ?? (values.out ? formatOf(values.out) : 'csv');
  if (format !== 'csv' && format !== 'jsonl') throw new UsageError(`--format must be csv or jsonl, got '${format}'`);
  const input = positionals[0]!;
  try {
    if (!statSync(input).isFile()) throw new UsageError(`${input} is not a file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const cdmDir = values['cdm-dir'];
  const beside = values.out ?? (cdmDir ? join(cdmDir, basename(input)) : input);
  return {
    input,
    out: values.out ?? (cdmDir ? null : undefined),
    format,
    cdmDir,
    sourceToConceptMap: values['source-to-concept-map'],
    rejects: values.rejects ?? besideAs(beside, '.rejects.tsv'),
    manifest: values.manifest ?? (cdmDir ? join(cdmDir, 'manifest.json') : besideAs(values.out ?? input, '.manifest.json')),
    strict: values.strict,
  };
}

/** Writes with backpressure: waits for 'drain' when the stream's buffer is full. */
async function write(stream: Writable, text: string): Promise<void> {
  if (text !== '' && !stream.write(text)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

/** `path` with its extension replaced by `suffix`: out/rows.csv -> out/rows.rejects.tsv. */
function besideAs(path: string, suffix: string): string {
  const extension = extname(path);
  return `${extension ? path.slice(0, -extension.length) : path}${suffix}`;
}

function summaryText(
  input: string,
  summary: ClaimSummary,
  report: StreamReport,
  seconds: number,
  peakRss: number,
  where: { out: string; rejects: string | null; manifest: string },
  provenance: MappingProvenance,
): string {
  const n = (value: number): string => value.toLocaleString('en-US');
  const count = (value: number, one: string, many = `${one}s`): string => `${n(value)} ${value === 1 ? one : many}`;
  const lines = [
    `mapped ${input}: ${count(summary.lines, 'line')} in ${seconds.toFixed(1)} s (${n(Math.round(summary.lines / Math.max(seconds, 0.001)))} lines/s), peak memory ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
    `  ${n(summary.mapped)} mapped, ${n(summary.unmapped)} unmapped, ${n(summary.rejected)} rejected; ${count(summary.rows, 'row')} written to ${where.out}`,
    `  ${n(report.resolvedKeys)} distinct (code, date, site) resolved in the database`,
    `  mapped with vocabulary release ${provenance.vocabularyRelease ?? '(none: knowledge pack only)'}, knowledge pack ${provenance.knowledgePackVersion ?? '(none)'}; manifest: ${where.manifest}`,
  ];
  if (summary.tables.length) lines.push(`  rows by table: ${summary.tables.map((t) => `${t.table} ${n(t.rows)}`).join(', ')}`);
  for (const warning of report.warnings ?? []) lines.push(`  warning: ${warning}`);
  if (summary.flags.length) lines.push(`  flags: ${summary.flags.map((f) => `${f.flag} ${n(f.count)}`).join(', ')}`);
  if (report.encountersSplit || report.coursesSplit) {
    lines.push(
      `  warning: the input is not sorted: ${n(report.encountersSplit)} encounters and ${n(report.coursesSplit)} courses came back after other lines; ` +
        'their add-on and repeated-planning checks saw only neighbouring lines (sort by person_id, course_id, date_of_service, encounter_id)',
    );
  }
  lines.push(summary.rejected ? `  ${count(summary.rejected, 'line')} rejected: see ${where.rejects}` : '  no lines rejected');
  return lines.join('\n');
}

async function main(): Promise<number> {
  let opts: Options | 'help';
  try {
    opts = options();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (opts === 'help') {
    console.error(USAGE);
    return 0;
  }
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const db = await openCommandDatabase(config, log);
  const { graph } = db;
  try {
    if (config.seedOnStart) await loadSeed(graph, log);
    const rules = await new BillingRepository(graph).rules();
    if (rules.data.profiles.length === 0)
      console.error('warning: the graph holds no billing profiles (no knowledge pack loaded): lines are mapped without the billing flags');
    // The graph does not change during a run: each code is read once (bounded).
    const source = new ClaimCodeRepository(graph, { codeCacheSize: 10_000 });

    const started = Date.now();
    const totalBytes = statSync(opts.input).size;
    // Reads of 64 KB (about 1,300 lines of a typical file): a batch's lines then die young. With
    // reads of 1 MB (about 20,000 lines) they outlived the young generation: a fifth more peak
    // memory and a slower run (docs/benchmarks.md, map:claims).
    const inputStream = createReadStream(opts.input, { highWaterMark: 64 * 1024 });
    const lines = formatOf(opts.input) === 'jsonl' ? readJsonlClaims(inputStream) : readCsvClaims(inputStream);
    if (opts.out) mkdirSync(dirname(resolve(opts.out)), { recursive: true });
    const out: Writable | null = opts.out === null ? null : opts.out ? createWriteStream(opts.out) : process.stdout;
    const cdm = opts.cdmDir ? new CdmFolderWriter(opts.cdmDir) : null;
    const sourceMap = opts.sourceToConceptMap ? new SourceToConceptMapCollector() : undefined;
    const provenance = await source.provenance();
    let rejects: WriteStream | undefined;
    const progress = process.stderr.isTTY ? terminalProgress() : lineProgress((line) => console.error(line));
    const counter = new SummaryCounter();
    const report: StreamReport = { resolvedKeys: 0, encountersSplit: 0, coursesSplit: 0 };
    let peakRss = process.memoryUsage.rss();

    progress.startFile(basename(opts.input), totalBytes);
    if (out && opts.format === 'csv') await write(out, csvHeader());
    for await (const outcomes of mapClaimStream(lines, source, rules, report, { sourceMap })) {
      for (const outcome of outcomes) counter.add(outcome);
      if (out) await write(out, formatRows(outcomes, opts.format));
      if (cdm) await cdm.write(outcomes);
      const rejected = formatRejects(outcomes);
      if (rejected) {
        if (!rejects) {
          mkdirSync(dirname(resolve(opts.rejects)), { recursive: true });
          rejects = createWriteStream(opts.rejects);
          await write(rejects, 'line\tline_id\treason\n');
        }
        await write(rejects, rejected);
      }
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
      progress.update(inputStream.bytesRead, counter.lines);
    }
    if (opts.out) await close(out as WriteStream);
    else if (out) await new Promise<void>((resolve, reject) => process.stdout.write('', (error) => (error ? reject(error) : resolve())));
    if (rejects) await close(rejects);
    const tableFiles = cdm ? await cdm.close() : [];
    if (sourceMap && opts.sourceToConceptMap) writeSourceToConceptMap(opts.sourceToConceptMap, sourceMap.rows());
    const seconds = (Date.now() - started) / 1000;
    const summary = counter.summary();
    writeManifest(opts.manifest, {
      input: opts.input,
      mappedAt: new Date().toISOString(),
      provenance: { ...provenance, serviceVersion: SERVICE_VERSION },
      summary,
      warnings: report.warnings ?? [],
      files: [
        ...(opts.out ? [{ kind: 'rows', path: opts.out }] : []),
        ...tableFiles.map(({ table, file }) => ({ kind: table, path: file })),
        ...(opts.sourceToConceptMap ? [{ kind: 'SOURCE_TO_CONCEPT_MAP', path: opts.sourceToConceptMap }] : []),
        ...(rejects ? [{ kind: 'rejects', path: opts.rejects }] : []),
      ],
    });
    progress.finishFile({ file: basename(opts.input), rowsRead: summary.lines, rejected: summary.rejected, seconds });
    const where = opts.out ?? (opts.out === null ? `${opts.cdmDir} (one file per table)` : 'standard output');
    const text = summaryText(
      opts.input,
      summary,
      report,
      seconds,
      peakRss,
      { out: where, rejects: rejects ? opts.rejects : null, manifest: opts.manifest },
      provenance,
    );
    if (out !== process.stdout) console.log(text);
    else console.error(text);
    return opts.strict && summary.rejected > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

runCommand(main, [ClaimFileError, EmbeddedNeo4jError, DatabaseUnreachableError]);
