import { parseCommandLine, runCommand, usageError, wholeNumber } from './command-line.js';
import { generateVocabulary } from '../ingest/synthetic/generate.js';
import { writeNextRelease } from '../ingest/synthetic/next-release.js';

const USAGE = `usage: npm run generate:vocabulary -- --out DIR [--concepts N] [--relationships N] [--seed N] [--release NAME]
       npm run generate:vocabulary -- --out DIR --next-release NAME --from DIR [--seed N]
Writes a deterministic ATHENA-format vocabulary folder (defaults: 10000 concepts, 50000
relationship rows, seed 1); --release names it as a real release does (VOCABULARY's 'None' row,
e.g. 'v5.0 01-JAN-26'). With --next-release, writes the next release of the generated folder
--from instead: some concepts deprecated and replaced, renamed, moved to another domain or absent,
some 'Maps to' rows dropped, new concepts added (src/ingest/synthetic/next-release.ts).`;

const { values } = parseCommandLine(
  {
    options: {
      out: { type: 'string' },
      concepts: { type: 'string', default: '10000' },
      relationships: { type: 'string', default: '50000' },
      seed: { type: 'string', default: '1' },
      release: { type: 'string' },
      'next-release': { type: 'string' },
      from: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  },
  USAGE,
);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

async function main(): Promise<number> {
  if (!values.out) usageError('--out DIR is required', USAGE);
  const seed = wholeNumber('--seed', values.seed, 0, USAGE);
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  if (values['next-release'] !== undefined || values.from !== undefined) {
    if (!values['next-release'] || !values.from) usageError('--next-release NAME and --from DIR go together', USAGE);
    const report = await writeNextRelease({ from: values.from, folder: values.out, release: values['next-release'], seed });
    const counts = (['deprecated', 'renamed', 'movedDomain', 'removed', 'droppedMaps', 'added'] as const).map(
      (kind) => `${report[kind].toLocaleString('en-US')} ${kind}`,
    );
    console.log(`wrote ${report.folder}, release '${report.release}': ${counts.join(', ')} in ${seconds()} s`);
    return 0;
  }
  const numbers = [wholeNumber('--concepts', values.concepts, 0, USAGE), wholeNumber('--relationships', values.relationships, 0, USAGE)];
  const report = generateVocabulary({ folder: values.out, concepts: numbers[0]!, relationships: numbers[1]!, seed, release: values.release });
  console.log(
    `wrote ${report.folder}: ${report.concepts.toLocaleString('en-US')} concepts, ${report.relationships.toLocaleString('en-US')} relationship rows, ${report.ancestors.toLocaleString('en-US')} ancestor rows, ${report.synonyms.toLocaleString('en-US')} synonyms in ${seconds()} s`,
  );
  return 0;
}

runCommand(main, []);
