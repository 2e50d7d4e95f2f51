import { askEveryInputOnce, graphqlRequests, runCalls, runLoad, type LoadResult } from '../support/load.js';
import type { ServiceProcess } from '../support/service.js';
import type { DirectCalls } from './floors.js';
import { conceptIdsOf, OPERATION_NAMES, type OperationKey } from './operations.js';

/** One system, started, as the benchmark drives it. */
export interface Runner {
  /** How many distinct inputs an operation cycles through. */
  inputCount(key: OperationKey): number;
  /** The concept ids answered for input i; throws when the answer carries errors. */
  answer(key: OperationKey, input: number): Promise<string[]>;
  /** Every input of the operation once, before it is measured (a server's own caches meet every input warm); throws on a failed answer. */
  warm(key: OperationKey): Promise<void>;
  /** A closed-loop load of the operation from `connections` clients for `seconds`. */
  load(key: OperationKey, connections: number, seconds: number): Promise<LoadResult>;
  stop(): Promise<void>;
}

export interface System {
  name: string;
  start(): Promise<Runner>;
}

/** A GraphQL server over HTTP, one query per operation, loaded by autocannon. */
export function graphqlRunner(
  server: ServiceProcess,
  queries: Record<OperationKey, string>,
  variables: Record<OperationKey, Record<string, unknown>[]>,
): Runner {
  return {
    inputCount: (key) => variables[key].length,
    async answer(key, input) {
      const asked = variables[key][input];
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: queries[key], variables: asked }),
      }).catch((error: Error) => {
        const { exitCode, signalCode } = server.process;
        const state = exitCode === null && signalCode === null ? 'still runs' : `exited (${signalCode ?? `code ${exitCode}`})`;
        throw new Error(`${OPERATION_NAMES[key]}: no answer (${error.message}); the server process ${state}`);
      });
      const text = await response.text();
      let body: { data?: unknown; errors?: unknown } = {};
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        // Not JSON: reported below with the text itself.
      }
      // A GraphQL error comes back with HTTP 200, so the status alone proves nothing.
      if (!response.ok || body.errors !== undefined || body.data == null) {
        throw new Error(`${OPERATION_NAMES[key]} for ${JSON.stringify(asked)} answered HTTP ${response.status}: ${text.slice(0, 600)}`);
      }
      return conceptIdsOf(body.data);
    },
    async warm(key) {
      const { failures, first } = await askEveryInputOnce(server.url, graphqlRequests(queries[key], variables[key]));
      if (failures) throw new Error(`${OPERATION_NAMES[key]}: ${failures} answers failed in the warm-up; the first: ${first}`);
    },
    load: (key, connections, seconds) => runLoad(server.url, graphqlRequests(queries[key], variables[key]), connections, seconds),
    stop: () => server.stop(),
  };
}

/** A database asked from this process through its driver (the floors). */
export function directRunner(calls: DirectCalls, inputCounts: Record<OperationKey, number>): Runner {
  return {
    inputCount: (key) => inputCounts[key],
    answer: (key, input) => calls[key](input),
    // Both databases were warmed through the floors before the first system.
    warm: async () => {},
    load: (key, connections, seconds) => runCalls(calls[key], inputCounts[key], connections, seconds),
    stop: async () => {},
  };
}
