/**
 * When to probe and what: nothing at all while the live view is off (so
 * training runs at full speed), otherwise at most one probe every
 * `intervalMs` — and on every manual Step, since the user is watching.
 */
import * as tf from "@tensorflow/tfjs";
import type { DatasetSplit } from "../datasets/types";
import type { LayerProbe, LiveOptions } from "../protocol";
import type { ModelSignature } from "./compatibility";
import { LayerInspector, type LayerProbeDraft } from "./probes";

export interface ProbeScheduleOptions {
  readonly model: tf.LayersModel;
  readonly nodeIdOf: (layerName: string) => string;
  readonly live: LiveOptions;
  readonly intervalMs: number;
  readonly now: () => number;
  /** Where the probe sample comes from (the validation split, or the training split without one). */
  readonly sampleSplit: DatasetSplit;
  readonly signature: ModelSignature;
}

export class ProbeSchedule {
  private live: LiveOptions;
  private last = Number.NEGATIVE_INFINITY;
  private inspector: LayerInspector | null = null;
  private pending: Map<string, LayerProbeDraft> | null = null;

  constructor(private readonly options: ProbeScheduleOptions) {
    this.live = options.live;
  }

  private get watching(): boolean {
    return this.live.activations || this.live.histograms;
  }

  private get layerInspector(): LayerInspector {
    this.inspector ??= new LayerInspector(this.options.model, this.options.nodeIdOf);
    return this.inspector;
  }

  setLive(live: LiveOptions): void {
    this.live = live;
  }

  /** Should the coming step be probed? Call once before each step. */
  due(manualStep: boolean): boolean {
    if (!this.watching) return false;
    const now = this.options.now();
    if (!manualStep && now - this.last < this.options.intervalMs) return false;
    this.last = now;
    this.pending = this.layerInspector.drafts();
    return true;
  }

  /** The due step's gradients, read before they are disposed. */
  collectGradients(grads: tf.NamedTensorMap): void {
    if (this.live.histograms && this.pending)
      this.layerInspector.addGradientStats(grads, this.pending);
  }

  /** The probe of the due step (or, between steps, of the current weights); null when nothing is watched. */
  take(): LayerProbe[] | null {
    if (!this.watching) return null;
    const drafts = this.pending ?? this.layerInspector.drafts();
    this.pending = null;
    if (this.live.activations)
      tf.tidy(() => this.layerInspector.addActivations(this.sample(), drafts));
    if (this.live.histograms) this.layerInspector.addWeightHistograms(drafts);
    return [...drafts.values()];
  }

  /** The probe sample as a batch of one (made per probe: a few values, and nothing to dispose later). */
  private sample(): tf.Tensor {
    const { sampleSplit, signature } = this.options;
    const size = sampleSplit.features.length / Math.max(1, sampleSplit.count);
    const index = Math.max(0, Math.min(sampleSplit.count - 1, Math.floor(this.live.probeIndex)));
    const values = sampleSplit.features.subarray(index * size, (index + 1) * size);
    const x = tf.tensor(values, [1, ...signature.inputShape], "float32");
    return signature.inputDtype === "int32" ? tf.cast(x, "int32") : x;
  }
}
