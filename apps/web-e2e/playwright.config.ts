import { join } from 'node:path';

import { defineConfig } from '@playwright/test';

// Playwright loads this file as CommonJS, so `__dirname` is defined.
const workspaceRoot = join(__dirname, '..', '..');
const baseURL = 'http://localhost:3900';

export default defineConfig({
  testDir: './src',
  outputDir: '../../dist/.playwright/apps/web-e2e/test-results',
  fullyParallel: false,
  forbidOnly: true,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // Builds the API and the web app, then starts them on port 3900 with a throw-away database.
    command: 'node tools/e2e-server.mjs',
    url: `${baseURL}/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    cwd: workspaceRoot,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
