/**
 * A layer's calls ("inbound nodes") in the three formats model.json files use:
 * tfjs and Keras 2 write `[[name, nodeIndex, tensorIndex, kwargs], …]` per
 * call (Keras 2 puts the other tensor arguments, e.g. attention's `value`, in
 * kwargs as `[name, node, tensor]`); very old files write one flat reference;
 * Keras 3 writes `{ args: […], kwargs: {…} }` with `__keras_tensor__` objects.
 */
import { isRecord, isWholeNumber, type JsonRecord } from "./json";

/** The output `tensor` of call `node` of layer `layer`. */
export interface TensorRef {
  readonly layer: string;
  readonly node: number;
  readonly tensor: number;
}

export interface LayerCall {
  /** Tensors passed positionally, flattened in order (a merge layer's list, attention's query and value). */
  readonly args: readonly TensorRef[];
  /** Tensors passed by keyword (Keras's `value=`, `key=`). */
  readonly named: Readonly<Record<string, TensorRef>>;
  /** Keyword arguments that are not tensors (`use_causal_mask`, `training`, …). */
  readonly options: JsonRecord;
}

/** `[name, node, tensor]` (a fourth element, kwargs, may follow). */
export function refFromList(value: unknown): TensorRef | null {
  if (!Array.isArray(value) || value.length < 3 || value.length > 4) return null;
  const [layer, node, tensor] = value;
  if (typeof layer !== "string" || !isWholeNumber(node) || !isWholeNumber(tensor)) return null;
  return { layer, node, tensor };
}

/** Keras 3's `{ class_name: "__keras_tensor__", config: { keras_history } }` (or a bare `{ keras_history }`). */
function refFromKerasTensor(value: unknown): TensorRef | null {
  if (!isRecord(value)) return null;
  const history = isRecord(value.config) ? value.config.keras_history : value.keras_history;
  return refFromList(history);
}

function tensorRef(value: unknown): TensorRef | null {
  return refFromKerasTensor(value) ?? refFromList(value);
}

/** Every tensor reference inside a (possibly nested) argument, in order. */
function collectRefs(value: unknown, out: TensorRef[]): void {
  const ref = tensorRef(value);
  if (ref) {
    out.push(ref);
    return;
  }
  if (Array.isArray(value)) for (const item of value) collectRefs(item, out);
}

function splitKwargs(kwargs: unknown): Pick<LayerCall, "named" | "options"> {
  const named: Record<string, TensorRef> = {};
  const options: Record<string, unknown> = {};
  if (isRecord(kwargs)) {
    for (const [key, value] of Object.entries(kwargs)) {
      const ref = tensorRef(value);
      if (ref) named[key] = ref;
      else options[key] = value;
    }
  }
  return { named, options };
}

/** One call in the tfjs/Keras 2 list format: each entry `[name, node, tensor, kwargs?]`. */
function listCall(entries: readonly unknown[]): LayerCall | null {
  const args: TensorRef[] = [];
  let kwargs: unknown;
  for (const entry of entries) {
    const ref = refFromList(entry);
    if (!ref) return null;
    args.push(ref);
    const extra = (entry as readonly unknown[])[3];
    if (kwargs === undefined && isRecord(extra) && Object.keys(extra).length > 0) kwargs = extra;
  }
  return { args, ...splitKwargs(kwargs) };
}

function kerasThreeCall(node: JsonRecord): LayerCall | null {
  if (node.args !== undefined && !Array.isArray(node.args)) return null;
  const args: TensorRef[] = [];
  collectRefs(node.args ?? [], args);
  return { args, ...splitKwargs(node.kwargs) };
}

/**
 * The calls of one layer, or null when `inbound_nodes` is not in a format we know.
 * Input layers have none.
 */
export function parseInboundNodes(inbound: unknown): LayerCall[] | null {
  if (inbound === undefined || inbound === null) return [];
  if (!Array.isArray(inbound)) return null;
  // A single flat reference: ["dense_1", 0, 0] (Keras 2 metadata files).
  const flat = refFromList(inbound);
  if (flat) return [{ args: [flat], named: {}, options: {} }];
  const calls: LayerCall[] = [];
  for (const node of inbound) {
    const call = isRecord(node)
      ? kerasThreeCall(node)
      : Array.isArray(node)
        ? refFromList(node)
          ? listCall([node])
          : listCall(node)
        : null;
    if (!call) return null;
    calls.push(call);
  }
  return calls;
}

/** `input_layers` / `output_layers`: a list of references, or one flat reference. */
export function parseRefList(value: unknown): TensorRef[] | null {
  if (!Array.isArray(value)) return null;
  const flat = refFromList(value);
  if (flat) return [flat];
  const refs: TensorRef[] = [];
  for (const item of value) {
    const ref = refFromList(item);
    if (!ref) return null;
    refs.push(ref);
  }
  return refs;
}
