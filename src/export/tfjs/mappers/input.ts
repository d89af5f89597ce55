/** InputLayer → an input node: one sample's shape (the batch axis dropped) and its dtype. */
import { type LayerConfig, unsupported } from "../config";
import { isRecord, isWholeNumber } from "../json";
import type { MappedLayer } from "./types";

const INT_TYPES = new Set(["int64", "int16", "int8", "uint8", "uint16", "uint32", "int"]);
const FLOAT_TYPES = new Set(["float64", "float16", "bfloat16", "float"]);

/** Keras 2 metadata sometimes wraps shapes as `{ class_name: "TensorShape", items: […] }`. */
function batchShape(c: LayerConfig): readonly unknown[] {
  let shape = c.get("batch_input_shape") ?? c.get("batch_shape");
  if (isRecord(shape) && Array.isArray(shape.items)) shape = shape.items;
  if (shape === undefined || shape === null) {
    const sample = c.get("input_shape");
    if (Array.isArray(sample)) return [null, ...sample];
  }
  if (!Array.isArray(shape) || shape.length < 2)
    return unsupported(
      "its batch shape is missing or has no sample axes.",
      "其批次形状缺失或不含样本轴。",
    );
  return shape;
}

function dtype(c: LayerConfig): "float32" | "int32" {
  const raw = c.get("dtype");
  const name = isRecord(raw) && isRecord(raw.config) ? raw.config.name : raw;
  if (name === undefined || name === null || name === "float32") return "float32";
  if (name === "int32") return "int32";
  if (typeof name === "string" && INT_TYPES.has(name)) {
    c.warn(`its dtype ${name} became int32.`, `其数据类型 ${name} 已改为 int32。`);
    return "int32";
  }
  if (typeof name === "string" && FLOAT_TYPES.has(name)) {
    c.warn(`its dtype ${name} became float32.`, `其数据类型 ${name} 已改为 float32。`);
    return "float32";
  }
  return unsupported(
    `its dtype is ${JSON.stringify(name)}; Neurograph inputs are float32 or int32.`,
    `其数据类型为 ${JSON.stringify(name)}；Neurograph 的输入只能是 float32 或 int32。`,
  );
}

export function inputLayer(c: LayerConfig): MappedLayer {
  c.expect(
    "sparse",
    [false, null],
    "Neurograph inputs are dense tensors.",
    "Neurograph 的输入是稠密张量。",
  );
  c.expect(
    "ragged",
    [false, null],
    "Neurograph inputs are dense tensors.",
    "Neurograph 的输入是稠密张量。",
  );
  const [batch, ...sample] = batchShape(c);
  if (!sample.every((d) => d === null || (isWholeNumber(d) && d > 0)))
    return unsupported(
      "its shape holds something other than sizes and nulls.",
      "其形状中含有尺寸与 null 以外的值。",
    );
  if (isWholeNumber(batch))
    c.warn(
      `its fixed batch size ${batch} was dropped; any batch size works.`,
      `其固定的批次大小 ${batch} 已去掉；任意批次大小均可。`,
    );
  return { type: "input", params: { shape: sample, dtype: dtype(c) } };
}
