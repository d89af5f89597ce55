/** Grouping a selection into a named block with a role, collapsing, expanding, renaming and ungrouping. */
import { type GraphDocument, t, ungroup, updateGroup } from "../../graph";
import { GROUP_DIALOG } from "../groups/GroupDialog";
import { selectedGroups } from "../groups/selection";
import { useEditorStore } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import type { Command } from "./types";

const store = () => useEditorStore.getState();
const groups = () => selectedGroups(store().document, store().selection);

/** Applies `change` to every selected group, as one undo step. */
function eachGroup(change: (d: GraphDocument, groupId: string) => GraphDocument): void {
  const ids = groups().map((g) => g.id);
  store().edit((d) => ids.reduce(change, d));
}

export function groupCommands(): Command[] {
  return [
    {
      id: "group.create",
      title: t("Group selection…", "将所选编组…"),
      menu: "edit",
      keys: ["Mod+G"],
      keywords: "block module encoder decoder generator discriminator 模块 分组 编码器 解码器",
      enabled: () => store().selection.nodes.size > 0,
      run: () =>
        useUiStore
          .getState()
          .openDialog({ kind: GROUP_DIALOG, props: { nodeIds: [...store().selection.nodes] } }),
    },
    {
      id: "group.ungroup",
      title: t("Ungroup", "取消编组"),
      menu: "edit",
      keys: ["Shift+Mod+G"],
      keywords: "dissolve block 解散 分组",
      enabled: () => groups().length > 0,
      run: () => eachGroup(ungroup),
    },
    {
      id: "group.collapse",
      title: t("Collapse group", "折叠分组"),
      menu: "edit",
      keywords: "fold hide block 收起 隐藏 模块",
      enabled: () => groups().some((g) => !g.collapsed),
      run: () => eachGroup((d, id) => updateGroup(d, id, { collapsed: true })),
    },
    {
      id: "group.expand",
      title: t("Expand group", "展开分组"),
      menu: "edit",
      keywords: "unfold show block 展开 显示 模块",
      enabled: () => groups().some((g) => g.collapsed),
      run: () => eachGroup((d, id) => updateGroup(d, id, { collapsed: false })),
    },
    {
      id: "group.rename",
      title: t("Rename group…", "重命名分组…"),
      menu: "edit",
      keywords: "name role label 名称 角色",
      enabled: () => groups().length > 0,
      run: () => {
        const [group] = groups();
        if (group)
          useUiStore.getState().openDialog({ kind: GROUP_DIALOG, props: { groupId: group.id } });
      },
    },
  ];
}
