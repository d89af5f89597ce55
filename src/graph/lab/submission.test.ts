import { describe, expect, it } from "vitest";
import { loadLab, loadSubmission } from "./load";
import { createSubmission, submissionFileName } from "./submission";
import { rawLab } from "./testLab";
import { labDocument } from "./training";

function lab() {
  const load = loadLab(rawLab());
  if (!load.ok) throw new Error(load.message.en);
  return load;
}

describe("createSubmission", () => {
  it("makes a submission the loader reads back, keeping only finite results", () => {
    const { lab: sheet, graphs } = lab();
    const document = labDocument(sheet, graphs.get("mlp")!);
    const submission = createSubmission({
      lab: sheet,
      startingGraph: "mlp",
      student: "  李娜  ",
      document,
      results: { bestValAccuracy: 0.91, params: 25450, finalLoss: Number.NaN },
      now: new Date("2026-11-27T09:30:00Z"),
    });
    expect(submission).toMatchObject({
      format: "neurograph-submission",
      version: 1,
      lab: "test-lab",
      startingGraph: "mlp",
      student: "李娜",
      submittedAt: "2026-11-27T09:30:00.000Z",
      results: { bestValAccuracy: 0.91, params: 25450 },
    });
    const back = loadSubmission(JSON.parse(JSON.stringify(submission)));
    if (!back.ok) throw new Error(back.message.en);
    expect(back.document.training).toEqual(document.training);
    expect(back.submission.results).toEqual({ bestValAccuracy: 0.91, params: 25450 });
  });

  it("never writes a blank or oversized student name", () => {
    const { lab: sheet, graphs } = lab();
    const base = {
      lab: sheet,
      startingGraph: "mlp",
      document: graphs.get("mlp")!,
      results: {},
      now: new Date(0),
    };
    expect(createSubmission({ ...base, student: "   " }).student).toBe("Anonymous");
    expect(createSubmission({ ...base, student: "x".repeat(500) }).student).toHaveLength(200);
  });
});

describe("submissionFileName", () => {
  it("is safe on every file system and keeps names in any script", () => {
    expect(submissionFileName({ lab: "cnn-budget", student: "Ada Lovelace" })).toBe(
      "cnn-budget-Ada-Lovelace.json",
    );
    expect(submissionFileName({ lab: "cnn-budget", student: "张伟" })).toBe("cnn-budget-张伟.json");
    expect(submissionFileName({ lab: "cnn-budget", student: "../../etc/passwd" })).toBe(
      "cnn-budget-etc-passwd.json",
    );
    expect(submissionFileName({ lab: "lab", student: 'CON:<>"|?*\u0000' })).toBe("lab-CON.json");
    expect(submissionFileName({ lab: "lab", student: "!!!" })).toBe("lab-student.json");
    const long = submissionFileName({ lab: "lab", student: "a".repeat(300) });
    expect(long.length).toBeLessThanOrEqual(70);
    expect(submissionFileName({ lab: "lab", student: "ｆｕｌｌ　ｗｉｄｔｈ" })).toBe(
      "lab-full-width.json",
    );
  });
});
