/**
 * Deciding whether a document from outside (a file, a dropped file, a share
 * link) can be opened. Pure: the caller shows the problems and leaves the
 * current graph alone unless the verdict says it may open.
 */
import {
  type Diagnostic,
  formatBytes,
  formatCount,
  type GraphDocument,
  type I18nText,
  inferShapes,
  loadDocument,
  loadDocumentText,
  type Severity,
} from "../../graph";
import { filesI18n, type filesText } from "./filesText";

/** Graph documents are kilobytes; anything this large is a mistake (or an attack on the tab). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export interface Problem {
  /** A diagnostic code such as NG101, or a short word for problems found before parsing. */
  readonly badge: I18nText;
  readonly severity: Severity;
  readonly message: I18nText;
  readonly nodeId?: string;
}

export type Verdict =
  /** Opens as is (warnings allowed: the editor shows them). */
  | { readonly kind: "ok"; readonly document: GraphDocument }
  /** Loads, but has graph errors: the user may still open it to fix them. */
  | { readonly kind: "hasErrors"; readonly document: GraphDocument; readonly problems: Problem[] }
  /** Cannot be opened at all. */
  | { readonly kind: "refused"; readonly problems: Problem[] };

function fileProblem(badge: keyof typeof filesText.en, message: I18nText): Problem {
  return { badge: filesI18n(badge), severity: "error", message };
}

export function refused(problem: Problem): Verdict {
  return { kind: "refused", problems: [problem] };
}

export function tooLarge(bytes: number): Problem {
  const limit = formatBytes(MAX_DOCUMENT_BYTES);
  // Just over the limit rounds to the limit ("5.0 MiB, more than 5.0 MiB"): give exact bytes then.
  const size = formatBytes(bytes) === limit ? `${formatCount(bytes)} B` : formatBytes(bytes);
  return fileProblem("labelTooLarge", filesI18n("tooLarge", { size, limit }));
}

export function notJsonFile(name: string): Problem {
  return fileProblem("labelNotJson", filesI18n("notJsonFile", { name }));
}

export function damagedLink(): Problem {
  return fileProblem("labelDamaged", filesI18n("damagedLink"));
}

export function unreadable(detail: string): Problem {
  return fileProblem("labelUnreadable", filesI18n("unreadable", { detail }));
}

export function fromDiagnostic(d: Diagnostic): Problem {
  return {
    badge: { en: d.code, zh: d.code },
    severity: d.severity,
    message: { en: d.message, zh: d.messageZh },
    ...(d.nodeId !== undefined ? { nodeId: d.nodeId } : {}),
  };
}

/** UTF-8 size, counted without encoding a possibly huge string. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function checkText(text: string): Verdict {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_DOCUMENT_BYTES) return refused(tooLarge(bytes));
  return judge(loadDocumentText(text));
}

/** For values already parsed (share links). */
export function checkValue(raw: unknown): Verdict {
  return judge(loadDocument(raw));
}

function judge(loaded: ReturnType<typeof loadDocument>): Verdict {
  if (!loaded.document)
    return { kind: "refused", problems: loaded.diagnostics.map(fromDiagnostic) };
  const diagnostics = [...loaded.diagnostics, ...inferShapes(loaded.document).diagnostics];
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return { kind: "ok", document: loaded.document };
  const warnings = diagnostics.filter((d) => d.severity !== "error");
  return {
    kind: "hasErrors",
    document: loaded.document,
    problems: [...errors, ...warnings].map(fromDiagnostic),
  };
}

/** Whether a picked or dropped file looks like a graph document. */
export function isJsonFile(file: { readonly name: string; readonly type: string }): boolean {
  return /\.json$/i.test(file.name) || file.type === "application/json";
}
