import { expect, test } from "@playwright/test";
import { CommandPalettePage } from "./pages/CommandPalettePage";
import { ComparePage } from "./pages/ComparePage";
import { InspectorPage } from "./pages/InspectorPage";
import { TrainingPage } from "./pages/TrainingPage";

/**
 * The compare view end to end, with real training in Chromium: three
 * variants of the MNIST MLP (128, 32 and 64 hidden units) train on the same
 * split (2,000 training images, one epoch, so it stays quick on a small
 * machine), the results table is read, and every export is checked.
 */

const BASE = "MNIST MLP";
const V2 = `${BASE} — variant 2`;
const V3 = `${BASE} — variant 3`;
/** Dense 784→units plus Dense units→10, with biases. */
const mlpParams = (units: number) => 784 * units + units + units * 10 + 10;

test("three variants of an MNIST network train side by side; results export as CSV, JSON and PNG", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const compare = new ComparePage(page);
  const inspector = new InspectorPage(page);
  await compare.files.open("/", BASE);
  // Fewer training images in the original: the variants copy its setup, and the comparison shares it.
  const training = new TrainingPage(page);
  await training.show();
  const size = training.setupForm().getByLabel("Training images", { exact: true });
  await size.fill("2000");
  await size.blur();

  const setUnits = async (units: number) => {
    await compare.files.editor.node("hidden").click();
    const field = inspector.numberField("units");
    await inspector.type(field, String(units));
    await field.blur();
    await expect
      .poll(async () => {
        const doc = await compare.files.editor.document();
        return doc.nodes.find((n) => n.id === "hidden")?.params.units;
      })
      .toBe(units);
  };
  await compare.duplicateAsVariant(V2);
  await setUnits(32);
  await compare.duplicateAsVariant(V3);
  await setUnits(64);

  await compare.open();
  await expect(compare.entries()).toHaveCount(3);
  await expect(compare.entries().nth(0)).toContainText(BASE);
  await expect(compare.entries().nth(1)).toContainText(V2);
  await expect(compare.entries().nth(2)).toContainText(V3);
  // The structural diff names the changed width against the baseline.
  await expect(compare.dialog().getByText("128 → 32")).toBeVisible();
  await expect(compare.dialog().getByText("128 → 64")).toBeVisible();
  // Each graph drawn read-only.
  await expect(compare.dialog().getByRole("img", { name: `The graph ${V3}` })).toBeVisible();

  await compare.epochsField().fill("1");
  await expect(compare.dialog().getByTestId("compare-shared")).toContainText("epochs 1");
  await compare.button("train").click();
  await compare.expectAllFinished([BASE, V2, V3]);

  await expect(compare.rows()).toHaveCount(3);
  expect(await compare.value(BASE, "params")).toBe(mlpParams(128));
  expect(await compare.value(V2, "params")).toBe(mlpParams(32));
  expect(await compare.value(V3, "params")).toBe(mlpParams(64));
  for (const label of [BASE, V2, V3]) {
    const accuracy = await compare.value(label, "bestValAccuracy");
    expect(accuracy).not.toBeNull();
    // One short epoch on MNIST: far above chance (10 %) for every width.
    expect(accuracy!).toBeGreaterThan(0.5);
    expect(accuracy!).toBeLessThanOrEqual(1);
    expect(await compare.value(label, "samplesPerSecond")).toBeGreaterThan(0);
  }
  // The smallest model has the best (lowest) parameter count, and it is marked.
  await expect(compare.rows().nth(1).locator('td[data-metric="params"]')).toHaveClass(/best/);

  const csv = await compare.download("exportCsv");
  expect(csv.name).toBe("comparison.csv");
  const lines = csv.bytes.toString("utf8").trim().split("\n");
  expect(lines).toHaveLength(4);
  const header = lines[0]!.split(",");
  expect(header.slice(0, 3)).toEqual(["graph", "status", "params"]);
  const bestAccuracyColumn = header.indexOf("bestValAccuracy");
  expect(bestAccuracyColumn).toBeGreaterThan(0);
  const csvRows = lines.slice(1).map((l) => l.split(","));
  expect(csvRows.map((r) => [r[0], r[1], Number(r[2])])).toEqual([
    [BASE, "finished", mlpParams(128)],
    [V2, "finished", mlpParams(32)],
    [V3, "finished", mlpParams(64)],
  ]);
  for (const row of csvRows) expect(Number(row[bestAccuracyColumn])).toBeGreaterThan(0.5);

  const json = await compare.download("exportJson");
  expect(json.name).toBe("comparison.json");
  const exported = JSON.parse(json.bytes.toString("utf8")) as {
    format: string;
    shared: { epochs: number; seed: number; dataset: { id: string } };
    graphs: { label: string; results: Record<string, number>; history: unknown[] }[];
  };
  expect(exported.format).toBe("neurograph-comparison");
  expect(exported.shared.epochs).toBe(1);
  expect(exported.shared.dataset).toEqual({ id: "mnist", options: { size: 2000 } });
  expect(exported.graphs.map((g) => g.label)).toEqual([BASE, V2, V3]);
  expect(exported.graphs.map((g) => g.results.params)).toEqual([
    mlpParams(128),
    mlpParams(32),
    mlpParams(64),
  ]);
  for (const g of exported.graphs) {
    expect(g.history).toHaveLength(1);
    expect(g.results.bestValAccuracy).toBeGreaterThan(0.5);
  }

  await expect(
    compare.dialog().getByRole("figure", { name: "Accuracy by wall time" }),
  ).toBeVisible();
  const png = await compare.download("exportPng");
  expect(png.name).toBe("comparison-charts.png");
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(10_000);

  await compare.files.expectNoErrors();
});

test("Compare graphs… from the command palette; Stop ends the comparison and Train all comes back", async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.files.open("/", BASE);
  await compare.duplicateAsVariant(V2);
  await new CommandPalettePage(page).run("compare graphs", "Compare graphs…");
  await expect(compare.dialog()).toBeVisible();
  await expect(compare.entries()).toHaveCount(2);
  // Nothing changed yet: the variant has the baseline's structure.
  await expect(compare.dialog().getByText(compare.text.identical)).toBeVisible();

  await compare.epochsField().fill("50");
  await compare.button("train").click();
  await expect(compare.status(BASE)).toHaveText(/Preparing|Training/);
  await expect(compare.status(V2)).toHaveText("Waiting");
  await compare.button("stop").click();
  await expect(compare.status(V2)).toHaveText("Stopped");
  await expect(compare.status(BASE)).toHaveText("Stopped", { timeout: 20_000 });
  await expect(compare.button("train")).toBeEnabled();
  await compare.files.expectNoErrors();
});
