import { expect, type Page, test } from "@playwright/test";
import { EditorPage } from "./pages/EditorPage";

/** Sends a paste event carrying `text`, as the browser does for Ctrl+V. */
async function pasteEvent(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData("text/plain", value);
    window.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test.describe("clipboard", () => {
  test("copy and paste gives the layer a fresh id, selected, as one undo step", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const before = await editor.document();
    const history = () =>
      page.evaluate(() =>
        (
          window as never as { __neurograph: { historyLength: () => number } }
        ).__neurograph.historyLength(),
      );
    const steps = await history();

    await editor.node("hidden").click();
    await page.keyboard.press("Control+C");
    await expect(page.getByRole("status").filter({ hasText: "Copied 1 layer" })).toBeVisible();
    await page.keyboard.press("Control+V");

    await expect(editor.node("hidden_2")).toBeVisible();
    await expect(editor.node("hidden_2")).toHaveClass(/selected/);
    await expect(editor.node("hidden")).not.toHaveClass(/selected/);
    const after = await editor.document();
    expect(after.nodes).toHaveLength(before.nodes.length + 1);
    const original = after.nodes.find((n) => n.id === "hidden")!;
    const copy = after.nodes.find((n) => n.id === "hidden_2")!;
    expect(copy.params).toEqual(original.params);
    expect(copy.position).toEqual({ x: original.position.x + 40, y: original.position.y + 40 });
    expect(await history()).toBe(steps + 1);

    await page.keyboard.press("Control+Z");
    await expect(editor.node("hidden_2")).toHaveCount(0);
    await editor.expectNoErrors();
  });

  test("duplicate and cut keep the edges among the layers", async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.node("hidden").click();
    await editor.node("drop").click({ modifiers: ["Shift"] });
    await page.keyboard.press("Control+D");
    await expect(editor.node("hidden_2")).toHaveClass(/selected/);
    await expect(editor.node("drop_2")).toHaveClass(/selected/);
    let doc = await editor.document();
    expect(doc.edges.filter((e) => e.source === "hidden_2" && e.target === "drop_2")).toHaveLength(
      1,
    );

    await page.keyboard.press("Control+X");
    await expect(editor.node("hidden_2")).toHaveCount(0);
    doc = await editor.document();
    expect(doc.nodes.map((n) => n.id)).toEqual(["in", "hidden", "drop", "out"]);
    // What was cut pastes back, edge included.
    await page.keyboard.press("Control+V");
    await expect(editor.node("hidden_2")).toBeVisible();
    doc = await editor.document();
    expect(doc.edges.filter((e) => e.source === "hidden_2" && e.target === "drop_2")).toHaveLength(
      1,
    );
    await editor.expectNoErrors();
  });

  test("pastes into another tab through the system clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const first = new EditorPage(page);
    await first.open();
    await first.node("hidden").click();
    await first.node("drop").click({ modifiers: ["Shift"] });
    await page.keyboard.press("Control+C");

    // The real system clipboard now holds the layers as a graph document.
    const clip = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(clip).toMatchObject({ format: "neurograph", version: 1 });
    expect(clip.nodes.map((n: { id: string }) => n.id)).toEqual(["hidden", "drop"]);

    const other = await context.newPage();
    const second = new EditorPage(other);
    await second.open();
    const before = await second.document();
    await second
      .canvas()
      .locator(".react-flow__pane")
      .click({ position: { x: 20, y: 20 } });
    await other.keyboard.press("Control+V");

    await expect
      .poll(async () => (await second.document()).nodes.length)
      .toBe(before.nodes.length + 2);
    const after = await second.document();
    const pasted = after.nodes.filter((n) => !before.nodes.some((b) => b.id === n.id));
    expect(pasted.map((n) => n.type)).toEqual(["dense", "dropout"]);
    const [dense, dropout] = pasted.map((n) => n.id);
    expect(after.edges.some((e) => e.source === dense && e.target === dropout)).toBe(true);
    for (const id of pasted.map((n) => n.id)) await expect(second.node(id)).toHaveClass(/selected/);

    await first.expectNoErrors();
    await second.expectNoErrors();
  });

  test("ignores pasted text that is not Neurograph layers", async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.open();
    const before = await editor.document();
    await pasteEvent(page, "just some words");
    await pasteEvent(page, '{"format":"something-else"}');
    expect(await editor.document()).toEqual(before);

    // A synthesized paste of real layers works the same as Ctrl+V.
    const layer = {
      format: "neurograph",
      version: 1,
      name: "clip",
      nodes: [{ id: "extra", type: "dense", params: { units: 3 }, position: { x: 0, y: 0 } }],
      edges: [],
      groups: [],
      training: {},
    };
    await pasteEvent(page, JSON.stringify(layer));
    await expect(editor.node("extra")).toBeVisible();
    await editor.expectNoErrors();
  });
});
