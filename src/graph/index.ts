/** The framework-free core: documents, layer catalogue, shape inference, diagnostics. */
export * from "./analyze";
export * from "./diagnostics";
export * from "./document/load";
export * from "./document/migrations";
export * from "./document/save";
export * from "./document/schema";
export * from "./edit";
export * from "./fixes/apply";
export * from "./fixes/types";
export * from "./i18n";
export * from "./layers/registry";
export type { Category, LayerKind, PortSpec } from "./layers/types";
export * from "./params";
export * from "./shape";
export { quote, visible } from "./text";
export * from "./training/datasetSpec";
export * from "./training/setup";
export * from "./validate";
