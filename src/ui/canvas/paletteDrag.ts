/** The drag-and-drop contract between the palette and the canvas. */
export const LAYER_DRAG_TYPE = "application/x-neurograph-layer";
