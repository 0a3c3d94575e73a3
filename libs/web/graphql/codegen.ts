import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web: the API's committed schema is the contract, the documents live next to the
 * features in apps/web. Run from the workspace root: `npx nx run web:codegen`. Never edit the output.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}'],
  ignoreNoDocuments: false,
  overwrite: true,
  generates: {
    'libs/web/graphql/src/generated/': {
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
        skipTypename: false,
        nonOptionalTypename: true,
      },
    },
  },
  hooks: {},
};

export default config;
