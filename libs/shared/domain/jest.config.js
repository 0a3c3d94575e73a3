export default {
  displayName: 'domain',
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: { isolatedModules: true, module: 'nodenext', moduleResolution: 'nodenext', types: ['jest', 'node'] } }] },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
