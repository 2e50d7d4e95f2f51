import { parseArgs } from 'node:util';
import { generateVocabulary } from './generate.js';

const USAGE = `usage: npm run generate:vocabulary -- --out DIR [--concepts N] [--relationships N] [--seed N]
Writes a deterministic ATHENA-format vocabulary folder (defaults: 10000 concepts, 50000
relationship rows, seed 1).`;

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    concepts: { type: 'string', default: '10000' },
    relationships: { type: 'string', default: '50000' },
    seed: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
});
const numbers = [values.concepts, values.relationships, values.seed].map(Number);
if (values.help || !values.out || numbers.some((n) => !Number.isInteger(n) || n < 0)) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
const started = Date.now();
const report = generateVocabulary({ folder: values.out, concepts: numbers[0]!, relationships: numbers[1]!, seed: numbers[2]! });
console.log(
  `wrote ${report.folder}: ${report.concepts.toLocaleString('en-US')} concepts, ${report.relationships.toLocaleString('en-US')} relationship rows, ${report.ancestors.toLocaleString('en-US')} ancestor rows, ${report.synonyms.toLocaleString('en-US')} synonyms in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
