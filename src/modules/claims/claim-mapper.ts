/**
 * Runs the claim rules over many lines: each distinct (code, date, site) and each distinct
 * modifier is resolved once through the ClaimCodeSource, then every line is mapped. Two forms:
 * a batch (the GraphQL field: encounters and courses grouped over the whole request) and a
 * stream (the command: lines in sorted order, memory bounded).
 */
import type { BillingRules } from './billing-rules.js';
import { BoundedMap } from './bounded-map.js';
import { type ClaimCodeKey, type ClaimCodeResolution, type ClaimCodeSource, type ModifierConcept, type TypeConcept } from './claim-code-source.js';
import { rejectedOutcome, type ClaimLine, type ClaimLineOutcome } from './claim-line.js';
import { SummaryCounter, type ClaimSummary } from './claim-summary.js';
import { checkEncounter, CourseTracker, encounterKey } from './cross-line-rules.js';
import { LineReader, type PreparedLine } from './line-input.js';
import { LineMapper, type LineFacts, type ModifierLookup } from './line-rules.js';
import type { SourceToConceptMapCollector } from './source-to-concept-map.js';

export interface ClaimBatchResult {
  lines: ClaimLineOutcome[];
  summary: ClaimSummary;
  /** What concerns the run rather than a line (the Type Concept the rows got, ids not in the vocabulary). */
  warnings: string[];
  /** The run's SOURCE_TO_CONCEPT_MAP, when it collected one (MappingOptions.sourceMap). */
  sourceMap?: SourceToConceptMapCollector;
}

/** What a run may collect beside its rows. */
export interface MappingOptions {
  /** Receives every mapped line's code and targets, for SOURCE_TO_CONCEPT_MAP. */
  sourceMap?: SourceToConceptMapCollector;
}

/** Resolutions and modifier concepts, fetched once per distinct key, kept up to `maxKeys` (oldest out first). */
export class ResolutionCache {
  private readonly resolutions: BoundedMap<string, ClaimCodeResolution>;
  private readonly modifierConcepts = new Map<string, ModifierConcept | null>();
  private readonly typeConcepts = new Map<number, TypeConcept | null>();
  private claimType: Promise<TypeConcept | null> | null = null;
  /** Given Type Concept ids the vocabulary does not hold, with the lines that gave them. */
  private readonly unknownTypes = new Map<number, number>();
  private defaultTypeLines = 0;
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
    const types = new Set<number>();
    let needsDefault = false;
    for (const { key, keyId, modifiers: mods, typeConceptId } of lines) {
      if (!this.resolutions.has(keyId) && !missing.has(keyId)) missing.set(keyId, key);
      for (const m of mods) if (!this.modifierConcepts.has(m.code)) modifiers.add(m.code);
      if (typeConceptId === null) needsDefault = true;
      else if (!this.typeConcepts.has(typeConceptId)) types.add(typeConceptId);
    }
    if (needsDefault) this.claimType ??= this.source.claimTypeConcept();
    const [resolved, concepts, typeConcepts] = await Promise.all([
      missing.size ? this.source.resolve([...missing.values()]) : Promise.resolve([]),
      modifiers.size ? this.source.modifiers([...modifiers]) : Promise.resolve(new Map<string, ModifierConcept>()),
      types.size ? this.source.typeConcepts([...types]) : Promise.resolve(new Map<number, TypeConcept>()),
      this.claimType,
    ]);
    this.resolvedKeys += missing.size;
    let index = 0;
    for (const id of missing.keys()) this.resolutions.set(id, resolved[index++]!);
    for (const code of modifiers) this.modifierConcepts.set(code, concepts.get(code) ?? null);
    for (const id of types) this.typeConcepts.set(id, typeConcepts.get(id) ?? null);
    if (this.claimType) this.defaultType = await this.claimType;
  }

  private defaultType: TypeConcept | null = null;

  /**
   * The Type Concept a line's rows get: the one it gives (refused when the vocabulary holds that
   * id under another domain; kept, and reported, when the vocabulary does not hold it), else the
   * loaded vocabulary's 'Claim', else 0.
   */
  typeOf(prepared: PreparedLine): { ok: true; conceptId: number } | { ok: false; problem: string } {
    const id = prepared.typeConceptId;
    if (id === null) {
      this.defaultTypeLines += 1;
      return { ok: true, conceptId: this.defaultType?.conceptId ?? 0 };
    }
    const concept = this.typeConcepts.get(id);
    if (concept === undefined) throw new Error(`no Type Concept fetched for ${id}`);
    if (concept === null) {
      this.unknownTypes.set(id, (this.unknownTypes.get(id) ?? 0) + 1);
      return { ok: true, conceptId: id };
    }
    if (concept.domainId !== 'Type Concept') {
      return {
        ok: false,
        problem: `procedureTypeConceptId ${id} is '${concept.conceptName}' (domain ${concept.domainId}), not a Type Concept: give the Type Concept of the data's provenance`,
      };
    }
    return { ok: true, conceptId: id };
  }

  /** What the run's rows got as their Type Concept, where the caller should know. */
  warnings(): string[] {
    const warnings: string[] = [];
    const lines = (count: number): string => `${count.toLocaleString('en-US')} line${count === 1 ? '' : 's'}`;
    if (this.defaultTypeLines > 0) {
      warnings.push(
        this.defaultType
          ? `${lines(this.defaultTypeLines)} without procedureTypeConceptId got ${this.defaultType.conceptId} ('${this.defaultType.conceptName}', the loaded vocabulary's Type Concept for claims)`
          : `${lines(this.defaultTypeLines)} without procedureTypeConceptId got 0: the loaded vocabulary has no Type Concept 'Claim' (load a release with the Type Concept vocabulary, or give procedureTypeConceptId)`,
      );
    }
    for (const [id, count] of this.unknownTypes) {
      warnings.push(`procedureTypeConceptId ${id} (${lines(count)}) is not in the loaded vocabulary: kept as given`);
    }
    return warnings;
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
export async function mapClaimBatch(
  lines: readonly ClaimLine[],
  source: ClaimCodeSource,
  rules: BillingRules,
  options: MappingOptions = {},
): Promise<ClaimBatchResult> {
  const outcomes = new Array<ClaimLineOutcome>(lines.length);
  const prepared: PreparedLine[] = [];
  const reader = new LineReader();
  lines.forEach((line, index) => {
    const result = reader.prepare(line);
    if (result.ok) prepared.push(result.prepared);
    else outcomes[index] = result.outcome;
  });
  const cache = new ResolutionCache(source, Number.POSITIVE_INFINITY);
  await cache.fill(prepared);
  const mapper = new LineMapper(rules);
  const indexOf = new Map(lines.map((line, index) => [line, index]));
  const facts: LineFacts[] = [];
  for (const p of prepared) {
    const mapped = mapOne(p, cache, mapper, options);
    if ('facts' in mapped) facts.push(mapped.facts);
    else outcomes[indexOf.get(p.line)!] = mapped.outcome;
  }
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
  for (const f of facts) outcomes[indexOf.get(f.prepared.line)!] = f.outcome;
  const counter = new SummaryCounter();
  for (const outcome of outcomes) counter.add(outcome);
  return { lines: outcomes, summary: counter.summary(), warnings: cache.warnings() };
}

/** One prepared line through its Type Concept and the rules; its code and targets go to the source map. */
function mapOne(
  prepared: PreparedLine,
  cache: ResolutionCache,
  mapper: LineMapper,
  options: MappingOptions,
): { facts: LineFacts } | { outcome: ClaimLineOutcome } {
  const type = cache.typeOf(prepared);
  if (!type.ok) return { outcome: rejectedOutcome(prepared.line, [type.problem]) };
  const resolution = cache.resolution(prepared);
  const facts = mapper.map(prepared, resolution, cache.modifiers, type.conceptId);
  options.sourceMap?.add(prepared.key, resolution, facts.outcome.rows);
  return { facts };
}

export interface StreamReport {
  /** Distinct (code, date, site) keys fetched from the database. */
  resolvedKeys: number;
  /** Encounters whose lines were not together in the input (their add-ons were checked per run of lines). */
  encountersSplit: number;
  /** Courses whose lines were not together in the input (repeats across runs go undetected). */
  coursesSplit: number;
  /** The run's warnings (ClaimBatchResult.warnings), set when the stream ends. */
  warnings?: string[];
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
  options: MappingOptions & { chunkSize?: number; cacheSize?: number } = {},
): AsyncGenerator<ClaimLineOutcome[]> {
  const chunkSize = options.chunkSize ?? 5_000;
  const cache = new ResolutionCache(source, options.cacheSize ?? 100_000);
  const reader = new LineReader();
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
    const prepared = chunk.map((line) => reader.prepare(line));
    await cache.fill(prepared.flatMap((p) => (p.ok ? [p.prepared] : [])));
    for (const p of prepared) {
      if (!p.ok) {
        (encounter.length ? queue : ready).push(p.outcome);
        continue;
      }
      const mapped = mapOne(p.prepared, cache, mapper, options);
      if ('outcome' in mapped) {
        (encounter.length ? queue : ready).push(mapped.outcome);
        continue;
      }
      const { facts } = mapped;
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
  report.warnings = cache.warnings();
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
