import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Graph } from './graph.js';
import type { Logger } from '../logger.js';

/**
 * The vocabulary generation: a stamp in the graph that every load (the Bolt loader, the bulk
 * import, the knowledge pack) changes when it writes. Services that keep answers between
 * requests watch it and drop what they kept when it changes, so a load through any process
 * reaches every running service within one poll interval.
 */
const BUMP = `
  MERGE (g:VocabularyGeneration {id: 'current'})
  SET g.stamp = randomUUID(), g.changedAt = datetime()`;

const READ = `MATCH (g:VocabularyGeneration {id: 'current'}) RETURN g.stamp AS stamp`;

/** The statement that marks the vocabulary changed, to run inside a load's own write transaction. */
export const VOCABULARY_CHANGED = { cypher: BUMP, parameters: {} } as const;

/**
 * The generation node as BUMP leaves it, for a writer that creates it together with the rest of
 * an empty graph (seed-writer.ts's writePackIntoEmptyGraph) rather than by a statement of its own.
 */
export function newGenerationNode(): { label: string; properties: Record<string, unknown> } {
  return { label: 'VocabularyGeneration', properties: { id: 'current', stamp: randomUUID(), changedAt: neo4j.types.DateTime.fromStandardDate(new Date()) } };
}

/** Marks the vocabulary changed, in a transaction of its own. */
export async function markVocabularyChanged(graph: Graph): Promise<void> {
  await graph.write(BUMP);
}

/** The current stamp; null for a graph no load has stamped yet. */
export async function readVocabularyStamp(graph: Graph): Promise<string | null> {
  const [row] = await graph.read<{ stamp: string | null }>(READ);
  return row?.stamp ?? null;
}

/**
 * A value read from the graph once per vocabulary generation and shared by every request (the
 * curated rule set, the code history, the relationship catalogue): read again when the generation
 * changes, and at every call while it is unknown (no watcher running, or the database unreachable).
 * A failed read is not kept.
 */
export class PerGeneration<T> {
  private kept: { generation: number; value: Promise<T> } | undefined;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly generation: () => number | undefined,
  ) {}

  get(): Promise<T> {
    const generation = this.generation();
    if (generation === undefined) return this.read();
    if (this.kept?.generation !== generation) {
      const value = this.read();
      const kept = (this.kept = { generation, value });
      value.catch(() => {
        if (this.kept === kept) this.kept = undefined;
      });
    }
    return this.kept.value;
  }
}

export interface GenerationWatcherOptions {
  /** How often the stamp is read (VOCABULARY_POLL_MS). */
  pollMs: number;
  log: Logger;
}

/**
 * Polls the stamp and numbers what it has seen: `generation` changes whenever the stamp does,
 * and is undefined while the stamp cannot be read (the database is unreachable), when nothing
 * may be kept. Listeners hear every change.
 */
export class GenerationWatcher {
  private stamp: string | null | undefined;
  private counter = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly listeners: (() => void)[] = [];

  constructor(
    private readonly graph: Graph,
    private readonly options: GenerationWatcherOptions,
  ) {}

  /** A number for the stamp last read; undefined while it is unknown. */
  get generation(): number | undefined {
    return this.stamp === undefined ? undefined : this.counter;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Reads the stamp once, then keeps polling until stop(). */
  async start(): Promise<void> {
    await this.poll();
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Reads the stamp now (also what each poll does). */
  async poll(): Promise<void> {
    let stamp: string | null | undefined;
    try {
      stamp = await readVocabularyStamp(this.graph);
    } catch (error) {
      stamp = undefined;
      if (this.stamp !== undefined) this.options.log.warn({ err: error }, 'vocabulary generation unreadable; answers are not kept until it is read again');
    }
    if (stamp === this.stamp) return;
    this.stamp = stamp;
    this.counter += 1;
    for (const listener of this.listeners) listener();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.poll().finally(() => this.schedule()), this.options.pollMs);
    this.timer.unref();
  }
}
