/**
 * What a student may not change: locked nodes (kept with the same type and
 * params), single locked params, and locked training-setup fields. Params
 * are compared after resolving defaults, so writing out a default value is
 * not a change; positions and labels are free.
 */
import type { GraphDocument, NodeDoc } from "../document/schema";
import { type I18nText, t } from "../i18n";
import { layerKind } from "../layers/registry";
import { jsonText, quote, visible } from "../text";
import { readTrainingSetup } from "../training/setup";
import { checkParams } from "../validateParams";
import { jsonEqual } from "./equal";
import type { Lab } from "./schema";
import { labDocument, trainingValueAt } from "./training";

export type LockViolationKind =
  | "unknownStartingGraph"
  | "nodeRemoved"
  | "nodeTypeChanged"
  | "nodeParamsChanged"
  | "paramChanged"
  | "trainingChanged";

export interface LockViolation {
  readonly kind: LockViolationKind;
  readonly node?: string;
  readonly param?: string;
  readonly key?: string;
  readonly message: I18nText;
}

export function isNodeLocked(lab: Lab, nodeId: string): boolean {
  return lab.locks.nodes.includes(nodeId);
}

/** A param is locked on its own, or because its whole node is. */
export function isParamLocked(lab: Lab, nodeId: string, param: string): boolean {
  return (
    isNodeLocked(lab, nodeId) ||
    lab.locks.params.some((lock) => lock.node === nodeId && lock.param === param)
  );
}

export function checkLocks(
  lab: Lab,
  graphs: ReadonlyMap<string, GraphDocument>,
  startingGraph: string,
  document: GraphDocument,
): LockViolation[] {
  const start = graphs.get(startingGraph);
  if (!start)
    return [
      {
        kind: "unknownStartingGraph",
        message: t(
          `The submission starts from graph ${quote(startingGraph)}, which this lab does not have (it has ${[...graphs.keys()].map(quote).join(", ")}).`,
          `该提交基于图 ${quote(startingGraph)}，但本实验没有这个图（实验中的图：${[...graphs.keys()].map(quote).join("、")}）。`,
        ),
      },
    ];
  return [...nodeViolations(lab, start, document), ...trainingViolations(lab, start, document)];
}

function nodesById(document: GraphDocument): Map<string, NodeDoc> {
  return new Map(document.nodes.map((node) => [node.id, node]));
}

function nodeViolations(lab: Lab, start: GraphDocument, document: GraphDocument): LockViolation[] {
  const before = nodesById(start);
  const after = nodesById(document);
  const violations: LockViolation[] = [];
  // Nodes whose removal or retyping is already reported: their param locks add nothing.
  const reported = new Set<string>();
  const structural = (id: string, param?: string): LockViolation | null => {
    const original = before.get(id)!;
    const now = after.get(id);
    const extra = param === undefined ? {} : { param };
    if (!now)
      return {
        kind: "nodeRemoved",
        node: id,
        ...extra,
        message: t(
          `Locked node ${quote(id)} was removed; the lab requires it to stay.`,
          `锁定的节点 ${quote(id)} 被删除了；本实验要求保留它。`,
        ),
      };
    if (now.type !== original.type)
      return {
        kind: "nodeTypeChanged",
        node: id,
        ...extra,
        message: t(
          `Locked node ${quote(id)} was changed from ${original.type} to ${now.type}.`,
          `锁定的节点 ${quote(id)} 的类型从 ${original.type} 被改成了 ${now.type}。`,
        ),
      };
    return null;
  };

  for (const id of new Set(lab.locks.nodes)) {
    if (!before.has(id)) continue; // locks a node of another starting graph
    const problem = structural(id);
    if (problem) {
      violations.push(problem);
      reported.add(id);
      continue;
    }
    const original = resolvedParams(before.get(id)!);
    const now = resolvedParams(after.get(id)!);
    const changed = [...new Set([...Object.keys(original), ...Object.keys(now)])].filter(
      (name) => !jsonEqual(paramAt(original, name), paramAt(now, name)),
    );
    if (changed.length > 0) {
      const names = changed.map((name) => `"${name}"`);
      violations.push({
        kind: "nodeParamsChanged",
        node: id,
        param: changed[0]!,
        message: t(
          `Locked node ${quote(id)} has changed params: ${names.join(", ")}.`,
          `锁定的节点 ${quote(id)} 的参数被修改了：${names.join("、")}。`,
        ),
      });
      reported.add(id);
    }
  }

  for (const { node: id, param } of lab.locks.params) {
    if (!before.has(id) || reported.has(id)) continue;
    const problem = structural(id, param);
    if (problem) {
      violations.push(problem);
      reported.add(id);
      continue;
    }
    const original = paramAt(resolvedParams(before.get(id)!), param);
    const now = paramAt(resolvedParams(after.get(id)!), param);
    if (!jsonEqual(original, now))
      violations.push({
        kind: "paramChanged",
        node: id,
        param,
        message: t(
          `Param "${param}" of node ${quote(id)} is locked at ${show(original)}, but the submission has ${show(now)}.`,
          `节点 ${quote(id)} 的参数 "${param}" 被锁定为 ${show(original)}，但提交中为 ${show(now)}。`,
        ),
      });
  }
  return violations;
}

function trainingViolations(
  lab: Lab,
  start: GraphDocument,
  document: GraphDocument,
): LockViolation[] {
  const expected = readTrainingSetup(labDocument(lab, start).training).setup;
  const actual = readTrainingSetup(document.training).setup;
  const violations: LockViolation[] = [];
  for (const key of new Set(lab.locks.training)) {
    const want = trainingValueAt(expected, key);
    const have = trainingValueAt(actual, key);
    if (jsonEqual(want, have)) continue;
    violations.push({
      kind: "trainingChanged",
      key,
      message: t(
        `Training setting "${key}" is locked at ${show(want)}, but the submission has ${show(have)}.`,
        `训练设置 "${key}" 被锁定为 ${show(want)}，但提交中为 ${show(have)}。`,
      ),
    });
  }
  return violations;
}

/** Params with the layer's defaults filled in; the raw params when the kind is unknown or a value is invalid. */
export function resolvedParams(node: NodeDoc): Readonly<Record<string, unknown>> {
  const kind = layerKind(node.type);
  if (!kind) return node.params;
  const checked = checkParams(kind.params, node.params, node.id, t(node.id, node.id));
  if (!checked.values) return node.params;
  // Unknown params (warned of by validation) are not in `values`; keep them so changing one still counts.
  const extra = Object.fromEntries(
    Object.entries(node.params).filter(([name]) => !Object.hasOwn(kind.params, name)),
  );
  return { ...extra, ...checked.values };
}

function paramAt(params: Readonly<Record<string, unknown>>, name: string): unknown {
  return Object.hasOwn(params, name) ? params[name] : undefined;
}

function show(value: unknown): string {
  return value === undefined ? "—" : visible(jsonText(value), 80);
}
