import { expect, type Locator, type Page, test } from "@playwright/test";
import { EditorPage } from "./pages/EditorPage";

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the mouse in small steps, as a hand would (React Flow needs the moves). */
async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 12,
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps });
}

test.describe("the canvas", () => {
  let editor: EditorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    await editor.open();
    await expect(editor.node("hidden")).toBeVisible();
  });

  test("labels every edge with the shape it carries", async () => {
    await expect(editor.edgeLabels()).toHaveText(["[?, 784]", "[?, 128]", "[?, 128]"]);
    await expect(editor.node("hidden")).toContainText("128 · relu");
    await expect(editor.node("hidden")).toContainText("[?, 128]");
    await expect(editor.node("hidden")).toContainText("100,480 params");
    await editor.expectNoErrors();
  });

  test("drops a layer dragged from the palette where it is dropped", async () => {
    const before = (await editor.document()).nodes.length;
    const canvasBox = (await editor.canvas().boundingBox())!;
    const target = { x: canvasBox.x + canvasBox.width - 220, y: canvasBox.y + 140 };
    await editor.paletteItem("Conv2D").dragTo(editor.canvas(), {
      targetPosition: { x: target.x - canvasBox.x, y: target.y - canvasBox.y },
    });
    const doc = await editor.document();
    expect(doc.nodes).toHaveLength(before + 1);
    const added = doc.nodes.at(-1)!;
    expect(added.type).toBe("conv2d");
    const box = (await editor.node(added.id).boundingBox())!;
    // The node is centred on the drop point (within a grid step and rounding).
    expect(Math.abs(box.x + box.width / 2 - target.x)).toBeLessThan(40);
    expect(Math.abs(box.y + box.height / 2 - target.y)).toBeLessThan(40);
    await editor.expectNoErrors();
  });

  test("connects two layers and labels the new edge", async ({ page }) => {
    await editor.paletteItem("Dropout").click(); // nothing selected: added below the lowest node, unconnected
    const added = (await editor.document()).nodes.at(-1)!;
    await expect(editor.node(added.id)).toBeVisible();
    const from = await centre(editor.node("out").locator(".react-flow__handle.source"));
    const to = await centre(editor.node(added.id).locator(".react-flow__handle.target"));
    await drag(page, from, to);
    await page.mouse.up();
    const doc = await editor.document();
    const edge = doc.edges.find((e) => e.source === "out" && e.target === added.id);
    expect(edge).toBeDefined();
    await expect(page.getByTestId(`edge-shape-${edge!.id}`)).toHaveText("[?, 10]");
    await expect(editor.node(added.id)).toContainText("[?, 10]");
    await editor.expectNoErrors();
  });

  test("refuses a connection that cannot work, and says why while dragging", async ({ page }) => {
    const canvasBox = (await editor.canvas().boundingBox())!;
    await editor
      .paletteItem("Conv2D")
      .dragTo(editor.canvas(), { targetPosition: { x: canvasBox.width - 220, y: 140 } });
    const conv = (await editor.document()).nodes.at(-1)!;
    const edgesBefore = (await editor.document()).edges.length;
    const from = await centre(editor.node("in").locator(".react-flow__handle.source"));
    const to = await centre(editor.node(conv.id).locator(".react-flow__handle.target"));
    await drag(page, from, to);
    const refusal = page.getByRole("alert").filter({ hasText: "Cannot connect" });
    await expect(refusal).toContainText("expects a 4-D input [batch, height, width, channels]");
    await expect(refusal).toContainText("Insert a Reshape to [28, 28, 1]");
    await page.mouse.up();
    await expect(refusal).toHaveCount(0);
    expect((await editor.document()).edges).toHaveLength(edgesBefore);

    // An occupied single input is refused too, with its own reason.
    const toHidden = await centre(editor.node("hidden").locator(".react-flow__handle.target"));
    await drag(
      page,
      await centre(editor.node("drop").locator(".react-flow__handle.source")),
      toHidden,
    );
    await expect(page.getByRole("alert").filter({ hasText: "Cannot connect" })).toContainText(
      "That would make a cycle",
    );
    await page.mouse.up();
    expect((await editor.document()).edges).toHaveLength(edgesBefore);
    await editor.expectNoErrors();
  });

  test("a whole drag is one undo step; redo moves it back", async ({ page }) => {
    const start = (await editor.document()).nodes.find((n) => n.id === "hidden")!.position;
    const history = await page.evaluate(() =>
      (
        window as unknown as { __neurograph: { historyLength: () => number } }
      ).__neurograph.historyLength(),
    );
    const from = await centre(editor.node("hidden").locator(".layer-name"));
    await drag(page, from, { x: from.x + 180, y: from.y + 60 }, 20);
    await page.mouse.up();
    const moved = (await editor.document()).nodes.find((n) => n.id === "hidden")!.position;
    expect(moved.x).toBeGreaterThan(start.x + 100);
    expect(
      await page.evaluate(() =>
        (
          window as unknown as { __neurograph: { historyLength: () => number } }
        ).__neurograph.historyLength(),
      ),
    ).toBe(history + 1);

    await page.keyboard.press("Control+Z");
    expect((await editor.document()).nodes.find((n) => n.id === "hidden")!.position).toEqual(start);
    await page.keyboard.press("Control+Shift+Z");
    expect((await editor.document()).nodes.find((n) => n.id === "hidden")!.position).toEqual(moved);
    await editor.expectNoErrors();
  });

  test("deletes the selection and undoes it", async ({ page }) => {
    await editor.node("drop").click();
    await page.keyboard.press("Delete");
    expect((await editor.document()).nodes.map((n) => n.id)).toEqual(["in", "hidden", "out"]);
    await expect(editor.node("out")).toContainText("shape unknown");
    await page.keyboard.press("Control+Z");
    expect((await editor.document()).nodes.map((n) => n.id)).toEqual([
      "in",
      "hidden",
      "drop",
      "out",
    ]);
    await editor.expectNoErrors();
  });
});
