import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../schema');

/** The SDL of every domain, in file-name order (base.graphql declares the roots). */
export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)))
    .map((file) => readFileSync(join(SCHEMA_DIR, file), 'utf8'));
}
