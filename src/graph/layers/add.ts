import { t } from "../i18n";
import { elementwiseMergeKind } from "./merge";

export const add = elementwiseMergeKind(
  "add",
  t("Add", "相加"),
  t(
    "Adds its inputs element by element. Shapes must match; used for residual (skip) connections, y = x + F(x).",
    "逐元素相加各输入。形状须一致；用于残差（跳跃）连接，y = x + F(x)。",
  ),
  [
    String.raw`\mathbf{y} = \mathbf{x}^{(1)} + \mathbf{x}^{(2)} + \cdots + \mathbf{x}^{(n)}`,
    String.raw`\mathbf{y} = \mathbf{x} + F(\mathbf{x}), \quad \frac{\partial \mathbf{y}}{\partial \mathbf{x}} = I + \frac{\partial F}{\partial \mathbf{x}}`,
  ],
);
