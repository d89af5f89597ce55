import { describe, expect, it } from "vitest";
import { MAX_LAB_FILE_CHARS } from "./jsonInput";
import { loadLab, loadLabText, loadSubmission, loadSubmissionText } from "./load";
import { mlpGraph, rawLab } from "./testLab";

function labWith(change: (lab: Record<string, unknown>) => void): Record<string, unknown> {
  const lab = rawLab();
  change(lab);
  return lab;
}

function failure(load: { ok: boolean; message?: { en: string; zh: string } }) {
  expect(load.ok).toBe(false);
  return load.message!;
}

function rawSubmission(): Record<string, unknown> {
  return {
    format: "neurograph-submission",
    version: 1,
    lab: "test-lab",
    startingGraph: "mlp",
    student: "Ada",
    submittedAt: "2026-11-27T10:00:00.000Z",
    document: mlpGraph(),
    results: { bestValAccuracy: 0.9, params: 25450 },
  };
}

describe("loadLab", () => {
  it("loads a lab: schema defaults filled, starting graphs loaded as documents", () => {
    const load = loadLab(rawLab());
    if (!load.ok) throw new Error(load.message.en);
    expect(load.lab.id).toBe("test-lab");
    expect([...load.graphs.keys()]).toEqual(["mlp"]);
    expect(load.graphs.get("mlp")!.nodes.map((n) => n.id)).toEqual([
      "image",
      "flat",
      "hidden",
      "digits",
    ]);
    // loadDocument's defaults: positions and groups.
    expect(load.graphs.get("mlp")!.nodes[0]!.position).toEqual({ x: 0, y: 0 });
    const noLocks = loadLab(labWith((lab) => delete lab.locks));
    expect(noLocks.ok && noLocks.lab.locks).toEqual({ nodes: [], params: [], training: [] });
  });

  it("refuses what is not a lab, naming what it found", () => {
    expect(failure(loadLab(null)).en).toMatch(/Expected a lab file .* found null/);
    expect(failure(loadLab([1, 2])).en).toMatch(/found an? array/);
    expect(failure(loadLab(mlpGraph())).en).toMatch(/This is a graph document/);
    expect(failure(loadLab(mlpGraph())).zh).toMatch(/这是一个图文档/);
    expect(failure(loadLab({ format: "neurograph-lab" })).en).toMatch(
      /"version" is \(none\)|"version" is undefined|version/,
    );
    expect(failure(loadLab(labWith((lab) => (lab.version = 2)))).en).toMatch(/newer Neurograph/);
  });

  it("reports schema problems with the field's path", () => {
    const noGoals = failure(loadLab(labWith((lab) => (lab.goals = []))));
    expect(noGoals.en).toMatch(/"goals"/);
    const badMetric = failure(
      loadLab(labWith((lab) => (lab.goals = [{ metric: "happiness", atLeast: 1 }]))),
    );
    expect(badMetric.en).toMatch(/goals\.0\.metric": (unknown result metric|Invalid option)/);
    const noTitle = failure(loadLab(labWith((lab) => (lab.title = { en: "Only English" }))));
    expect(noTitle.en).toMatch(/title\.zh/);
    expect(noTitle.zh).toMatch(/无效字段/);
  });

  it("refuses duplicate graph ids and broken starting graphs", () => {
    const twice = failure(
      loadLab(
        labWith((lab) => {
          const graph = (lab.graphs as unknown[])[0];
          lab.graphs = [graph, graph];
        }),
      ),
    );
    expect(twice.en).toMatch(/two starting graphs with the id 'mlp'/);
    const broken = failure(
      loadLab(
        labWith((lab) => {
          lab.graphs = [{ id: "x", title: { en: "X", zh: "X" }, document: { format: "nope" } }];
          lab.locks = {};
        }),
      ),
    );
    expect(broken.en).toMatch(/Starting graph 'x' is not a usable graph document/);
    expect(broken.zh).toMatch(/初始图 'x'/);
  });

  it("checks that locks name nodes, params and training fields that exist", () => {
    const node = failure(loadLab(labWith((lab) => (lab.locks = { nodes: ["ghost"] }))));
    expect(node.en).toMatch(/locks node 'ghost', but no starting graph has/);
    const param = failure(
      loadLab(labWith((lab) => (lab.locks = { params: [{ node: "hidden", param: "filters" }] }))),
    );
    expect(param.en).toMatch(/param "filters" of node 'hidden'.*dense layer has no such param/);
    const training = failure(loadLab(labWith((lab) => (lab.locks = { training: ["colour"] }))));
    expect(training.en).toMatch(/"colour", which is not a training setting/);
    expect(
      loadLab(labWith((lab) => (lab.locks = { training: ["optimizer.learningRate"] }))).ok,
    ).toBe(true);
  });

  it("refuses an invalid training section and impossible goals", () => {
    const training = failure(loadLab(labWith((lab) => (lab.training = { epochs: -3 }))));
    expect(training.en).toMatch(/training section is invalid at "epochs"/);
    const goal = failure(
      loadLab(labWith((lab) => (lab.goals = [{ metric: "params", atLeast: 10, atMost: 5 }]))),
    );
    expect(goal.en).toMatch(/no result can meet it/);
  });

  it("survives hostile input without throwing", () => {
    const hostile: unknown[] = [
      undefined,
      42,
      "neurograph-lab",
      { format: "neurograph-lab", version: 1, id: "x".repeat(100_000) },
      labWith(
        (lab) => (lab.graphs = [{ id: "__proto__", title: lab.title, document: mlpGraph() }]),
      ),
      labWith((lab) => (lab.locks = { nodes: ["__proto__", "constructor"] })),
      labWith((lab) => (lab.id = "\u001b[31mred\u001b[0m")),
      JSON.parse('{"format":"neurograph-lab","version":1,"__proto__":{"polluted":true}}'),
    ];
    for (const raw of hostile) expect(() => loadLab(raw)).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const proto = loadLab(hostile[4]);
    expect(proto.ok && [...proto.graphs.keys()]).toEqual(["__proto__"]);
    const terminal = failure(loadLab(labWith((lab) => (lab.locks = { nodes: ["\u001b[2J"] }))));
    expect(terminal.en).not.toContain("\u001b");
  });
});

describe("loadLabText", () => {
  it("says where the JSON breaks, in both languages", () => {
    const message = failure(loadLabText('{\n  "format": "neurograph-lab",\n  "version" 1\n}'));
    expect(message.en).toMatch(/not valid JSON at line 3, column \d+/);
    expect(message.zh).toMatch(/第 3 行第 \d+ 列/);
    expect(failure(loadLabText("   ")).en).toMatch(/empty/);
    expect(failure(loadLabText('{"format":')).en).toMatch(/not valid JSON/);
  });

  it("refuses oversized text before parsing, and survives deep nesting", () => {
    const big = failure(loadLabText(" ".repeat(MAX_LAB_FILE_CHARS + 1)));
    expect(big.en).toMatch(/more than the \d+-character limit/);
    const deep = "[".repeat(200_000) + "]".repeat(200_000);
    expect(() => loadLabText(deep)).not.toThrow();
    expect(loadLabText(deep).ok).toBe(false);
  });

  it("loads the same lab from text as from a value, with a byte-order mark", () => {
    const load = loadLabText(`\uFEFF${JSON.stringify(rawLab())}`);
    expect(load.ok).toBe(true);
  });
});

describe("loadSubmission", () => {
  it("loads a submission and its document", () => {
    const load = loadSubmissionText(JSON.stringify(rawSubmission()));
    if (!load.ok) throw new Error(load.message.en);
    expect(load.submission.student).toBe("Ada");
    expect(load.submission.results).toEqual({ bestValAccuracy: 0.9, params: 25450 });
    expect(load.document.nodes).toHaveLength(4);
  });

  it("keeps a document with graph errors (the grader calls it invalid), refuses an unreadable one", () => {
    const dangling = rawSubmission();
    const document = mlpGraph();
    document.edges = [...document.edges, { id: "e9", source: "hidden", target: "nowhere" }];
    dangling.document = document;
    expect(loadSubmission(dangling).ok).toBe(true);

    const notDocument = rawSubmission();
    notDocument.document = { format: "neurograph", version: 1, nodes: "many" };
    expect(failure(loadSubmission(notDocument)).en).toMatch(/submission's graph cannot be read/);
  });

  it("refuses other files and bad fields clearly", () => {
    expect(failure(loadSubmission(rawLab())).en).toMatch(
      /Expected "format": "neurograph-submission" but found format "neurograph-lab"/,
    );
    const noStudent = rawSubmission();
    noStudent.student = "";
    expect(failure(loadSubmission(noStudent)).en).toMatch(/"student"/);
    const badResult = rawSubmission();
    badResult.results = { bestValAccuracy: "high" };
    expect(failure(loadSubmission(badResult)).en).toMatch(/results\.bestValAccuracy/);
    expect(failure(loadSubmissionText("{oops}")).en).toMatch(/submission is not valid JSON/);
    expect(failure(loadSubmissionText("{oops}")).zh).toMatch(/提交文件不是有效的 JSON/);
  });
});
