import { expect, type Page, test } from "@playwright/test";
import { EditorPage } from "./pages/EditorPage";

const history = (page: Page) =>
  page.evaluate(() =>
    (
      window as never as { __neurograph: { historyLength: () => number } }
    ).__neurograph.historyLength(),
  );

test("group two layers as an Encoder, collapse and expand it, and undo", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.node("hidden").click();
  await editor.node("drop").click({ modifiers: ["Shift"] });
  await page.keyboard.press("Control+G");

  const dialog = page.getByRole("dialog", { name: "Group selection" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "Name" })).toBeFocused();
  await expect(dialog.getByRole("radio", { name: /Encoder/ })).toBeChecked();
  for (const role of ["Decoder", "Generator", "Discriminator", "Critic", "Custom"])
    await expect(dialog.getByRole("radio", { name: new RegExp(role) })).toBeVisible();
  await dialog.getByRole("textbox", { name: "Name" }).fill("Feature encoder");
  await dialog.getByRole("button", { name: "Group", exact: true }).click();
  await expect(dialog).toBeHidden();

  let doc = await editor.document();
  expect(doc.groups).toEqual([
    { id: expect.any(String), label: "Feature encoder", role: "encoder" },
  ]);
  const groupId = doc.groups[0]!.id;
  expect(doc.nodes.filter((n) => n.group === groupId).map((n) => n.id)).toEqual(["hidden", "drop"]);
  const group = page.getByTestId(`group-${groupId}`);
  await expect(group).toBeVisible();
  await expect(group).toContainText("Encoder");
  await expect(group).toContainText("100,480 params");

  // Laid out, the header has room above the block.
  await editor.runMenu("View", "Auto layout");
  await expect
    .poll(async () => (await editor.document()).nodes[1]!.position)
    .not.toEqual({ x: 0, y: 120 });
  // The box surrounds its members.
  const box = (await group.boundingBox())!;
  for (const id of ["hidden", "drop"]) {
    const member = (await editor.node(id).boundingBox())!;
    expect(member.x).toBeGreaterThan(box.x);
    expect(member.y).toBeGreaterThan(box.y);
    expect(member.x + member.width).toBeLessThan(box.x + box.width);
    expect(member.y + member.height).toBeLessThan(box.y + box.height);
  }

  // Clicking the group's name selects its layers.
  await page.getByRole("button", { name: /Encoder block Feature encoder/ }).click();
  await expect(editor.node("hidden")).toHaveClass(/selected/);
  await expect(editor.node("drop")).toHaveClass(/selected/);
  await expect(editor.node("out")).not.toHaveClass(/selected/);

  const steps = await history(page);
  await page.getByRole("button", { name: "Collapse Feature encoder" }).click();
  await expect(editor.node("hidden")).toHaveCount(0);
  await expect(editor.node("drop")).toHaveCount(0);
  await expect(group).toContainText("[?, 784]");
  await expect(group).toContainText("[?, 128]");
  await expect(group).toContainText("2 layers");
  // The edges crossing the block's border now attach to it, with their shapes; the inner one is gone.
  await expect(page.getByTestId("rf__edge-e1")).toHaveAttribute(
    "aria-label",
    "Edge from in to Feature encoder",
  );
  await expect(page.getByTestId("rf__edge-e3")).toHaveAttribute(
    "aria-label",
    "Edge from Feature encoder to out",
  );
  await expect(page.getByTestId("edge-shape-e1")).toHaveText("[?, 784]");
  await expect(page.getByTestId("edge-shape-e3")).toHaveText("[?, 128]");
  await expect(page.getByTestId("rf__edge-e2")).toHaveCount(0);
  expect((await editor.document()).groups[0]!.collapsed).toBe(true);
  expect(await history(page)).toBe(steps + 1);

  await page.getByRole("button", { name: "Expand Feature encoder" }).click();
  await expect(editor.node("hidden")).toBeVisible();
  await expect(page.getByTestId("rf__edge-e2")).toHaveCount(1);

  await page.keyboard.press("Control+Z");
  await expect(editor.node("hidden")).toHaveCount(0);
  await page.keyboard.press("Control+Z");
  await expect(editor.node("hidden")).toBeVisible();

  // Ungroup (Shift+Ctrl+G) with the members selected.
  await page.getByRole("button", { name: /Encoder block Feature encoder/ }).click();
  await page.keyboard.press("Shift+Control+G");
  await expect(group).toHaveCount(0);
  doc = await editor.document();
  expect(doc.groups).toEqual([]);
  await editor.expectNoErrors();
});

test("dragging a group's header moves its layers as one undo step", async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.node("drop").click();
  await editor.node("out").click({ modifiers: ["Shift"] });
  await editor.runMenu("Edit", /Group selection/);
  await page
    .getByRole("dialog")
    .getByRole("radio", { name: /Decoder/ })
    .check();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeHidden();
  expect((await editor.document()).groups[0]).toMatchObject({ label: "Decoder", role: "decoder" });
  // Laid out first, so the header has room above the block (the preset's layers sit close).
  const positions = async () =>
    JSON.stringify((await editor.document()).nodes.map((n) => n.position));
  const packed = await positions();
  await page.keyboard.press("Shift+Control+L");
  await expect.poll(positions).not.toBe(packed);
  const doc = await editor.document();
  const before = new Map(doc.nodes.map((n) => [n.id, n.position]));
  const steps = await history(page);

  const title = page.getByRole("button", { name: /Decoder block Decoder/ });
  const start = (await title.boundingBox())!;
  await page.mouse.move(start.x + 10, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + 110, start.y + 60, { steps: 8 });
  await page.mouse.move(start.x + 210, start.y + 90, { steps: 8 });
  await page.mouse.up();

  const after = new Map((await editor.document()).nodes.map((n) => [n.id, n.position]));
  const dx = after.get("drop")!.x - before.get("drop")!.x;
  const dy = after.get("drop")!.y - before.get("drop")!.y;
  expect(dx).toBeGreaterThan(50);
  expect(dy).toBeGreaterThan(20);
  expect(after.get("out")).toEqual({ x: before.get("out")!.x + dx, y: before.get("out")!.y + dy });
  expect(after.get("hidden")).toEqual(before.get("hidden"));
  expect(await history(page)).toBe(steps + 1);

  await page.keyboard.press("Control+Z");
  const undone = new Map((await editor.document()).nodes.map((n) => [n.id, n.position]));
  expect(undone).toEqual(before);
  await editor.expectNoErrors();
});
