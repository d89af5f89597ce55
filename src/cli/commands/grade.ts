import {
  type BackendChoice,
  type I18nText,
  loadLabText,
  loadSubmissionText,
  type SubmissionLoad,
  t,
  visible,
} from "../../graph";
import { MAX_DOCUMENT_BYTES, parseLocale, readDocumentFile } from "../documentInput";
import { type GradedFile, gradeJson, gradeTable } from "../gradeTable";
import { type CliIO, EXIT } from "../io";
import { type Command, JSON_FLAG, LANG_FLAG } from "./types";

const NODE_BACKENDS: readonly string[] = ["auto", "wasm", "cpu"];

export const gradeCommand: Command = {
  name: "grade",
  usage: "neurograph grade LAB SUBMISSION... [--json] [--lang en|zh] [--backend auto|wasm|cpu]",
  summary:
    "re-validate and re-train students' submissions to a lab, checking its locks and goals; print a table",
  flags: [
    JSON_FLAG,
    LANG_FLAG,
    {
      name: "backend",
      takesValue: true,
      help: "auto (default: wasm when it has every kernel the graph needs, else cpu), wasm or cpu",
    },
  ],
  run: async (args, io) => {
    const [labFile, ...submissions] = args.positional;
    const locale = parseLocale(args.flags.get("lang"));
    const backendText = args.flags.get("backend");
    if (labFile === undefined || submissions.length === 0 || locale === null) {
      io.err(`usage: ${gradeCommand.usage}\n`);
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
    const read = await readDocumentFile(labFile, io);
    if (!read.ok) return read.exitCode;
    const loaded = loadLabText(read.text);
    if (!loaded.ok) {
      if (json)
        io.out(
          `${JSON.stringify({ ok: false, message: loaded.message.en, messageZh: loaded.message.zh })}\n`,
        );
      else io.err(`neurograph: ${visible(labFile)}: ${loaded.message[locale]}\n`);
      return EXIT.invalid;
    }
    const { lab, graphs } = loaded;

    // tfjs is loaded only by the commands that need it.
    const [{ gradeSubmission }, compiler] = await Promise.all([
      import("../../training/node/grade"),
      import("../../compiler"),
    ]);
    compiler.enableProductionMode();
    const backend = backendText as BackendChoice | undefined;
    const graded: GradedFile[] = [];
    for (const [index, file] of submissions.entries()) {
      io.err(
        `${locale === "zh" ? "正在评分" : "grading"} ${index + 1}/${submissions.length}: ${visible(file)}\n`,
      );
      const load = await readSubmission(file, io);
      const row = await gradeSubmission(lab, graphs, load, backend ? { backend } : {});
      graded.push({ file, row });
    }
    io.out(json ? gradeJson(lab, graded) : gradeTable(lab, graded, locale));
    return EXIT.ok;
  },
};

/** A missing or oversized submission is a row ("unreadable"), not the end of the class's grading. */
async function readSubmission(path: string, io: CliIO): Promise<SubmissionLoad> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return unreadable(
      code === "ENOENT"
        ? t(
            `Cannot read ${visible(path)}: no such file.`,
            `无法读取 ${visible(path)}：文件不存在。`,
          )
        : code === "EISDIR"
          ? t(
              `Cannot read ${visible(path)}: it is a directory.`,
              `无法读取 ${visible(path)}：这是一个目录。`,
            )
          : t(`Cannot read ${visible(path)}.`, `无法读取 ${visible(path)}。`),
    );
  }
  if (bytes.byteLength > MAX_DOCUMENT_BYTES)
    return unreadable(
      t(
        `${visible(path)} is ${bytes.byteLength} bytes, larger than the ${MAX_DOCUMENT_BYTES}-byte limit.`,
        `${visible(path)} 大小为 ${bytes.byteLength} 字节，超过了 ${MAX_DOCUMENT_BYTES} 字节的上限。`,
      ),
    );
  return loadSubmissionText(new TextDecoder("utf-8", { fatal: false }).decode(bytes));
}

function unreadable(message: I18nText): SubmissionLoad {
  return { ok: false, message };
}
