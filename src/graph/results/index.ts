export * from "./goals";
export * from "./metrics";
export * from "./summarize";
export * from "./topics";
