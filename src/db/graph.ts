import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { translateDriverError } from './errors.js';

type AccessMode = typeof neo4j.session.READ | typeof neo4j.session.WRITE;

/** Told of every transaction the Graph opens (one database round trip per statement batch). */
export interface GraphObserver {
  transaction(mode: 'READ' | 'WRITE'): void;
}

/**
 * The driver and the database name together, with read and write helpers that always pass the
 * database, route reads to readers (clusters), retry transient errors (managed transactions)
 * and translate driver errors.
 *
 * Sessions with executeRead/executeWrite rather than driver.executeQuery: on this stack a
 * one-row lookup took 1.4 ms that way against 3.3-5.0 ms through executeQuery, which also
 * waits on the driver's bookmark manager (see docs/benchmarks.md).
 */
export interface GraphOptions {
  /**
   * Server-side timeout of every read transaction, in ms (DATABASE_QUERY_TIMEOUT_MS). Neo4j stops
   * a read that runs longer; the client gets DATABASE_TIMEOUT. Writes (loaders) have none.
   */
  readTimeoutMs?: number;
  /** Counts round trips (tests, diagnostics); absent in the service. */
  observer?: GraphObserver;
}

export class Graph {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly options: GraphOptions = {},
  ) {}

  read<T extends RecordShape = RecordShape>(cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
    return this.run(neo4j.session.READ, (tx) => records<T>(tx, cypher, parameters));
  }

  write<T extends RecordShape = RecordShape>(cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
    return this.run(neo4j.session.WRITE, (tx) => records<T>(tx, cypher, parameters));
  }

  /** Runs several statements in one write transaction: all of them apply, or none. */
  async writeTransaction(statements: readonly { cypher: string; parameters?: Record<string, unknown> }[]): Promise<void> {
    await this.run(neo4j.session.WRITE, async (tx) => {
      for (const { cypher, parameters } of statements) await tx.run(cypher, parameters ?? {});
    });
  }

  private async run<R>(mode: AccessMode, work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    this.options.observer?.transaction(mode === neo4j.session.READ ? 'READ' : 'WRITE');
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      if (mode === neo4j.session.WRITE) return await session.executeWrite(work);
      const timeout = this.options.readTimeoutMs;
      return await session.executeRead(work, timeout ? { timeout } : undefined);
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
