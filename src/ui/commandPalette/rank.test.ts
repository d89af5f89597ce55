import { describe, expect, it } from "vitest";
import { t } from "../../graph";
import { rankCommands } from "./rank";
import { RECENT_LIMIT, withRecent } from "./recent";

const commands = [
  { id: "edit.undo", title: t("Undo", "撤销") },
  { id: "layer.add.input", title: t("Add Input", "添加输入"), keywords: "input input layer" },
  {
    id: "layer.add.embedding",
    title: t("Add Embedding", "添加嵌入层"),
    keywords: "embedding input",
  },
  { id: "layer.add.dense", title: t("Add Dense", "添加全连接层"), keywords: "dense core layer" },
  { id: "layer.add.dropout", title: t("Add Dropout", "添加随机失活 Dropout"), keywords: "dropout" },
  { id: "view.fit", title: t("Fit the graph to the view", "适应视图"), keywords: "zoom" },
];
const ids = (list: { command: { id: string } }[]) => list.map((r) => r.command.id);

describe("rankCommands", () => {
  it("puts the command whose title starts with the query first", () => {
    expect(ids(rankCommands(commands, "add input", "en", []))[0]).toBe("layer.add.input");
    expect(ids(rankCommands(commands, "add dense", "en", []))[0]).toBe("layer.add.dense");
    expect(ids(rankCommands(commands, "ad de", "en", []))[0]).toBe("layer.add.dense");
  });

  it("requires every token to match somewhere", () => {
    expect(ids(rankCommands(commands, "add zzz", "en", []))).toEqual([]);
    // Tokens may match in any order and in different fields.
    expect(ids(rankCommands(commands, "dense add", "en", []))[0]).toBe("layer.add.dense");
  });

  it("searches both languages and the keywords", () => {
    expect(ids(rankCommands(commands, "全连接", "en", []))).toEqual(["layer.add.dense"]);
    expect(ids(rankCommands(commands, "dense", "zh", []))[0]).toBe("layer.add.dense");
    expect(ids(rankCommands(commands, "zoom", "en", []))).toEqual(["view.fit"]);
  });

  it("highlights only what matched in the displayed title", () => {
    const [first] = rankCommands(commands, "add dense", "en", []);
    expect(first!.positions).toEqual([0, 1, 2, 4, 5, 6, 7, 8]);
    const [zh] = rankCommands(commands, "dense", "zh", []);
    expect(zh!.positions).toEqual([]);
  });

  it("lists recently used commands first when there is no query", () => {
    const ranked = rankCommands(commands, "", "en", ["view.fit", "layer.add.dense"]);
    expect(ids(ranked).slice(0, 3)).toEqual(["view.fit", "layer.add.dense", "edit.undo"]);
    expect(ranked.map((r) => r.recent).slice(0, 3)).toEqual([true, true, false]);
  });

  it("lets recency break near-ties between matches", () => {
    expect(ids(rankCommands(commands, "add d", "en", []))[0]).toBe("layer.add.dense");
    expect(ids(rankCommands(commands, "add d", "en", ["layer.add.dropout"]))[0]).toBe(
      "layer.add.dropout",
    );
  });
});

describe("withRecent", () => {
  it("moves the command to the front and caps the list", () => {
    expect(withRecent(["a", "b", "c"], "b")).toEqual(["b", "a", "c"]);
    const long = Array.from({ length: RECENT_LIMIT }, (_, i) => `c${i}`);
    expect(withRecent(long, "new")).toHaveLength(RECENT_LIMIT);
    expect(withRecent(long, "new")[0]).toBe("new");
  });
});
