/** New, open, save, presets, My graphs, share and export. */
import { t } from "../../graph";
import { MY_GRAPHS_DIALOG, PRESETS_DIALOG } from "../files/dialogs/register";
import { SHARE_DIALOG, type ShareDialogProps } from "../files/dialogs/ShareDialog";
import { downloadJson, exportPng, exportSvg } from "../files/exports";
import { pickFile } from "../files/fileInput";
import { newGraph } from "../files/library";
import { exportModelZip } from "../files/modelExport";
import { shareUrl } from "../files/shareLink";
import { useEditorStore } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import type { Command } from "./types";

const dialog = (kind: string, props?: Record<string, unknown>) =>
  useUiStore.getState().openDialog({ kind, ...(props ? { props } : {}) });

export function fileCommands(): Command[] {
  return [
    {
      id: "file.new",
      title: t("New graph", "新建图"),
      menu: "file",
      // Mod+N opens a browser window and cannot be taken over by a page.
      keys: ["Alt+Mod+N"],
      keywords: "new empty blank create 新建 空白",
      run: () => newGraph(),
    },
    {
      id: "file.open",
      title: t("Open…", "打开…"),
      menu: "file",
      keys: ["Mod+O"],
      whileTyping: true,
      keywords: "open load import file json 打开 导入 文件",
      run: pickFile,
    },
    {
      id: "file.importModel",
      title: t("Import TensorFlow.js / Keras model…", "导入 TensorFlow.js / Keras 模型…"),
      menu: "file",
      keywords: "import tfjs keras model.json weights 导入 模型",
      run: pickFile,
    },
    {
      id: "file.myGraphs",
      title: t("My graphs…", "我的图…"),
      menu: "file",
      keys: ["Alt+Mod+O"],
      keywords: "saved library recent rename duplicate delete 已保存 最近 重命名 删除",
      run: () => dialog(MY_GRAPHS_DIALOG),
    },
    {
      id: "file.presets",
      title: t("Presets…", "预设…"),
      menu: "file",
      keywords: "examples templates gallery mnist lenet 示例 模板",
      run: () => dialog(PRESETS_DIALOG),
    },
    {
      id: "file.download",
      title: t("Download .json", "下载 .json"),
      menu: "file",
      keys: ["Mod+S"],
      // Ctrl+S in a text field would otherwise open the browser's "Save page" dialog.
      whileTyping: true,
      keywords: "save download export json 保存 下载",
      run: downloadJson,
    },
    {
      id: "export.png",
      title: t("Export PNG", "导出 PNG"),
      menu: "export",
      keywords: "image picture png 图片 图像",
      run: exportPng,
    },
    {
      id: "export.tfjs",
      title: t("TensorFlow.js model (.zip)", "TensorFlow.js 模型（.zip）"),
      menu: "export",
      keywords: "tfjs tensorflow model weights download 模型 权重",
      run: () => exportModelZip("tfjs"),
    },
    {
      id: "export.keras",
      title: t("Keras code (.zip)", "Keras 代码（.zip）"),
      menu: "export",
      keywords: "keras tensorflow python code 代码",
      run: () => exportModelZip("keras"),
    },
    {
      id: "export.pytorch",
      title: t("PyTorch code (.zip)", "PyTorch 代码（.zip）"),
      menu: "export",
      keywords: "pytorch torch python code ddp 代码",
      run: () => exportModelZip("pytorch"),
    },
    {
      id: "export.svg",
      title: t("Export SVG", "导出 SVG"),
      menu: "export",
      keywords: "image vector svg 矢量图 图片",
      run: exportSvg,
    },
    {
      id: "share.copyLink",
      title: t("Copy share link", "复制分享链接"),
      menu: "share",
      keywords: "share link url clipboard 分享 链接 剪贴板",
      run: () => {
        const url = shareUrl(window.location.href, useEditorStore.getState().document);
        const props: ShareDialogProps = { url };
        dialog(SHARE_DIALOG, { ...props });
      },
    },
  ];
}
