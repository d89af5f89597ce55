/**
 * A group on the canvas. Expanded: a tinted box around its members with a
 * header (collapse button, name, role, summed params) that selects the
 * members on click, moves them on drag and renames on double-click.
 * Collapsed: one compact card with the block's params and the shapes that
 * enter and leave it, which the crossing edges attach to.
 */
import { Handle, type NodeProps, Position, useStore } from "@xyflow/react";
import { memo, useCallback } from "react";
import { formatCount, updateGroup } from "../../graph";
import { GROUP_DIALOG } from "../groups/GroupDialog";
import { groupBox } from "../groups/geometry";
import { groupText } from "../groups/groupText";
import { roleLabel } from "../groups/roles";
import { useGroupDrag } from "../groups/useGroupDrag";
import "../groups/groupNode.css";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { useEditorStore } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import type { GroupFlowNode, GroupNodeData } from "./groups";

function toggle(data: GroupNodeData): void {
  useEditorStore
    .getState()
    .edit((d) => updateGroup(d, data.groupId, { collapsed: !data.collapsed }));
}

function rename(groupId: string): void {
  useUiStore.getState().openDialog({ kind: GROUP_DIALOG, props: { groupId } });
}

interface SurfaceProps {
  readonly onPointerDown: (event: React.PointerEvent<HTMLElement>) => void;
  readonly onClick: (event: React.MouseEvent) => void;
  readonly onDoubleClick: () => void;
}

/** What you grab: the header of an expanded group, the whole card of a collapsed one. */
function useSurface(data: GroupNodeData): SurfaceProps {
  const drag = useGroupDrag(data.memberIds);
  return { ...drag, onDoubleClick: () => rename(data.groupId) };
}

function GroupHeader({ data, surface }: { data: GroupNodeData; surface?: SurfaceProps }) {
  const text = useText(groupText);
  const locale = useLocale();
  const role = roleLabel(data.role, locale);
  const toggleLabel = format(data.collapsed ? text.expand : text.collapse, { name: data.label });
  return (
    <div className="ng-group-head nodrag nopan" {...surface}>
      <button
        type="button"
        className="ng-group-toggle"
        aria-expanded={!data.collapsed}
        aria-label={toggleLabel}
        title={toggleLabel}
        onClick={(e) => {
          e.stopPropagation(); // not a click on the group itself: do not select
          toggle(data);
        }}
        onDoubleClick={(e) => e.stopPropagation()}
      >
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
          <path d={data.collapsed ? "M4 2l4 4-4 4" : "M2 4l4 4 4-4"} />
        </svg>
      </button>
      {/* Its click reaches the surface, which selects the members (Enter and Space too). */}
      <button
        type="button"
        className="ng-group-title"
        aria-label={format(text.select, { role, name: data.label })}
        onKeyDown={(e) => {
          if (e.key === "F2") rename(data.groupId);
        }}
      >
        <span className="ng-group-name">{data.label}</span>
        <span className="ng-group-role">{role}</span>
      </button>
      {data.params > 0 ? (
        <span className="ng-group-params">
          {format(text.params, { count: formatCount(data.params) })}
        </span>
      ) : null}
    </div>
  );
}

function ExpandedGroup({ data, x, y }: { data: GroupNodeData; x: number; y: number }) {
  // The box follows the members' measured sizes, read from React Flow's store.
  const size = useStore(
    useCallback(
      (s) => {
        const members = data.memberIds.flatMap((id) => {
          const n = s.nodeLookup.get(id);
          return n ? [{ position: n.internals.positionAbsolute, size: n.measured }] : [];
        });
        if (members.length === 0) return "0x0";
        const box = groupBox(members);
        return `${Math.round(box.x + box.width - x)}x${Math.round(box.y + box.height - y)}`;
      },
      [data.memberIds, x, y],
    ),
  );
  const [width, height] = size.split("x").map(Number);
  const surface = useSurface(data);
  return (
    // Unnamed, so not a landmark (a canvas may hold many): the title button names the group.
    <section
      className={`ng-group${data.selected ? " selected" : ""}`}
      style={{ width, height }}
      data-testid={`group-${data.groupId}`}
      data-role={data.role}
    >
      <GroupHeader data={data} surface={surface} />
    </section>
  );
}

function CollapsedGroup({ data }: { readonly data: GroupNodeData }) {
  const text = useText(groupText);
  const surface = useSurface(data);
  const shapes = (list: readonly string[]) => (list.length > 0 ? list.join(" · ") : text.noShape);
  return (
    // The card is the group's surface: click selects, drag moves, double-click renames (the
    // title button inside is the keyboard's way in).
    <section
      className={`ng-group collapsed nodrag nopan${data.selected ? " selected" : ""}`}
      {...surface}
      data-testid={`group-${data.groupId}`}
      data-role={data.role}
    >
      <Handle type="target" position={Position.Top} className="port" isConnectable={false} />
      <GroupHeader data={data} />
      <dl className="ng-group-summary">
        <div>
          <dt>{text.inputs}</dt>
          <dd>{shapes(data.inputShapes)}</dd>
        </div>
        <div>
          <dt>{text.outputs}</dt>
          <dd>{shapes(data.outputShapes)}</dd>
        </div>
      </dl>
      <div className="ng-group-foot">
        {data.memberIds.length === 1
          ? text.oneLayer
          : format(text.layers, { count: data.memberIds.length })}
      </div>
      <Handle
        type="source"
        position={Position.Bottom}
        className="port port-out"
        isConnectable={false}
      />
    </section>
  );
}

function GroupNodeView({ data, positionAbsoluteX, positionAbsoluteY }: NodeProps<GroupFlowNode>) {
  return data.collapsed ? (
    <CollapsedGroup data={data} />
  ) : (
    <ExpandedGroup data={data} x={positionAbsoluteX} y={positionAbsoluteY} />
  );
}

export const GroupNode = memo(GroupNodeView);
