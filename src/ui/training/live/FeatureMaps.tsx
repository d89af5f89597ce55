/**
 * A convolution's feature maps for the probe sample: one small image per
 * channel, each scaled to its own range and coloured with viridis, drawn
 * straight from the typed array onto canvases.
 */
import { useEffect, useRef } from "react";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { paintChannel } from "../colorMap";
import { liveText } from "./liveText";

const MAX_CHANNELS = 32;

interface Props {
  readonly name: string;
  readonly activation: Float32Array;
  /** [height, width, channels]. */
  readonly shape: readonly number[];
}

export function FeatureMaps({ name, activation, shape }: Props) {
  const text = useText(liveText);
  const [height = 1, width = 1, channels = 1] = shape;
  const shown = Math.min(channels, MAX_CHANNELS);
  return (
    <figure
      className="feature-maps"
      aria-label={format(text.featureMaps, { name, channels, height, width })}
    >
      <figcaption>{format(text.featureMaps, { name, channels, height, width })}</figcaption>
      <div className="feature-grid">
        {Array.from({ length: shown }, (_, channel) => (
          <ChannelImage
            // biome-ignore lint/suspicious/noArrayIndexKey: channels are fixed by index
            key={channel}
            activation={activation}
            height={height}
            width={width}
            channels={channels}
            channel={channel}
            label={format(text.channel, { index: channel })}
          />
        ))}
      </div>
      {channels > shown ? (
        <p className="muted">{format(text.moreChannels, { count: channels - shown })}</p>
      ) : null}
    </figure>
  );
}

interface ChannelProps {
  readonly activation: Float32Array;
  readonly height: number;
  readonly width: number;
  readonly channels: number;
  readonly channel: number;
  readonly label: string;
}

function ChannelImage({ activation, height, width, channels, channel, label }: ChannelProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context || activation.length < height * width * channels) return;
    const image = context.createImageData(width, height);
    paintChannel(activation, height, width, channels, channel, image.data);
    context.putImageData(image, 0, 0);
  }, [activation, height, width, channels, channel]);
  const scale = Math.max(1, Math.floor(56 / Math.max(height, width)));
  return (
    <canvas
      ref={canvas}
      width={width}
      height={height}
      className="feature-map"
      data-testid="feature-map"
      style={{ width: width * scale, height: height * scale }}
      role="img"
      aria-label={label}
      title={label}
    />
  );
}
