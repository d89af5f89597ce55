import { formatBytes, formatCount } from "../../graph";
import { parseLocale, validateFile } from "../documentInput";
import { diagnosticsJson, formatDiagnostics } from "../format";
import { EXIT } from "../io";
import { type Command, JSON_FLAG, LANG_FLAG } from "./types";

export const compileCommand: Command = {
  name: "compile",
  usage: "neurograph compile FILE --out DIR [--seed N] [--json] [--lang en|zh]",
  summary: "build the TensorFlow.js model and write model.json and its weights to DIR",
  flags: [
    {
      name: "out",
      takesValue: true,
      help: "directory to write model.json and the weights file into",
    },
    { name: "seed", takesValue: true, help: "seed of the initial weights (default: random)" },
    JSON_FLAG,
    LANG_FLAG,
  ],
  run: async (args, io) => {
    const [file, ...extra] = args.positional;
    const out = args.flags.get("out");
    const seedText = args.flags.get("seed");
    const seed = typeof seedText === "string" ? Number(seedText) : undefined;
    const locale = parseLocale(args.flags.get("lang"));
    if (file === undefined || extra.length > 0 || typeof out !== "string" || locale === null) {
      io.err(`usage: ${compileCommand.usage}\n`);
      return EXIT.usage;
    }
    if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32)) {
      io.err("neurograph: --seed must be a whole number from 0 to 4294967295.\n");
      return EXIT.usage;
    }
    const outcome = await validateFile(file, io);
    if ("exitCode" in outcome) return outcome.exitCode;
    const json = args.flags.has("json");
    const { result } = outcome;
    if (!result.ok || !result.document) {
      if (json)
        io.out(
          `${JSON.stringify({ ok: false, diagnostics: diagnosticsJson(result.diagnostics) }, null, 2)}\n`,
        );
      else io.err(formatDiagnostics(file, result.diagnostics, locale));
      return EXIT.invalid;
    }
    // tfjs is loaded only by commands that need it, so validate and summary stay fast.
    const { compileGraph, modelToFiles, enableProductionMode, WEIGHTS_FILE } = await import(
      "../../compiler"
    );
    enableProductionMode();
    const compiled = compileGraph(result.document, seed === undefined ? {} : { seed });
    if (!compiled.ok) {
      if (json)
        io.out(
          `${JSON.stringify({ ok: false, diagnostics: diagnosticsJson(compiled.diagnostics) }, null, 2)}\n`,
        );
      else io.err(formatDiagnostics(file, compiled.diagnostics, locale));
      return EXIT.invalid;
    }
    const files = await modelToFiles(compiled.model, "Neurograph");
    compiled.model.dispose();
    await io.makeDir(out);
    await io.writeFile(`${out}/model.json`, files.modelJson);
    await io.writeFile(`${out}/${WEIGHTS_FILE}`, files.weights);
    const totals = compiled.analysis.totals;
    if (json) {
      io.out(
        `${JSON.stringify({ ok: true, out, files: ["model.json", WEIGHTS_FILE], seed: compiled.seed, totalParams: totals.params, weightBytes: files.weights.byteLength }, null, 2)}\n`,
      );
    } else {
      io.out(
        `Wrote ${out}/model.json and ${out}/${WEIGHTS_FILE} (${formatCount(totals.params)} parameters, ${formatBytes(files.weights.byteLength)}, seed ${compiled.seed}).\n`,
      );
    }
    return EXIT.ok;
  },
};
