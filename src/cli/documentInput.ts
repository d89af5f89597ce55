/** Reading a document file for a command: size limits and clean messages for missing files. */
import { type Locale, type ValidationResult, validateText } from "../graph";
import { type CliIO, EXIT } from "./io";

/** Larger files are refused before parsing; real graph documents are a few hundred KiB at most. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export type ReadOutcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly exitCode: number };

export async function readDocumentFile(path: string, io: CliIO): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a directory, not a file"
          : code === "EACCES"
            ? "permission denied"
            : "it cannot be read";
    io.err(`neurograph: cannot read ${JSON.stringify(path)}: ${reason}.\n`);
    return { ok: false, exitCode: EXIT.usage };
  }
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    io.err(
      `neurograph: ${JSON.stringify(path)} is ${bytes.byteLength} bytes, larger than the ${MAX_DOCUMENT_BYTES}-byte limit for a graph document.\n`,
    );
    return { ok: false, exitCode: EXIT.usage };
  }
  // Invalid UTF-8 becomes U+FFFD and then fails as JSON, with a message.
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  return { ok: true, text };
}

export async function validateFile(
  path: string,
  io: CliIO,
): Promise<{ result: ValidationResult } | { exitCode: number }> {
  const read = await readDocumentFile(path, io);
  if (!read.ok) return { exitCode: read.exitCode };
  return { result: validateText(read.text) };
}

export function parseLocale(value: string | true | undefined): Locale | null {
  if (value === undefined) return "en";
  return value === "en" || value === "zh" ? value : null;
}
