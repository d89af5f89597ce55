/** The whole check a document gets: load (parse → migrate → envelope) then inferShapes. */
import { type AnalyzeOptions, type GraphAnalysis, inferShapes } from "./analyze";
import { type Diagnostic, hasErrors } from "./diagnostics";
import { loadDocument, loadDocumentText } from "./document/load";
import type { GraphDocument } from "./document/schema";

export interface ValidationResult {
  /** True when there is no error (warnings allowed). */
  readonly ok: boolean;
  readonly document: GraphDocument | null;
  readonly analysis: GraphAnalysis | null;
  readonly diagnostics: readonly Diagnostic[];
}

export function validateText(text: string, options: AnalyzeOptions = {}): ValidationResult {
  return finish(loadDocumentText(text), options);
}

export function validateValue(raw: unknown, options: AnalyzeOptions = {}): ValidationResult {
  return finish(loadDocument(raw), options);
}

function finish(load: ReturnType<typeof loadDocument>, options: AnalyzeOptions): ValidationResult {
  if (!load.document)
    return { ok: false, document: null, analysis: null, diagnostics: load.diagnostics };
  const analysis = inferShapes(load.document, options);
  const diagnostics = [...load.diagnostics, ...analysis.diagnostics];
  return { ok: !hasErrors(diagnostics), document: load.document, analysis, diagnostics };
}
