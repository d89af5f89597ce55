import { EXPORT_TARGETS } from "../../export/modelFiles";
import { readTrainingSetup } from "../../graph";
import { parseLocale, validateFile } from "../documentInput";
import { diagnosticsJson, formatDiagnostics } from "../format";
import { EXIT } from "../io";
import { type Command, JSON_FLAG, LANG_FLAG } from "./types";

const TARGETS = EXPORT_TARGETS;

export const exportCommand: Command = {
  name: "export",
  usage:
    "neurograph export FILE --to tfjs|keras|pytorch --out DIR [--weights DIR] [--json] [--lang en|zh]",
  summary:
    "write the graph as a tfjs model, or a Keras or PyTorch Python module (with trained weights)",
  flags: [
    { name: "to", takesValue: true, help: "tfjs, keras or pytorch" },
    { name: "out", takesValue: true, help: "directory to write the files into" },
    {
      name: "weights",
      takesValue: true,
      help: "a directory with a trained model.json and its weights (as `train --save` writes)",
    },
    JSON_FLAG,
    LANG_FLAG,
  ],
  run: async (args, io) => {
    const [file, ...extra] = args.positional;
    const to = args.flags.get("to");
    const out = args.flags.get("out");
    const weightsDir = args.flags.get("weights");
    const locale = parseLocale(args.flags.get("lang"));
    const json = args.flags.has("json");
    if (
      file === undefined ||
      extra.length > 0 ||
      typeof out !== "string" ||
      !TARGETS.includes(to as (typeof TARGETS)[number]) ||
      weightsDir === true ||
      locale === null
    ) {
      io.err(`usage: ${exportCommand.usage}\n`);
      return EXIT.usage;
    }
    const outcome = await validateFile(file, io);
    if ("exitCode" in outcome) return outcome.exitCode;
    const { result } = outcome;
    const refuse = (diagnostics: Parameters<typeof diagnosticsJson>[0]) => {
      if (json)
        io.out(`${JSON.stringify({ ok: false, diagnostics: diagnosticsJson(diagnostics) })}\n`);
      else io.err(formatDiagnostics(file, diagnostics, locale));
      return EXIT.invalid;
    };
    if (!result.ok || !result.document) return refuse(result.diagnostics);
    const document = result.document;
    // tfjs is loaded only by the commands that need it.
    const compiler = await import("../../compiler");
    const exporter = await import("../../export");
    compiler.enableProductionMode();
    const compiled = compiler.compileGraph(document, {
      seed: readTrainingSetup(document.training).setup.seed,
    });
    if (!compiled.ok) return refuse(compiled.diagnostics);
    const model = compiled.model;
    try {
      if (typeof weightsDir === "string") {
        const trained = await compiler.modelFromFiles({
          modelJson: new TextDecoder().decode(await io.readFile(`${weightsDir}/model.json`)),
          weights: await io.readFile(`${weightsDir}/${compiler.WEIGHTS_FILE}`),
        });
        try {
          // Layer by layer, by name: the trained model was compiled from the same graph.
          for (const layer of model.layers)
            if (layer.weights.length > 0)
              layer.setWeights(trained.getLayer(layer.name).getWeights());
        } catch (error) {
          io.err(
            `neurograph: the weights in ${weightsDir} do not belong to this graph (${error instanceof Error ? error.message : String(error)}).\n`,
          );
          return EXIT.invalid;
        } finally {
          trained.dispose();
        }
      }
      const exported = await exporter.exportModelFiles({
        document,
        model,
        layerNames: compiled.layerNames,
        target: to as (typeof TARGETS)[number],
        trained: typeof weightsDir === "string",
      });
      const say = (d: (typeof exported & { ok: false })["diagnostics"][number]) =>
        `${file}: ${d.severity} ${d.code}${d.nodeIds.length > 0 ? ` (${d.nodeIds.join(", ")})` : ""}: ${locale === "zh" ? d.messageZh : d.message}\n`;
      if (!exported.ok) {
        for (const d of exported.diagnostics) io.err(say(d));
        if (json) io.out(`${JSON.stringify({ ok: false, diagnostics: exported.diagnostics })}\n`);
        return EXIT.invalid;
      }
      if (!json) for (const d of exported.warnings) io.err(say(d));
      await io.makeDir(out);
      const written: string[] = [];
      for (const f of exported.files) {
        await io.writeFile(`${out}/${f.path}`, f.bytes);
        written.push(f.path);
      }
      if (json) io.out(`${JSON.stringify({ ok: true, to, out, files: written })}\n`);
      else io.out(`Wrote ${written.map((f) => `${out}/${f}`).join(", ")}.\n`);
      return EXIT.ok;
    } finally {
      model.dispose();
    }
  },
};
