import { defineCatalog } from "../i18n/catalog";

export const helpText = defineCatalog(
  {
    shortcutsTitle: "Keyboard shortcuts",
    shortcutsIntro:
      "Every command is also in the command palette ({palette}): type a few letters of its name and press Enter.",
    filter: "Filter shortcuts",
    columnCommand: "Command",
    columnKeys: "Keys",
    or: "or",
    other: "Canvas and selection",
    noMatch: "No shortcut matches.",
    close: "Close",
    aboutTitle: "About Neurograph",
    aboutFormat: "Reads and writes graph documents of format version {version}.",
    aboutBody:
      "Design, train and understand neural networks visually, in the browser: drag layers onto the canvas, wire them, watch tensor shapes flow through every edge, and train the network live with TensorFlow.js.",
    aboutLayers: "{count} layer kinds, with exact shape inference and diagnostics.",
    aboutBuilt: "Built with React Flow, elkjs, TensorFlow.js and KaTeX.",
    aboutLicense: "Free software under the MIT licence.",
  },
  {
    shortcutsTitle: "键盘快捷键",
    shortcutsIntro:
      "所有命令也都在命令面板（{palette}）中：输入名称中的几个字母，按 Enter 即可执行。",
    filter: "筛选快捷键",
    columnCommand: "命令",
    columnKeys: "按键",
    or: "或",
    other: "画布与选择",
    noMatch: "没有匹配的快捷键。",
    close: "关闭",
    aboutTitle: "关于 Neurograph",
    aboutFormat: "读写第 {version} 版格式的图文档。",
    aboutBody:
      "在浏览器中以可视化方式设计、训练和理解神经网络：把层拖到画布上并连线，查看每条连线上流动的张量形状，并用 TensorFlow.js 实时训练网络。",
    aboutLayers: "{count} 种层，具有精确的形状推断和诊断。",
    aboutBuilt: "基于 React Flow、elkjs、TensorFlow.js 和 KaTeX 构建。",
    aboutLicense: "以 MIT 许可证发布的自由软件。",
  },
);
