import { expect, test } from "@playwright/test";
import { AppPage } from "./pages/AppPage";

test("the built app loads in Chromium with no console errors", async ({ page }) => {
  const app = new AppPage(page);
  await app.open();

  await expect(app.heading()).toBeVisible();
  await expect(page).toHaveTitle(/Neurograph/);
  await expect(app.languageButton("en")).toHaveAttribute("aria-pressed", "true");

  const palette = app.palette("en");
  await expect(palette.getByRole("heading", { name: "Core" })).toBeVisible();
  await expect(palette.getByRole("button", { name: "Dense", exact: true })).toBeVisible();

  await app.showSummary("en");

  await expect(app.summaryTable()).toHaveAccessibleName("Model summary of MNIST MLP");
  await expect(app.totalRow("en")).toContainText("101,770");
  await expect(app.summaryTable().getByRole("row", { name: /hidden/ })).toContainText("[?, 128]");

  await app.switchLanguage("zh");
  await expect(app.languageButton("zh")).toHaveAttribute("aria-pressed", "true");
  await expect(app.languageButton("en")).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(
    app.palette("zh").getByRole("button", { name: "全连接层", exact: true }),
  ).toBeVisible();
  await expect(app.totalRow("zh")).toContainText("101,770");

  expect(app.errors).toEqual([]);
});
