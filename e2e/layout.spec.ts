import { readFileSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { EditorPage } from "./pages/EditorPage";

type Box = { x: number; y: number; width: number; height: number };

async function drag(page: Page, node: Locator, dx: number, dy: number): Promise<void> {
  const box = (await node.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dx / 2, box.y + 12 + dy / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + dx, box.y + 12 + dy, { steps: 5 });
  await page.mouse.up();
}

/** The on-screen boxes of the given layers. */
async function boxes(editor: EditorPage, ids: readonly string[]): Promise<Map<string, Box>> {
  const result = new Map<string, Box>();
  for (const id of ids) result.set(id, (await editor.node(id).boundingBox())!);
  return result;
}

function expectLaidOut(
  boxesById: ReadonlyMap<string, Box>,
  edges: readonly { source: string; target: string }[],
): void {
  for (const e of edges) {
    const s = boxesById.get(e.source)!;
    const t = boxesById.get(e.target)!;
    expect(s.y + s.height, `${e.source} above ${e.target}`).toBeLessThan(t.y);
  }
  const list = [...boxesById];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const [a, p] = list[i]!;
      const [b, q] = list[j]!;
      const apart =
        p.x + p.width <= q.x ||
        q.x + q.width <= p.x ||
        p.y + p.height <= q.y ||
        q.y + q.height <= p.y;
      expect(apart, `${a} and ${b} overlap`).toBe(true);
    }
}

async function waitForMove(editor: EditorPage, before: unknown): Promise<void> {
  await expect
    .poll(async () => JSON.stringify((await editor.document()).nodes.map((n) => n.position)))
    .not.toBe(JSON.stringify(before));
}

test("auto layout orders scrambled layers top to bottom without overlaps, as one undo step", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  // Scramble: the output to the top right, the input to the bottom left.
  await drag(page, editor.node("out"), 260, -330);
  await drag(page, editor.node("in"), -150, 300);
  const scrambled = (await editor.document()).nodes.map((n) => n.position);
  const byId = (await editor.document()).nodes;
  expect(byId.find((n) => n.id === "out")!.position.y).toBeLessThan(
    byId.find((n) => n.id === "in")!.position.y,
  );
  const steps = await page.evaluate(() =>
    (
      window as never as { __neurograph: { historyLength: () => number } }
    ).__neurograph.historyLength(),
  );

  await editor.runMenu("View", "Auto layout");
  await waitForMove(editor, scrambled);
  const doc = await editor.document();
  await page.waitForTimeout(400); // the fit-view animation
  expectLaidOut(
    await boxes(
      editor,
      doc.nodes.map((n) => n.id),
    ),
    doc.edges,
  );
  expect(
    await page.evaluate(() =>
      (
        window as never as { __neurograph: { historyLength: () => number } }
      ).__neurograph.historyLength(),
    ),
  ).toBe(steps + 1);

  await page.keyboard.press("Control+Z");
  expect((await editor.document()).nodes.map((n) => n.position)).toEqual(scrambled);
  await editor.expectNoErrors();
});

test("auto layout of the transformer preset keeps merge inputs in port order and groups together", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  // Replace the graph with the preset, pasted as a document (the keyboard way in).
  await editor
    .canvas()
    .locator(".react-flow__pane")
    .click({ position: { x: 20, y: 20 } });
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  const preset = readFileSync("presets/transformer-classifier.json", "utf8");
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    window.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, cancelable: true }));
  }, preset);
  await expect.poll(async () => (await editor.document()).nodes.length).toBeGreaterThan(8);
  const pasted = (await editor.document()).nodes.map((n) => n.position);

  await page.keyboard.press("Shift+Control+L");
  await waitForMove(editor, pasted);
  await page.waitForTimeout(400);
  const doc = await editor.document();
  const laidOut = await boxes(
    editor,
    doc.nodes.map((n) => n.id),
  );
  expectLaidOut(laidOut, doc.edges);

  // in0's source is left of in1's source wherever both are drawn side by side.
  for (const node of doc.nodes) {
    const into = (port: string) =>
      doc.edges.find((e) => e.target === node.id && e.targetHandle === port);
    const [a, b] = [into("in0"), into("in1")];
    if (!a || !b) continue;
    const left = laidOut.get(a.source)!;
    const right = laidOut.get(b.source)!;
    if (Math.abs(left.x - right.x) > 1)
      expect(left.x, `${node.id}: in0 left of in1`).toBeLessThan(right.x);
  }
  // Each group's box holds its members and no other layer.
  for (const group of doc.groups) {
    const box = (await page.getByTestId(`group-${group.id}`).boundingBox())!;
    for (const node of doc.nodes) {
      const b = laidOut.get(node.id)!;
      const inside =
        b.x >= box.x &&
        b.y >= box.y &&
        b.x + b.width <= box.x + box.width &&
        b.y + b.height <= box.y + box.height;
      const disjoint =
        b.x + b.width <= box.x ||
        box.x + box.width <= b.x ||
        b.y + b.height <= box.y ||
        box.y + box.height <= b.y;
      if (node.group === group.id) expect(inside, `${node.id} inside ${group.id}`).toBe(true);
      else expect(disjoint, `${node.id} outside ${group.id}`).toBe(true);
    }
  }
  await editor.expectNoErrors();
});
