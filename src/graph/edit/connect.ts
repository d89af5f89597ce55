/**
 * Whether a new edge can work, and adding it. The editor calls canConnect
 * while the user drags a connection, to refuse a bad one with its reason: the
 * structural rules first (cheap), then a trial inference of the graph with
 * the edge added, whose new errors at the target say what would go wrong.
 */
import { inferShapes } from "../analyze";
import type { GraphDocument } from "../document/schema";
import { type I18nText, t } from "../i18n";
import { layerKind } from "../layers/registry";
import { quote } from "../text";
import { freshEdgeId } from "./ids";

export interface Connection {
  readonly source: string;
  readonly target: string;
  /** The target's input port (`in0`, `query`, …); null for single-input layers. */
  readonly targetHandle: string | null;
}

export type ConnectionCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: I18nText };

function refuse(en: string, zh: string): ConnectionCheck {
  return { ok: false, reason: t(en, zh) };
}

/** True when `to` can be reached from `from` along edges: adding from → to would then close a cycle. */
function reaches(document: GraphDocument, from: string, to: string): boolean {
  const next = new Map<string, string[]>();
  for (const e of document.edges) next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return false;
}

export function canConnect(document: GraphDocument, c: Connection): ConnectionCheck {
  const source = document.nodes.find((n) => n.id === c.source);
  const target = document.nodes.find((n) => n.id === c.target);
  if (!source || !target) return refuse("That node no longer exists.", "该节点已不存在。");
  if (c.source === c.target) return refuse("A layer cannot feed itself.", "层不能连接到自身。");
  const kind = layerKind(target.type);
  if (!kind)
    return refuse(`${quote(target.id)} is of an unknown kind.`, `${quote(target.id)} 的类型未知。`);
  if (kind.ports.kind === "none") {
    return refuse(
      "An Input takes no incoming connection: data enters the network there.",
      "输入层不接受入边：数据从这里进入网络。",
    );
  }
  if (reaches(document, c.target, c.source)) {
    return refuse(
      "That would make a cycle: data must flow one way. For recurrence use an LSTM, GRU or SimpleRNN.",
      "这会形成环：数据只能单向流动。循环结构请使用 LSTM、GRU 或 SimpleRNN。",
    );
  }
  const incoming = document.edges.filter((e) => e.target === c.target);
  if (incoming.some((e) => e.source === c.source && (e.targetHandle ?? null) === c.targetHandle)) {
    return refuse("These two are already connected.", "二者已经连接。");
  }
  if (kind.ports.kind === "single" && incoming.length > 0) {
    const from = quote(incoming[0]!.source);
    return refuse(
      `${kind.label.en} ${quote(target.id)} takes one input and already receives one from ${from}. Delete that edge first, or join both with Add or Concatenate.`,
      `${kind.label.zh} ${quote(target.id)} 只接受一个输入，已经连接了 ${from}。请先删除那条连线，或用 Add、Concatenate 合并二者。`,
    );
  }
  if (c.targetHandle !== null && incoming.some((e) => e.targetHandle === c.targetHandle)) {
    return refuse(
      `Port ${c.targetHandle} is already connected.`,
      `端口 ${c.targetHandle} 已有连接。`,
    );
  }
  return shapeCheck(document, c);
}

/** Errors the new edge would cause at its target that were not there before. */
function shapeCheck(document: GraphDocument, c: Connection): ConnectionCheck {
  const before = inferShapes(document).diagnostics.filter(
    (d) => d.nodeId === c.target && d.severity === "error",
  );
  const known = new Set(before.map((d) => d.message));
  const trial = connect(document, c);
  const after = inferShapes(trial).diagnostics.filter(
    // A multi-input layer waiting for its other inputs is not a reason to refuse this one.
    (d) =>
      d.nodeId === c.target && d.severity === "error" && d.code !== "NG205" && d.code !== "NG206",
  );
  const fresh = after.find((d) => !known.has(d.message));
  return fresh ? { ok: false, reason: t(fresh.message, fresh.messageZh) } : { ok: true };
}

export function connect(document: GraphDocument, c: Connection): GraphDocument {
  const id = freshEdgeId(new Set(document.edges.map((e) => e.id)));
  return {
    ...document,
    edges: [
      ...document.edges,
      {
        id,
        source: c.source,
        target: c.target,
        ...(c.targetHandle ? { targetHandle: c.targetHandle } : {}),
      },
    ],
  };
}
