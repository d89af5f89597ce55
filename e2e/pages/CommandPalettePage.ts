import { expect, type Locator, type Page } from "@playwright/test";
import type { Locale } from "../../src/graph";
import { commandPaletteText } from "../../src/ui/commandPalette/commandPaletteText";

/**
 * The command palette as a keyboard user meets it: Ctrl+K opens a dialog
 * whose combobox filters a listbox of commands; Enter runs the active one.
 */
export class CommandPalettePage {
  constructor(
    readonly page: Page,
    readonly locale: Locale = "en",
  ) {}

  dialog(): Locator {
    return this.page.getByRole("dialog", { name: commandPaletteText[this.locale].title });
  }

  input(): Locator {
    return this.dialog().getByRole("combobox", { name: commandPaletteText[this.locale].title });
  }

  options(): Locator {
    return this.dialog().getByRole("option");
  }

  option(name: string | RegExp): Locator {
    return this.dialog().getByRole("option", { name });
  }

  /** The row the combobox points at (aria-activedescendant). */
  active(): Locator {
    return this.dialog().locator('[role="option"][aria-selected="true"]');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press("Control+K");
    await expect(this.input()).toBeFocused();
  }

  /** Types a query (key by key, as a person would). */
  async search(query: string): Promise<void> {
    await this.input().fill("");
    await this.input().pressSequentially(query);
  }

  /** Ctrl+K, the query, Enter — after checking that the active row is the expected command. */
  async run(query: string, expected: string | RegExp): Promise<void> {
    await this.open();
    await this.search(query);
    await expect(this.active()).toContainText(expected);
    await this.page.keyboard.press("Enter");
    await expect(this.dialog()).toBeHidden();
  }
}
