import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Graph } from '../../db/graph.js';
import type { Logger } from '../../logger.js';
import { writeConcepts, type ConceptRow } from '../concept-writer.js';

export const SEED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../seed');

interface ExportRow {
  concept_id: string;
  concept_code: string;
  vocabulary_id: string;
  concept_class_id: string;
  domain_id: string;
  standard_concept: string;
  invalid_reason_as_exported: string;
  concept_name_public_hcpcs_only: string;
}

function readCsv<T>(file: string): T[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as T[];
}

export function seedConceptRows(dir = SEED_DIR): ConceptRow[] {
  const labelsFile = join(dir, 'concepts/cpt4-labels.csv');
  const labels = new Map(
    existsSync(labelsFile) ? readCsv<{ concept_code: string; label: string }>(labelsFile).map((r) => [r.concept_code, r.label]) : [],
  );
  return readCsv<ExportRow>(join(dir, 'concepts/omop-radiation-oncology-concepts.csv')).map((r) => {
    const publicName = r.concept_name_public_hcpcs_only;
    return {
      conceptId: Number(r.concept_id),
      conceptCode: r.concept_code,
      vocabularyId: r.vocabulary_id,
      conceptClassId: r.concept_class_id,
      domainId: r.domain_id,
      standardConcept: r.standard_concept || null,
      invalidReason: r.invalid_reason_as_exported === 'V' ? null : r.invalid_reason_as_exported || null,
      validStartDate: null,
      validEndDate: null,
      conceptName: publicName || labels.get(r.concept_code) || `${r.vocabulary_id} ${r.concept_code}`,
      nameSource: publicName ? 'PUBLIC_DESCRIPTOR' : 'PROJECT_LABEL',
      sources: ['OMOP-CONCEPT-EXPORTS'],
    };
  });
}

/** Loads the curated knowledge pack; idempotent (every write is a MERGE). */
export async function loadSeed(graph: Graph, log: Logger, dir = SEED_DIR): Promise<{ concepts: number }> {
  const started = Date.now();
  const concepts = await writeConcepts(graph, seedConceptRows(dir));
  log.info({ concepts, ms: Date.now() - started }, 'seed loaded');
  return { concepts };
}
