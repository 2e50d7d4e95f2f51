/**
 * V8's heap settings for a command that streams a file through the mapping rules (`map:claims`),
 * imported first, before the modules whose allocation sites they concern run. Measured in
 * docs/benchmarks.md (map:claims: the old generation's garbage); the output is the same.
 *
 * - Allocation-site pretenuring off. V8 watches which allocation sites' objects survive young
 *   collections and, past a threshold, allocates that site's objects straight in the old
 *   generation. While the first batches wait on the database (each code's first read), their
 *   lines outlive young collections, so the sites that build a line, its checks and its outcome
 *   were judged long-lived: every later line was born old and died there. 1,000,000 lines
 *   promoted 388 MB and took ten full collections for 45 MB of live data; off, 84 MB.
 * - The old generation grown by 35% of its live size after a full collection, instead of V8's
 *   own factor (up to 4x when collections are cheap, as here): memory stays at a level set by
 *   the live data rather than rising for most of the run. A factor, not a cap: a run that
 *   keeps more live data (another input's caches) gets a proportionally larger heap.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-allocation-site-pretenuring');
setFlagsFromString('--heap-growing-percent=35');
