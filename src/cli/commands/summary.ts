import { parseLocale, validateFile } from "../documentInput";
import { diagnosticsJson, formatDiagnostics, formatSummary, summaryRows } from "../format";
import { EXIT } from "../io";
import { type Command, JSON_FLAG, LANG_FLAG } from "./types";

export const summaryCommand: Command = {
  name: "summary",
  usage: "neurograph summary FILE [--json] [--lang en|zh]",
  summary: "print the Keras-like table of nodes, output shapes, parameters and FLOPs",
  flags: [JSON_FLAG, LANG_FLAG],
  run: async (args, io) => {
    const [file, ...extra] = args.positional;
    const locale = parseLocale(args.flags.get("lang"));
    if (file === undefined || extra.length > 0 || locale === null) {
      io.err(`usage: ${summaryCommand.usage}\n`);
      return EXIT.usage;
    }
    const outcome = await validateFile(file, io);
    if ("exitCode" in outcome) return outcome.exitCode;
    const { result } = outcome;
    const json = args.flags.has("json");
    if (!result.ok || !result.analysis || !result.document) {
      if (json)
        io.out(
          `${JSON.stringify({ ok: false, diagnostics: diagnosticsJson(result.diagnostics) }, null, 2)}\n`,
        );
      else io.err(formatDiagnostics(file, result.diagnostics, locale));
      return EXIT.invalid;
    }
    const { analysis, document } = result;
    if (json) {
      const totals = analysis.totals;
      const nodes = summaryRows(analysis);
      io.out(
        `${JSON.stringify(
          {
            name: document.name,
            nodes,
            totalParams: totals.params,
            trainableParams: totals.trainableParams,
            nonTrainableParams: totals.nonTrainableParams,
            flops: totals.flops,
            weightBytes: totals.weightBytes,
            diagnostics: diagnosticsJson(result.diagnostics),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      io.out(formatSummary(document.name, analysis));
      if (result.diagnostics.length > 0)
        io.out(formatDiagnostics(file, result.diagnostics, locale));
    }
    return EXIT.ok;
  },
};
