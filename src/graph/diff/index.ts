export * from "./diffGraphs";
