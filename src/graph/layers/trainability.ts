/**
 * Settings TensorFlow.js 4.22 can run forward but not train (measured in
 * src/compiler/catalogue.test.ts, which fails if tfjs starts training them).
 */
import { t } from "../i18n";
import type { ShapeArgs, ShapeWarning } from "./types";

export function dilationWarning<P extends { readonly dilationRate: readonly number[] }>(
  args: ShapeArgs<P>,
): ShapeWarning[] {
  const rate = args.params.dilationRate;
  if (rate.every((d) => d === 1)) return [];
  return [
    {
      code: "NG409",
      text: t(
        `${args.who.en} uses dilationRate [${rate.join(", ")}]; TensorFlow.js has no gradient for dilated convolutions, so it cannot be trained in the browser (it still compiles, predicts and exports). Set dilationRate to 1 to train it here.`,
        `${args.who.zh} 使用了 dilationRate [${rate.join(", ")}]；TensorFlow.js 不支持空洞卷积的梯度，因此无法在浏览器中训练（仍可编译、推理和导出）。若要在此训练，请把 dilationRate 设为 1。`,
      ),
      fix: {
        kind: "setParam",
        nodeId: args.nodeId,
        param: "dilationRate",
        value: rate.map(() => 1),
      },
    },
  ];
}

/** One warning per setting turned off, so that each fix-it really removes its warning. */
export function centerScaleWarning<P extends { readonly center: boolean; readonly scale: boolean }>(
  args: ShapeArgs<P>,
): ShapeWarning[] {
  const off = (["center", "scale"] as const).filter((name) => !args.params[name]);
  return off.map((name) => ({
    code: "NG409",
    text: t(
      `${args.who.en} has "${name}" turned off; TensorFlow.js 4.22 fails in the training step of such a layer, so it cannot be trained in the browser (it still compiles, predicts and exports). Turn "${name}" on to train it here.`,
      `${args.who.zh} 关闭了 "${name}"；TensorFlow.js 4.22 在训练此类层时会出错，因此无法在浏览器中训练（仍可编译、推理和导出）。若要在此训练，请开启 "${name}"。`,
    ),
    fix: { kind: "setParam", nodeId: args.nodeId, param: name, value: true },
  }));
}
