/* @jest-config-loader ts-node */
/* @jest-config-loader-options {"transpileOnly": true} */
export default {
  displayName: 'api-notifications',
  preset: '../../../jest.preset.js',
};
