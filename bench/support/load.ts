import autocannon from 'autocannon';

/** One HTTP request of a load run (autocannon's request shape). */
export interface LoadRequest {
  method: 'POST' | 'GET';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  /** Latencies in ms, measured per response at full resolution (autocannon's own histogram keeps whole ms). */
  mean: number;
  p50: number;
  p99: number;
  /** Transport errors, timeouts and non-2xx answers. */
  errors: number;
  /** Of the errors, requests given up after autocannon's 10 s timeout. */
  timeouts: number;
}

/** The q-th quantile (0..1) of sorted values, nearest rank. */
export function quantile(sorted: Float64Array | number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const builtWhenSent = <T>(request: T): T => request;

/**
 * A closed-loop load: `connections` keep-alive connections, each sending its next request as
 * soon as the last is answered, for `seconds`. Every connection cycles through `requests`
 * from its own starting offset (spread evenly), so concurrent clients ask different things.
 */
export async function runLoad(url: string, requests: readonly LoadRequest[], connections: number, seconds: number): Promise<LoadResult> {
  if (requests.length === 0) throw new Error('runLoad needs at least one request');
  const latencies: number[] = [];
  let answered = 0;
  let started = 0;
  // autocannon sets its clients up synchronously, each compiling its whole request list, and
  // times a client's first request from its set-up: with 50 clients and thousands of distinct
  // requests the first answers carried seconds of the other clients' set-up. Answers to
  // requests sent before the set-up ended are left out of every figure.
  let setUpEnded = Number.POSITIVE_INFINITY;
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolveRun, reject) => {
    instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        pipelining: 1,
        // autocannon clones and builds (serialises) a client's whole request list when it is set:
        // clients x inputs builds before the first request, seconds of CPU for 20 clients over
        // 10,000 lookups. So the option holds one request, and each client's list is built as it
        // is sent (a setupRequest makes autocannon build a request when its turn comes, about
        // 10 us each).
        requests: [requests[0]!],
        setupClient: (client) => {
          const offset = Math.floor((started++ * requests.length) / connections) % requests.length;
          const rotated = [...requests.slice(offset), ...requests.slice(0, offset)];
          client.setRequests(rotated.map((request) => ({ ...request, setupRequest: builtWhenSent })));
        },
      },
      (error: Error | null, result) => (error ? reject(error) : resolveRun(result)),
    );
    setUpEnded = performance.now();
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (performance.now() - responseTime < setUpEnded) return;
    answered += 1;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await done;
  const sorted = Float64Array.from(latencies).sort();
  const total = latencies.reduce((sum, ms) => sum + ms, 0);
  return {
    connections,
    seconds,
    requests: answered,
    perSecond: answered / seconds,
    mean: total / Math.max(latencies.length, 1),
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    // autocannon's `errors` already include its timeouts.
    errors: result.errors + result.non2xx,
    timeouts: result.timeouts,
  };
}

/**
 * The same closed loop as runLoad for calls made in this process (a database driver, no HTTP):
 * `connections` callers, each making its next call as soon as the last returns, for `seconds`,
 * each cycling through the inputs 0..count-1 from its own starting offset. A call that throws
 * counts as an error and is not timed.
 */
export async function runCalls(call: (input: number) => Promise<unknown>, count: number, connections: number, seconds: number): Promise<LoadResult> {
  if (count === 0) throw new Error('runCalls needs at least one input');
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const caller = async (index: number) => {
    for (let next = Math.floor((index * count) / connections) % count; performance.now() < deadline; next = (next + 1) % count) {
      const started = performance.now();
      try {
        await call(next);
        latencies.push(performance.now() - started);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, index) => caller(index)));
  const sorted = Float64Array.from(latencies).sort();
  return {
    connections,
    seconds,
    requests: latencies.length + errors,
    perSecond: (latencies.length + errors) / seconds,
    mean: latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(latencies.length, 1),
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    errors,
    timeouts: 0,
  };
}

/** GraphQL POST requests, one per variables object. */
export function graphqlRequests(query: string, variables: readonly Record<string, unknown>[], headers: Record<string, string> = {}): LoadRequest[] {
  return variables.map((v) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables: v }),
  }));
}

export const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
export const whole = (n: number) => Math.round(n).toLocaleString('en-US');

/** "mean 0.61 ms, p50 0.55 ms, p99 1.9 ms" */
export const latencyLine = (r: LoadResult) => `mean ${ms(r.mean)} ms, p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms`;

/**
 * Sends every request once, `connections` at a time: a warm-up that covers every input (so a
 * measured run that follows meets each of them warm), and a check of every answer. Resolves
 * with the number of answers that were not 2xx or carried GraphQL `errors`, and the first one.
 */
export async function askEveryInputOnce(url: string, requests: readonly LoadRequest[], connections = 8): Promise<{ failures: number; first: string | null }> {
  let next = 0;
  let failures = 0;
  let first: string | null = null;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < requests.length) {
        const { method, path, headers, body } = requests[next++]!;
        const response = await fetch(`${url}${path}`, { method, headers, body });
        const text = await response.text();
        if (!response.ok || text.includes('"errors":')) {
          failures += 1;
          first ??= `${response.status} ${text.slice(0, 300)}`;
        }
      }
    }),
  );
  return { failures, first };
}
