import { expect, test } from "@playwright/test";
import { MESSAGES } from "../src/ui/i18n/messages";
import { EditorPage } from "./pages/EditorPage";
import { InspectorPage } from "./pages/InspectorPage";

/** The model summary's total row, in the bottom panel's Summary tab. */
function totalRow(editor: EditorPage) {
  return editor.page
    .getByRole("main")
    .getByRole("table")
    .getByRole("row")
    .filter({
      has: editor.page.getByRole("rowheader", { name: MESSAGES.en.totalRow, exact: true }),
    });
}

async function historyLength(editor: EditorPage): Promise<number> {
  return editor.page.evaluate(() =>
    (
      window as unknown as { __neurograph: { historyLength: () => number } }
    ).__neurograph.historyLength(),
  );
}

test.describe("the inspector", () => {
  let editor: EditorPage;
  let inspector: InspectorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    inspector = new InspectorPage(page);
    await editor.open();
    await expect(editor.node("hidden")).toBeVisible();
  });

  test("shows the graph when nothing is selected", async () => {
    await expect(inspector.title()).toHaveText("MNIST MLP");
    await expect(inspector.root()).toContainText("A multilayer perceptron for handwritten digits");
    await expect(inspector.root()).toContainText("用于手写数字识别的多层感知机");
    await expect(inspector.root()).toContainText("101,770");
    await editor.expectNoErrors();
  });

  test("an edit re-infers shapes everywhere at once, refuses invalid values, and undoes in one step", async () => {
    await editor.tab("Summary").click();
    await expect(totalRow(editor)).toContainText("101,770");

    await editor.node("hidden").click();
    await expect(inspector.title()).toHaveText("Dense");
    const units = inspector.numberField("units");
    await expect(units).toHaveValue("128");
    const stepsBefore = await historyLength(editor);

    // Typed key by key: 6 then 64, each valid value written at once.
    await inspector.type(units, "64");
    await expect(inspector.outputShape()).toHaveText("[?, 64]");
    await expect(editor.node("hidden")).toContainText("[?, 64]");
    await expect(editor.node("hidden")).toContainText("64 · relu");
    await expect(editor.page.getByTestId("edge-shape-e2")).toHaveText("[?, 64]");
    await expect(editor.page.getByTestId("edge-shape-e3")).toHaveText("[?, 64]");
    // 784·64 + 64 + 64·10 + 10
    await expect(totalRow(editor)).toContainText("50,890");

    // Invalid entries (pasted whole, so no valid prefix gets written on the way) say why and change nothing.
    for (const [text, message] of [
      ["0", "Must be at least 1."],
      ["", "Enter a whole number."],
      ["12.5", "Must be a whole number."],
      ["12px", "“12px” is not a number."],
    ] as const) {
      await units.fill(text);
      await expect(units).toHaveAttribute("aria-invalid", "true");
      await expect(units).toHaveAccessibleDescription(new RegExp(message.replace(".", "\\.")));
      await expect(inspector.root()).toContainText(`${message} Not applied; the layer keeps 64.`);
      await expect(editor.node("hidden")).toContainText("[?, 64]");
      expect((await editor.document()).nodes.find((n) => n.id === "hidden")!.params.units).toBe(64);
    }
    await expect(totalRow(editor)).toContainText("50,890");

    // Escape goes back to what the layer has; leaving the field ends the typing session.
    await units.press("Escape");
    await expect(units).toHaveValue("64");
    await expect(units).not.toHaveAttribute("aria-invalid", "true");
    await units.blur();
    expect(await historyLength(editor)).toBe(stepsBefore + 1);

    // One undo takes the whole typing session back.
    await editor.runMenu("Edit", /Undo/);
    await expect(units).toHaveValue("128");
    await expect(editor.node("hidden")).toContainText("[?, 128]");
    await expect(editor.page.getByTestId("edge-shape-e2")).toHaveText("[?, 128]");
    await expect(totalRow(editor)).toContainText("101,770");
    expect(await historyLength(editor)).toBe(stepsBefore);
    await editor.expectNoErrors();
  });

  test("selects, switches and resets are one undo step each", async () => {
    await editor.node("hidden").click();
    const activation = inspector.select("activation");
    await expect(activation).toHaveValue("relu");
    await activation.selectOption("tanh");
    await expect(editor.node("hidden")).toContainText("128 · tanh");

    await inspector.switch("useBias").click();
    await expect(inspector.switch("useBias")).not.toBeChecked();
    await expect(editor.node("hidden")).toContainText("100,352 params");

    // Reset removes the param, so tfjs's default (linear) applies.
    await inspector.resetButton("activation").click();
    await expect(activation).toHaveValue("linear");
    expect(
      (await editor.document()).nodes.find((n) => n.id === "hidden")!.params,
    ).not.toHaveProperty("activation");
    await expect(inspector.resetButton("activation")).toBeDisabled();

    await editor.runMenu("Edit", /Undo/);
    await expect(activation).toHaveValue("tanh");
    await editor.runMenu("Edit", /Undo/);
    await expect(inspector.switch("useBias")).toBeChecked();
    await editor.runMenu("Edit", /Undo/);
    await expect(activation).toHaveValue("relu");
    await editor.expectNoErrors();
  });

  test("every field is labelled and described by its help", async () => {
    await editor.node("hidden").click();
    await expect(inspector.numberField("units")).toHaveAccessibleDescription(
      /Number of output units \(neurons\)\..*1 ≤ units ≤ 1,048,576/,
    );
    await expect(inspector.select("activation")).toHaveAccessibleDescription(/Default: linear/);
    await expect(inspector.switch("useBias")).toHaveAccessibleDescription(/Add a learned bias/);
    await expect(inspector.help()).toContainText("Fully connected layer");
    await expect(inspector.formula().first()).toBeVisible();
    await editor.expectNoErrors();
  });

  test("speaks 简体中文, with the help's formula rendered as mathematics", async () => {
    await editor.page.getByRole("button", { name: "简体中文", exact: true }).click();
    const zh = inspector.inLanguage("zh");
    await expect(zh.title()).toHaveText("MNIST MLP");
    await expect(zh.root()).toContainText("在画布上选择一个层");

    await editor.node("hidden").click();
    await expect(zh.title()).toHaveText("全连接层");
    await expect(zh.section("hyperparameters")).toBeVisible();
    await expect(zh.numberField("units")).toHaveAccessibleDescription(/输出单元（神经元）的数量/);
    await expect(zh.help()).toContainText("全连接层：每个输出单元对全部输入加权求和");
    await expect(zh.formula().first()).toBeVisible();
    expect(await zh.formula().count()).toBeGreaterThanOrEqual(3);
    // MathML, not an image or source text: the weighted sum is a <munderover> Σ.
    await expect(zh.help().locator("munderover").first()).toBeAttached();

    await zh.type(zh.numberField("units"), "0");
    await expect(zh.root()).toContainText("不能小于 1。未应用；该层仍为 128。");
    await editor.expectNoErrors();
  });
});
