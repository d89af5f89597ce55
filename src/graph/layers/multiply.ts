import { t } from "../i18n";
import { elementwiseMergeKind } from "./merge";

export const multiply = elementwiseMergeKind(
  "multiply",
  t("Multiply", "相乘"),
  t(
    "Multiplies its inputs element by element — a gate when one input is a sigmoid in [0, 1].",
    "逐元素相乘各输入——当其中一个输入是取值 [0, 1] 的 sigmoid 时，相当于一个门。",
  ),
  [
    String.raw`\mathbf{y} = \mathbf{x}^{(1)} \odot \mathbf{x}^{(2)} \odot \cdots \odot \mathbf{x}^{(n)}`,
    String.raw`y_i = \prod_{k=1}^{n} x^{(k)}_i`,
    String.raw`\mathbf{y} = \sigma(\mathbf{g}) \odot \mathbf{x}`,
  ],
);
