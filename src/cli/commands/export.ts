import { readTrainingSetup } from "../../graph";
import { parseLocale, validateFile } from "../documentInput";
import { diagnosticsJson, formatDiagnostics } from "../format";
import { EXIT } from "../io";
import { type Command, JSON_FLAG, LANG_FLAG } from "./types";

const TARGETS = ["tfjs", "keras"] as const;

export const exportCommand: Command = {
  name: "export",
  usage: "neurograph export FILE --to tfjs|keras --out DIR [--weights DIR] [--json] [--lang en|zh]",
  summary: "write the graph as a tfjs model or a Keras Python module (with trained weights)",
  flags: [
    { name: "to", takesValue: true, help: "tfjs or keras (PyTorch comes next)" },
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
      const written: string[] = [];
      await io.makeDir(out);
      if (to === "tfjs") {
        const files = await compiler.modelToFiles(model, "Neurograph");
        const modelJson = exporter.withNeurographMetadata(
          files.modelJson,
          document,
          compiled.layerNames,
        );
        await io.writeFile(`${out}/model.json`, modelJson);
        await io.writeFile(`${out}/${compiler.WEIGHTS_FILE}`, files.weights);
        written.push("model.json", compiler.WEIGHTS_FILE);
      } else {
        const exported = exporter.exportKeras(
          document,
          typeof weightsDir === "string"
            ? { weights: exporter.nodeWeightsOf(model, document) }
            : {},
        );
        if (!exported.ok) {
          for (const d of exported.diagnostics)
            io.err(
              `${file}: ${d.severity} ${d.code}${d.nodeIds.length > 0 ? ` (${d.nodeIds.join(", ")})` : ""}: ${locale === "zh" ? d.messageZh : d.message}\n`,
            );
          if (json) io.out(`${JSON.stringify({ ok: false, diagnostics: exported.diagnostics })}\n`);
          return EXIT.invalid;
        }
        for (const f of exported.files) {
          await io.writeFile(`${out}/${f.path}`, "text" in f ? f.text : f.bytes);
          written.push(f.path);
        }
      }
      if (json) io.out(`${JSON.stringify({ ok: true, to, out, files: written })}\n`);
      else io.out(`Wrote ${written.map((f) => `${out}/${f}`).join(", ")}.\n`);
      return EXIT.ok;
    } finally {
      model.dispose();
    }
  },
};
