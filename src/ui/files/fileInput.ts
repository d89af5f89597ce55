/**
 * The Open… command's file picker: one hidden <input type="file"> kept in the
 * page (so it can be driven like any input, e.g. by end-to-end tests).
 */
import { openFiles } from "./opening";

let input: HTMLInputElement | null = null;

export function fileInput(): HTMLInputElement {
  if (input?.isConnected) return input;
  input = document.createElement("input");
  input.type = "file";
  // Several files: a TensorFlow.js model.json comes with its .bin weight files.
  input.accept = ".json,.bin,application/json,application/octet-stream";
  input.multiple = true;
  input.hidden = true;
  input.dataset.testid = "open-file";
  input.addEventListener("change", () => {
    const files = [...(input?.files ?? [])];
    // Cleared so that choosing the same file again (after fixing it) fires "change" again.
    if (input) input.value = "";
    void openFiles(files);
  });
  document.body.append(input);
  return input;
}

export function pickFile(): void {
  fileInput().click();
}
