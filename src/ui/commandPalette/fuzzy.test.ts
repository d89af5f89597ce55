import { describe, expect, it } from "vitest";
import { matchToken, queryTokens } from "./fuzzy";

describe("matchToken", () => {
  it("finds letters in order, case-insensitively", () => {
    expect(matchToken("ade", "Add Dense")?.positions).toEqual([0, 4, 5]);
    expect(matchToken("DENSE", "Add Dense")?.positions).toEqual([4, 5, 6, 7, 8]);
    expect(matchToken("xyz", "Add Dense")).toBeNull();
    expect(matchToken("dda", "Add")).toBeNull();
  });

  it("prefers word starts and runs over scattered letters", () => {
    // "de" at the start of "Dense" beats the "d" of "Add" followed by a later "e".
    expect(matchToken("de", "Add Dense")?.positions).toEqual([4, 5]);
    const start = matchToken("den", "Dense")!.score;
    const middle = matchToken("den", "Hidden")!.score;
    expect(start).toBeGreaterThan(middle);
    const run = matchToken("con", "Conv2D")!.score;
    const scattered = matchToken("con", "Clear selection")!.score;
    expect(run).toBeGreaterThan(scattered);
  });

  it("treats camelCase, digits and CJK characters as word starts", () => {
    expect(matchToken("mha", "multiHeadAttention")?.positions).toEqual([0, 5, 9]);
    expect(matchToken("2d", "Conv2D")?.positions).toEqual([4, 5]);
    expect(matchToken("全连接", "添加全连接层")?.positions).toEqual([2, 3, 4]);
  });

  it("matches the empty token trivially", () => {
    expect(matchToken("", "anything")).toEqual({ score: 0, positions: [] });
  });
});

describe("queryTokens", () => {
  it("splits on whitespace", () => {
    expect(queryTokens("  add   dense ")).toEqual(["add", "dense"]);
    expect(queryTokens("   ")).toEqual([]);
  });
});
