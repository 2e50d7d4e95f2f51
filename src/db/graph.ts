import neo4j, { type Driver, type RecordShape } from 'neo4j-driver';
import { translateDriverError } from './errors.js';

/**
 * The driver and the database name together, with read and write helpers that always pass the
 * database, route reads to readers (clusters) and translate driver errors.
 */
export class Graph {
  constructor(
    readonly driver: Driver,
    readonly database: string,
  ) {}

  async read<T extends RecordShape = RecordShape>(cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
    try {
      const result = await this.driver.executeQuery(cypher, parameters, {
        database: this.database,
        routing: neo4j.routing.READ,
      });
      return result.records.map((record) => record.toObject() as T);
    } catch (error) {
      throw translateDriverError(error);
    }
  }

  /** Runs several statements in one write transaction: all of them apply, or none. */
  async writeTransaction(statements: readonly { cypher: string; parameters?: Record<string, unknown> }[]): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx) => {
        for (const { cypher, parameters } of statements) await tx.run(cypher, parameters ?? {});
      });
    } catch (error) {
      throw translateDriverError(error);
    } finally {
      await session.close();
    }
  }

  async write<T extends RecordShape = RecordShape>(cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
    try {
      const result = await this.driver.executeQuery(cypher, parameters, {
        database: this.database,
        routing: neo4j.routing.WRITE,
      });
      return result.records.map((record) => record.toObject() as T);
    } catch (error) {
      throw translateDriverError(error);
    }
  }
}
