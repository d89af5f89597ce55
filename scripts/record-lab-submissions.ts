/**
 * `npx tsx scripts/record-lab-submissions.ts [LAB-ID…]`: writes the example
 * labs' sample submissions (labs/submissions/<lab>/) the way a student's
 * export would — each graph really trained with the training setup the
 * student had (a lock breaker's extra epochs included), so the grader's
 * re-training has honest claims to compare against. The invalid ones cannot
 * train and claim nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { enableProductionMode } from "../src/compiler";
import {
  createSubmission,
  type GraphDocument,
  inferShapes,
  labDocument,
  loadLabText,
  type NodeDoc,
  type RunResults,
  readTrainingSetup,
  submissionFileName,
} from "../src/graph";
import { runResultsOf, trainInNode } from "../src/training/node";

interface Planned {
  readonly lab: string;
  readonly student: string;
  readonly startingGraph: string;
  /** What the student did to the starting graph (already under the lab's training). */
  readonly edit: (document: GraphDocument) => void;
  readonly submittedAt: string;
}

function find(document: GraphDocument, id: string): NodeDoc {
  const node = document.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

/** The CNN skeleton grown into a working network: 8 filters, then max pooling (2,970 parameters). */
function poolAndWiden(document: GraphDocument): void {
  find(document, "conv").params.filters = 8;
  document.nodes.push({
    id: "pool",
    type: "maxPooling2d",
    params: { poolSize: 2 },
    position: { x: 0, y: 195 },
  });
  document.edges = document.edges.filter((e) => !(e.source === "conv" && e.target === "flat"));
  document.edges.push(
    { id: "e-pool-in", source: "conv", target: "pool" },
    { id: "e-pool-out", source: "pool", target: "flat" },
  );
}

const PLANS: readonly Planned[] = [
  {
    lab: "cnn-parameter-budget",
    student: "Li Na",
    startingGraph: "cnn",
    edit: poolAndWiden,
    submittedAt: "2026-11-20T09:12:00.000Z",
  },
  {
    lab: "cnn-parameter-budget",
    student: "Tom Becker",
    startingGraph: "mlp",
    // Shrank the MLP into the budget: 6 hidden units (4,780 parameters), and accuracy falls with them.
    edit: (document) => {
      find(document, "hidden").params.units = 6;
    },
    submittedAt: "2026-11-20T09:20:00.000Z",
  },
  {
    lab: "cnn-parameter-budget",
    student: "张伟",
    startingGraph: "cnn",
    // A good network, but trained for twice the lab's epochs: the "epochs" lock is broken.
    edit: (document) => {
      poolAndWiden(document);
      document.training = { ...document.training, epochs: 6 };
    },
    submittedAt: "2026-11-20T09:31:00.000Z",
  },
  {
    lab: "cnn-parameter-budget",
    student: "Sam Ortiz",
    startingGraph: "cnn",
    // Deleted a pooling node but left its edge behind: the graph does not validate.
    edit: (document) => {
      document.edges.push({ id: "e-old-pool", source: "conv", target: "pool2" });
    },
    submittedAt: "2026-11-20T09:40:00.000Z",
  },
  {
    lab: "rnn-remember",
    student: "Amira Haddad",
    startingGraph: "simple-rnn",
    edit: (document) => {
      find(document, "memory").type = "gru";
    },
    submittedAt: "2026-11-21T14:02:00.000Z",
  },
  {
    lab: "rnn-remember",
    student: "王芳",
    startingGraph: "simple-rnn",
    // More units for the simple RNN: it still forgets.
    edit: (document) => {
      find(document, "memory").params.units = 64;
    },
    submittedAt: "2026-11-21T14:10:00.000Z",
  },
  {
    lab: "rnn-remember",
    student: "Lucas Martin",
    startingGraph: "simple-rnn",
    // An LSTM, but the locked output node was deleted and replaced by a new one.
    edit: (document) => {
      find(document, "memory").type = "lstm";
      const answer = find(document, "answer");
      answer.id = "prediction";
      for (const edge of document.edges) if (edge.target === "answer") edge.target = "prediction";
    },
    submittedAt: "2026-11-21T14:25:00.000Z",
  },
];

async function results(document: GraphDocument, target: number | undefined): Promise<RunResults> {
  if (inferShapes(document).diagnostics.some((d) => d.severity === "error")) return {};
  const setup = readTrainingSetup(document.training).setup;
  const trained = await trainInNode({ document, setup });
  try {
    return runResultsOf(trained, document, setup, target === undefined ? {} : { target });
  } finally {
    trained.trainer.dispose();
  }
}

enableProductionMode();
const only = process.argv.slice(2);
const root = new URL("../labs/", import.meta.url);
for (const plan of PLANS) {
  if (only.length > 0 && !only.includes(plan.lab)) continue;
  const load = loadLabText(readFileSync(new URL(`${plan.lab}.json`, root), "utf8"));
  if (!load.ok) throw new Error(`${plan.lab}: ${load.message.en}`);
  const start = load.graphs.get(plan.startingGraph);
  if (!start) throw new Error(`${plan.lab} has no graph ${plan.startingGraph}`);
  const document = structuredClone(labDocument(load.lab, start));
  plan.edit(document);
  const started = performance.now();
  const submission = createSubmission({
    lab: load.lab,
    startingGraph: plan.startingGraph,
    student: plan.student,
    document,
    results: await results(document, load.lab.target),
    now: new Date(plan.submittedAt),
  });
  const folder = new URL(`submissions/${plan.lab}/`, root);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    new URL(submissionFileName(submission), folder),
    `${JSON.stringify(submission, null, 2)}\n`,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${plan.lab}/${submissionFileName(submission)}: ${JSON.stringify(submission.results)} (${seconds} s)`,
  );
}
