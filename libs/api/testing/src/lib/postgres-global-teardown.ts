/** Jest global teardown: closing the server's standard input makes it drop the template and stop. */
export default async function postgresGlobalTeardown(): Promise<void> {
  const child = globalThis.entraideTestDatabaseServer;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin?.end();
  await exited;
}
