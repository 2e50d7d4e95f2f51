/**
 * Runs the claim rules over many lines: each distinct (code, date, site) and each distinct
 * modifier is resolved once through the ClaimCodeSource, then every line is mapped. Two forms:
 * a batch (the GraphQL field: encounters and courses grouped over the whole request) and a
 * stream (the command: lines in sorted order, memory bounded).
 */
import type { BillingRules } from './billing-rules.js';
import { BoundedMap } from './bounded-map.js';
import { type ClaimCodeKey, type ClaimCodeResolution, type ClaimCodeSource, type ModifierConcept } from './claim-code-source.js';
import {
  checkEncounter,
  CourseTracker,
  encounterKey,
  LineMapper,
  prepareLine,
  SummaryCounter,
  type ClaimLine,
  type ClaimLineOutcome,
  type ClaimSummary,
  type LineFacts,
  type ModifierLookup,
  type PreparedLine,
} from './claim-rules.js';

export interface ClaimBatchResult {
  lines: ClaimLineOutcome[];
  summary: ClaimSummary;
}

/** Resolutions and modifier concepts, fetched once per distinct key, kept up to `maxKeys` (oldest out first). */
export class ResolutionCache {
  private readonly resolutions: BoundedMap<string, ClaimCodeResolution>;
  private readonly modifierConcepts = new Map<string, ModifierConcept | null>();
  /** Keys sent to the source so far (for reports and tests). */
  resolvedKeys = 0;

  constructor(
    private readonly source: ClaimCodeSource,
    maxKeys = 100_000,
  ) {
    this.resolutions = new BoundedMap(maxKeys);
  }

  /** Fetches whatever these lines need that the cache does not hold, in one call per kind. */
  async fill(lines: readonly PreparedLine[]): Promise<void> {
    const missing = new Map<string, ClaimCodeKey>();
    const modifiers = new Set<string>();
    for (const { key, keyId, modifiers: mods } of lines) {
      if (!this.resolutions.has(keyId) && !missing.has(keyId)) missing.set(keyId, key);
      for (const m of mods) if (!this.modifierConcepts.has(m.code)) modifiers.add(m.code);
    }
    const [resolved, concepts] = await Promise.all([
      missing.size ? this.source.resolve([...missing.values()]) : Promise.resolve([]),
      modifiers.size ? this.source.modifiers([...modifiers]) : Promise.resolve(new Map<string, ModifierConcept>()),
    ]);
    this.resolvedKeys += missing.size;
    let index = 0;
    for (const id of missing.keys()) this.resolutions.set(id, resolved[index++]!);
    for (const code of modifiers) this.modifierConcepts.set(code, concepts.get(code) ?? null);
  }

  resolution(prepared: PreparedLine): ClaimCodeResolution {
    const found = this.resolutions.get(prepared.keyId);
    if (!found) throw new Error(`no resolution fetched for ${prepared.keyId}`);
    return found;
  }

  /** Modifier concepts fetched so far. */
  readonly modifiers: ModifierLookup = { get: (code) => this.modifierConcepts.get(code) ?? undefined };
}

/**
 * A batch of lines in any order: lines of an encounter (encounterId, else person and date) are
 * checked together wherever they sit, and once-per-course codes are checked in date order
 * within each course.
 */
export async function mapClaimBatch(lines: readonly ClaimLine[], source: ClaimCodeSource, rules: BillingRules): Promise<ClaimBatchResult> {
  const outcomes: ClaimLineOutcome[] = new Array(lines.length);
  const prepared: PreparedLine[] = [];
  lines.forEach((line, index) => {
    const result = prepareLine(line);
    if (result.ok) prepared.push(result.prepared);
    else outcomes[index] = result.outcome;
  });
  const cache = new ResolutionCache(source, Number.POSITIVE_INFINITY);
  await cache.fill(prepared);
  const mapper = new LineMapper(rules);
  const facts = prepared.map((p) => mapper.map(p, cache.resolution(p), cache.modifiers));
  const encounters = new Map<string, LineFacts[]>();
  for (const f of facts) {
    const key = encounterKey(f.prepared.line);
    const group = encounters.get(key);
    if (group) group.push(f);
    else encounters.set(key, [f]);
  }
  for (const group of encounters.values()) checkEncounter(group);
  const courses = new CourseTracker();
  const byDate = [...facts].sort((a, b) => a.prepared.key.date.localeCompare(b.prepared.key.date) || a.prepared.line.lineNumber - b.prepared.line.lineNumber);
  for (const f of byDate) courses.see(f);
  const indexOf = new Map(lines.map((line, index) => [line, index]));
  for (const f of facts) outcomes[indexOf.get(f.prepared.line)!] = f.outcome;
  const counter = new SummaryCounter();
  for (const outcome of outcomes) counter.add(outcome);
  return { lines: outcomes, summary: counter.summary() };
}

export interface StreamReport {
  /** Distinct (code, date, site) keys fetched from the database. */
  resolvedKeys: number;
  /** Encounters whose lines were not together in the input (their add-ons were checked per run of lines). */
  encountersSplit: number;
  /** Courses whose lines were not together in the input (repeats across runs go undetected). */
  coursesSplit: number;
}

/**
 * Maps a stream of lines (in batches) sorted by person, course, date of service and encounter, in chunks:
 * one database call per chunk for the keys the cache lacks. An encounter's lines are held until
 * the next encounter starts; the course tracker keeps only the current course. Yields outcomes
 * in input order.
 */
export async function* mapClaimStream(
  batches: AsyncIterable<readonly ClaimLine[]>,
  source: ClaimCodeSource,
  rules: BillingRules,
  report: StreamReport,
  options: { chunkSize?: number; cacheSize?: number } = {},
): AsyncGenerator<ClaimLineOutcome[]> {
  const chunkSize = options.chunkSize ?? 5_000;
  const cache = new ResolutionCache(source, options.cacheSize ?? 100_000);
  const mapper = new LineMapper(rules);
  const courses = new CourseTracker(true);
  const closedEncounters = new RecentKeys(10_000);
  const closedCourses = new RecentKeys(10_000);
  let currentEncounter: string | null = null;
  let currentCourse: string | null = null;
  let encounter: LineFacts[] = [];
  // Outcomes waiting for their encounter to close, in input order.
  let queue: ClaimLineOutcome[] = [];
  let ready: ClaimLineOutcome[] = [];

  const closeEncounter = (): void => {
    checkEncounter(encounter);
    for (const f of encounter) courses.see(f);
    encounter = [];
    ready.push(...queue);
    queue = [];
  };

  const take = async (chunk: readonly ClaimLine[]): Promise<void> => {
    const prepared = chunk.map(prepareLine);
    await cache.fill(prepared.flatMap((p) => (p.ok ? [p.prepared] : [])));
    for (const p of prepared) {
      if (!p.ok) {
        (encounter.length ? queue : ready).push(p.outcome);
        continue;
      }
      const facts = mapper.map(p.prepared, cache.resolution(p.prepared), cache.modifiers);
      const line = p.prepared.line;
      const key = encounterKey(line);
      if (key !== currentEncounter) {
        closeEncounter();
        if (currentEncounter !== null) closedEncounters.add(currentEncounter);
        if (closedEncounters.has(key)) report.encountersSplit += 1;
        currentEncounter = key;
      }
      if (line.courseId !== null && line.courseId !== currentCourse) {
        if (currentCourse !== null) closedCourses.add(currentCourse);
        if (closedCourses.has(line.courseId)) report.coursesSplit += 1;
        currentCourse = line.courseId;
      }
      encounter.push(facts);
      queue.push(facts.outcome);
    }
  };

  for await (const batch of batches) {
    for (let start = 0; start < batch.length; start += chunkSize) {
      await take(batch.slice(start, start + chunkSize));
      report.resolvedKeys = cache.resolvedKeys;
      if (ready.length) {
        yield ready;
        ready = [];
      }
    }
  }
  closeEncounter();
  report.resolvedKeys = cache.resolvedKeys;
  if (ready.length) yield ready;
}

/** The last `max` keys added, to notice a key coming back (input not sorted). */
class RecentKeys {
  private readonly keys: BoundedMap<string, true>;
  constructor(max: number) {
    this.keys = new BoundedMap(max);
  }
  add(key: string): void {
    this.keys.set(key, true);
  }
  has(key: string): boolean {
    return this.keys.has(key);
  }
}
