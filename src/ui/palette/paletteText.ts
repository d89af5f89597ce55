import { defineCatalog } from "../i18n/catalog";

export const paletteText = defineCatalog(
  {
    title: "Layers",
    search: "Search layers",
    searchPlaceholder: "Search layers…",
    noMatch: "No layer matches “{query}”.",
    hint: "Drag onto the canvas, or press Enter to add below the selected layer.",
  },
  {
    title: "层",
    search: "搜索层",
    searchPlaceholder: "搜索层…",
    noMatch: "没有与“{query}”匹配的层。",
    hint: "拖到画布上，或按 Enter 添加到所选层的下方。",
  },
);
