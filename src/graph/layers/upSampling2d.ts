import { t } from "../i18n";
import { expectRank, single } from "./problems";
import { defineLayer } from "./types";
import { IMAGE_LAYOUT, imageRepair } from "./windows";

export interface UpSampling2DParams {
  readonly size: readonly number[];
  readonly interpolation: "nearest" | "bilinear";
}

export const upSampling2d = defineLayer<UpSampling2DParams>({
  type: "upSampling2d",
  category: "convolution",
  label: t("UpSampling2D", "二维上采样"),
  summary: t(
    "Enlarges an image by repeating each pixel size×size times (nearest) or interpolating (bilinear); no weights. Paired with a convolution it is an alternative to a transposed convolution.",
    "通过把每个像素重复 size×size 次（nearest）或插值（bilinear）来放大图像；无权重。与卷积搭配可替代转置卷积。",
  ),
  formula: [
    String.raw`[h, w, c] \;\longmapsto\; [s_h h,\; s_w w,\; c]`,
    String.raw`y_{i,j,c} = x_{\lfloor i / s_h \rfloor,\; \lfloor j / s_w \rfloor,\; c}`,
    String.raw`y = (1 - \alpha)(1 - \beta)\, x_{00} + \alpha (1 - \beta)\, x_{10}`,
    String.raw`\phantom{y} + (1 - \alpha) \beta\, x_{01} + \alpha \beta\, x_{11}`,
  ],
  params: {
    size: {
      kind: "tuple",
      rank: 2,
      min: 1,
      max: 1024,
      default: [2, 2],
      help: t("Upsampling factors for height and width.", "高度和宽度的放大倍数。"),
    },
    interpolation: {
      kind: "enum",
      options: ["nearest", "bilinear"],
      default: "nearest",
      help: t("How new pixels are filled in.", "新像素的填充方式。"),
    },
  },
  ports: { kind: "single" },
  inferShape: (args) => {
    const x = single(args);
    expectRank(args, x, 4, IMAGE_LAYOUT, imageRepair(args.nodeId, x));
    const [sh, sw] = args.params.size as [number, number];
    const h = x.shape[1]!;
    const w = x.shape[2]!;
    return { shape: [null, h === null ? null : h * sh, w === null ? null : w * sw, x.shape[3]!] };
  },
  countParams: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
});
