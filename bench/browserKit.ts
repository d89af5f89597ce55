/**
 * What the Chromium benchmarks share: the production build served by
 * `vite preview`, Debian's Chromium, frame-rate sampling with
 * requestAnimationFrame, and opening a document through a share link.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import lzString from "lz-string";
import { type Browser, chromium, type Page } from "playwright";

export const PREVIEW_PORT = 4195;
const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function startPreview(): Promise<ChildProcess> {
  // Vite's own bin, not `npx vite`: killing npx would leave the server (and this process) running.
  const server = spawn(
    "node_modules/.bin/vite",
    ["preview", "--host", "127.0.0.1", "--port", String(PREVIEW_PORT), "--strictPort"],
    { stdio: "ignore" },
  );
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${PREVIEW_PORT}/`);
      if (response.ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error("vite preview did not start");
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...(CHROMIUM ? { executablePath: CHROMIUM } : {}),
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The app's URL opening `document` through a share link. */
export function shareUrl(document: unknown): string {
  return `http://127.0.0.1:${PREVIEW_PORT}/#g=${lzString.compressToEncodedURIComponent(JSON.stringify(document))}`;
}

/** Starts sampling requestAnimationFrame intervals in the page; the returned function stops and gives the median fps. */
export async function startFpsSampling(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __sampling: boolean };
    w.__frames = [];
    w.__sampling = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (w.__sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return async () => {
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __sampling: boolean };
      w.__sampling = false;
      return w.__frames.slice(2);
    });
    return 1000 / median(frames);
  };
}

/** Median frame rate while `action` runs, sampled from requestAnimationFrame in the page. */
export async function sampleFps(page: Page, action: () => Promise<void>): Promise<number> {
  const stop = await startFpsSampling(page);
  await action();
  return stop();
}
