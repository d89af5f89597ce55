/**
 * The canvas (React Flow, controlled by the editor store). Positions and
 * selection flow back to the store; a whole drag is one undo step; a
 * connection is checked while it is dragged and refused with its reason.
 */
import {
  Background,
  BackgroundVariant,
  type Connection,
  Controls,
  type EdgeChange,
  MiniMap,
  type Node,
  type NodeChange,
  ReactFlow,
  type ReactFlowInstance,
  ReactFlowProvider,
  useReactFlow,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  addNode,
  canConnect,
  connect,
  type GraphDocument,
  moveNodes,
  type Position,
} from "../../graph";
import { useText } from "../i18n/catalog";
import { type Selection, useAnalysis, useEditorStore } from "../store/editorStore";
import { ConnectionLine } from "./ConnectionLine";
import { registerCanvas } from "./canvasApi";
import { canvasText } from "./canvasText";
import { useConnectionFeedback } from "./connectionFeedback";
import {
  FIT_ALL_LIMIT,
  fitsReadably,
  largeGraphViewport,
  revealBatches,
  type Viewport,
} from "./framing";
import { groupNodeTypes } from "./groupNodeTypes";
import { withGroups } from "./groups";
import { LayerNode } from "./LayerNode";
import { LAYER_DRAG_TYPE } from "./paletteDrag";
import { ShapeEdge } from "./ShapeEdge";
import { FlowBuilder } from "./toFlow";

const NODE_TYPES = { layer: LayerNode, ...groupNodeTypes };
const EDGE_TYPES = { shape: ShapeEdge };
/** Half a node's size, so a dropped layer centres on the pointer. */
const DROP_OFFSET = { x: 100, y: 40 };

type Measured = ReadonlyMap<string, { width: number; height: number }>;

function CanvasView() {
  const document = useEditorStore((s) => s.document);
  const selection = useEditorStore((s) => s.selection);
  const focusRequest = useEditorStore((s) => s.focusRequest);
  const analysis = useAnalysis();
  const text = useText(canvasText);
  const flow = useReactFlow();
  const wrapper = useRef<HTMLDivElement>(null);
  const builder = useRef(new FlowBuilder());
  const [measured, setMeasured] = useState<Measured>(new Map());
  const loadedEpoch = useEditorStore((s) => s.loadedEpoch);
  // A freshly loaded large graph reaches React Flow in batches (see framing.ts), planned
  // during render so that not even the first render hands it every node.
  const reveal = useMemo(() => planReveal(loadedEpoch), [loadedEpoch]);
  const [revealed, setRevealed] = useState({ epoch: -1, count: 1 });
  const revealedCount = revealed.epoch === loadedEpoch ? revealed.count : 1;
  const unrevealed = useMemo(
    () =>
      reveal && revealedCount < reveal.batches.length
        ? new Set(reveal.batches.slice(revealedCount).flat())
        : null,
    [reveal, revealedCount],
  );

  const { nodes, edges } = useMemo(() => {
    const built = builder.current.build(document, analysis, selection);
    const grouped = withGroups(built.nodes, built.edges, document, analysis);
    if (!unrevealed) return grouped;
    return {
      nodes: grouped.nodes.filter((n) => !unrevealed.has(n.id)),
      edges: grouped.edges.filter((e) => !unrevealed.has(e.source) && !unrevealed.has(e.target)),
    };
  }, [document, analysis, selection, unrevealed]);

  // React Flow needs each node's measured size back on the node in controlled mode.
  const sizedNodes = useMemo(
    () =>
      nodes.map((n) => {
        const size = measured.get(n.id);
        return size && (n.measured?.width !== size.width || n.measured?.height !== size.height)
          ? { ...n, measured: size }
          : n;
      }),
    [nodes, measured],
  );

  useEffect(() => {
    registerCanvas({
      instance: flow as unknown as ReactFlowInstance,
      viewportCentre: () => {
        const box = wrapper.current?.getBoundingClientRect();
        if (!box) return { x: 0, y: 0 };
        return flow.screenToFlowPosition({
          x: box.left + box.width / 2,
          y: box.top + box.height / 2,
        });
      },
      element: () => wrapper.current,
    });
    return () => registerCanvas(null);
  }, [flow]);

  useEffect(() => {
    if (loadedEpoch === 0) return;
    if (!reveal) {
      // Two frames: React Flow measures the new nodes in the first.
      let frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => void flow.fitView({ padding: 0.2, maxZoom: 1.1 }));
      });
      return () => cancelAnimationFrame(frame);
    }
    void flow.setViewport(reveal.viewport);
    let count = 1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // One batch per frame, each after the browser has painted the previous one.
    const step = () => {
      count++;
      setRevealed({ epoch: loadedEpoch, count });
      if (count < reveal.batches.length) timer = setTimeout(() => requestAnimationFrame(step), 0);
    };
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(step, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [loadedEpoch, reveal, flow]);

  useEffect(() => {
    if (!focusRequest) return;
    const node = useEditorStore.getState().document.nodes.find((n) => n.id === focusRequest.nodeId);
    if (node)
      void flow.setCenter(node.position.x + DROP_OFFSET.x, node.position.y + DROP_OFFSET.y, {
        zoom: Math.max(flow.getZoom(), 0.9),
        duration: 250,
      });
  }, [focusRequest, flow]);

  const onNodesChange = useCallback((changes: NodeChange<Node>[]) => {
    const store = useEditorStore.getState();
    const positions = new Map<string, Position>();
    let nextSelection: Set<string> | null = null;
    const sizes: [string, { width: number; height: number }][] = [];
    for (const change of changes) {
      if (change.type === "position" && change.position) positions.set(change.id, change.position);
      else if (change.type === "select") {
        nextSelection ??= new Set(store.selection.nodes);
        if (change.selected) nextSelection.add(change.id);
        else nextSelection.delete(change.id);
      } else if (change.type === "dimensions" && change.dimensions)
        sizes.push([change.id, change.dimensions]);
    }
    if (sizes.length > 0) {
      setMeasured((old) => {
        const next = new Map(old);
        for (const [id, size] of sizes) next.set(id, size);
        return next;
      });
    }
    if (positions.size > 0) store.updateGesture((d) => moveNodes(d, positions));
    if (nextSelection) store.select({ nodes: nextSelection, edges: store.selection.edges });
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const store = useEditorStore.getState();
    let edgesSelected: Set<string> | null = null;
    for (const change of changes) {
      if (change.type === "select") {
        edgesSelected ??= new Set(store.selection.edges);
        if (change.selected) edgesSelected.add(change.id);
        else edgesSelected.delete(change.id);
      }
    }
    if (edgesSelected) store.select({ nodes: store.selection.nodes, edges: edgesSelected });
  }, []);

  const checkCache = useRef<{
    document: GraphDocument | null;
    results: Map<string, ReturnType<typeof canConnect>>;
  }>({ document: null, results: new Map() });
  const isValidConnection = useCallback(
    (c: Connection | { source: string; target: string; targetHandle?: string | null }) => {
      const current = useEditorStore.getState().document;
      if (checkCache.current.document !== current)
        checkCache.current = { document: current, results: new Map() };
      const key = `${c.source}\u0000${c.target}\u0000${c.targetHandle ?? ""}`;
      let result = checkCache.current.results.get(key);
      if (!result) {
        result = canConnect(current, {
          source: c.source,
          target: c.target,
          targetHandle: c.targetHandle ?? null,
        });
        checkCache.current.results.set(key, result);
      }
      useConnectionFeedback.getState().setReason(result.ok ? null : result.reason);
      return result.ok;
    },
    [],
  );

  const onConnect = useCallback((c: Connection) => {
    const store = useEditorStore.getState();
    const connection = { source: c.source, target: c.target, targetHandle: c.targetHandle ?? null };
    if (!canConnect(store.document, connection).ok) return;
    store.edit((d) => connect(d, connection));
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(LAYER_DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
    }
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(LAYER_DRAG_TYPE);
      if (!type) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const position = {
        x: Math.round(point.x - DROP_OFFSET.x),
        y: Math.round(point.y - DROP_OFFSET.y),
      };
      const store = useEditorStore.getState();
      let added = "";
      store.edit((d) => {
        const result = addNode(d, type, position);
        added = result.nodeId;
        return result.document;
      });
      store.select({ nodes: new Set([added]), edges: new Set() } satisfies Selection);
    },
    [flow],
  );

  const empty = document.nodes.length === 0;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for palette drags; the keyboard path is the palette's Enter
    <div className="canvas" ref={wrapper} onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow
        aria-label={text.canvasLabel}
        nodes={sizedNodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        onConnectEnd={() => useConnectionFeedback.getState().setReason(null)}
        connectionLineComponent={ConnectionLine}
        onNodeDragStart={() => useEditorStore.getState().beginGesture()}
        onNodeDragStop={() => useEditorStore.getState().endGesture()}
        onSelectionDragStart={() => useEditorStore.getState().beginGesture()}
        onSelectionDragStop={() => useEditorStore.getState().endGesture()}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={["Shift", "Meta", "Control"]}
        snapToGrid
        snapGrid={[10, 10]}
        minZoom={0.05}
        maxZoom={2.5}
        onlyRenderVisibleElements={document.nodes.length > 200}
        proOptions={{ hideAttribution: true }}
        colorMode="system"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        {/* The minimap draws every node again: it joins once a large graph is all on the canvas. */}
        {unrevealed === null ? (
          <MiniMap
            pannable
            zoomable
            ariaLabel="Minimap"
            nodeColor={(n) =>
              n.type === "layer" || (n.data as { collapsed?: boolean }).collapsed
                ? "var(--minimap-node)"
                : "transparent"
            }
          />
        ) : null}
        <Controls showInteractive={false} />
      </ReactFlow>
      {empty ? (
        <div className="canvas-empty" role="note">
          <h2>{text.emptyTitle}</h2>
          <p>{text.emptyHint}</p>
        </div>
      ) : null}
    </div>
  );
}

/** The pane before it is measured: the window minus the palette, inspector and bottom panel. */
function estimatedPane(): { width: number; height: number } {
  return {
    width: Math.max(400, window.innerWidth - 552),
    height: Math.max(300, window.innerHeight - 270),
  };
}

/**
 * For a freshly loaded graph too big to fit readably: where to look first,
 * and (for large ones) the batches its nodes reach the canvas in.
 */
function planReveal(epoch: number): { viewport: Viewport; batches: string[][] } | null {
  const nodes = useEditorStore.getState().document.nodes;
  const pane = estimatedPane();
  if (epoch === 0 || nodes.length === 0 || fitsReadably(nodes, pane)) return null;
  const viewport = largeGraphViewport(nodes, pane.width);
  const batches =
    nodes.length > FIT_ALL_LIMIT ? revealBatches(nodes, viewport, pane) : [nodes.map((n) => n.id)];
  return { viewport, batches };
}

export function Canvas() {
  return (
    <ReactFlowProvider>
      <CanvasView />
    </ReactFlowProvider>
  );
}
