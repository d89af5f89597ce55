import { describe, expect, it } from "vitest";
import { LAYER_KINDS } from "../../graph";
import { MESSAGES } from "../i18n/messages";
import { groupByCategory } from "./paletteGroups";

describe("groupByCategory", () => {
  const groups = groupByCategory(LAYER_KINDS);

  it("lists every layer kind exactly once", () => {
    const listed = groups.flatMap((g) => g.kinds.map((k) => k.type));
    expect(listed.toSorted()).toEqual(LAYER_KINDS.map((k) => k.type).toSorted());
  });

  it("puts each kind under its own category, Input first", () => {
    expect(groups[0]?.category).toBe("input");
    for (const g of groups) expect(g.kinds.every((k) => k.category === g.category)).toBe(true);
    expect(new Set(groups.map((g) => g.category)).size).toBe(groups.length);
  });

  it("has a category name in every language", () => {
    for (const g of groups) {
      expect(MESSAGES.en.categories[g.category]).toBeTruthy();
      expect(MESSAGES.zh.categories[g.category]).toBeTruthy();
    }
  });
});
