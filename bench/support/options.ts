import { wholeNumber } from '../../src/commands/command-line.js';
import type { VocabularySize } from './vocabulary.js';

/** The options every read benchmark takes for its vocabulary and its embedded Neo4j, to spread into parseArgs' options. */
export function vocabularyOptions(defaultConcepts: string) {
  return {
    concepts: { type: 'string', default: defaultConcepts },
    relationships: { type: 'string' },
    seed: { type: 'string', default: '1' },
    heap: { type: 'string', default: '4g' },
    pagecache: { type: 'string', default: '4g' },
  } as const;
}

/** --env NAME=VALUE, repeatable: settings for the service under test (see serviceEnvironment). */
export const SERVICE_ENV_OPTION = { env: { type: 'string', multiple: true, default: [] as string[] } } as const;

/** --concepts, --relationships (5 per concept unless given) and --seed, as every read benchmark takes them. */
export function vocabularySize(values: { concepts: string; relationships?: string; seed: string }, usage: string, minConcepts = 0): VocabularySize {
  const concepts = wholeNumber('--concepts', values.concepts, minConcepts, usage);
  const relationships = values.relationships === undefined ? concepts * 5 : wholeNumber('--relationships', values.relationships, 0, usage);
  return { concepts, relationships, seed: wholeNumber('--seed', values.seed, 0, usage) };
}

/** --env NAME=VALUE pairs: settings for the service under test. */
export function serviceEnvironment(pairs: readonly string[]): Record<string, string> {
  return Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}
