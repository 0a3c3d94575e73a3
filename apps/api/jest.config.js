/**
 * API tests: unit (`*.spec.ts`) and integration against a real database through the GraphQL endpoint
 * (`*.integration-spec.ts`). ESM all the way: run with `node --experimental-vm-modules` (see project.json).
 */
export default {
  displayName: 'api',
  rootDir: '../..',
  roots: ['<rootDir>/apps/api/src', '<rootDir>/apps/api/test'],
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@liblab/domain$': '<rootDir>/libs/shared/domain/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/apps/api/tsconfig.json' }],
  },
  testMatch: ['**/*.spec.ts', '**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
