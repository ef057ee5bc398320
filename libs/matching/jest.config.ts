/* @jest-config-loader ts-node */
/* @jest-config-loader-options {"transpileOnly": true} */
export default {
  displayName: 'matching',
  preset: '../../jest.preset.js',
};
