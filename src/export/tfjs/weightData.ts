/**
 * The weights of a model.json (its `weightsManifest` and the bytes of its
 * weight files) as plain typed arrays, grouped by the node they belong to.
 * Plain data, so it can cross a worker boundary; no tfjs needed.
 */
import { type Diagnostic, t } from "../../graph";
import { quote } from "../../graph/text";
import { weightProblem } from "./messages";
import {
  type DecodedWeight,
  decodeAll,
  type WeightBytes,
  WeightError,
  type WeightValues,
} from "./weightBytes";

export type { WeightBytes, WeightValues };

export interface ImportedWeight extends DecodedWeight {
  /** The name inside its layer ("kernel", "forward_lstm/recurrent_kernel"); `name` is the manifest's. */
  readonly suffix: string;
}

export interface ImportedWeights {
  /** Node id → its weights in the file's order (a shared layer's nodes share them). */
  readonly byNode: ReadonlyMap<string, readonly ImportedWeight[]>;
  /** Weights whose name matches no layer of the model. */
  readonly unassigned: readonly string[];
}

/** The layer a weight belongs to: the longest layer name followed by "/" that starts the weight's name. */
function ownerOf(name: string, layerNames: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const layer of layerNames) {
    if (name.startsWith(`${layer}/`) && (!best || layer.length > best.length)) best = layer;
  }
  return best;
}

export function readWeights(
  manifest: unknown,
  data: WeightBytes,
  nodeIds: ReadonlyMap<string, readonly string[]>,
): { weights: ImportedWeights | null; diagnostics: Diagnostic[] } {
  let decoded: DecodedWeight[];
  try {
    decoded = decodeAll(manifest, data);
  } catch (error) {
    if (!(error instanceof WeightError)) throw error;
    return {
      weights: null,
      diagnostics: [
        weightProblem(
          t(
            `${error.text.en} The model was imported without its weights.`,
            `${error.text.zh}模型已导入，但不含权重。`,
          ),
        ),
      ],
    };
  }
  const layers = [...nodeIds.keys()];
  const byNode = new Map<string, ImportedWeight[]>();
  const unassigned: string[] = [];
  for (const weight of decoded) {
    const owner = ownerOf(weight.name, layers);
    if (owner === undefined) {
      unassigned.push(weight.name);
      continue;
    }
    for (const id of nodeIds.get(owner)!) {
      const list = byNode.get(id) ?? [];
      list.push({ ...weight, suffix: weight.name.slice(owner.length + 1) });
      byNode.set(id, list);
    }
  }
  const diagnostics =
    unassigned.length === 0
      ? []
      : [
          weightProblem(
            t(
              `${unassigned.length} weight(s) belong to no layer of the model and were left out: ${unassigned.slice(0, 5).map(quote).join(", ")}${unassigned.length > 5 ? ", …" : ""}.`,
              `${unassigned.length} 个权重不属于模型中的任何层，已略去：${unassigned.slice(0, 5).map(quote).join("、")}${unassigned.length > 5 ? "……" : ""}。`,
            ),
          ),
        ];
  return { weights: { byNode, unassigned }, diagnostics };
}
