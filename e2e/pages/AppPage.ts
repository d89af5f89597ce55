import type { ConsoleMessage, Locator, Page } from "@playwright/test";
import type { Locale } from "../../src/graph";
import { LANGUAGE_NAMES, MESSAGES } from "../../src/ui/i18n/messages";
import { layoutText } from "../../src/ui/layout/layoutText";
import { paletteText } from "../../src/ui/palette/paletteText";

/**
 * The app shell as a user (or a screen reader) sees it: landmarks, headings,
 * buttons and tables found by role and accessible name, in either language.
 */
export class AppPage {
  /** Console errors and uncaught exceptions seen since open(). */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on("console", (msg: ConsoleMessage) => {
      if (msg.type() === "error") this.errors.push(`console: ${msg.text()}`);
    });
    page.on("pageerror", (error) => this.errors.push(`page error: ${error.message}`));
  }

  async open(): Promise<void> {
    await this.page.goto("/");
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole("banner").getByRole("heading", { level: 1, name: "Neurograph" });
  }

  languageButton(locale: Locale): Locator {
    return this.page.getByRole("button", { name: LANGUAGE_NAMES[locale], exact: true });
  }

  async switchLanguage(locale: Locale): Promise<void> {
    await this.languageButton(locale).click();
  }

  palette(locale: Locale): Locator {
    return this.page.getByRole("complementary", {
      name: paletteText[locale].title,
      exact: true,
    });
  }

  /** Opens the bottom panel's Summary tab. */
  async showSummary(locale: Locale): Promise<void> {
    await this.page.getByRole("tab", { name: layoutText[locale].tabSummary }).click();
  }

  summaryTable(): Locator {
    return this.page.getByRole("main").getByRole("table");
  }

  /** The footer row whose row header reads "Total" (or "合计"). */
  totalRow(locale: Locale): Locator {
    const header = this.page.getByRole("rowheader", {
      name: MESSAGES[locale].totalRow,
      exact: true,
    });
    return this.summaryTable().getByRole("row").filter({ has: header });
  }
}
