// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'libs/web/graphql/src/generated/**', 'data/**', 'tmp/**', '.nx/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'libs/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Project boundaries (the Nx tags scope:* and type:*), enforced with plain ESLint: the Nx lint plugin
  // has no release for this Nx major, and a second Nx would come with it.
  {
    files: ['libs/shared/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@nestjs/*', 'typeorm', 'react', 'react-dom', '@mantine/*', '@apollo/*'], message: 'scope:shared holds plain TypeScript only.' },
        { group: ['**/apps/**', '**/libs/web/**', '@liblab/web-*'], message: 'scope:shared may not depend on apps or web libraries.' },
      ] }],
    },
  },
  {
    files: ['apps/api/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', '@mantine/*', '@apollo/client', '@apollo/client/*', '**/apps/web/**', '**/libs/web/**', '@liblab/web-*'], message: 'scope:api may not depend on scope:web.' },
      ] }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'libs/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@nestjs/*', 'typeorm', 'pg', '**/apps/api/**'], message: 'scope:web may not depend on scope:api; use the GraphQL schema.' },
      ] }],
    },
  },
  {
    files: ['libs/web/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@nestjs/*', 'typeorm', 'pg', '**/apps/**'], message: 'type:ui may not depend on apps.' },
        { group: ['@liblab/web-graphql', '**/libs/web/graphql/**'], message: 'type:ui is presentational: pass data in through props.' },
      ] }],
    },
  },
  {
    // Tests read untyped GraphQL responses; typing every one would only restate the query.
    files: ['**/__tests__/**/*.ts', '**/*.spec.ts', 'apps/api/test/**/*.ts', 'apps/web-e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
