/**
 * The user's own data. Their shapes are unknown until a file is parsed: the
 * UI stores what it found (featureCount, numClasses, classNames) in the
 * dataset options, and `shapes` returns null until then.
 */
import { t } from "../../i18n";
import { numberOption, readChoice, readCount, readNumber } from "../datasetOptions";
import type { DatasetOptionSpec, DatasetSpec } from "../datasetSpec";

export const IMAGE_WIDTH_OPTION = numberOption("width", t("Width (pixels)", "宽度（像素）"), {
  default: 28,
  min: 4,
  max: 256,
  integer: true,
});

export const IMAGE_HEIGHT_OPTION = numberOption("height", t("Height (pixels)", "高度（像素）"), {
  default: 28,
  min: 4,
  max: 256,
  integer: true,
});

export const IMAGE_COLOR_OPTION = {
  name: "color",
  kind: "select",
  label: t("Colour", "颜色"),
  default: "grayscale",
  choices: [
    { value: "grayscale", label: t("Grayscale (1 channel)", "灰度（1 个通道）") },
    { value: "rgb", label: t("Colour (3 channels)", "彩色（3 个通道）") },
  ],
} as const satisfies DatasetOptionSpec;

const FILE_NAME_OPTION = {
  name: "fileName",
  kind: "text",
  label: t("File", "文件"),
  default: "",
} as const satisfies DatasetOptionSpec;

const LABEL_COLUMN_OPTION = {
  name: "labelColumn",
  kind: "text",
  label: t("Label column", "标签列"),
  default: "",
} as const satisfies DatasetOptionSpec;

function classNamesOf(options: Readonly<Record<string, unknown>>): readonly string[] | undefined {
  const raw = options.classNames;
  return Array.isArray(raw) && raw.every((x) => typeof x === "string") ? raw : undefined;
}

export const UPLOAD_SPECS: readonly DatasetSpec[] = [
  {
    id: "csv",
    family: "upload",
    name: t("CSV file", "CSV 文件"),
    description: t(
      "Your own table: a header row, one sample per row, numeric feature columns and a label column. Features are normalised (z-score).",
      "你自己的表格：第一行为表头，每行一个样本，数值特征列加一个标签列。特征会被标准化（z 分数）。",
    ),
    options: [FILE_NAME_OPTION, LABEL_COLUMN_OPTION],
    shapes: (options) => {
      const featureCount = readCount(options, "featureCount");
      if (featureCount === undefined) return null;
      if (options.task === "regression")
        return { inputShape: [featureCount], task: "regression", targetShape: [1] };
      const numClasses = readCount(options, "numClasses");
      if (numClasses === undefined) return null;
      const classNames = classNamesOf(options);
      return {
        inputShape: [featureCount],
        task: "classification",
        numClasses,
        ...(classNames ? { classNames } : {}),
      };
    },
  },
  {
    id: "imageFolder",
    family: "upload",
    name: t("Image folder or zip", "图像文件夹或 zip"),
    description: t(
      "Your own images (PNG or JPEG), one sub-folder per class, from a folder or a zip file. Images are resized to the size chosen here.",
      "你自己的图像（PNG 或 JPEG），每个类别一个子文件夹，可来自文件夹或 zip 文件。图像会缩放到这里选定的尺寸。",
    ),
    options: [FILE_NAME_OPTION, IMAGE_WIDTH_OPTION, IMAGE_HEIGHT_OPTION, IMAGE_COLOR_OPTION],
    shapes: (options) => {
      const numClasses = readCount(options, "numClasses");
      if (numClasses === undefined) return null;
      const channels = readChoice(options, IMAGE_COLOR_OPTION) === "rgb" ? 3 : 1;
      const classNames = classNamesOf(options);
      return {
        inputShape: [
          readNumber(options, IMAGE_HEIGHT_OPTION),
          readNumber(options, IMAGE_WIDTH_OPTION),
          channels,
        ],
        task: "classification",
        numClasses,
        ...(classNames ? { classNames } : {}),
      };
    },
  },
];
