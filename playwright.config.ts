import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright's own browser download is not reachable on our machines, so we
// drive Debian's Chromium when it is installed and fall back to Playwright's
// managed browser elsewhere (e.g. a developer laptop after `npx playwright install`).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
  existsSync(p),
);

const PORT = 4173;

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // One retry, reported as "flaky" in the output, so a rare timing hiccup on a loaded CI
  // machine does not block a landing; a real failure fails twice.
  retries: 1,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The app picks its first language from the browser's; pin it so specs start in English.
    locale: "en-US",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(systemChromium ? { executablePath: systemChromium } : {}),
          args: [
            "--no-sandbox",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
