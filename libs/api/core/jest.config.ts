/* @jest-config-loader ts-node */
/* @jest-config-loader-options {"transpileOnly": true} */
export default {
  displayName: 'api-core',
  preset: '../../../jest.preset.js',
};
