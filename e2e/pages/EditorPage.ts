import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The editor as a user sees it. Canvas nodes carry data-testid="node-<id>"
 * and edge labels data-testid="edge-shape-<edgeId>" (React Flow renders them
 * outside the accessibility tree's reach); everything else is found by role
 * and accessible name.
 */
export class EditorPage {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on("console", (msg) => {
      if (msg.type() === "error") this.errors.push(`console: ${msg.text()}`);
    });
    page.on("pageerror", (error) => this.errors.push(`page error: ${error.message}`));
  }

  async open(path = "/"): Promise<void> {
    await this.page.goto(path);
    await this.canvas().waitFor();
  }

  canvas(): Locator {
    return this.page.locator(".react-flow");
  }

  node(id: string): Locator {
    return this.page.getByTestId(`node-${id}`);
  }

  nodes(): Locator {
    return this.page.locator(".react-flow__node-layer");
  }

  edgeLabels(): Locator {
    return this.page.locator(".edge-shape");
  }

  paletteItem(name: string): Locator {
    return this.page
      .getByRole("complementary", { name: /Layers|层/ })
      .getByRole("button", { name, exact: true });
  }

  menu(name: string): Locator {
    return this.page
      .getByRole("navigation", { name: "Menu" })
      .getByRole("button", { name, exact: true });
  }

  /**
   * Waits until the viewport has stopped moving (adding a layer pans to it over
   * 250 ms): a click during the pan can land on whatever slides under the pointer.
   */
  async settled(): Promise<void> {
    await this.page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const viewport = document.querySelector(".react-flow__viewport");
          const before = viewport?.getAttribute("style");
          setTimeout(() => resolve(viewport?.getAttribute("style") === before), 120);
        }),
    );
  }

  async runMenu(menu: string, item: string | RegExp): Promise<void> {
    await this.menu(menu).click();
    await this.page.getByRole("menuitem", { name: item }).click();
  }

  tab(name: string): Locator {
    return this.page.getByRole("tab", { name });
  }

  /** The current document, read from the editor store through the debug hook. */
  async document(): Promise<{
    name: string;
    nodes: {
      id: string;
      type: string;
      params: Record<string, unknown>;
      position: { x: number; y: number };
      group?: string;
    }[];
    edges: { id: string; source: string; target: string; targetHandle?: string }[];
    groups: { id: string; label?: string; role?: string; collapsed?: boolean }[];
  }> {
    return this.page.evaluate(() =>
      (window as unknown as { __neurograph: { document: () => never } }).__neurograph.document(),
    );
  }

  async expectNoErrors(): Promise<void> {
    expect(this.errors).toEqual([]);
  }
}
