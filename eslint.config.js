// @ts-check
/**
 * `npm run lint`: ESLint's recommended rules and typescript-eslint's type-checked ones over src/, test/ and bench/
 * (docs/architecture.md#lint). Formatting is Prettier's (`npm run format`, checked by `npm test`); no rule here
 * concerns layout. A rule turned off says why beside it.
 */
import { fileURLToPath, URL } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'src/generated/', // written by graphql-codegen
      'clients/', // the client packages lint (or not) on their own terms
      'bench/peers/', // its own package with its own node_modules
      '**/node_modules/',
      '**/.venv/',
      'dist/',
      'coverage/',
      'out/',
      '.bench/',
      '.neo4j/',
      'neo4j-embedded/target/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: fileURLToPath(new URL('.', import.meta.url)), // import.meta.dirname needs Node 20.11
      },
    },
  },
  {
    // This file is not in tsconfig.json: no type information for it.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    rules: {
      // Off: async methods here implement Promise-returning interfaces (Apollo plugin hooks, repository stubs in tests) without needing to await.
      '@typescript-eslint/require-await': 'off',
      // A leading underscore marks what is left out on purpose: `{ stacktrace: _stack, ...rest }`, Express's 4-argument error handler.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Resolvers read GraphQL's nullable arguments and the repositories' optional answers: a `!` there would turn a
    // null the schema allows into a crash; they narrow instead.
    files: ['src/modules/**/*-resolvers.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    // Off in tests: vitest's asymmetric matchers (expect.objectContaining, expect.any, ...) are typed `any` so that they fit
    // any expected value, and every one inside an expected object is reported as an unsafe assignment.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // The MCP tools' answers are typed only at run time, by the output schema derived from each operation (the SDK checks
    // every answer against it); their renderers and their test read them as `any` on purpose. The releases test reads its
    // GraphQL answers the same way, as untyped JSON.
    files: ['src/mcp/tools.ts', 'test/e2e/mcp.test.ts', 'test/integration/releases.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
