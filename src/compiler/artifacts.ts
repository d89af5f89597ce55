/**
 * A model as the files tfjs writes (`model.json` + one weights file) and
 * back, without a filesystem: the CLI writes them to disk, the browser zips or
 * stores them. Custom layers must be registered before loading.
 */
import * as tf from "@tensorflow/tfjs";
import { registerCustomLayers } from "./custom/register";

export const WEIGHTS_FILE = "group1-shard1of1.bin";

export interface ModelFiles {
  /** The text of model.json, in tfjs's "layers-model" format. */
  readonly modelJson: string;
  readonly weights: Uint8Array;
}

export async function modelToFiles(
  model: tf.LayersModel,
  generatedBy = "Neurograph",
): Promise<ModelFiles> {
  let files: ModelFiles | null = null;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const weightData = artifacts.weightData;
      const buffers =
        weightData === undefined ? [] : Array.isArray(weightData) ? weightData : [weightData];
      const weights = new Uint8Array(buffers.reduce((n, b) => n + b.byteLength, 0));
      let offset = 0;
      for (const buffer of buffers) {
        weights.set(new Uint8Array(buffer), offset);
        offset += buffer.byteLength;
      }
      const modelJson = {
        format: "layers-model",
        generatedBy,
        convertedBy: null,
        modelTopology: artifacts.modelTopology,
        ...(artifacts.trainingConfig ? { trainingConfig: artifacts.trainingConfig } : {}),
        weightsManifest: [{ paths: [`./${WEIGHTS_FILE}`], weights: artifacts.weightSpecs ?? [] }],
      };
      files = { modelJson: JSON.stringify(modelJson), weights };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
    }),
  );
  return files!;
}

export async function modelFromFiles(files: ModelFiles): Promise<tf.LayersModel> {
  registerCustomLayers();
  const json = JSON.parse(files.modelJson) as {
    modelTopology: object;
    weightsManifest: { weights: tf.io.WeightsManifestEntry[] }[];
  };
  const weightSpecs = json.weightsManifest.flatMap((group) => group.weights);
  const buffer = files.weights.buffer.slice(
    files.weights.byteOffset,
    files.weights.byteOffset + files.weights.byteLength,
  ) as ArrayBuffer;
  return tf.loadLayersModel(
    tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs, weightData: buffer }),
  );
}
