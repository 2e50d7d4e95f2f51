/**
 * SOURCE_TO_CONCEPT_MAP rows (CDM v5.4) for the distinct source codes a mapping run saw: one row
 * per (source code, target concept), 0 as the target of a code nothing maps to. Its validity is
 * the source code's (what the graph knows of it: code versions, else the concept's dates); when a
 * code reached different targets on different dates of service in the run, each row's validity is
 * instead the first and last date of service it was used for.
 * Memory grows with the distinct codes, not the lines.
 */
import type { ClaimCodeKey, ClaimCodeResolution } from './claim-code-source.js';
import type { OccurrenceRow } from './claim-line.js';
import { codeKey } from '../../graph/code.js';

export interface SourceToConceptMapRow {
  sourceCode: string;
  /** The source code's own concept; 0 when no concept carries it. */
  sourceConceptId: number;
  sourceVocabularyId: string;
  sourceCodeDescription: string | null;
  /** 0 when the code maps to no standard concept. */
  targetConceptId: number;
  /** The target's vocabulary; 'None' (concept 0's) when unmapped. */
  targetVocabularyId: string;
  validStartDate: string;
  validEndDate: string;
  invalidReason: string | null;
}

/** OMOP's bounds for a validity without a known start or end. */
const OPEN_START = '1970-01-01';
const OPEN_END = '2099-12-31';

interface SeenCode {
  sourceCode: string;
  sourceVocabularyId: string;
  sourceConceptId: number;
  description: string | null;
  validStartDate: string;
  validEndDate: string;
  /** The target sets seen (sorted ids joined), to notice a code whose mapping changed with the date. */
  targetSets: Set<string>;
  targets: Map<number, { vocabularyId: string; first: string; last: string }>;
}

export class SourceToConceptMapCollector {
  private readonly codes = new Map<string, SeenCode>();

  /** Records what one line's code mapped to on its date (rows: the line's rows, one per target). */
  add(key: ClaimCodeKey, resolution: ClaimCodeResolution, rows: readonly OccurrenceRow[]): void {
    if (rows.length === 0) return;
    const id = codeKey(key);
    let code = this.codes.get(id);
    if (!code) {
      code = {
        sourceCode: key.conceptCode,
        sourceVocabularyId: key.vocabularyId,
        sourceConceptId: resolution.source?.conceptId ?? 0,
        description: resolution.source?.conceptName ?? null,
        validStartDate: resolution.validFrom ?? resolution.source?.validStartDate ?? OPEN_START,
        validEndDate: resolution.validUntil ?? OPEN_END,
        targetSets: new Set(),
        targets: new Map(),
      };
      this.codes.set(id, code);
    }
    let set = '';
    for (const row of rows) {
      set += `${row.procedureConceptId},`;
      const target = code.targets.get(row.procedureConceptId);
      if (target) {
        if (key.date < target.first) target.first = key.date;
        if (key.date > target.last) target.last = key.date;
      } else {
        const vocabularyId =
          row.procedureConceptId === 0 ? 'None' : (resolution.targets.find((t) => t.conceptId === row.procedureConceptId)?.vocabularyId ?? 'None');
        code.targets.set(row.procedureConceptId, { vocabularyId, first: key.date, last: key.date });
      }
    }
    code.targetSets.add(set);
  }

  /** The rows, by source vocabulary, code and target. */
  rows(): SourceToConceptMapRow[] {
    const rows: SourceToConceptMapRow[] = [];
    const codes = [...this.codes.values()].sort((a, b) => a.sourceVocabularyId.localeCompare(b.sourceVocabularyId) || a.sourceCode.localeCompare(b.sourceCode));
    for (const code of codes) {
      const byDate = code.targetSets.size > 1;
      for (const [targetConceptId, target] of [...code.targets].sort(([a], [b]) => a - b)) {
        rows.push({
          sourceCode: code.sourceCode,
          sourceConceptId: code.sourceConceptId,
          sourceVocabularyId: code.sourceVocabularyId,
          sourceCodeDescription: code.description,
          targetConceptId,
          targetVocabularyId: target.vocabularyId,
          validStartDate: byDate ? target.first : code.validStartDate,
          validEndDate: byDate ? target.last : code.validEndDate,
          invalidReason: null,
        });
      }
    }
    return rows;
  }
}
