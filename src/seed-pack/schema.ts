/**
 * The schemas of the curated seed pack (seed/), one module per seed folder, and the cross-file
 * checks (pack-check.ts). Each file is validated by its own schema in read-pack.ts; `checkPack` then
 * looks at the parsed pack as a whole and returns a list of problems (empty when sound).
 */
export * from './common.js';
export * from './sources.js';
export * from './concepts.js';
export * from './history.js';
export * from './billing.js';
export * from './criteria.js';
export * from './pack.js';
export { checkPack } from './pack-check.js';
