import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CURRICULUM_TOPICS, topicTitle } from "../../graph";
import {
  descriptionText,
  learningGoal,
  PRESETS,
  presetById,
  presetsByTopic,
  presetTitle,
} from "./presets";

describe("presets", () => {
  it("bundles every file in presets/, in the curriculum's order", () => {
    const files = readdirSync(new URL("../../../presets/", import.meta.url)).filter((f) =>
      f.endsWith(".json"),
    );
    expect(PRESETS.map((p) => `${p.id}.json`).sort()).toEqual(files.sort());
    const keys = PRESETS.map((p) => [p.document.lesson!.topic, p.document.lesson!.order] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(PRESETS[0]!.document.lesson!.topic).toBe(1);
    // The gallery's groups follow the topics, each once.
    const topics = presetsByTopic().map((g) => g.topic);
    expect(topics).toEqual([...new Set(topics)].sort((a, b) => a - b));
  });

  it("covers every topic of the curriculum with a complete lesson in both languages", () => {
    for (const preset of PRESETS) {
      const lesson = preset.document.lesson;
      expect(lesson, `${preset.id} has a lesson`).toBeDefined();
      for (const part of [lesson!.title, lesson!.goal, lesson!.outcome]) {
        expect(part.en.trim(), preset.id).not.toBe("");
        // Chinese text has Chinese characters in it, not an English copy.
        expect(part.zh, preset.id).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(lesson!.checks.length, `${preset.id} states a checked outcome`).toBeGreaterThan(0);
      // The English title is the document's name, so a graph opened in English keeps its familiar name.
      expect(lesson!.title.en, preset.id).toBe(preset.document.name);
      expect(presetTitle(preset, "zh")).toBe(lesson!.title.zh);
      expect(learningGoal(preset, "zh")).toBe(lesson!.goal.zh);
      for (const other of lesson!.compareWith ?? [])
        expect(presetById(other), `${preset.id} compares with ${other}`).toBeDefined();
      // A complete training setup: a dataset and a number of epochs.
      const training = preset.document.training as { dataset?: { id?: string }; epochs?: number };
      expect(training.dataset?.id, `${preset.id} names its dataset`).toBeTruthy();
      expect(training.epochs, `${preset.id} names its epochs`).toBeGreaterThan(0);
    }
    const covered = new Set(PRESETS.map((p) => p.document.lesson!.topic));
    for (let topic = 1; topic <= CURRICULUM_TOPICS.length; topic++)
      expect(covered.has(topic), `topic ${topic}: ${topicTitle(topic)!.en}`).toBe(true);
  });

  it("gives descriptions in both languages", () => {
    const mnist = presetById("mnist-mlp")!.document;
    expect(descriptionText(mnist, "en")).toMatch(/multilayer perceptron/);
    expect(descriptionText(mnist, "zh")).toMatch(/多层感知机/);
    for (const p of PRESETS) expect(descriptionText(p.document, "zh")).not.toBe("");
  });

  it("falls back when a description has one language or none", () => {
    const base = presetById("mnist-mlp")!.document;
    expect(descriptionText({ ...base, description: "plain" }, "zh")).toBe("plain");
    expect(descriptionText({ ...base, description: { en: "only English" } }, "zh")).toBe(
      "only English",
    );
    expect(descriptionText({ ...base, description: undefined }, "en")).toBe("");
  });
});
