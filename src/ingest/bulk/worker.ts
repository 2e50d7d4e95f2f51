import { Worker } from 'node:worker_threads';

/**
 * The project runs its TypeScript through tsx, whose module hooks (registered by `--import tsx`
 * in the main thread) do not reach a worker thread in Node 20. A worker starts on this small
 * script instead, which registers tsx's hooks in the worker, then imports the module.
 */
const TSX_API = import.meta.resolve('tsx/esm/api');
const boot = (module: URL) => `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;

/** Starts `module` (a TypeScript file) in a worker thread with `workerData`. */
export function startModuleWorker(module: URL, workerData: unknown): Worker {
  return new Worker(boot(module), { eval: true, workerData });
}
