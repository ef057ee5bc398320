/* @jest-config-loader ts-node */
/* @jest-config-loader-options {"transpileOnly": true} */
export default {
  displayName: 'shared',
  preset: '../../jest.preset.js',
};
