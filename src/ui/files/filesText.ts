import type { I18nText } from "../../graph";
import { defineCatalog } from "../i18n/catalog";
import { format } from "../i18n/messages";

/** Every string of the files feature: opening, saving, My graphs, presets, sharing, exports. */
export const filesText = defineCatalog(
  {
    close: "Close",
    cancel: "Cancel",

    // Problems dialog
    cannotOpen: "Can't open {source}",
    nothingChanged: "Nothing was changed: the graph you were working on is still open.",
    hasProblems: "Problems in {source}",
    hasProblemsIntro:
      "It can be opened, but {count} errors must be fixed before it can be trained. Open it to fix them in the editor; your current graph stays in My graphs.",
    hasProblemIntro:
      "It can be opened, but one error must be fixed before it can be trained. Open it to fix it in the editor; your current graph stays in My graphs.",
    openAnyway: "Open anyway",
    moreProblems: "…and {count} more.",
    problemList: "Problems",
    error: "Error",
    warning: "Warning",
    sourceFile: "“{name}”",
    sourceLink: "this share link",
    sourceSaved: "the saved graph “{name}”",
    labelTooLarge: "Too large",
    labelNotJson: "Not .json",
    labelDamaged: "Damaged",
    labelUnreadable: "Unreadable",
    tooLarge:
      "It is {size}, more than the {limit} Neurograph opens. Graph documents are usually a few kilobytes: is this a weights file rather than a graph?",
    notJsonFile: "“{name}” is not a .json file. Neurograph opens graph documents saved as .json.",
    damagedLink:
      "The link is damaged or incomplete (long links are sometimes cut off when copied). Ask for the link again, or for the .json file.",
    unreadable: "The file could not be read: {detail}",

    // My graphs
    myGraphs: "My graphs",
    myGraphsIntro:
      "Graphs are saved in this browser as you work. Download a .json to keep a copy elsewhere.",
    noGraphs: "No saved graphs yet.",
    loading: "Loading…",
    openNow: "Open now",
    savedAt: "Saved {date}",
    open: "Open",
    rename: "Rename",
    duplicate: "Duplicate",
    delete: "Delete",
    save: "Save",
    newName: "New name for “{name}”",
    confirmDelete: "Delete “{name}”? This cannot be undone.",
    copyOf: "{name} (copy)",

    // Presets
    presets: "Presets",
    presetsIntro:
      "Start from an example. It opens as a new graph; your current one stays in My graphs.",
    otherPresets: "More examples",
    learningGoal: "Goal:",
    layers: "{count} layers",
    parameters: "{count} parameters",

    // Share
    shareTitle: "Share link",
    shareIntro:
      "Anyone with this link can open a copy of this graph. The graph travels inside the link itself: nothing is uploaded.",
    shareLink: "Link to this graph",
    copy: "Copy",
    copied: "Copied to the clipboard.",
    copyFailed: "Couldn't copy automatically: select the link above and copy it.",
    longLink:
      "This link is {count} characters long. Some chat apps and mail programs cut long links; for a large graph, send the .json file instead.",

    // Notices
    opened: "Opened “{name}”.",
    deleted: "Deleted “{name}”.",
    storageUnavailable:
      "This browser does not let Neurograph save (private browsing, or site storage turned off). Your graph stays open but is not saved: use File → Download .json to keep it.",
    storageFull:
      "The browser's storage is full, so your latest changes are not saved. Delete graphs you no longer need in My graphs, or download this one (File → Download .json).",
    storageFailed:
      "Saving failed ({detail}). Your graph stays open; use File → Download .json to keep a copy.",
    storageBack: "Saving works again.",
    exportFailed: "Export failed: {detail}",
    exportedModel: "Exported the {target} with {weights}.",
    exportedTrained: "the weights of the current run",
    exportedCheckpoint: "the weights saved after epoch {epoch}",
    exportedUntrained: "untrained weights (train the graph first to export trained ones)",
    target_tfjs: "TensorFlow.js model",
    target_keras: "Keras code",
    target_pytorch: "PyTorch code",
    importedNoWeights:
      "Imported “{name}” without weights: pick model.json together with its .bin files to keep them.",
    importedWeights: "Imported “{name}”: the weights of {count} layers are kept.",
    importedSomeWeights:
      "Imported “{name}”: the weights of {count} layers are kept; the others did not fit and start fresh.",
    importWeightsFailed: "The model opened, but its weights could not be kept: {detail}",
  },
  {
    close: "关闭",
    cancel: "取消",

    cannotOpen: "无法打开{source}",
    nothingChanged: "没有任何改动：你正在编辑的图仍然打开着。",
    hasProblems: "{source}中存在问题",
    hasProblemsIntro:
      "它可以打开，但在训练之前需要修复 {count} 个错误。打开后可在编辑器中修复；你当前的图会保留在“我的图”中。",
    hasProblemIntro:
      "它可以打开，但在训练之前需要修复 1 个错误。打开后可在编辑器中修复；你当前的图会保留在“我的图”中。",
    openAnyway: "仍然打开",
    moreProblems: "……另有 {count} 个。",
    problemList: "问题",
    error: "错误",
    warning: "警告",
    sourceFile: "“{name}”",
    sourceLink: "此分享链接",
    sourceSaved: "已保存的图“{name}”",
    labelTooLarge: "过大",
    labelNotJson: "非 .json",
    labelDamaged: "已损坏",
    labelUnreadable: "无法读取",
    tooLarge:
      "文件大小为 {size}，超过了 Neurograph 可打开的 {limit}。图文档通常只有几 KB：这是不是权重文件，而不是图？",
    notJsonFile: "“{name}”不是 .json 文件。Neurograph 打开以 .json 保存的图文档。",
    damagedLink:
      "链接已损坏或不完整（过长的链接在复制时有时会被截断）。请重新索取链接，或直接索取 .json 文件。",
    unreadable: "无法读取该文件：{detail}",

    myGraphs: "我的图",
    myGraphsIntro: "你编辑的图会自动保存在此浏览器中。下载 .json 文件可在别处保留副本。",
    noGraphs: "还没有保存的图。",
    loading: "加载中…",
    openNow: "当前打开",
    savedAt: "保存于 {date}",
    open: "打开",
    rename: "重命名",
    duplicate: "创建副本",
    delete: "删除",
    save: "保存",
    newName: "“{name}”的新名称",
    confirmDelete: "删除“{name}”？此操作无法撤销。",
    copyOf: "{name}（副本）",

    presets: "预设",
    presetsIntro: "从示例开始。它会作为新图打开；你当前的图会保留在“我的图”中。",
    otherPresets: "更多示例",
    learningGoal: "学习目标：",
    layers: "{count} 层",
    parameters: "{count} 个参数",

    shareTitle: "分享链接",
    shareIntro: "任何拿到此链接的人都能打开此图的副本。图就保存在链接本身之中：不会上传任何内容。",
    shareLink: "此图的链接",
    copy: "复制",
    copied: "已复制到剪贴板。",
    copyFailed: "无法自动复制：请选中上方的链接并复制。",
    longLink:
      "此链接长 {count} 个字符。部分聊天软件和邮件程序会截断过长的链接；较大的图请改为发送 .json 文件。",

    opened: "已打开“{name}”。",
    deleted: "已删除“{name}”。",
    storageUnavailable:
      "此浏览器不允许 Neurograph 保存（可能处于无痕浏览模式，或已关闭网站存储）。你的图仍然打开着，但不会被保存：请用“文件 → 下载 .json”保留它。",
    storageFull:
      "浏览器存储空间已满，最近的更改没有保存。请在“我的图”中删除不再需要的图，或下载此图（文件 → 下载 .json）。",
    storageFailed: "保存失败（{detail}）。你的图仍然打开着；请用“文件 → 下载 .json”保留副本。",
    storageBack: "保存已恢复正常。",
    exportFailed: "导出失败：{detail}",
    exportedModel: "已导出{target}，使用{weights}。",
    exportedTrained: "当前训练的权重",
    exportedCheckpoint: "第 {epoch} 轮后保存的权重",
    exportedUntrained: "未训练的权重（先训练此图才能导出训练后的权重）",
    target_tfjs: "TensorFlow.js 模型",
    target_keras: "Keras 代码",
    target_pytorch: "PyTorch 代码",
    importedNoWeights:
      "已导入“{name}”，但没有权重：请同时选择 model.json 和它的 .bin 文件以保留权重。",
    importedWeights: "已导入“{name}”：保留了 {count} 层的权重。",
    importedSomeWeights:
      "已导入“{name}”：保留了 {count} 层的权重；其余的层权重不匹配，重新初始化。",
    importWeightsFailed: "模型已打开，但无法保留其权重：{detail}",
  },
);

/** A files string in both languages, for texts made now and shown later (in whichever language is on). */
export function filesI18n(
  key: keyof typeof filesText.en,
  values: Readonly<Record<string, string | number>> = {},
): I18nText {
  return { en: format(filesText.en[key], values), zh: format(filesText.zh[key], values) };
}
