import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import lenet from "../presets/lenet-5.json" with { type: "json" };
import mnist from "../presets/mnist-mlp.json" with { type: "json" };
import { FilesPage, jsonFile } from "./pages/FilesPage";

/** A graph whose input is flat but feeds a convolution: it loads, with a rank-mismatch error (NG401). */
const rankMismatch = {
  format: "neurograph",
  version: 1,
  name: "Rank mismatch",
  nodes: [
    { id: "in", type: "input", params: { shape: [784] }, position: { x: 0, y: 0 } },
    {
      id: "conv",
      type: "conv2d",
      params: { filters: 8, kernelSize: 3 },
      position: { x: 0, y: 120 },
    },
  ],
  edges: [{ id: "e1", source: "in", target: "conv" }],
};

test.describe("saving and reopening", () => {
  test("every change autosaves, and a reload restores exactly that graph", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    await files.renameGraph("My autosaved net");
    await files.editor.paletteItem("Dropout").click();
    const edited = await files.editor.document();
    expect(edited.nodes).toHaveLength(5);

    const stored = await files.storedDocumentNamed("My autosaved net");
    await expect
      .poll(async () => (await files.storedDocumentNamed("My autosaved net")).nodes)
      .toEqual(edited.nodes);
    expect(stored.format).toBe("neurograph");

    await page.reload();
    await files.open("/", "My autosaved net");
    expect(await files.editor.document()).toEqual(edited);
    await expect(files.editor.nodes()).toHaveCount(5);

    await files.showMyGraphs();
    await expect(files.graphRows()).toHaveCount(1);
    const row = files.graphRow("My autosaved net");
    await expect(row).toContainText("Open now");
    await expect(row.getByRole("img")).toHaveCount(0); // the thumbnail is decorative (alt="")
    await expect(row.locator("img")).toHaveAttribute("src", /^data:image\/svg\+xml/);
    await files.expectNoErrors();
  });

  test("a reload straight after an edit does not lose it", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    await files.renameGraph("Reloaded at once");
    await page.reload();
    await files.open("/", "Reloaded at once");
    await files.expectNoErrors();
  });

  test("My graphs opens, renames, duplicates and deletes graphs", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    const presets = await files.showPresets();
    await presets.locator('[data-preset="lenet-5"]').click();
    await expect(files.graphName()).toHaveValue("LeNet-5");
    await expect(page.getByRole("status")).toContainText("Opened “LeNet-5”.");

    await files.showMyGraphs();
    await expect(files.graphRows()).toHaveCount(2);
    await expect(files.graphRows().first()).toContainText("LeNet-5"); // most recent first
    await expect(files.graphRow("LeNet-5")).toContainText("Open now");

    // Rename a graph that is not open.
    await files.graphRow("MNIST MLP").getByRole("button", { name: "Rename" }).click();
    const nameField = files
      .dialog("My graphs")
      .getByRole("textbox", { name: "New name for “MNIST MLP”" });
    await expect(nameField).toBeFocused();
    await nameField.fill("Renamed MLP");
    await nameField.press("Enter");
    await expect(files.graphRow("Renamed MLP")).toBeVisible();

    // Escape cancels a rename without closing the dialog.
    await files.graphRow("LeNet-5").getByRole("button", { name: "Rename" }).click();
    await page.keyboard.press("Escape");
    await expect(files.graphRow("LeNet-5")).toBeVisible();

    await files.graphRow("LeNet-5").getByRole("button", { name: "Duplicate" }).click();
    await expect(files.graphRow("LeNet-5 (copy)")).toBeVisible();
    await expect(files.graphRows()).toHaveCount(3);

    // Deleting asks first; Cancel keeps the graph.
    await files.graphRow("Renamed MLP").getByRole("button", { name: "Delete" }).click();
    await expect(files.graphRow("Renamed MLP")).toContainText(
      "Delete “Renamed MLP”? This cannot be undone.",
    );
    await expect(
      files.graphRow("Renamed MLP").getByRole("button", { name: "Cancel" }),
    ).toBeFocused();
    await files.graphRow("Renamed MLP").getByRole("button", { name: "Cancel" }).click();
    await files.graphRow("Renamed MLP").getByRole("button", { name: "Delete" }).click();
    await files.graphRow("Renamed MLP").getByRole("button", { name: "Delete" }).click();
    await expect(files.graphRows()).toHaveCount(2);
    await expect(files.graphRow("Renamed MLP")).toHaveCount(0);

    await files.graphRow("LeNet-5 (copy)").getByRole("button", { name: "Open" }).click();
    await expect(files.dialog("My graphs")).toHaveCount(0);
    await expect(files.graphName()).toHaveValue("LeNet-5 (copy)");
    expect((await files.editor.document()).nodes).toHaveLength(lenet.nodes.length);

    await page.reload();
    await files.open("/", "LeNet-5 (copy)");
    await files.expectStoredNames(["LeNet-5", "LeNet-5 (copy)"]);
    await files.expectNoErrors();
  });

  test("deleting the open graph opens the next one", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    await page.keyboard.press("Alt+Control+N");
    await expect(files.graphName()).toHaveValue("Untitled");
    await files.showMyGraphs();
    await files.graphRow("Untitled").getByRole("button", { name: "Delete" }).click();
    await files.graphRow("Untitled").getByRole("button", { name: "Delete" }).click();
    await expect(files.graphRows()).toHaveCount(1);
    await expect(files.graphRow("MNIST MLP")).toContainText("Open now");
    await expect(files.graphName()).toHaveValue("MNIST MLP");
    await files.expectNoErrors();
  });

  test("New makes a new entry and keeps the previous graph", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    await files.menuItem("File", "New graph");
    await expect(files.graphName()).toHaveValue("Untitled");
    expect((await files.editor.document()).nodes).toEqual([]);
    await files.expectStoredNames(["MNIST MLP", "Untitled"]);
    await files.expectNoErrors();
  });

  test("Download .json (Ctrl+S) saves the open graph under its name", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    const download = page.waitForEvent("download");
    await page.keyboard.press("Control+S");
    const file = await download;
    expect(file.suggestedFilename()).toBe("MNIST MLP.json");
    const { readFile } = await import("node:fs/promises");
    const saved = JSON.parse(await readFile(await file.path(), "utf8"));
    expect(saved).toEqual(await files.editor.document());
    await files.expectNoErrors();
  });
});

test.describe("opening files", () => {
  test("from the Open… picker, as a new graph that keeps the old one", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    await files.openFileFromMenu(jsonFile("lenet.json", lenet));
    await expect(files.graphName()).toHaveValue("LeNet-5");
    await expect(files.editor.nodes()).toHaveCount(lenet.nodes.length);
    await files.expectStoredNames(["LeNet-5", "MNIST MLP"]);
    await files.expectNoErrors();
  });

  test("dropped anywhere on the window", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    await files.dropFile(jsonFile("lenet.json", lenet));
    await expect(files.graphName()).toHaveValue("LeNet-5");
    // Dragging a layer from the palette still adds a layer (the drop handler leaves it alone).
    await files.editor.paletteItem("Dense").dragTo(files.editor.canvas());
    await expect(files.editor.nodes()).toHaveCount(lenet.nodes.length + 1);
    await files.expectNoErrors();
  });

  const broken = [
    {
      what: "text that is not JSON",
      file: jsonFile("broken.json", '{ "format": "neurograph",, }'),
      code: "NG101",
    },
    {
      what: "a newer version",
      file: jsonFile("future.json", { ...mnist, version: 99 }),
      code: "NG103",
    },
    {
      what: "a file over 5 MB",
      file: jsonFile("huge.json", { ...mnist, padding: "x".repeat(5 * 1024 * 1024) }),
      code: "Too large",
    },
    {
      what: "a document that fails validation",
      file: jsonFile("invalid.json", {
        format: "neurograph",
        version: 1,
        nodes: [{ id: 7 }],
        edges: {},
      }),
      code: "NG104",
    },
    {
      what: "a file that is not .json",
      file: {
        name: "picture.png",
        mimeType: "image/png",
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      },
      code: "Not .json",
    },
  ];

  for (const { what, file, code } of broken) {
    test(`${what} shows its problems and loses nothing`, async ({ page }) => {
      const files = new FilesPage(page);
      await files.open("/", "MNIST MLP");
      await files.renameGraph("Work in progress");
      await files.storedDocumentNamed("Work in progress");
      const before = await files.editor.document();
      const storedBefore = await files.storedGraphs();

      if (file.name.endsWith(".png")) await files.dropFile(file);
      else await files.openFile(file);
      const dialog = files.problemsDialog();
      await expect(dialog).toHaveAccessibleName(`Can't open “${file.name}”`);
      await expect(dialog).toContainText("Nothing was changed");
      await expect(files.problems().first()).toContainText(code);
      await expect(dialog.getByRole("button", { name: "Open anyway" })).toHaveCount(0);
      await dialog.getByRole("button", { name: "Close" }).click();

      expect(await files.editor.document()).toEqual(before);
      expect(await files.storedGraphs()).toEqual(storedBefore);
      await files.expectNoErrors();
    });
  }

  test("the problems are listed in the current language", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    await page.getByRole("button", { name: "简体中文" }).click();
    await files.openFile(jsonFile("future.json", { ...mnist, version: 99 }));
    await expect(files.problemsDialog()).toHaveAccessibleName("无法打开“future.json”");
    await expect(files.problemsDialog().getByRole("listitem").first()).toContainText(
      "更新的 Neurograph",
    );
    await files.expectNoErrors();
  });

  test("a graph with errors can be cancelled, or opened anyway to fix it", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    const before = await files.editor.document();

    await files.openFile(jsonFile("mismatch.json", rankMismatch));
    const dialog = files.problemsDialog();
    await expect(dialog).toHaveAccessibleName("Problems in “mismatch.json”");
    await expect(files.problems().first()).toContainText("NG401");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await files.editor.document()).toEqual(before);

    await files.openFile(jsonFile("mismatch.json", rankMismatch));
    await files.problemsDialog().getByRole("button", { name: "Open anyway" }).click();
    await expect(files.graphName()).toHaveValue("Rank mismatch");
    await expect(page.getByRole("main")).toContainText("NG401");
    await expect.poll(async () => (await files.storedGraphs()).length).toBe(2);
    await files.expectNoErrors();
  });
});

test("markup in names, labels and descriptions is shown as text, never run", async ({ page }) => {
  const files = new FilesPage(page);
  const alerts: string[] = [];
  page.on("dialog", (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  await files.open("/", "MNIST MLP");
  const hostile = {
    ...mnist,
    name: "<img src=x onerror=alert(1)>",
    description: { en: "<b>bold</b> <script>alert(2)</script>", zh: "<b>粗体</b>" },
    nodes: mnist.nodes.map((n, i) => ({ ...n, label: i === 1 ? "<b>bold</b>" : `<i>${n.id}</i>` })),
  };
  await files.openFile(jsonFile("hostile.json", hostile));
  await expect(files.graphName()).toHaveValue("<img src=x onerror=alert(1)>");
  await expect(files.editor.node("hidden")).toContainText("<b>bold</b>");
  await expect(page.getByText("<b>bold</b>", { exact: true })).toBeVisible();
  await expect(page.locator("img[src='x'], b, script:not([src]), i")).toHaveCount(0);

  await files.showMyGraphs();
  await expect(files.graphRow("<img src=x onerror=alert(1)>")).toBeVisible();
  await files.closeDialog();

  // In a problems dialog too: a hostile name in a file that does not open.
  await files.openFile(jsonFile("<b>x</b>.json", { ...hostile, version: 99 }));
  await expect(files.problemsDialog()).toHaveAccessibleName("Can't open “<b>x</b>.json”");
  await expect(page.locator("img[src='x'], b, script:not([src]), i")).toHaveCount(0);
  expect(alerts).toEqual([]);
  await files.expectNoErrors();
});

test.describe("exports", () => {
  test("Export SVG downloads a standalone SVG with the graph's name and labels", async ({
    page,
  }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    const { name, bytes } = await files.download("Export", "Export SVG");
    expect(name).toBe("MNIST MLP.svg");
    const text = bytes.toString("utf8");
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.localName,
        title: doc.querySelector("svg > title")?.textContent,
        texts: [...doc.querySelectorAll("text")].map((t) => t.textContent),
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("svg");
    expect(parsed.title).toBe("MNIST MLP");
    for (const label of ["in", "hidden", "drop", "out", "Dense", "[?, 128]"])
      expect(parsed.texts).toContain(label);
    await files.expectNoErrors();
  });

  test("Export PNG downloads a PNG drawn at twice the SVG's size", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    const svg = await files.download("Export", "Export SVG");
    const png = await files.download("Export", "Export PNG");
    expect(png.name).toBe("MNIST MLP.png");
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The IHDR chunk holds width and height as big-endian 32-bit numbers.
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    const [, svgWidth, svgHeight] = svg.bytes
      .toString("utf8")
      .match(/<svg [^>]*width="(\d+)" height="(\d+)"/)!;
    expect(width).toBe(2 * Number(svgWidth));
    expect(height).toBe(2 * Number(svgHeight));
    expect(png.bytes.length).toBeGreaterThan(5_000);
    await files.expectNoErrors();
  });

  test("exports escape hostile names and still produce valid files", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    await files.renameGraph('<script>alert("x")</script> & co');
    const { name, bytes } = await files.download("Export", "Export SVG");
    expect(name).toBe("_script_alert(_x_)_script_ & co.svg");
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror"),
        title: doc.querySelector("title")?.textContent,
        scripts: doc.querySelectorAll("script").length,
      };
    }, bytes.toString("utf8"));
    expect(parsed).toEqual({ error: null, title: '<script>alert("x")</script> & co', scripts: 0 });
    const png = await files.download("Export", "Export PNG");
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    await files.expectNoErrors();
  });
});

test.describe("presets", () => {
  test("the gallery shows every preset with its description and opens one from the keyboard", async ({
    page,
  }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    const gallery = await files.showPresets();
    const cards = gallery.locator(".files-topics").getByRole("button");
    // Grouped under the curriculum's topics, the perceptron first.
    await expect(gallery.getByRole("heading", { name: "1. The perceptron" })).toBeVisible();
    const presetCount = readdirSync("presets").filter((f) => f.endsWith(".json")).length;
    await expect(cards).toHaveCount(presetCount);
    await expect(cards.first()).toBeFocused();
    await expect(gallery.locator('[data-preset="mnist-mlp"]')).toHaveAccessibleDescription(
      /multilayer perceptron/,
    );
    await expect(gallery.locator("img[src^='data:image/svg+xml']")).toHaveCount(presetCount);
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await expect(cards.nth(1)).toBeFocused();
    const chosen = (await cards.nth(1).locator(".files-card-name").textContent())!;
    await page.keyboard.press("Enter");
    await expect(files.graphName()).toHaveValue(chosen);
    await expect.poll(async () => (await files.storedGraphs()).length).toBe(2);
    await files.expectNoErrors();
  });

  test("descriptions follow the language", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    await page.getByRole("button", { name: "简体中文" }).click();
    await files.editor.runMenu("文件", "预设…");
    const gallery = page.getByRole("dialog", { name: "预设" });
    await expect(gallery.locator('[data-preset="mnist-mlp"]')).toHaveAccessibleDescription(
      /多层感知机/,
    );
    await expect(gallery.getByRole("heading", { name: "1. 感知机" })).toBeVisible();
    await files.expectNoErrors();
  });
});

test.describe("when storage fails", () => {
  test("without IndexedDB the user is told, and the editor keeps working in memory", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "indexedDB", { get: () => undefined, configurable: true });
    });
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    await expect(page.getByRole("alert")).toContainText("does not let Neurograph save");
    await files.editor.paletteItem("Dropout").click();
    await expect(files.editor.nodes()).toHaveCount(5);
    await files.menuItem("File", "My graphs…");
    await expect(files.dialog("My graphs").getByRole("alert")).toContainText(
      "does not let Neurograph save",
    );
    await files.expectNoErrors();
  });

  test("a full disk is reported, not swallowed", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await files.renameGraph("Too much");
    await expect(page.getByRole("alert")).toContainText("storage is full");
    await expect(files.graphName()).toHaveValue("Too much");
    await files.expectNoErrors();
  });
});
