// Shared Jest settings for every project: @swc/jest compiles TypeScript (decorators and their metadata
// included) about twice as fast as ts-jest; type checking is the separate `typecheck` target.
const { nxPreset } = require('@nx/jest/preset');

const swcOptions = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  ...nxPreset,
  testMatch: ['**/?(*.)+(spec|integration-spec).ts'],
  transform: { '^.+\\.(ts|tsx|js|mjs)$': ['@swc/jest', swcOptions] },
  testEnvironment: 'node',
  // ES-module-only dependencies that Jest's CommonJS runtime must have compiled (Node itself can require them).
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  maxWorkers: 2,
  // Integration tests drive a real PostgreSQL from two projects at once on two cores; Jest's 5 s default
  // fails them on a busy machine without anything being wrong. A hang still fails, after 30 s.
  testTimeout: 30_000,
};
