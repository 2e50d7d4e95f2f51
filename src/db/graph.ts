import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { translateDriverError } from './errors.js';

/** Told of every transaction the Graph opens (one database round trip per statement batch). */
export interface GraphObserver {
  transaction(mode: 'READ' | 'WRITE'): void;
}

/**
 * The driver and the database name together, with read and write helpers that always pass the
 * database, route reads to readers (clusters), retry transient errors and translate driver
 * errors.
 *
 * A read is one statement in an auto-commit transaction: one Bolt round trip (RUN and PULL
 * pipelined), where a managed transaction (executeRead) takes two (BEGIN, RUN, PULL, then
 * COMMIT); a one-row lookup took 1.1 ms against 1.7-2.0 ms here (docs/benchmarks.md,
 * 'The request path taken apart'). Transient errors are retried here as executeRead would.
 * Writes stay managed transactions: the driver retries them whole. Both use sessions rather
 * than driver.executeQuery, which waits on the driver's bookmark manager (3.3-5.0 ms a lookup).
 */
export interface GraphOptions {
  /**
   * Server-side timeout of every read transaction, in ms (DATABASE_QUERY_TIMEOUT_MS). Neo4j stops
   * a read that runs longer; the client gets DATABASE_TIMEOUT. Writes (loaders) have none.
   */
  readTimeoutMs?: number;
  /** Counts round trips (tests, diagnostics); absent in the service. */
  observer?: GraphObserver;
  /** How long a read goes on retrying transient errors, in ms (as the driver's maxTransactionRetryTime does for writes). */
  readRetryMs?: number;
}

const READ_RETRY_MS = 3_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Graph {
  private inFlight = 0;
  private readonly readListeners = new Set<(seconds: number) => void>();

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly options: GraphOptions = {},
  ) {}

  /** Reads running now: each holds one pooled connection of the driver while it runs. */
  get readsInFlight(): number {
    return this.inFlight;
  }

  /** Calls `listener` with the seconds every read took, connection acquisition and retries included; returns the unsubscribe. */
  onRead(listener: (seconds: number) => void): () => void {
    this.readListeners.add(listener);
    return () => {
      this.readListeners.delete(listener);
    };
  }

  async read<T extends RecordShape = RecordShape>(cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
    this.inFlight += 1;
    const began = performance.now();
    try {
      return await this.readOnce<T>(cypher, parameters);
    } finally {
      this.inFlight -= 1;
      if (this.readListeners.size) {
        const seconds = (performance.now() - began) / 1_000;
        for (const listener of this.readListeners) listener(seconds);
      }
    }
  }

  private async readOnce<T extends RecordShape>(cypher: string, parameters: Record<string, unknown>): Promise<T[]> {
    this.options.observer?.transaction('READ');
    const timeout = this.options.readTimeoutMs;
    const config = timeout ? { timeout } : undefined;
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run<T>(cypher, parameters, config);
        return result.records.map((record) => record.toObject());
      } catch (error) {
        if (!neo4j.isRetryableError(error) || Date.now() - started >= (this.options.readRetryMs ?? READ_RETRY_MS)) throw translateDriverError(error);
      } finally {
        await session.close();
      }
      // Exponential back-off with jitter, as the driver's own retries do.
      await sleep(Math.min(1_000, 25 * 2 ** attempt) * (0.8 + Math.random() * 0.4));
    }
  }

  write<T extends RecordShape = RecordShape>(cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
    return this.run((tx) => records<T>(tx, cypher, parameters));
  }

  /** Runs several statements in one write transaction: all of them apply, or none. */
  async writeTransaction(statements: readonly { cypher: string; parameters?: Record<string, unknown> }[]): Promise<void> {
    await this.run(async (tx) => {
      for (const { cypher, parameters } of statements) await tx.run(cypher, parameters ?? {});
    });
  }

  /**
   * Runs `work` in one write transaction, where later statements may use what earlier ones
   * returned; `run` executes a statement in it and gives its records.
   */
  writeTransactionWith<R>(
    work: (run: <T extends RecordShape>(cypher: string, parameters?: Record<string, unknown>) => Promise<T[]>) => Promise<R>,
  ): Promise<R> {
    return this.run((tx) => work(<T extends RecordShape>(cypher: string, parameters: Record<string, unknown> = {}) => records<T>(tx, cypher, parameters)));
  }

  private async run<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    this.options.observer?.transaction('WRITE');
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close();
    }
  }
}

async function records<T>(tx: ManagedTransaction, cypher: string, parameters: Record<string, unknown>): Promise<T[]> {
  const result = await tx.run(cypher, parameters);
  return result.records.map((record) => record.toObject() as T);
}
