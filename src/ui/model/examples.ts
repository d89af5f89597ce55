/** The example documents bundled with the app, checked in the browser with the same core as the CLI. */

import mnistMlp from "../../../presets/mnist-mlp.json";
import {
  type GraphDocument,
  type I18nText,
  type ValidationResult,
  validateValue,
} from "../../graph";

export interface Example {
  readonly name: string;
  readonly description: I18nText | null;
  readonly result: ValidationResult;
}

export function loadExample(raw: unknown): Example {
  const result = validateValue(raw);
  return {
    name: result.document?.name ?? "",
    description: bothLanguages(result.document?.description),
    result,
  };
}

/** A document may give a description in one language only; show it in the other rather than nothing. */
function bothLanguages(text: GraphDocument["description"]): I18nText | null {
  if (text === undefined) return null;
  if (typeof text === "string") return { en: text, zh: text };
  const en = text.en ?? text.zh;
  const zh = text.zh ?? text.en;
  return en !== undefined && zh !== undefined ? { en, zh } : null;
}

export const MNIST_MLP: Example = loadExample(mnistMlp);
