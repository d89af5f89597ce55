/**
 * Editor speed in real Chromium against the production build: how long a
 * 500-node graph takes to open (from navigation to nodes on screen), the frame
 * rate while panning, zooming and dragging (requestAnimationFrame intervals),
 * and one param edit's round trip through the UI on that graph.
 */
import type { Browser, Page } from "playwright";
import type { GraphDocument } from "../src/graph";
import { launchChromium, median, sampleFps, shareUrl, startPreview } from "./browserKit";

export interface EditorFigures {
  readonly openMs: number;
  /** Until every node has been handed to the canvas (large graphs arrive in batches; the minimap comes last). */
  readonly allNodesMs: number;
  readonly panFps: number;
  readonly zoomFps: number;
  readonly dragFps: number;
  readonly editRoundTripMs: number;
}

async function canvasCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator(".react-flow__pane").boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export async function measureEditor(graph: GraphDocument): Promise<EditorFigures> {
  const server = await startPreview();
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const url = shareUrl(graph);
    const count = graph.nodes.length;
    const opens: number[] = [];
    const completes: number[] = [];
    let page: Page | null = null;
    // A fresh browser context each time, so every open is a cold page load with empty storage.
    for (let run = 0; run < 3; run++) {
      await page?.context().close();
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      page = await context.newPage();
      const start = Date.now();
      await page.goto(url);
      await page.waitForFunction(
        (n) =>
          (
            window as unknown as { __neurograph?: { document: () => { nodes: unknown[] } } }
          ).__neurograph?.document().nodes.length === n &&
          // React Flow keeps a node hidden until it has measured it.
          [...document.querySelectorAll(".react-flow__node")].some(
            (e) => getComputedStyle(e).visibility === "visible",
          ),
        count,
        { polling: "raf", timeout: 30_000 },
      );
      opens.push(Date.now() - start);
      await page.waitForSelector(".react-flow__minimap", { timeout: 30_000 });
      completes.push(Date.now() - start);
    }
    if (!page) throw new Error("no page");

    const centre = await canvasCentre(page);
    const panFps = await sampleFps(page, async () => {
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.down();
      for (let i = 0; i < 60; i++)
        await page.mouse.move(centre.x + Math.sin(i / 6) * 200, centre.y + i * 3);
      await page.mouse.up();
    });
    const zoomFps = await sampleFps(page, async () => {
      await page.mouse.move(centre.x, centre.y);
      for (let i = 0; i < 40; i++) await page.mouse.wheel(0, i < 20 ? -60 : 60);
    });
    const node = page.locator(".react-flow__node-layer").first();
    const box = (await node.boundingBox())!;
    const dragFps = await sampleFps(page, async () => {
      await page.mouse.move(box.x + 40, box.y + 30);
      await page.mouse.down();
      for (let i = 0; i < 60; i++)
        await page.mouse.move(box.x + 40 + i * 4, box.y + 30 + Math.sin(i / 5) * 40);
      await page.mouse.up();
    });
    const editRoundTripMs = await measureEdit(page);
    return {
      openMs: median(opens),
      allNodesMs: median(completes),
      panFps,
      zoomFps,
      dragFps,
      editRoundTripMs,
    };
  } finally {
    await browser?.close();
    server.kill();
  }
}

/**
 * Select the first Dense, change its units in the inspector, and time from the
 * input event to the first frame after the canvas shows the new shape.
 */
async function measureEdit(page: Page): Promise<number> {
  const first = page.locator(".react-flow__node-layer").filter({ hasText: "Dense" }).first();
  await first.click();
  const field = page
    .getByRole("complementary", { name: /Inspector/ })
    .getByLabel(/^units/i)
    .first();
  if ((await field.count()) === 0) return Number.NaN;
  const samples: number[] = [];
  for (const units of [31, 33, 29, 35, 32]) {
    samples.push(
      await field.evaluate(async (input: HTMLInputElement, value: number) => {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
        const start = performance.now();
        setter.call(input, String(value));
        input.dispatchEvent(new Event("input", { bubbles: true }));
        const expected = `, ${value}]`;
        while (
          !document.querySelector(".react-flow__node.selected")?.textContent?.includes(expected)
        ) {
          await new Promise((r) => requestAnimationFrame(r));
          if (performance.now() - start > 5000) return Number.NaN;
        }
        return performance.now() - start;
      }, units),
    );
  }
  return median(samples);
}
