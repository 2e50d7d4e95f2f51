import { createHash } from 'node:crypto';
import type { VocabularyFile } from '../athena/files.js';
import { openRecords } from '../athena/load.js';
import { parseVocabulary, type RawRecord } from '../athena/rows.js';

/**
 * Which release a folder holds, from its VOCABULARY table: OMOP names a release by the
 * `vocabulary_version` of the 'None' row (e.g. 'v5.0 18-JAN-19'); each vocabulary has its own.
 */
export interface ReleaseIdentity {
  releaseId: string;
  vocabularyVersion: string;
  /** The release date the version names (YYYY-MM-DD), or null when it names none. */
  releaseDate: string | null;
  /** False when VOCABULARY has no 'None' row: the folder names no release (the id is then a hash). */
  named: boolean;
  versions: { vocabularyId: string; vocabularyVersion: string | null }[];
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** The date in 'v5.0 18-JAN-19' or '... 2024-02-27', or null. */
export function releaseDateOf(version: string): string | null {
  const named = /(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})\b/.exec(version);
  if (named) {
    const month = MONTHS.indexOf(named[2]!.toUpperCase());
    if (month >= 0) {
      const year = named[3]!.length === 2 ? 2000 + Number(named[3]) : Number(named[3]);
      return `${year}-${String(month + 1).padStart(2, '0')}-${named[1]!.padStart(2, '0')}`;
    }
  }
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(version);
  return iso ? iso[0] : null;
}

export async function readReleaseIdentity(vocabularyFile: VocabularyFile): Promise<ReleaseIdentity> {
  const versions: ReleaseIdentity['versions'] = [];
  for await (const item of openRecords(vocabularyFile).items) {
    if ('error' in item || item.values.length !== vocabularyFile.header.length) continue;
    const record: RawRecord = {};
    vocabularyFile.header.forEach((column, i) => (record[column] = item.values[i]));
    const parsed = parseVocabulary(record);
    if ('row' in parsed) versions.push({ vocabularyId: parsed.row.vocabularyId, vocabularyVersion: parsed.row.vocabularyVersion });
  }
  versions.sort((a, b) => a.vocabularyId.localeCompare(b.vocabularyId));
  const none = versions.find((v) => v.vocabularyId === 'None')?.vocabularyVersion;
  if (none) return { releaseId: none, vocabularyVersion: none, releaseDate: releaseDateOf(none), named: true, versions };
  // No 'None' row (a hand-made export): the release is named by what VOCABULARY says.
  const hash = createHash('sha256')
    .update(versions.map((v) => `${v.vocabularyId}\t${v.vocabularyVersion ?? ''}`).join('\n'))
    .digest('hex');
  const id = `vocabularies-${hash.slice(0, 12)}`;
  return { releaseId: id, vocabularyVersion: id, releaseDate: null, named: false, versions };
}
