/** Colour and icon of each layer category (the same on nodes, palette and exports). */
import type { Category } from "../../graph";

export const CATEGORY_COLOURS: Readonly<Record<Category, string>> = {
  input: "#2e9e5b",
  core: "#3d63dd",
  convolution: "#e0661f",
  pooling: "#d49a0b",
  recurrent: "#8e4ec6",
  attention: "#d6409f",
  normalization: "#12a594",
  merge: "#6b7280",
  generative: "#c2410c",
};

/** 16×16 SVG path data, one glyph per category. */
export const CATEGORY_ICONS: Readonly<Record<Category, string>> = {
  input: "M2 8h9M8 4l4 4-4 4",
  core: "M3 3h10v10H3zM3 8h10M8 3v10",
  convolution: "M2 2h8v8H2zM6 6h8v8H6z",
  pooling: "M2 2h12v12H2zM2 8h12M8 2v12M10 10h2v2h-2z",
  recurrent: "M12 5a5 5 0 1 0 1 5M12 1v4H8",
  attention: "M1 8c2-4 12-4 14 0c-2 4-12 4-14 0zM8 6a2 2 0 1 1 0 4a2 2 0 1 1 0-4",
  normalization: "M1 12c3 0 3-8 7-8s4 8 7 8",
  merge: "M3 2v4l5 4v4M13 2v4l-5 4",
  generative: "M8 1l1.8 4.2L14 7l-4.2 1.8L8 13l-1.8-4.2L2 7l4.2-1.8z",
};
