import { parseCommandLine, runCommand, usageError, wholeNumber } from './command-line.js';
import { generateVocabulary } from '../ingest/synthetic/generate.js';

const USAGE = `usage: npm run generate:vocabulary -- --out DIR [--concepts N] [--relationships N] [--seed N]
Writes a deterministic ATHENA-format vocabulary folder (defaults: 10000 concepts, 50000
relationship rows, seed 1).`;

const { values } = parseCommandLine({
  options: {
    out: { type: 'string' },
    concepts: { type: 'string', default: '10000' },
    relationships: { type: 'string', default: '50000' },
    seed: { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
}, USAGE);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

async function main(): Promise<number> {
  if (!values.out) usageError('--out DIR is required', USAGE);
  const numbers = [
    wholeNumber('--concepts', values.concepts, 0, USAGE),
    wholeNumber('--relationships', values.relationships, 0, USAGE),
    wholeNumber('--seed', values.seed, 0, USAGE),
  ];
  const started = Date.now();
  const report = generateVocabulary({ folder: values.out, concepts: numbers[0]!, relationships: numbers[1]!, seed: numbers[2]! });
  console.log(
    `wrote ${report.folder}: ${report.concepts.toLocaleString('en-US')} concepts, ${report.relationships.toLocaleString('en-US')} relationship rows, ${report.ancestors.toLocaleString('en-US')} ancestor rows, ${report.synonyms.toLocaleString('en-US')} synonyms in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

runCommand(main, []);
