/** The entries of a model's "layers" list, with what could not be read. */
import { type I18nText, t } from "../../graph";
import { quote } from "../../graph/text";
import { isRecord, type JsonRecord } from "./json";

export interface LayerEntry {
  readonly name: string;
  readonly className: string;
  readonly config: JsonRecord;
  readonly inbound: unknown;
}

export type Skipped = { where: string; reason: I18nText }[];

export function readLayerEntries(list: readonly unknown[], skipped: Skipped): LayerEntry[] {
  const entries: LayerEntry[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const where = `#${i + 1}`;
    if (!isRecord(item) || typeof item.class_name !== "string") {
      skipped.push({
        where,
        reason: t('has no "class_name"; it was left out.', '没有 "class_name"，已略去。'),
      });
      return;
    }
    const config = isRecord(item.config) ? item.config : {};
    const name =
      typeof item.name === "string" && item.name
        ? item.name
        : typeof config.name === "string" && config.name
          ? config.name
          : null;
    if (name === null || seen.has(name)) {
      skipped.push({
        where: name === null ? where : quote(name),
        reason:
          name === null
            ? t("has no name; it was left out.", "没有名称，已略去。")
            : t("has the name of an earlier layer; it was left out.", "与前面的层重名，已略去。"),
      });
      return;
    }
    seen.add(name);
    entries.push({ name, className: item.class_name, config, inbound: item.inbound_nodes });
  });
  return entries;
}
