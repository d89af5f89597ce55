/**
 * Copy, cut, paste and duplicate. A selection travels as a small graph
 * document (JSON), so it crosses tabs — and applications — through the system
 * clipboard. The keys work through the DOM's copy/cut/paste events, which
 * carry the clipboard without a permission prompt; menus and the palette ask
 * the browser for the same events (copy, cut) or use the async clipboard API
 * (paste). An in-memory copy covers browsers that allow neither.
 */
import {
  extractSubgraph,
  type GraphDocument,
  type I18nText,
  loadDocumentText,
  type Position,
  pasteSubgraph,
  t,
} from "../../graph";
import { canvasApi } from "../canvas/canvasApi";
import { useLocaleStore } from "../i18n/locale";
import { removeSelectionExceptLocked } from "../labs/lockGuard";
import { useEditorStore } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import type { Command } from "./types";

const store = () => useEditorStore.getState();

/** How far a paste or duplicate lands from the original (a multiple of the canvas grid). */
export const PASTE_STEP = 40;
const GRID = 10;
/** A layer's size when the canvas has not measured it. */
const DEFAULT_SIZE = { width: 200, height: 100 };

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The selection as document JSON, or null when no layer is selected. */
export function clipText(document: GraphDocument, nodeIds: ReadonlySet<string>): string | null {
  const clip = extractSubgraph(document, nodeIds);
  return clip.nodes.length > 0 ? JSON.stringify(clip) : null;
}

/** A pasted text as a graph document, or null when it is not Neurograph layers. */
export function parseClip(text: string): GraphDocument | null {
  if (!text.trimStart().startsWith("{")) return null;
  const loaded = loadDocumentText(text);
  return loaded.document && loaded.document.nodes.length > 0 ? loaded.document : null;
}

export function boundsOf(document: GraphDocument): Rect {
  const xs = document.nodes.map((n) => n.position.x);
  const ys = document.nodes.map((n) => n.position.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return {
    x,
    y,
    width: Math.max(...xs) + DEFAULT_SIZE.width - x,
    height: Math.max(...ys) + DEFAULT_SIZE.height - y,
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const snap = (v: number) => Math.round(v / GRID) * GRID;

/**
 * Where a paste goes, as an offset from the copied positions. Next to the
 * originals (+40, +40, cascading on repeats) while they are here and in
 * view, as Figma does; otherwise — pasting into another tab, or the
 * originals scrolled away — centred in the visible canvas.
 */
export function pasteOffset(
  clip: Rect,
  options: {
    readonly originalsHere: boolean;
    readonly visible: Rect | null;
    readonly repeat: number;
  },
): Position {
  const step = PASTE_STEP * (options.repeat + 1);
  const nextTo = { x: step, y: step };
  const { visible } = options;
  if (!visible) return nextTo;
  const shifted = { ...clip, x: clip.x + step, y: clip.y + step };
  if (options.originalsHere && overlaps(shifted, visible)) return nextTo;
  const cascade = PASTE_STEP * options.repeat;
  return {
    x: snap(visible.x + visible.width / 2 - (clip.x + clip.width / 2) + cascade),
    y: snap(visible.y + visible.height / 2 - (clip.y + clip.height / 2) + cascade),
  };
}

function visibleRect(): Rect | null {
  const api = canvasApi();
  const box = api?.element()?.getBoundingClientRect();
  if (!api || !box || box.width === 0) return null;
  const a = api.instance.screenToFlowPosition({ x: box.left, y: box.top });
  const b = api.instance.screenToFlowPosition({ x: box.right, y: box.bottom });
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}

let memoryClip: string | null = null;
/** Consecutive pastes of the same text cascade instead of stacking. */
let repeat = { text: "", count: 0 };

function say(text: I18nText, tone: "info" | "error" = "info"): void {
  useUiStore.getState().notify(text[useLocaleStore.getState().locale], tone);
}

/** Pastes `text` if it holds Neurograph layers (one undo step, the pasted layers selected). */
export function pasteText(text: string): boolean {
  const clip = parseClip(text);
  if (!clip) return false;
  repeat = repeat.text === text ? { text, count: repeat.count + 1 } : { text, count: 0 };
  const here = new Map(store().document.nodes.map((n) => [n.id, n.type]));
  const offset = pasteOffset(boundsOf(clip), {
    originalsHere: clip.nodes.every((n) => here.get(n.id) === n.type),
    visible: visibleRect(),
    repeat: repeat.count,
  });
  let pasted: string[] = [];
  store().edit((d) => {
    const result = pasteSubgraph(d, clip, offset);
    pasted = result.nodeIds;
    return result.document;
  });
  store().select({ nodes: new Set(pasted), edges: new Set() });
  return true;
}

function selectionText(): string | null {
  return clipText(store().document, store().selection.nodes);
}

function cutSelection(): void {
  removeSelectionExceptLocked();
}

function copied(count: number, cut: boolean): I18nText {
  const layers = count === 1 ? "1 layer" : `${count} layers`;
  return cut
    ? t(`Cut ${layers}`, `已剪切 ${count} 个层`)
    : t(`Copied ${layers}`, `已复制 ${count} 个层`);
}

// ── DOM clipboard events ────────────────────────────────────────────────────

/** Set while a menu or palette command asks the browser for a copy/cut event. */
let requested: "copy" | "cut" | null = null;
let wroteByEvent = false;

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** Whether the event is ours: layers are selected and the user is not copying text. */
function ours(event: Event): boolean {
  if (requested) return true;
  if (isTextField(event.target)) return false;
  const textSelected = !(globalThis.getSelection?.()?.isCollapsed ?? true);
  return !textSelected && store().selection.nodes.size > 0;
}

function onCopyOrCut(event: ClipboardEvent): void {
  if (!ours(event)) return;
  const text = selectionText();
  if (!text || !event.clipboardData) return;
  event.preventDefault();
  event.clipboardData.setData("text/plain", text);
  event.clipboardData.setData("application/json", text);
  memoryClip = text;
  wroteByEvent = true;
  const cut = event.type === "cut";
  const count = store().selection.nodes.size;
  if (cut) cutSelection();
  if (!requested) say(copied(count, cut));
}

function onPaste(event: ClipboardEvent): void {
  if (isTextField(event.target) || !event.clipboardData) return;
  const text =
    event.clipboardData.getData("application/json") || event.clipboardData.getData("text/plain");
  // Text that is not Neurograph layers is not ours to handle.
  if (text && pasteText(text)) event.preventDefault();
}

/**
 * Chromium runs the Copy and Cut key commands without a text selection only
 * when a `before…` handler asks for them; the same goes for Paste outside an
 * editable field.
 */
function onBefore(event: Event): void {
  if (event.type === "beforepaste" ? !isTextField(event.target) : ours(event))
    event.preventDefault();
}

let installed = false;

/** Listens for clipboard events on the window, once (the commands own these events). */
function installClipboardEvents(): void {
  if (installed || typeof window === "undefined") return;
  installed = true;
  window.addEventListener("copy", onCopyOrCut);
  window.addEventListener("cut", onCopyOrCut);
  window.addEventListener("paste", onPaste);
  for (const type of ["beforecopy", "beforecut", "beforepaste"])
    window.addEventListener(type, onBefore);
}

/** From a menu or the palette: the browser's copy/cut event if it will fire one, else the async API. */
function copyByCommand(kind: "copy" | "cut"): void {
  const text = selectionText();
  if (!text) return;
  const count = store().selection.nodes.size;
  memoryClip = text;
  requested = kind;
  wroteByEvent = false;
  try {
    document.execCommand(kind);
  } catch {
    // Not supported here: fall through to the async clipboard.
  } finally {
    requested = null;
  }
  if (!wroteByEvent) {
    void navigator.clipboard?.writeText(text).catch(() => {
      // Denied or unavailable: the in-memory copy still pastes within this tab.
    });
    if (kind === "cut") cutSelection();
  }
  say(copied(count, kind === "cut"));
}

async function pasteByCommand(): Promise<void> {
  let text: string | null = null;
  try {
    text = (await navigator.clipboard?.readText()) ?? null;
  } catch {
    text = null; // Denied or unavailable: use this tab's own copy.
  }
  if (text !== null && pasteText(text)) return;
  if (text === null && memoryClip !== null && pasteText(memoryClip)) return;
  say(t("The clipboard holds no Neurograph layers.", "剪贴板中没有 Neurograph 层。"));
}

function duplicate(): void {
  const { selection } = store();
  let pasted: string[] = [];
  store().edit((d) => {
    const result = pasteSubgraph(d, extractSubgraph(d, selection.nodes), {
      x: PASTE_STEP,
      y: PASTE_STEP,
    });
    pasted = result.nodeIds;
    return result.document;
  });
  store().select({ nodes: new Set(pasted), edges: new Set() });
}

const hasSelection = () => store().selection.nodes.size > 0;

export function clipboardCommands(): Command[] {
  installClipboardEvents();
  return [
    {
      id: "edit.cut",
      title: t("Cut", "剪切"),
      menu: "edit",
      keys: ["Mod+X"],
      keysHandledByBrowser: true,
      keywords: "clipboard 剪贴板",
      enabled: hasSelection,
      run: () => copyByCommand("cut"),
    },
    {
      id: "edit.copy",
      title: t("Copy", "复制"),
      menu: "edit",
      keys: ["Mod+C"],
      keysHandledByBrowser: true,
      keywords: "clipboard 剪贴板",
      enabled: hasSelection,
      run: () => copyByCommand("copy"),
    },
    {
      id: "edit.paste",
      title: t("Paste", "粘贴"),
      menu: "edit",
      keys: ["Mod+V"],
      keysHandledByBrowser: true,
      keywords: "clipboard 剪贴板",
      run: pasteByCommand,
    },
    {
      id: "edit.duplicate",
      title: t("Duplicate", "创建副本"),
      menu: "edit",
      keys: ["Mod+D"],
      keywords: "copy clone 复制 克隆",
      enabled: hasSelection,
      run: duplicate,
    },
  ];
}
