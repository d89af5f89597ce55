import { serializeDocument } from "../../graph";
import { parseLocale } from "../documentInput";
import { diagnosticsJson, formatDiagnostics } from "../format";
import { EXIT } from "../io";
import { type Command, JSON_FLAG, LANG_FLAG } from "./types";

export const importCommand: Command = {
  name: "import",
  usage: "neurograph import MODEL.json --out GRAPH.json [--json] [--lang en|zh]",
  summary: "open a tfjs Layers model.json (tfjs, Keras) as a graph document",
  flags: [
    { name: "out", takesValue: true, help: "the graph document to write" },
    JSON_FLAG,
    LANG_FLAG,
  ],
  run: async (args, io) => {
    const [file, ...extra] = args.positional;
    const out = args.flags.get("out");
    const locale = parseLocale(args.flags.get("lang"));
    const json = args.flags.has("json");
    if (file === undefined || extra.length > 0 || typeof out !== "string" || locale === null) {
      io.err(`usage: ${importCommand.usage}\n`);
      return EXIT.usage;
    }
    let text: string;
    try {
      text = new TextDecoder().decode(await io.readFile(file));
    } catch {
      io.err(`neurograph: cannot read ${file}.\n`);
      return EXIT.usage;
    }
    const { importTfjsModelText } = await import("../../export");
    const imported = importTfjsModelText(text);
    const errors = imported.diagnostics.filter((d) => d.severity === "error");
    if (!imported.document) {
      if (json)
        io.out(
          `${JSON.stringify({ ok: false, diagnostics: diagnosticsJson(imported.diagnostics) })}\n`,
        );
      else io.err(formatDiagnostics(file, imported.diagnostics, locale));
      return EXIT.invalid;
    }
    await io.writeFile(out, serializeDocument(imported.document));
    if (json)
      io.out(
        `${JSON.stringify({ ok: errors.length === 0, out, nodes: imported.document.nodes.length, diagnostics: diagnosticsJson(imported.diagnostics) })}\n`,
      );
    else {
      if (imported.diagnostics.length > 0)
        io.err(formatDiagnostics(file, imported.diagnostics, locale));
      io.out(`Wrote ${out} (${imported.document.nodes.length} nodes).\n`);
    }
    // Layers Neurograph cannot express are kept as marked nodes: the graph opens, and says what to fix.
    return errors.length === 0 ? EXIT.ok : EXIT.invalid;
  },
};
