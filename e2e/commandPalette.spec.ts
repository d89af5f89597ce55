import { expect, test } from "@playwright/test";
import { CommandPalettePage } from "./pages/CommandPalettePage";
import { EditorPage } from "./pages/EditorPage";

test.describe("command palette", () => {
  test("opens with Ctrl+K, matches fuzzily in both languages, and gives focus back on Escape", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    const palette = new CommandPalettePage(page);
    await editor.open();
    await editor.node("hidden").click();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-id"));
    expect(await focused()).toBe("hidden");

    await palette.open();
    await expect(palette.input()).toHaveAttribute("aria-expanded", "true");
    expect(await palette.options().count()).toBeGreaterThan(40);
    // The combobox points at the active row.
    const activeId = await palette.active().getAttribute("id");
    await expect(palette.input()).toHaveAttribute("aria-activedescendant", activeId!);

    await palette.search("zoom in");
    await expect(palette.active()).toContainText("Zoom in");
    await expect(palette.active()).toContainText(/Ctrl\+=/);
    await page.keyboard.press("ArrowDown");
    await expect(palette.active()).not.toContainText("Zoom in");
    await page.keyboard.press("ArrowUp");
    await expect(palette.active()).toContainText("Zoom in");

    // Chinese titles match in the English interface, and scattered letters match too.
    await palette.search("全连接");
    await expect(palette.active()).toContainText("Add Dense");
    await palette.search("adcnv2");
    await expect(palette.active()).toContainText("Add Conv2D");

    // A command that cannot run now is listed, marked, and Enter does nothing.
    await palette.search("redo");
    await expect(palette.option(/^Redo/)).toHaveAttribute("aria-disabled", "true");
    await page.keyboard.press("Enter");
    await expect(palette.dialog()).toBeVisible();

    await page.keyboard.press("Escape");
    await expect(palette.dialog()).toBeHidden();
    expect(await focused()).toBe("hidden");

    // Titles follow the interface language.
    await page.getByRole("button", { name: "简体中文", exact: true }).click();
    const zh = new CommandPalettePage(page, "zh");
    await zh.open();
    await zh.search("add dense");
    await expect(zh.active()).toContainText("添加全连接层");
    await page.keyboard.press("Escape");

    await editor.expectNoErrors();
  });

  test("builds an MLP from the keyboard alone", async ({ page }) => {
    const editor = new EditorPage(page);
    const palette = new CommandPalettePage(page);
    await editor.open();

    // A new, empty graph: the File → New command when there is one, else select all and delete.
    await palette.open();
    await palette.search("new graph");
    const hasNew = (await palette.option(/^New\b/).count()) > 0;
    await page.keyboard.press("Escape");
    if (hasNew) await palette.run("new graph", /^New\b/);
    else {
      await palette.run("select all", "Select all");
      await palette.run("delete selection", "Delete selection");
    }
    await expect.poll(async () => (await editor.document()).nodes.length).toBe(0);

    await palette.run("add input", "Add Input");
    await palette.run("add dense", "Add Dense");
    await palette.run("add dense", "Add Dense");

    const doc = await editor.document();
    expect(doc.nodes.map((n) => n.type)).toEqual(["input", "dense", "dense"]);
    const [input, first, second] = doc.nodes.map((n) => n.id);
    expect(doc.edges.map((e) => [e.source, e.target])).toEqual([
      [input, first],
      [first, second],
    ]);
    // Each layer lands below the one before it.
    expect(doc.nodes[1]!.position.y).toBeGreaterThan(doc.nodes[0]!.position.y);
    expect(doc.nodes[2]!.position.y).toBeGreaterThan(doc.nodes[1]!.position.y);
    await expect(editor.edgeLabels()).toHaveCount(2);

    await palette.run("show summary", "Show model summary");
    const total = page
      .getByRole("main")
      .getByRole("row")
      .filter({
        has: page.getByRole("rowheader", { name: "Total", exact: true }),
      });
    // 784 → 64 → 64 with biases: 50,240 + 4,160 parameters.
    await expect(total).toContainText("54,400");

    // The commands just used come first next time.
    await palette.open();
    await expect(palette.options().first()).toContainText("Show model summary");
    await expect(palette.options().nth(1)).toContainText("Add Dense");
    await expect(palette.options().nth(1)).toContainText("recently used");
    await page.keyboard.press("Escape");

    await editor.expectNoErrors();
  });
});

test("Help lists every shortcut from the registry, and tells what Neurograph is", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.keyboard.press("Control+/");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  for (const [command, keys] of [
    ["Copy", "Ctrl+C"],
    ["Paste", "Ctrl+V"],
    ["Group selection…", "Ctrl+G"],
    ["Auto layout", "Shift+Ctrl+L"],
    ["Command palette…", "Ctrl+K"],
  ] as const)
    await expect(dialog.getByRole("row", { name: command, exact: false }).first()).toContainText(
      keys,
    );
  await dialog.getByRole("searchbox", { name: "Filter shortcuts" }).fill("group");
  await expect(dialog.getByRole("row", { name: /Group selection/ })).toBeVisible();
  await expect(dialog.getByRole("row", { name: /Copy/ })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await editor.runMenu("Help", "About Neurograph");
  await expect(page.getByRole("dialog", { name: "About Neurograph" })).toContainText(
    "33 layer kinds",
  );
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "简体中文", exact: true }).click();
  await page.keyboard.press("Control+/");
  const zh = page.getByRole("dialog", { name: "键盘快捷键" });
  await expect(zh.getByRole("row", { name: /复制/ }).first()).toContainText("Ctrl+C");
  await editor.expectNoErrors();
});
