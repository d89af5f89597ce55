/** The 2-D toy datasets: small, generated, and drawn as a scatter plot with the decision boundary. */
import { t } from "../../i18n";
import { numberOption, readNumber } from "../datasetOptions";
import type { DatasetSpec } from "../datasetSpec";

/**
 * Every 2-D toy's features lie in [-TOY_RANGE, TOY_RANGE] (noise is clipped
 * there) — except the Gaussian ring, whose radius is an option and whose
 * Gaussians are not clipped (a GAN should see them whole).
 */
export const TOY_RANGE = 1.5;

export const SIZE_OPTION = numberOption("size", t("Samples", "样本数"), {
  default: 500,
  min: 10,
  max: 20_000,
  integer: true,
});

export const NOISE_OPTION = numberOption(
  "noise",
  t("Noise (standard deviation)", "噪声（标准差）"),
  { default: 0.1, min: 0, max: 0.5, step: 0.01 },
);

export const CLASSES_OPTION = numberOption("classes", t("Classes", "类别数"), {
  default: 3,
  min: 2,
  max: 8,
  integer: true,
});

export const SPREAD_OPTION = numberOption("spread", t("Spread", "分散程度"), {
  default: 0.15,
  min: 0.01,
  max: 0.6,
  step: 0.01,
});

export const MODES_OPTION = numberOption("modes", t("Modes (Gaussians)", "模态数（高斯分量数）"), {
  default: 8,
  min: 2,
  max: 16,
  integer: true,
});

export const RADIUS_OPTION = numberOption("radius", t("Ring radius", "圆环半径"), {
  default: 2,
  min: 0.5,
  max: 5,
  step: 0.1,
});

export const STD_OPTION = numberOption(
  "std",
  t("Standard deviation of each Gaussian", "每个高斯分量的标准差"),
  { default: 0.05, min: 0.005, max: 0.5, step: 0.005 },
);

const twoClasses = { inputShape: [2], task: "classification", numClasses: 2 } as const;

export const TOY_SPECS: readonly DatasetSpec[] = [
  {
    id: "xor",
    family: "toy2d",
    name: t("XOR", "异或（XOR）"),
    description: t(
      "Points in four quadrants; opposite quadrants share a class. No straight line separates the classes, so a hidden layer is needed.",
      "四个象限中的点，相对的象限属于同一类。没有一条直线能把两类分开，因此需要隐藏层。",
    ),
    options: [SIZE_OPTION, NOISE_OPTION],
    shapes: () => ({ ...twoClasses, classNames: ["same sign", "opposite sign"] }),
  },
  {
    id: "circles",
    family: "toy2d",
    name: t("Circles", "同心圆"),
    description: t(
      "A disc of one class inside a ring of the other.",
      "一类的点组成圆盘，另一类组成环绕它的圆环。",
    ),
    options: [SIZE_OPTION, { ...NOISE_OPTION, default: 0.05 }],
    shapes: () => ({ ...twoClasses, classNames: ["inner", "outer"] }),
  },
  {
    id: "spirals",
    family: "toy2d",
    name: t("Two spirals", "双螺旋"),
    description: t(
      "Two interleaved spirals: hard for a small network, a classic test of depth.",
      "两条交错的螺旋线：对小网络来说很难，是检验网络深度的经典任务。",
    ),
    options: [SIZE_OPTION, { ...NOISE_OPTION, default: 0.02 }],
    shapes: () => ({ ...twoClasses, classNames: ["spiral A", "spiral B"] }),
  },
  {
    id: "blobs",
    family: "toy2d",
    name: t("Gaussian blobs", "高斯团簇"),
    description: t(
      "Clusters of normally distributed points, one per class, centred on a circle.",
      "每个类别一团正态分布的点，各团中心分布在一个圆上。",
    ),
    options: [SIZE_OPTION, { ...NOISE_OPTION, default: 0 }, CLASSES_OPTION, SPREAD_OPTION],
    shapes: (options) => {
      const classes = readNumber(options, CLASSES_OPTION);
      return {
        inputShape: [2],
        task: "classification",
        numClasses: classes,
        classNames: Array.from({ length: classes }, (_, i) => `blob ${i + 1}`),
      };
    },
  },
  {
    id: "gaussianRing",
    family: "toy2d",
    name: t("Ring of Gaussians", "高斯环"),
    description: t(
      "A mixture of equally likely Gaussians centred on a circle (eight by default): the classic test of whether a GAN covers every mode or collapses onto a few. Each point's class is the Gaussian it came from, so a conditional GAN can ask for one.",
      "圆周上等概率的若干高斯分量（默认八个）组成的混合分布：检验 GAN 能否覆盖所有模态、还是坍缩到少数几个的经典数据集。每个点的类别就是它所属的高斯分量，因此条件 GAN 可以指定要生成哪一个。",
    ),
    options: [{ ...SIZE_OPTION, default: 2000 }, MODES_OPTION, RADIUS_OPTION, STD_OPTION],
    shapes: (options) => {
      const modes = readNumber(options, MODES_OPTION);
      return {
        inputShape: [2],
        task: "classification",
        numClasses: modes,
        classNames: Array.from({ length: modes }, (_, i) => `mode ${i + 1}`),
      };
    },
  },
  {
    id: "regression",
    family: "toy2d",
    name: t("Noisy curve (regression)", "带噪曲线（回归）"),
    description: t(
      "One input x in [-1, 1] and one target y = 0.8·sin(πx) + 0.2x plus noise: fit the curve.",
      "一个输入 x ∈ [-1, 1]，目标 y = 0.8·sin(πx) + 0.2x 加噪声：拟合这条曲线。",
    ),
    options: [SIZE_OPTION, NOISE_OPTION],
    shapes: () => ({ inputShape: [1], task: "regression", targetShape: [1] }),
  },
];
