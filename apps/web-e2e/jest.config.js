/** Browser end-to-end tests: the built portal in a real Chromium, driven by playwright-core. */
export default {
  displayName: 'web-e2e',
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }] },
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
  // Every test stops its portal, SMTP server and browser in afterAll; Chromium's pipes can still keep the
  // event loop alive for seconds afterwards, so don't let that hold the CI run.
  forceExit: true,
};
