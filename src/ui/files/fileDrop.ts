/**
 * A .json file dropped anywhere on the window opens it. Only drags that carry
 * files are touched: the palette's layer drags (LAYER_DRAG_TYPE) go on to
 * the canvas, which places the layer. Without this, a dropped file would make
 * the browser navigate away to show it.
 */
import { canvasText } from "../canvas/canvasText";
import { LAYER_DRAG_TYPE } from "../canvas/paletteDrag";
import { catalogText } from "../i18n/catalog";
import { useLocaleStore } from "../i18n/locale";
import "./files.css";
import { openFiles } from "./opening";

/** dragover repeats every few dozen milliseconds while a drag is over the page; its silence means the drag left. */
const HIDE_AFTER_MS = 250;

function carriesFiles(data: DataTransfer | null): data is DataTransfer {
  return !!data && data.types.includes("Files") && !data.types.includes(LAYER_DRAG_TYPE);
}

let installed = false;

export function installFileDrop(): void {
  if (installed) return;
  installed = true;
  const overlay = document.createElement("div");
  overlay.className = "files-drop-overlay";
  overlay.hidden = true;
  overlay.setAttribute("aria-hidden", "true");
  const label = document.createElement("span");
  overlay.append(label);
  document.body.append(overlay);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    clearTimeout(timer);
    overlay.hidden = true;
  };

  window.addEventListener("dragover", (event) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    label.textContent = catalogText(canvasText, useLocaleStore.getState().locale).dropHere;
    overlay.hidden = false;
    clearTimeout(timer);
    timer = setTimeout(hide, HIDE_AFTER_MS);
  });
  window.addEventListener("drop", (event) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    hide();
    void openFiles([...event.dataTransfer.files]);
  });
}
