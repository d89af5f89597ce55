/** Graph → TensorFlow.js. Imports tfjs and src/graph; never React. */
export * from "./artifacts";
export * from "./compile";
export { MultiHeadAttention } from "./custom/multiHeadAttention";
export { PositionalEncoding } from "./custom/positionalEncoding";
export { registerCustomLayers } from "./custom/register";
export { Sampling } from "./custom/sampling";
export { StochasticPooling2D } from "./custom/stochasticPooling2d";
export { enableProductionMode } from "./environment";
