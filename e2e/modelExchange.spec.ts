import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { xorMlp } from "./fixtures/trainingDocuments";
import { TrainingPage } from "./pages/TrainingPage";

/**
 * Leaving and entering the browser from the editor's menus: Export downloads
 * a zip of the trained model (TensorFlow.js) or of Keras or PyTorch code with
 * the trained weights; opening the TensorFlow.js files imports the model as a new graph
 * whose weights are kept (it can continue training at once).
 */
test.describe("Export and import menus", () => {
  test("export a trained XOR network as tfjs and Keras zips, then import the tfjs model", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const training = new TrainingPage(page);
    const files = training.files;
    const document = xorMlp();
    await training.openWith(document);
    await training.button("train").click();
    await training.expectStatus("statusFinished");

    const tfjs = await files.download("Export", "TensorFlow.js model (.zip)");
    expect(tfjs.name).toBe(`${document.name}-tfjs.zip`);
    await expect(page.locator(".toast")).toContainText("with the weights of the current run");
    const tfjsFiles = unzipSync(new Uint8Array(tfjs.bytes));
    expect(Object.keys(tfjsFiles).sort()).toEqual(["group1-shard1of1.bin", "model.json"]);
    const modelJson = JSON.parse(new TextDecoder().decode(tfjsFiles["model.json"]));
    expect(modelJson.format).toBe("layers-model");
    expect(modelJson.weightsManifest[0].paths).toEqual(["./group1-shard1of1.bin"]);

    const keras = await files.download("Export", "Keras code (.zip)");
    const kerasFiles = unzipSync(new Uint8Array(keras.bytes));
    const python = Object.keys(kerasFiles).find((p) => p.endsWith(".py"))!;
    expect(new TextDecoder().decode(kerasFiles[python])).toContain(document.name);
    expect(Object.keys(kerasFiles).some((p) => p.endsWith(".weights.bin"))).toBe(true);

    const torch = await files.download("Export", "PyTorch code (.zip)");
    const torchFiles = unzipSync(new Uint8Array(torch.bytes));
    const module = Object.keys(torchFiles).find((p) => p.endsWith(".py"))!;
    expect(new TextDecoder().decode(torchFiles[module])).toContain("nn.Module");
    expect(Object.keys(torchFiles).some((p) => p.endsWith(".bin"))).toBe(true);

    // Open the tfjs files as a user picks them: model.json and its weights together.
    await page.getByTestId("open-file").setInputFiles([
      {
        name: "model.json",
        mimeType: "application/json",
        buffer: Buffer.from(tfjsFiles["model.json"]!),
      },
      {
        name: "group1-shard1of1.bin",
        mimeType: "application/octet-stream",
        buffer: Buffer.from(tfjsFiles["group1-shard1of1.bin"]!),
      },
    ]);
    await expect(page.locator(".toast")).toContainText(/the weights of 2 layers are kept/);
    // The start graph, the XOR graph, and the imported one.
    await expect.poll(async () => (await files.storedGraphs()).length).toBe(3);
    const imported = await page.evaluate(() =>
      (
        window as unknown as { __neurograph: { document(): { nodes: { type: string }[] } } }
      ).__neurograph.document(),
    );
    expect(imported.nodes.map((n) => n.type)).toEqual(document.nodes.map((n) => n.type));
    // The imported weights are the new graph's checkpoint: training can continue from them.
    // (The Training tab is still open.)
    await expect(training.button("continueTraining")).toBeVisible({ timeout: 20_000 });
    await files.expectNoErrors();
  });

  test("a file that is no model is refused with a message and the graph stays", async ({
    page,
  }) => {
    const training = new TrainingPage(page);
    await training.openWith(xorMlp());
    await page.getByTestId("open-file").setInputFiles([
      {
        name: "model.json",
        mimeType: "application/json",
        buffer: Buffer.from('{"modelTopology": {"class_name": "Nonsense"}}'),
      },
    ]);
    await expect(page.getByRole("alertdialog").or(page.getByRole("dialog"))).toBeVisible();
    await expect(training.files.graphName()).toHaveValue(xorMlp().name);
  });
});
