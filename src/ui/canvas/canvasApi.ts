/**
 * What commands need from the mounted canvas (viewport control, coordinates),
 * registered by the canvas when it mounts. Commands run outside React, so
 * they reach React Flow's instance through here.
 */
import type { ReactFlowInstance } from "@xyflow/react";

export interface CanvasApi {
  readonly instance: ReactFlowInstance;
  /** The flow position at the centre of the visible canvas, where keyboard-added nodes go. */
  readonly viewportCentre: () => { x: number; y: number };
  /** The DOM element of the canvas (for exports and focus). */
  readonly element: () => HTMLElement | null;
}

let current: CanvasApi | null = null;

export function registerCanvas(api: CanvasApi | null): void {
  current = api;
}

export function canvasApi(): CanvasApi | null {
  return current;
}
