/**
 * Reads the curated seed pack (seed/) from disk, validates every file against its schema and
 * the pack as a whole (checkPack), and throws one Error listing every problem found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, parse as parsePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import type { z } from 'zod';
import {
  ChangeEventsFileSchema,
  CodeVersionsFileSchema,
  Cpt4LabelRowSchema,
  CriteriaFileSchema,
  FamiliesFileSchema,
  LocalConceptRowSchema,
  ModifiersFileSchema,
  OmopConceptRowSchema,
  PaymentsFileSchema,
  ProfilesFileSchema,
  SEED_FILES,
  SourcesFileSchema,
  checkPack,
  type SeedPack,
} from './schema.js';

/** The seed directory of the repository: the nearest ancestor of this module holding seed/sources.json. */
export function defaultSeedDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  const { root } = parsePath(dir);
  for (;;) {
    const candidate = join(dir, 'seed');
    if (existsSync(join(candidate, SEED_FILES.sources))) return candidate;
    if (dir === root) break;
    dir = dirname(dir);
  }
  return join(process.cwd(), 'seed');
}

export class SeedPackError extends Error {
  readonly problems: readonly string[];

  constructor(dir: string, problems: readonly string[]) {
    super(`Seed pack at ${dir} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'SeedPackError';
    this.problems = problems;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

function issuesOf(error: z.ZodError, prefix: string): string[] {
  return error.issues.map((issue) => `${prefix}${formatPath(issue.path)}: ${issue.message}`);
}

function readText(dir: string, file: string, problems: string[]): string | null {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    problems.push(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>, problems: string[]): T | null {
  const text = readText(dir, file, problems);
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    problems.push(...issuesOf(result.error, file));
    return null;
  }
  return result.data;
}

/** Reads a CSV file with a header row; problems name the data row (1-based) and its line. */
function readCsv<T>(dir: string, file: string, schema: z.ZodType<T>, problems: string[]): T[] | null {
  const text = readText(dir, file, problems);
  if (text === null) return null;
  let records: unknown[];
  try {
    records = parseCsv(text, { columns: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    problems.push(`${file}: invalid CSV (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
  const rows: T[] = [];
  let ok = true;
  records.forEach((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) rows.push(result.data);
    else {
      ok = false;
      problems.push(...issuesOf(result.error, `${file} row ${index + 1} (line ${index + 2})`));
    }
  });
  return ok ? rows : null;
}

/**
 * Reads and validates the whole pack. Throws a SeedPackError (an Error whose message lists every
 * problem with its file and row or path) when any file is missing, malformed or inconsistent.
 */
export function readSeedPack(dir: string = defaultSeedDir()): SeedPack {
  const problems: string[] = [];
  const sources = readJson(dir, SEED_FILES.sources, SourcesFileSchema, problems);
  const omopConcepts = readCsv(dir, SEED_FILES.omopConcepts, OmopConceptRowSchema, problems);
  const cpt4Labels = readCsv(dir, SEED_FILES.cpt4Labels, Cpt4LabelRowSchema, problems);
  const localConcepts = readCsv(dir, SEED_FILES.localConcepts, LocalConceptRowSchema, problems);
  const changeEvents = readJson(dir, SEED_FILES.changeEvents, ChangeEventsFileSchema, problems);
  const codeVersions = readJson(dir, SEED_FILES.codeVersions, CodeVersionsFileSchema, problems);
  const families = readJson(dir, SEED_FILES.families, FamiliesFileSchema, problems);
  const profiles = readJson(dir, SEED_FILES.profiles, ProfilesFileSchema, problems);
  const modifiers = readJson(dir, SEED_FILES.modifiers, ModifiersFileSchema, problems);
  const payments = readJson(dir, SEED_FILES.payments, PaymentsFileSchema, problems);
  const criteria = readJson(dir, SEED_FILES.criteria, CriteriaFileSchema, problems);

  if (
    problems.length > 0 ||
    !sources ||
    !omopConcepts ||
    !cpt4Labels ||
    !localConcepts ||
    !changeEvents ||
    !codeVersions ||
    !families ||
    !profiles ||
    !modifiers ||
    !payments ||
    !criteria
  ) {
    throw new SeedPackError(dir, problems);
  }

  const pack: SeedPack = {
    sources,
    omopConcepts,
    cpt4Labels,
    localConcepts,
    changeEvents,
    codeVersions,
    families,
    profiles,
    modifiers,
    payments,
    criteria,
  };
  const packProblems = checkPack(pack);
  if (packProblems.length > 0) throw new SeedPackError(dir, packProblems);
  return pack;
}
