/* @jest-config-loader ts-node */
/* @jest-config-loader-options {"transpileOnly": true} */
export default {
  displayName: 'api-notifications',
  preset: '../../../jest.preset.js',
  globalSetup: '<rootDir>/../../../libs/api/testing/src/lib/postgres-global-setup.ts',
  globalTeardown: '<rootDir>/../../../libs/api/testing/src/lib/postgres-global-teardown.ts',
};
