import { t } from "../i18n";
import { ACTIVATIONS } from "./common";
import { single } from "./problems";
import { defineLayer } from "./types";

export interface ActivationParams {
  readonly activation: string;
  readonly alpha: number;
}

/** The activation-string functions plus leakyRelu, which tfjs has only as a layer. */
export const ACTIVATION_LAYER_FUNCTIONS: readonly string[] = [
  ...ACTIVATIONS.slice(0, 2),
  "leakyRelu",
  ...ACTIVATIONS.slice(2),
];

export const activation = defineLayer<ActivationParams>({
  type: "activation",
  category: "core",
  label: t("Activation", "激活函数"),
  summary: t(
    "Applies a nonlinearity element by element: relu(x) = max(0, x), leakyRelu(x) = max(αx, x), sigmoid(x) = 1/(1+e^−x), tanh, softmax(x)ᵢ = e^xᵢ / Σⱼ e^xⱼ over the last axis, …",
    "逐元素施加非线性：relu(x) = max(0, x)，leakyRelu(x) = max(αx, x)，sigmoid(x) = 1/(1+e^−x)，tanh，softmax(x)ᵢ = e^xᵢ / Σⱼ e^xⱼ（沿最后一个轴）等。",
  ),
  formula: [
    String.raw`\operatorname{relu}(x) = \max(0, x)`,
    String.raw`\operatorname{leakyRelu}(x) = \max(\alpha x, x)`,
    String.raw`\operatorname{elu}(x) = \begin{cases} x & x > 0 \\ e^{x} - 1 & x \le 0 \end{cases}`,
    String.raw`\sigma(x) = \operatorname{sigmoid}(x) = \frac{1}{1 + e^{-x}}`,
    String.raw`\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}`,
    String.raw`\operatorname{gelu}(x) = x\,\Phi(x), \quad \operatorname{swish}(x) = x\,\sigma(x)`,
    String.raw`\operatorname{softmax}(\mathbf{x})_i = \frac{e^{x_i}}{\sum_{j} e^{x_j}}`,
  ],
  params: {
    activation: {
      kind: "enum",
      options: ACTIVATION_LAYER_FUNCTIONS,
      initial: "relu",
      help: t("Which function to apply.", "要使用的函数。"),
    },
    alpha: {
      kind: "float",
      min: 0,
      max: 1,
      default: 0.3,
      showWhen: { param: "activation", oneOf: ["leakyRelu"] },
      help: t("Slope of leakyRelu for negative inputs.", "leakyRelu 在负输入上的斜率。"),
    },
  },
  ports: { kind: "single" },
  inferShape: (args) => ({ shape: single(args).shape }),
  countParams: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
});
