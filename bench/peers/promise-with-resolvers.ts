/**
 * PostGraphile 5 (grafast, @dataplan/pg) declares Node >= 22 and calls Promise.withResolvers,
 * which Node 22 added; without it every query fails ("Cannot read properties of undefined
 * (reading 'items')"). It is the one Node 22 API found in its code paths, so the PostGraphile
 * process installs the specified behaviour on Node 20 and runs as it would on Node 22. Imported
 * first, before PostGraphile's modules load.
 */
interface WithResolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

const promise = Promise as unknown as { withResolvers?: <T>() => WithResolvers<T> };
promise.withResolvers ??= <T>(): WithResolvers<T> => {
  let resolve!: WithResolvers<T>['resolve'];
  let reject!: WithResolvers<T>['reject'];
  const made = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise: made, resolve, reject };
};
