/** Lab sheets: loading, locks, the lab's training over a graph's, and students' submissions. */
export * from "./goals";
export * from "./jsonInput";
export * from "./load";
export * from "./locks";
export * from "./schema";
export * from "./submission";
export * from "./training";
