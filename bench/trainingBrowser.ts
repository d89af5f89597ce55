/**
 * Training in real Chromium, through the app itself (production build, the
 * real worker, the shipped MNIST): samples per second for an MLP, a CNN and
 * an LSTM on `auto` and on each backend the browser offers; live charts and
 * feature maps on against off; and the main thread's frame rate while a CNN
 * trains. Throughput is measured from the app's own progress counters over a
 * wall-clock window after warm-up.
 */
import type { Browser, Page } from "playwright";
import type { BackendChoice, GraphDocumentInput } from "../src/graph";
import { launchChromium, median, shareUrl, startFpsSampling, startPreview } from "./browserKit";

interface Snapshot {
  readonly status: string;
  readonly backend: string | null;
  readonly samplesDone: number;
}

export interface BackendRow {
  readonly model: string;
  readonly requested: BackendChoice;
  /** The backend that actually ran (a backend lacking a kernel falls back). */
  readonly ran: string;
  readonly samplesPerSecond: number;
}

export interface BrowserTrainingFigures {
  readonly backends: readonly BackendRow[];
  readonly liveOnSamplesPerSecond: number;
  readonly liveOffSamplesPerSecond: number;
  readonly trainingFps: number;
}

const node = (id: string, type: string, params: Record<string, unknown>, y: number) => ({
  id,
  type,
  params,
  position: { x: 0, y: y * 110 },
});
const chain = (ids: readonly string[]) =>
  ids.slice(1).map((id, i) => ({ id: `e${i}`, source: ids[i]!, target: id }));

function document(
  name: string,
  nodes: ReturnType<typeof node>[],
  dataset: { id: string; options?: Record<string, unknown> },
  backend: BackendChoice,
): GraphDocumentInput {
  return {
    format: "neurograph",
    version: 1,
    name,
    nodes,
    edges: chain(nodes.map((n) => n.id)),
    training: {
      dataset: { id: dataset.id, options: dataset.options ?? {} },
      loss: "sparseCategoricalCrossentropy",
      optimizer: { type: "adam", learningRate: 0.001 },
      batchSize: 64,
      epochs: 200,
      validationSplit: 0.1,
      seed: 7,
      backend,
    },
  };
}

const MODELS: Record<string, (backend: BackendChoice) => GraphDocumentInput> = {
  "MLP 784-128-10": (backend) =>
    document(
      "Bench MLP",
      [
        node("in", "input", { shape: [784] }, 0),
        node("h", "dense", { units: 128, activation: "relu" }, 1),
        node("out", "dense", { units: 10, activation: "softmax" }, 2),
      ],
      { id: "mnist" },
      backend,
    ),
  "CNN 2×conv3 + pool": (backend) =>
    document(
      "Bench CNN",
      [
        node("in", "input", { shape: [28, 28, 1] }, 0),
        node("c1", "conv2d", { filters: 8, kernelSize: 3, activation: "relu" }, 1),
        node("c2", "conv2d", { filters: 16, kernelSize: 3, activation: "relu" }, 2),
        node("p", "maxPooling2d", { poolSize: 2 }, 3),
        node("f", "flatten", {}, 4),
        node("out", "dense", { units: 10, activation: "softmax" }, 5),
      ],
      { id: "mnist" },
      backend,
    ),
  "LSTM(32) on 20×10": (backend) =>
    document(
      "Bench LSTM",
      [
        node("in", "input", { shape: [20, 10] }, 0),
        node("r", "lstm", { units: 32 }, 1),
        node("out", "dense", { units: 10, activation: "softmax" }, 2),
      ],
      { id: "firstSymbol", options: { length: 20, symbols: 10 } },
      backend,
    ),
};

const snapshot = (page: Page): Promise<Snapshot> =>
  page.evaluate(() =>
    (window as unknown as { __neurograph: { training: () => Snapshot } }).__neurograph.training(),
  );

async function openAndTrain(browser: Browser, doc: GraphDocumentInput): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(shareUrl(doc));
  await page.waitForFunction(() => "__neurograph" in window);
  const dialog = page.getByRole("dialog");
  if (await dialog.isVisible().catch(() => false))
    throw new Error(`benchmark document refused: ${await dialog.textContent()}`);
  await page.getByRole("tab", { name: /^Training/ }).click();
  await page.getByRole("button", { name: "Train", exact: true }).click();
  return page;
}

/** Samples per second over `seconds` of wall time, after `warmupSamples` have been trained. */
async function throughput(page: Page, seconds: number, warmupSamples: number) {
  await page.waitForFunction(
    (warm) => {
      const s = (
        window as unknown as { __neurograph: { training: () => Snapshot } }
      ).__neurograph.training();
      return (s.status === "running" && s.samplesDone >= warm) || s.status === "failed";
    },
    warmupSamples,
    { timeout: 120_000 },
  );
  const first = await snapshot(page);
  const start = Date.now();
  await page.waitForTimeout(seconds * 1000);
  const last = await snapshot(page);
  const elapsed = (Date.now() - start) / 1000;
  return {
    backend: last.backend ?? "none",
    samplesPerSecond:
      last.status === "failed" ? 0 : (last.samplesDone - first.samplesDone) / elapsed,
  };
}

async function stopAndClose(page: Page): Promise<void> {
  await page
    .getByRole("button", { name: "Stop", exact: true })
    .click({ timeout: 5_000 })
    .catch(() => {});
  await page.context().close();
}

async function measureBackends(browser: Browser): Promise<BackendRow[]> {
  const rows: BackendRow[] = [];
  for (const [model, make] of Object.entries(MODELS)) {
    for (const requested of ["auto", "wasm", "webgl", "cpu"] as const) {
      const page = await openAndTrain(browser, make(requested));
      const slow = requested === "cpu" || (model.startsWith("CNN") && requested !== "webgl");
      const result = await throughput(page, slow ? 4 : 6, slow ? 256 : 1024);
      rows.push({
        model,
        requested,
        ran: result.backend,
        samplesPerSecond: result.samplesPerSecond,
      });
      await stopAndClose(page);
    }
  }
  return rows;
}

/** The CNN with the Layers view open on its first convolution (feature maps, histograms, gradient norms) or with every live view off. */
async function cnnThroughput(browser: Browser, live: boolean): Promise<number> {
  const page = await openAndTrain(browser, MODELS["CNN 2×conv3 + pool"]!("auto"));
  if (live) {
    await page.getByRole("tab", { name: /^Layers/ }).click();
    await page.locator('.react-flow__node[data-id="c1"]').click();
  } else {
    // Everything off: no probes asked of the worker, the panel closed so no chart renders.
    await page.getByRole("tab", { name: /^Layers/ }).click();
    for (const name of [/activations/i, /histograms/i]) {
      const box = page.getByRole("checkbox", { name });
      if (await box.isChecked()) await box.uncheck();
    }
    await page.getByRole("tab", { name: /^Training/ }).click();
  }
  const result = await throughput(page, 8, 1024);
  await stopAndClose(page);
  return result.samplesPerSecond;
}

async function trainingFrameRate(browser: Browser): Promise<number> {
  const page = await openAndTrain(browser, MODELS["CNN 2×conv3 + pool"]!("auto"));
  await throughput(page, 0, 512);
  const stop = await startFpsSampling(page);
  await page.waitForTimeout(5_000);
  const fps = await stop();
  await stopAndClose(page);
  return fps;
}

export async function measureBrowserTraining(): Promise<BrowserTrainingFigures> {
  const server = await startPreview();
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const backends = await measureBackends(browser);
    const on: number[] = [];
    const off: number[] = [];
    // Alternate so that drift of a shared machine hits both sides alike.
    for (let i = 0; i < 2; i++) {
      on.push(await cnnThroughput(browser, true));
      off.push(await cnnThroughput(browser, false));
    }
    const trainingFps = await trainingFrameRate(browser);
    return {
      backends,
      liveOnSamplesPerSecond: median(on),
      liveOffSamplesPerSecond: median(off),
      trainingFps,
    };
  } finally {
    await browser?.close();
    server.kill();
  }
}
