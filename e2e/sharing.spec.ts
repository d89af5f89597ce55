import { expect, test } from "@playwright/test";
import LZString from "lz-string";
import mnist from "../presets/mnist-mlp.json" with { type: "json" };
import { FilesPage } from "./pages/FilesPage";

const linkTo = (document: unknown) =>
  `/#g=${LZString.compressToEncodedURIComponent(JSON.stringify(document))}`;

test("a share link opens the same graph in a new page, and the work there stays saved", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const sender = new FilesPage(page);
  await sender.open("/", "MNIST MLP");
  await sender.renameGraph("Shared net");
  // Added below the selected output and connected to it, so the shared graph has no errors.
  await sender.editor.node("out").click();
  await sender.editor.paletteItem("Dropout").click();
  const shared = await sender.editor.document();
  const link = await sender.copyShareLink();
  expect(new URL(link).pathname).toBe("/");
  await expect(sender.dialog("Share link").getByRole("status")).toHaveText(
    "Copied to the clipboard.",
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await sender.closeDialog();

  // The sender keeps working; that work must survive the link being opened.
  await sender.renameGraph("Kept work");
  await sender.storedDocumentNamed("Kept work");

  const receiverPage = await context.newPage();
  const receiver = new FilesPage(receiverPage);
  await receiver.open(new URL(link).pathname + new URL(link).hash, "Shared net");
  expect(await receiver.editor.document()).toEqual(shared);
  await expect(receiverPage).toHaveURL(/\/$/); // the hash is cleared

  await receiver.showMyGraphs();
  await expect(receiver.graphRow("Shared net")).toContainText("Open now");
  await expect(receiver.graphRow("Kept work")).toBeVisible();
  await expect(receiver.graphRows()).toHaveCount(2);

  // A reload reopens the shared copy; it does not import the link a second time.
  await receiverPage.reload();
  await receiver.open("/", "Shared net");
  await receiver.expectStoredNames(["Kept work", "Shared net"]);
  await receiver.expectNoErrors();
  await sender.expectNoErrors();
});

test("a link pasted into an open tab opens it as a new graph", async ({ page }) => {
  const files = new FilesPage(page);
  await files.open("/", "MNIST MLP");
  await files.renameGraph("Mine");
  await files.storedDocumentNamed("Mine");
  await page.evaluate(
    (hash) => {
      window.location.hash = hash;
    },
    linkTo({ ...mnist, name: "From a link" }).slice(1),
  );
  await expect(files.graphName()).toHaveValue("From a link");
  await expect(page).toHaveURL(/\/$/);
  await files.expectStoredNames(["From a link", "Mine"]);
  await files.expectNoErrors();
});

const brokenLinks = [
  { what: "a cut-off link", hash: "/#g=N4IgbgpgTgzglgewHYgFwEYA0IDG", code: "Damaged" },
  { what: "a link of another version", hash: linkTo({ ...mnist, version: 42 }), code: "NG103" },
  {
    what: "a link to something that is not a graph",
    hash: linkTo({ hello: "world" }),
    code: "NG102",
  },
];

for (const { what, hash, code } of brokenLinks) {
  test(`${what} shows the problems and leaves the current work alone`, async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/", "MNIST MLP");
    await files.renameGraph("Precious work");
    await files.storedDocumentNamed("Precious work");
    const before = await files.editor.document();
    const storedBefore = await files.storedGraphs();

    await page.goto(hash);
    const dialog = files.problemsDialog();
    await expect(dialog).toHaveAccessibleName("Can't open this share link");
    await expect(files.problems().first()).toContainText(code);
    await expect(page).toHaveURL(/\/$/);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(files.graphName()).toHaveValue("Precious work");
    expect(await files.editor.document()).toEqual(before);
    expect(await files.storedGraphs()).toEqual(storedBefore);
    await files.expectNoErrors();
  });
}

test("a link to a graph with errors offers to open it anyway", async ({ page }) => {
  const files = new FilesPage(page);
  const broken = {
    ...mnist,
    name: "Needs a fix",
    nodes: mnist.nodes.map((n) =>
      n.id === "hidden" ? { ...n, type: "conv2d", params: { filters: 4, kernelSize: 3 } } : n,
    ),
  };
  await files.open(linkTo(broken));
  const dialog = files.problemsDialog();
  await expect(dialog).toHaveAccessibleName("Problems in this share link");
  await expect(files.problems().first()).toContainText("NG401");
  // Underneath, the first-visit graph is open and saved.
  await expect(files.graphName()).toHaveValue("MNIST MLP");
  await dialog.getByRole("button", { name: "Open anyway" }).click();
  await expect(files.graphName()).toHaveValue("Needs a fix");
  await files.expectStoredNames(["MNIST MLP", "Needs a fix"]);
  await files.expectNoErrors();
});

test("a share link works on a first visit, with nothing saved yet", async ({ page }) => {
  const files = new FilesPage(page);
  await files.open(linkTo({ ...mnist, name: "First visit" }), "First visit");
  await files.expectStoredNames(["First visit"]);
  await files.expectNoErrors();
});
