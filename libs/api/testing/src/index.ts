export { createTestApp } from './lib/test-app';
export type { GraphqlResponse, TestApp } from './lib/test-app';
export { createTestDatabase } from './lib/test-database';
export type { TestDatabase } from './lib/test-database';
export { decodeQuotedPrintable, latestMailLink } from './lib/mailbox';
export { errorCode, TestWorld } from './lib/test-world';
export type { Person, Staff } from './lib/test-world';
