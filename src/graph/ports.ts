/**
 * Which incoming edge feeds which input port of a node, in the order the
 * layer consumes them. Plain edges (no targetHandle) count in document order.
 */
import type { Diagnostic } from "./diagnostics";
import { diagnostic } from "./diagnostics";
import type { EdgeDoc } from "./document/schema";
import { type I18nText, t } from "./i18n";
import type { LayerKind } from "./layers/types";
import { quote } from "./text";

export interface PortAssignment {
  readonly port: string;
  readonly edge: EdgeDoc;
}

export interface PortResolution {
  /** Port-ordered inputs, or null when the edges do not fit the layer's ports. */
  readonly assignments: PortAssignment[] | null;
  readonly diagnostics: Diagnostic[];
}

const SINGLE_PORT_HANDLES = new Set(["in", "in0"]);

export function resolvePorts(
  kind: LayerKind,
  nodeId: string,
  incoming: readonly EdgeDoc[],
  who: I18nText,
): PortResolution {
  const diagnostics: Diagnostic[] = [];
  const problem = (
    code: "NG205" | "NG206" | "NG207" | "NG209",
    text: I18nText,
    edgeId?: string,
    removeEdge = false,
  ) => {
    diagnostics.push(
      diagnostic(code, text, {
        nodeId,
        ...(edgeId !== undefined ? { edgeId } : {}),
        ...(removeEdge && edgeId !== undefined ? { fix: { kind: "removeEdge", edgeId } } : {}),
      }),
    );
  };
  const ports = kind.ports;
  switch (ports.kind) {
    case "none": {
      for (const edge of incoming) {
        problem(
          "NG206",
          t(
            `${who.en} is where data enters the network and takes no incoming edge, but edge ${quote(edge.id)} comes in from ${quote(edge.source)}. Remove the edge.`,
            `${who.zh} 是数据进入网络的地方，不接受入边，但连线 ${quote(edge.id)} 从 ${quote(edge.source)} 连入。请删除该连线。`,
          ),
          edge.id,
          true,
        );
      }
      return { assignments: diagnostics.length ? null : [], diagnostics };
    }
    case "single": {
      for (const edge of incoming) {
        const handle = edge.targetHandle;
        if (handle != null && !SINGLE_PORT_HANDLES.has(handle)) {
          problem(
            "NG207",
            t(
              `${who.en} has one input port, but edge ${quote(edge.id)} targets port ${quote(handle)}.`,
              `${who.zh} 只有一个输入端口，但连线 ${quote(edge.id)} 连向端口 ${quote(handle)}。`,
            ),
            edge.id,
          );
        }
      }
      if (incoming.length === 0) {
        problem(
          "NG205",
          t(
            `${who.en} has no input. Connect a layer (or an Input) to it, or delete it.`,
            `${who.zh} 没有输入。请把某个层（或输入层）连接到它，或删除它。`,
          ),
        );
      } else if (incoming.length > 1) {
        const sources = incoming.map((e) => quote(e.source)).join(", ");
        problem(
          "NG206",
          t(
            `${who.en} takes exactly one input but receives ${incoming.length} (from ${sources}). Join them first with an Add or a Concatenate layer.`,
            `${who.zh} 只接受一个输入，却收到 ${incoming.length} 个（来自 ${sources}）。请先用 Add 或 Concatenate 层把它们合并。`,
          ),
        );
      }
      return {
        assignments: diagnostics.length ? null : [{ port: "in0", edge: incoming[0]! }],
        diagnostics,
      };
    }
    case "ordered":
      return orderedPorts(ports.min, ports.max, incoming, who, problem, diagnostics);
    case "named":
      return namedPorts(ports.ports, incoming, who, problem, diagnostics);
  }
}

type Report = (
  code: "NG205" | "NG206" | "NG207" | "NG209",
  text: I18nText,
  edgeId?: string,
  removeEdge?: boolean,
) => void;

function orderedPorts(
  min: number,
  max: number,
  incoming: readonly EdgeDoc[],
  who: I18nText,
  problem: Report,
  diagnostics: Diagnostic[],
): PortResolution {
  const byIndex = new Map<number, EdgeDoc>();
  const plain: EdgeDoc[] = [];
  for (const edge of incoming) {
    const handle = edge.targetHandle;
    if (handle == null) {
      plain.push(edge);
      continue;
    }
    const match = /^in(\d{1,3})$/.exec(handle);
    const index = match ? Number(match[1]) : -1;
    if (index < 0 || index >= max) {
      problem(
        "NG207",
        t(
          `${who.en} has ports in0 to in${max - 1}, but edge ${quote(edge.id)} targets ${quote(handle)}.`,
          `${who.zh} 的端口为 in0 到 in${max - 1}，但连线 ${quote(edge.id)} 连向 ${quote(handle)}。`,
        ),
        edge.id,
      );
    } else if (byIndex.has(index)) {
      problem(
        "NG209",
        t(
          `Two edges go into port in${index} of ${who.en} (${quote(byIndex.get(index)!.id)} and ${quote(edge.id)}). Move one to a free port or remove it.`,
          `有两条连线连入 ${who.zh} 的端口 in${index}（${quote(byIndex.get(index)!.id)} 与 ${quote(edge.id)}）。请把其中一条移到空闲端口或删除。`,
        ),
        edge.id,
        true,
      );
    } else {
      byIndex.set(index, edge);
    }
  }
  const ordered = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, e]) => e);
  ordered.push(...plain);
  if (ordered.length < min) {
    problem(
      ordered.length === 0 ? "NG205" : "NG206",
      t(
        `${who.en} needs ${min === max ? min : `at least ${min}`} inputs but receives ${ordered.length}. Connect ${min - ordered.length} more.`,
        `${who.zh} 需要${min === max ? ` ${min} ` : `至少 ${min} `}个输入，却只收到 ${ordered.length} 个。请再连接 ${min - ordered.length} 个。`,
      ),
    );
  } else if (ordered.length > max) {
    problem(
      "NG206",
      t(
        `${who.en} takes at most ${max} inputs but receives ${ordered.length}. Remove ${ordered.length - max}.`,
        `${who.zh} 最多接受 ${max} 个输入，却收到 ${ordered.length} 个。请删除 ${ordered.length - max} 个。`,
      ),
    );
  }
  if (diagnostics.some((d) => d.severity === "error")) return { assignments: null, diagnostics };
  return { assignments: ordered.map((edge, i) => ({ port: `in${i}`, edge })), diagnostics };
}

function namedPorts(
  spec: readonly { readonly name: string; readonly required: boolean }[],
  incoming: readonly EdgeDoc[],
  who: I18nText,
  problem: Report,
  diagnostics: Diagnostic[],
): PortResolution {
  const names = spec.map((p) => p.name);
  const byPort = new Map<string, EdgeDoc>();
  const plain: EdgeDoc[] = [];
  for (const edge of incoming) {
    const handle = edge.targetHandle;
    if (handle == null) {
      plain.push(edge);
    } else if (!names.includes(handle)) {
      problem(
        "NG207",
        t(
          `${who.en} has ports ${names.join(", ")}, but edge ${quote(edge.id)} targets ${quote(handle)}.`,
          `${who.zh} 的端口为 ${names.join("、")}，但连线 ${quote(edge.id)} 连向 ${quote(handle)}。`,
        ),
        edge.id,
      );
    } else if (byPort.has(handle)) {
      problem(
        "NG209",
        t(
          `Two edges go into the ${handle} port of ${who.en}. Remove one.`,
          `有两条连线连入 ${who.zh} 的 ${handle} 端口。请删除其中一条。`,
        ),
        edge.id,
        true,
      );
    } else {
      byPort.set(handle, edge);
    }
  }
  // A single plain edge feeds every required port: self-attention.
  if (incoming.length === 1 && plain.length === 1) {
    for (const port of spec) if (port.required) byPort.set(port.name, plain[0]!);
    plain.length = 0;
  }
  for (const port of spec) {
    if (plain.length === 0) break;
    if (!byPort.has(port.name)) byPort.set(port.name, plain.shift()!);
  }
  if (plain.length > 0) {
    problem(
      "NG206",
      t(
        `${who.en} takes at most ${spec.length} inputs (${names.join(", ")}) but receives ${incoming.length}.`,
        `${who.zh} 最多接受 ${spec.length} 个输入（${names.join("、")}），却收到 ${incoming.length} 个。`,
      ),
    );
  }
  const missing = spec.filter((p) => p.required && !byPort.has(p.name)).map((p) => p.name);
  if (missing.length > 0) {
    problem(
      incoming.length === 0 ? "NG205" : "NG206",
      t(
        `${who.en} needs its ${missing.join(" and ")} input${missing.length > 1 ? "s" : ""}. Connect one edge for self-attention, or wire the ${missing.join(" and ")} port${missing.length > 1 ? "s" : ""}.`,
        `${who.zh} 缺少 ${missing.join("、")} 输入。连接一条连线即为自注意力，或分别连接 ${missing.join("、")} 端口。`,
      ),
    );
  }
  if (diagnostics.some((d) => d.severity === "error")) return { assignments: null, diagnostics };
  return {
    assignments: spec
      .filter((p) => byPort.has(p.name))
      .map((p) => ({ port: p.name, edge: byPort.get(p.name)! })),
    diagnostics,
  };
}
