/** Pure document edits: the only way the editor changes a graph. */
export * from "./clipboard";
export * from "./connect";
export * from "./groups";
export * from "./ids";
export * from "./nodes";
export * from "./training";
