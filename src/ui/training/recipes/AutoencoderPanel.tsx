/**
 * An autoencoder or VAE while it trains: originals beside their
 * reconstructions, the latent space (click to decode a point, or type it),
 * and random codes decoded — the contrast between a VAE and a plain
 * autoencoder the curriculum draws.
 */
import { useId, useState } from "react";
import type { RecipeView } from "../../../training/recipeViews";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { NumberInput } from "../../inspector/NumberInput";
import { readNumber } from "../../inspector/numberText";
import { formatValue } from "../formatRun";
import { LatentScatter } from "./LatentScatter";
import { decodePoint } from "./labActions";
import { useBusy, useLabStore } from "./labStore";
import { labText } from "./labText";
import { SampleTiles } from "./SampleTiles";

type AutoencoderView = Extract<RecipeView, { kind: "autoencoder" }>;

function Reconstructions({ view }: { readonly view: AutoencoderView }) {
  const text = useText(labText);
  const columns = Math.max(1, view.originals.count);
  return (
    <figure className="lab-figure" aria-label={text.reconstructionPairs}>
      <figcaption>{text.reconstructionPairs}</figcaption>
      <div className="lab-pair-rows">
        <span className="muted">{text.originals}</span>
        <SampleTiles
          set={view.originals}
          columns={columns}
          label={text.originals}
          testId="ae-originals"
        />
        <span className="muted">{text.reconstructions}</span>
        <SampleTiles
          set={view.reconstructions}
          columns={columns}
          label={text.reconstructions}
          testId="ae-reconstructions"
        />
      </div>
    </figure>
  );
}

function DecodeFields() {
  const text = useText(labText);
  const [typed, setTyped] = useState<[string, string]>(["0", "0"]);
  const id = useId();
  const ids = [`${id}-z1`, `${id}-z2`];
  const values = typed.map(readNumber);
  const valid = values.every((v) => v !== null);
  const busy = useBusy("decode");
  return (
    <form
      className="lab-controls"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) void decodePoint(values[0]!, values[1]!);
      }}
    >
      {([0, 1] as const).map((axis) => (
        <span key={axis}>
          <label htmlFor={ids[axis]}>{axis === 0 ? text.z1 : text.z2}</label>{" "}
          <span data-testid={axis === 0 ? "latent-z1" : "latent-z2"}>
            <NumberInput
              id={ids[axis]}
              text={typed[axis]}
              onText={(t) => setTyped(axis === 0 ? [t, typed[1]] : [typed[0], t])}
              rule={{ whole: false, min: -1000, max: 1000 }}
              invalid={values[axis] === null}
              className="probe-input"
            />
          </span>
        </span>
      ))}
      <button
        type="submit"
        className="button"
        disabled={!valid || busy}
        data-testid="latent-decode"
      >
        {text.decode}
      </button>
      {busy ? <span className="muted">{text.working}</span> : null}
    </form>
  );
}

function Decoded() {
  const text = useText(labText);
  const decoded = useLabStore((s) => s.decoded);
  if (!decoded) return null;
  const at = { x: formatValue(decoded.point[0]), y: formatValue(decoded.point[1]) };
  return (
    <figure
      className="lab-figure"
      data-testid="latent-decoded"
      data-x={decoded.point[0]}
      data-y={decoded.point[1]}
    >
      <figcaption>{format(text.decodedAt, at)}</figcaption>
      <SampleTiles
        set={decoded.sample}
        columns={1}
        scale={4}
        label={format(text.decodedImage, at)}
      />
    </figure>
  );
}

function Latent({ view }: { readonly view: AutoencoderView }) {
  const text = useText(labText);
  const decoded = useLabStore((s) => s.decoded);
  const latent = view.latent;
  return (
    <section className="lab-figure" aria-label={text.latentSpace}>
      <h4>{text.latentSpace}</h4>
      {latent ? (
        <>
          <p className="muted lab-hint">{text.latentHint}</p>
          <div className="lab-row">
            <LatentScatter
              points={latent.points}
              labels={latent.labels}
              marked={decoded?.point ?? null}
              onPick={(x, y) => void decodePoint(x, y)}
              label={text.latentScatter}
            />
            <Decoded />
          </div>
          {latent.dims > 2 ? (
            <p className="muted">{format(text.latentMore, { dims: latent.dims })}</p>
          ) : null}
          <DecodeFields />
        </>
      ) : (
        <p className="muted">{text.noLatent}</p>
      )}
    </section>
  );
}

export function AutoencoderPanel({ view }: { readonly view: AutoencoderView | null }) {
  const text = useText(labText);
  return (
    <section
      className="lab-panel"
      aria-label={text.autoencoderPanel}
      data-testid="autoencoder-panel"
    >
      {view === null ? (
        <p className="muted">{text.noView}</p>
      ) : (
        <>
          <Reconstructions view={view} />
          <Latent view={view} />
          <figure className="lab-figure">
            <figcaption>{text.randomSamples}</figcaption>
            <SampleTiles
              set={view.randomSamples}
              columns={Math.ceil(Math.sqrt(view.randomSamples.count))}
              label={text.randomSamplesGrid}
              testId="ae-random-samples"
            />
            <p className="muted lab-hint" data-testid="ae-contrast">
              {text.vaeContrast}
            </p>
          </figure>
        </>
      )}
    </section>
  );
}
