/**
 * The command's CDM outputs: one CSV file per table in the table's own CDM v5.4 columns (a
 * folder a CDM loader reads as is), the SOURCE_TO_CONCEPT_MAP file, and the manifest naming the
 * vocabulary release and knowledge pack every output was mapped with.
 */
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import type { CdmTable } from '../../generated/enums.js';
import { cdmColumnNames, cdmColumns, SOURCE_TO_CONCEPT_MAP_COLUMNS } from './cdm-rows.js';
import { csvCell } from './claim-files.js';
import type { MappingProvenance } from './claim-code-source.js';
import type { ClaimLineOutcome } from './claim-line.js';
import type { ClaimSummary } from './claim-summary.js';
import type { SourceToConceptMapRow } from './source-to-concept-map.js';

/** procedure_occurrence.csv, device_exposure.csv, ...: the CDM table name in lower case. */
export function cdmFileName(table: CdmTable): string {
  return `${table.toLowerCase()}.csv`;
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (text !== '' && !stream.write(text)) await once(stream, 'drain');
}

/** Rows into one file per table, each created with its header when its first row comes. */
export class CdmFolderWriter {
  private readonly files = new Map<CdmTable, WriteStream>();

  constructor(readonly dir: string) {
    mkdirSync(resolve(dir), { recursive: true });
  }

  async write(outcomes: readonly ClaimLineOutcome[]): Promise<void> {
    const texts = new Map<CdmTable, string>();
    for (const outcome of outcomes) {
      for (const row of outcome.rows) {
        const line = `${cdmColumns(row)
          .map(({ value }) => csvCell(value))
          .join(',')}\n`;
        texts.set(row.cdmTable, (texts.get(row.cdmTable) ?? '') + line);
      }
    }
    for (const [table, text] of texts) {
      let file = this.files.get(table);
      if (!file) {
        file = createWriteStream(join(this.dir, cdmFileName(table)));
        this.files.set(table, file);
        await write(file, `${cdmColumnNames(table).join(',')}\n`);
      }
      await write(file, text);
    }
  }

  /** The files written, by table. */
  async close(): Promise<{ table: CdmTable; file: string }[]> {
    const written: { table: CdmTable; file: string }[] = [];
    for (const [table, file] of this.files) {
      file.end();
      await once(file, 'finish');
      written.push({ table, file: join(this.dir, cdmFileName(table)) });
    }
    return written;
  }
}

/** SOURCE_TO_CONCEPT_MAP as CSV in the CDM's columns. */
export function writeSourceToConceptMap(path: string, rows: readonly SourceToConceptMapRow[]): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  let text = `${SOURCE_TO_CONCEPT_MAP_COLUMNS.join(',')}\n`;
  for (const r of rows) {
    text +=
      [
        r.sourceCode,
        r.sourceConceptId,
        r.sourceVocabularyId,
        r.sourceCodeDescription,
        r.targetConceptId,
        r.targetVocabularyId,
        r.validStartDate,
        r.validEndDate,
        r.invalidReason,
      ]
        .map(csvCell)
        .join(',') + '\n';
  }
  writeFileSync(path, text);
}

export interface Manifest {
  input: string;
  mappedAt: string;
  provenance: MappingProvenance & { serviceVersion: string };
  summary: ClaimSummary;
  warnings: string[];
  files: { kind: string; path: string }[];
}

export function writeManifest(path: string, manifest: Manifest): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
