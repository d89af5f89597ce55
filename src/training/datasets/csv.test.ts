import { describe, expect, it } from "vitest";
import { csvColumns, loadCsv } from "./csv";
import { loadDataset } from "./index";
import { NO_ASSETS } from "./testing";

const IRIS = `sepal_length,sepal_width,"species"
5.1,3.5,setosa
4.9,3.0,setosa
7.0,3.2,versicolor
6.4,3.2,versicolor
6.3,3.3,virginica
5.8,2.7,virginica
`;

function failure(
  text: string,
  labelColumn = "species",
  task: "classification" | "regression" = "classification",
) {
  const result = loadCsv(text, { labelColumn, task });
  if (result.ok) throw new Error("expected a failure");
  expect(result.message.zh.trim()).not.toBe("");
  return result.message.en;
}

describe("CSV upload", () => {
  it("turns a table into z-scored features and class indices", () => {
    const result = loadCsv(IRIS, { labelColumn: "species", task: "classification" });
    if (!result.ok) throw new Error(result.message.en);
    const { dataset, normalization } = result;
    expect(dataset.shapes).toEqual({
      inputShape: [2],
      task: "classification",
      numClasses: 3,
      classNames: ["setosa", "versicolor", "virginica"],
    });
    expect(dataset.train.count).toBe(6);
    expect([...dataset.train.labels]).toEqual([0, 0, 1, 1, 2, 2]);
    expect(normalization.columns).toEqual(["sepal_length", "sepal_width"]);
    expect(normalization.mean[0]).toBeCloseTo(5.9167, 3);
    // Each feature column has mean 0 and standard deviation 1 after normalisation.
    for (let f = 0; f < 2; f++) {
      const column = [0, 1, 2, 3, 4, 5].map((r) => dataset.train.features[r * 2 + f]!);
      const mean = column.reduce((a, b) => a + b) / 6;
      const variance = column.reduce((a, b) => a + (b - mean) ** 2, 0) / 6;
      expect(mean).toBeCloseTo(0, 5);
      expect(variance).toBeCloseTo(1, 4);
    }
  });

  it("reads quoted fields, CRLF, a BOM, semicolons and blank lines", () => {
    const text = '\ufeff"a;b";x;label\r\n"1";2;"yes"\r\n\r\n3;4;"no ""really"""\r\n';
    const result = loadCsv(text, { labelColumn: "label", task: "classification" });
    if (!result.ok) throw new Error(result.message.en);
    expect(result.columns).toEqual(["a;b", "x", "label"]);
    expect(result.dataset.shapes.classNames).toEqual(['no "really"', "yes"]);
  });

  it("keeps regression labels as numbers and orders numeric classes numerically", () => {
    const regression = loadCsv("x,y\n1,10\n2,20.5\n3,-1e1\n", {
      labelColumn: "y",
      task: "regression",
    });
    if (!regression.ok) throw new Error(regression.message.en);
    expect([...regression.dataset.train.labels]).toEqual([10, 20.5, -10]);
    expect(regression.dataset.shapes).toMatchObject({ task: "regression", targetShape: [1] });
    const classes = loadCsv("x,y\n1,10\n2,2\n3,1\n", { labelColumn: "y", task: "classification" });
    if (!classes.ok) throw new Error(classes.message.en);
    expect(classes.dataset.shapes.classNames).toEqual(["1", "2", "10"]);
  });

  it("lists the columns for the label picker, whatever the separator", () => {
    expect(csvColumns('a;b;"c d"\n1;2;3\n')).toEqual(["a", "b", "c d"]);
    expect(csvColumns("")).toEqual([]);
  });

  it("explains an empty file", () => {
    expect(failure("")).toContain("empty");
    expect(failure(" \n\n")).toContain("empty");
    expect(failure("a,b,species\n")).toContain("no data rows");
  });

  it("names the line of a ragged row", () => {
    expect(failure("a,b,species\n1,2,x\n3,y\n")).toBe("Line 3 has 2 fields, but the header has 3.");
  });

  it("names the row and column of a non-numeric or empty cell", () => {
    expect(failure("a,b,species\n1,2,x\n3,four,y\n")).toContain(
      "Row 2 (line 3), column 'b': 'four' is not a number",
    );
    expect(failure("a,b,species\n1,,x\n")).toContain("column 'b': the cell is empty");
    expect(failure("a,b,y\n1,2,big\n", "y", "regression")).toContain("column 'y': 'big'");
  });

  it("names a missing label column and lists the columns", () => {
    expect(failure("a,b,c\n1,2,3\n", "label")).toBe(
      "There is no column named 'label'. The columns are: a, b, c.",
    );
  });

  it("refuses one class, no features and an unclosed quote", () => {
    expect(failure("a,species\n1,x\n2,x\n")).toContain("only one value");
    expect(failure("species\nx\ny\n")).toContain("at least one feature column");
    expect(failure('a,species\n1,"x\n2,y\n')).toContain("Line 2: a quoted field is never closed");
  });

  it("never throws, whatever the text", () => {
    for (const text of ['"', ",,,", "\n\n\n,", "a\r", '"a"b,c\n1,2', "\u0000"])
      expect(() => loadCsv(text, { labelColumn: "a", task: "classification" })).not.toThrow();
  });

  it("loads through loadDataset, and rejects with the message", async () => {
    const source = {
      kind: "csv",
      name: "iris.csv",
      text: IRIS,
      labelColumn: "species",
      task: "classification",
    } as const;
    const dataset = await loadDataset(source, NO_ASSETS);
    expect(dataset.id).toBe("csv");
    expect(dataset.train.count).toBe(6);
    await expect(loadDataset({ ...source, text: "" }, NO_ASSETS)).rejects.toMatchObject({
      text: { en: "The file is empty.", zh: "文件是空的。" },
    });
  });
});
