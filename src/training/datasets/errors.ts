/**
 * Loading a dataset can fail for reasons the user must read (a ragged CSV, a
 * missing asset); the error carries the message in every language, so the
 * worker can forward it as it is.
 */
import type { I18nText } from "../../graph/i18n";

export class DatasetError extends Error {
  readonly text: I18nText;
  constructor(text: I18nText) {
    super(text.en);
    this.name = "DatasetError";
    this.text = text;
  }
}
