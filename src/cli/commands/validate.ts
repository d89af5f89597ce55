import { parseLocale, validateFile } from "../documentInput";
import { diagnosticsJson, formatDiagnostics } from "../format";
import { EXIT } from "../io";
import { type Command, JSON_FLAG, LANG_FLAG } from "./types";

export const validateCommand: Command = {
  name: "validate",
  usage: "neurograph validate FILE [--json] [--lang en|zh]",
  summary: "check a graph document; exit 0 when it has no errors, 1 when it has",
  flags: [JSON_FLAG, LANG_FLAG],
  run: async (args, io) => {
    const [file, ...extra] = args.positional;
    const locale = parseLocale(args.flags.get("lang"));
    if (file === undefined || extra.length > 0 || locale === null) {
      io.err(`usage: ${validateCommand.usage}\n`);
      return EXIT.usage;
    }
    const outcome = await validateFile(file, io);
    if ("exitCode" in outcome) return outcome.exitCode;
    const { result } = outcome;
    if (args.flags.has("json")) {
      io.out(
        `${JSON.stringify({ ok: result.ok, diagnostics: diagnosticsJson(result.diagnostics) }, null, 2)}\n`,
      );
    } else {
      io.out(formatDiagnostics(file, result.diagnostics, locale));
    }
    return result.ok ? EXIT.ok : EXIT.invalid;
  },
};
