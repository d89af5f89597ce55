/** The autoencoder and VAE recipe. */
export { createAutoencoderAlgorithm } from "./algorithm";
export {
  klPerSample,
  type ReconstructionLoss,
  reconstructionLossOf,
  reconstructionPerSample,
} from "./loss";
export { type AutoencoderNetworks, buildAutoencoderNetworks } from "./networks";
export { layerOf, type ReplayRequest, replaySubgraph, symbolicOutput } from "./replay";
