import { type BackendChoice, checkGoals, readTrainingSetup } from "../../graph";
import { parseLocale, validateFile } from "../documentInput";
import { diagnosticsJson, formatDiagnostics } from "../format";
import { EXIT } from "../io";
import {
  checkLines,
  epochJson,
  epochLine,
  summaryJson,
  summaryLine,
  type TrainSummary,
} from "../trainOutput";
import { type Command, JSON_FLAG, LANG_FLAG } from "./types";

const NODE_BACKENDS: readonly string[] = ["auto", "wasm", "cpu"];

export const trainCommand: Command = {
  name: "train",
  usage:
    "neurograph train FILE [--epochs N] [--backend auto|wasm|cpu] [--json] [--save DIR] [--check] [--lang en|zh]",
  summary: "train the graph on its training setup's dataset, printing one line per epoch",
  flags: [
    {
      name: "epochs",
      takesValue: true,
      help: "number of epochs (default: the document's training setup)",
    },
    {
      name: "backend",
      takesValue: true,
      help: "auto (default: wasm when it has every kernel the graph needs, else cpu), wasm or cpu",
    },
    JSON_FLAG,
    {
      name: "check",
      takesValue: false,
      help: "check the preset's expected outcome (lesson.checks) on the run's results; exit 1 when one is not met",
    },
    {
      name: "save",
      takesValue: true,
      help: "directory to write the trained model.json and weights into",
    },
    LANG_FLAG,
  ],
  run: async (args, io) => {
    const [file, ...extra] = args.positional;
    const locale = parseLocale(args.flags.get("lang"));
    const epochsText = args.flags.get("epochs");
    const backendText = args.flags.get("backend");
    const save = args.flags.get("save");
    if (file === undefined || extra.length > 0 || locale === null || save === true) {
      io.err(`usage: ${trainCommand.usage}\n`);
      return EXIT.usage;
    }
    const epochs = typeof epochsText === "string" ? Number(epochsText) : undefined;
    if (
      epochsText !== undefined &&
      !(Number.isInteger(epochs) && epochs! >= 1 && epochs! <= 100_000)
    ) {
      io.err("neurograph: --epochs must be a whole number from 1 to 100000.\n");
      return EXIT.usage;
    }
    if (
      backendText !== undefined &&
      !(typeof backendText === "string" && NODE_BACKENDS.includes(backendText))
    ) {
      io.err(
        "neurograph: --backend must be auto, wasm or cpu (WebGL and WebGPU exist only in browsers).\n",
      );
      return EXIT.usage;
    }
    const json = args.flags.has("json");
    const check = args.flags.has("check");
    const outcome = await validateFile(file, io);
    if ("exitCode" in outcome) return outcome.exitCode;
    const { result } = outcome;
    if (check && result.document && (result.document.lesson?.checks.length ?? 0) === 0) {
      io.err(
        "neurograph: --check needs an expected outcome: this document has no lesson.checks.\n",
      );
      return EXIT.usage;
    }
    if (!result.ok || !result.document) {
      if (json)
        io.out(
          `${JSON.stringify({ ok: false, diagnostics: diagnosticsJson(result.diagnostics) })}\n`,
        );
      else io.err(formatDiagnostics(file, result.diagnostics, locale));
      return EXIT.invalid;
    }
    const document = result.document;
    const read = readTrainingSetup(document.training);
    for (const problem of read.problems)
      io.err(`neurograph: training.${problem.path}: ${problem.message}; using the default.\n`);
    const setup = epochs === undefined ? read.setup : { ...read.setup, epochs };
    const backend = backendText as BackendChoice | undefined;

    // tfjs is loaded only by the commands that need it.
    const [{ trainInNode, recipeReport, runResultsOf }, { classifyError }, compiler] =
      await Promise.all([
        import("../../training/node"),
        import("../../training/engine/errors"),
        import("../../compiler"),
      ]);
    compiler.enableProductionMode();
    const print = (line: string) => io.out(line);
    let stopOnInterrupt: (() => void) | null = null;
    // Ctrl-C stops after the batch under way (the summary and --save still happen); before training starts, and
    // at a second Ctrl-C (the listener is gone by then), it exits as usual.
    const interrupted = () => (stopOnInterrupt ? stopOnInterrupt() : process.exit(130));
    process.once("SIGINT", interrupted);
    try {
      const trained = await trainInNode({
        document,
        setup,
        ...(backend ? { backend } : {}),
        onReady: (trainer, selection) => {
          stopOnInterrupt = () => trainer.stop();
          if (json) return;
          const info = trainer.info;
          const reason = locale === "zh" ? selection.reason.zh : selection.reason.en;
          print(
            `Training ${JSON.stringify(document.name).slice(0, 80)}${setup.recipe === "supervised" ? "" : ` (${setup.recipe})`} on ${setup.dataset.id}: ${info.trainCount} training and ${info.validationCount} validation samples, batch ${info.batchSize}, ${setup.epochs} epochs, on ${selection.backend} (${reason})\n`,
          );
        },
        onEpoch: (point) => print(json ? epochJson(point) : epochLine(point, setup.epochs)),
      });
      const { outcome: run, trainer } = trained;
      // Recipes whose result is more than a loss say what they learnt (modes covered, neighbours, robustness).
      const report = run.status === "failed" ? null : recipeReport(trainer, setup);
      if (report)
        print(
          json
            ? `${JSON.stringify({ recipe: setup.recipe, ...report.json })}\n`
            : report.lines.map((line) => `${line}\n`).join(""),
        );
      let saved: string | undefined;
      // Failed on NaN: the weights from before the bad step are intact and worth saving.
      if (typeof save === "string" && (run.status !== "failed" || run.failure?.reason === "nan")) {
        const files = await compiler.modelToFiles(trainer.trainedModel, "Neurograph");
        await io.makeDir(save);
        await io.writeFile(`${save}/model.json`, files.modelJson);
        await io.writeFile(`${save}/${compiler.WEIGHTS_FILE}`, files.weights);
        saved = save;
      }
      const results = runResultsOf(trained, document, setup, { report });
      const checks = check ? checkGoals(document.lesson?.checks ?? [], results) : undefined;
      trainer.dispose();
      const summary: TrainSummary = {
        status: run.status,
        backend: trained.backend.backend,
        epochs: run.epochs.length,
        seconds: trained.seconds,
        last: run.epochs.at(-1),
        ...(saved ? { saved } : {}),
        ...(run.failure ? { message: run.failure.text } : {}),
        results,
        ...(checks ? { checks } : {}),
      };
      print(json ? summaryJson(summary) : summaryLine(summary, locale));
      if (checks && !json) print(checkLines(checks, locale));
      if (!run.failure) return checks?.some((c) => !c.met) ? EXIT.invalid : EXIT.ok;
      return run.failure.reason === "memory" || run.failure.reason === "internal"
        ? EXIT.internal
        : EXIT.invalid;
    } catch (error) {
      const failure = classifyError(error);
      const message = locale === "zh" ? failure.text.zh : failure.text.en;
      if (json)
        io.out(
          `${JSON.stringify({ done: true, status: "failed", reason: failure.reason, message: failure.text.en, messageZh: failure.text.zh, diagnostics: diagnosticsJson(failure.diagnostics ?? []) })}\n`,
        );
      else {
        io.err(`neurograph: ${message}\n`);
        if (failure.diagnostics?.length)
          io.err(formatDiagnostics(file, failure.diagnostics, locale));
      }
      return failure.reason === "memory" || failure.reason === "internal"
        ? EXIT.internal
        : EXIT.invalid;
    } finally {
      process.removeListener("SIGINT", interrupted);
    }
  },
};
