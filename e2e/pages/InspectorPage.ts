import type { Locator, Page } from "@playwright/test";
import type { Locale } from "../../src/graph";
import { inspectorText } from "../../src/ui/inspector/inspectorText";
import { layoutText } from "../../src/ui/layout/layoutText";
import { panelText } from "../../src/ui/panels/panelText";

/**
 * The inspector (right column) and the Problems tab as a user and a screen
 * reader see them: fields by their labels (the param names), sections by
 * their headings, in either language.
 */
export class InspectorPage {
  constructor(
    readonly page: Page,
    readonly locale: Locale = "en",
  ) {}

  inLanguage(locale: Locale): InspectorPage {
    return new InspectorPage(this.page, locale);
  }

  root(): Locator {
    return this.page.getByRole("complementary", { name: layoutText[this.locale].inspector });
  }

  /** The layer kind's name ("Dense", "全连接层"), or the graph's name when nothing is selected. */
  title(): Locator {
    return this.root().getByRole("heading", { level: 2 });
  }

  /** A number field (int, float, tuple in one-value mode, axes), named by its param. */
  numberField(name: string): Locator {
    return this.root().getByRole("spinbutton", { name, exact: true });
  }

  /** One dimension of a shape editor (Input's shape, Reshape's targetShape), counted from 1. */
  dimension(name: string, index: number): Locator {
    const label = inspectorText[this.locale].dimension
      .replace("{name}", name)
      .replace("{index}", String(index));
    return this.root().getByLabel(label, { exact: true });
  }

  select(name: string): Locator {
    return this.root().getByRole("combobox", { name, exact: true });
  }

  switch(name: string): Locator {
    return this.root().getByRole("switch", { name, exact: true });
  }

  resetButton(name: string): Locator {
    return this.root().getByRole("button", {
      name: inspectorText[this.locale].reset.replace("{name}", name),
    });
  }

  outputShape(): Locator {
    return this.root().getByTestId("inspector-output-shape");
  }

  /** A section by its heading: "Hyperparameters", "How it works", "Problems". */
  section(heading: keyof typeof inspectorText.en): Locator {
    return this.root().getByRole("region", { name: inspectorText[this.locale][heading] });
  }

  help(): Locator {
    return this.section("howItWorks");
  }

  /** The rendered formula's MathML. */
  formula(): Locator {
    return this.help().locator("math");
  }

  /** Typing as a person does: focus, select what is there, then key by key. */
  async type(field: Locator, text: string): Promise<void> {
    await field.click();
    await field.press("ControlOrMeta+A");
    if (text === "") await field.press("Backspace");
    else await field.pressSequentially(text);
  }
}

/** The Problems tab of the bottom panel. */
export class ProblemsPanel {
  constructor(
    readonly page: Page,
    readonly locale: Locale = "en",
  ) {}

  async open(): Promise<void> {
    const tab = this.page.getByRole("tab", { name: layoutText[this.locale].tabProblems });
    if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
  }

  list(): Locator {
    return this.page.getByRole("list", { name: panelText[this.locale].problemList });
  }

  problems(): Locator {
    return this.list().getByRole("listitem");
  }

  /** The problem with this code (e.g. "NG401"). */
  problem(code: string): Locator {
    return this.problems().filter({ hasText: code });
  }

  /** The button that shows the problem's layer. */
  showButton(code: string): Locator {
    return this.problem(code).getByRole("button").first();
  }

  /** The fix-it, found by what it says it does ("Insert Reshape [28, 28, 1]"). */
  fixButton(code: string, action: string): Locator {
    return this.problem(code).getByRole("button", {
      name: panelText[this.locale].fixLabel.replace("{action}", action),
    });
  }

  noProblems(): Locator {
    return this.page.getByText(panelText[this.locale].noProblems);
  }
}
