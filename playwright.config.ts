import { defineConfig, devices } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// PORT must match vite.config.ts's preview port; set it to run beside another checkout's preview.
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  // A shared 2-core machine: give the map and charts time to load under parallel tests.
  expect: { timeout: 15_000 },
  webServer: {
    command: 'npm run build && npm run preview',
    port,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000
  },
  use: { baseURL: `http://localhost:${port}`, trace: 'off' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromium,
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
        }
      }
    }
  ]
});
