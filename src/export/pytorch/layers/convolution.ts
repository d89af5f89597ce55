/** Convolutions, up-sampling and pooling (windowed, stochastic and global), all channels-last. */
import { pyInt, pyStr, pyTuple } from "../../keras/python";
import { activationCall } from "../activations";
import { call, lastDim, numbers, type TorchContext, type TorchEmitter } from "./types";

function sizes(value: unknown, rank: 1 | 2): string {
  const list = numbers(value);
  return rank === 1 ? pyInt(list[0]!) : pyTuple(list);
}

function convolution(callee: string, rank: 1 | 2, transposed: boolean): TorchEmitter {
  return (ctx: TorchContext) => {
    const p = ctx.params;
    ctx.needs.add(callee);
    const args = [
      pyInt(lastDim(ctx.inputShapes[0])),
      pyInt(p.filters as number),
      sizes(p.kernelSize, rank),
    ];
    if (numbers(p.strides).some((s) => s !== 1)) args.push(`stride=${sizes(p.strides, rank)}`);
    if (!transposed && numbers(p.dilationRate).some((d) => d !== 1))
      args.push(`dilation=${sizes(p.dilationRate, rank)}`);
    if (p.useBias === false) args.push("bias=False");
    if (p.padding !== "valid") args.push(`tf_padding=${pyStr(p.padding as string)}`);
    const activation = p.activation as string;
    return {
      module: call(callee, args),
      call: ([x], self) => activationCall(activation, `${self}(${x})`, ctx.needs),
    };
  };
}

export const conv1d = convolution("Conv1d", 1, false);
export const conv2d = convolution("Conv2d", 2, false);
export const conv2dTranspose = convolution("ConvTranspose2d", 2, true);

export const upSampling2d: TorchEmitter = (ctx) => {
  ctx.needs.add("up_sample_2d");
  const size = pyTuple(numbers(ctx.params.size));
  const mode = pyStr(ctx.params.interpolation as string);
  return { module: null, call: ([x]) => `up_sample_2d(${x}, ${size}, ${mode})` };
};

function pooling(kind: "max" | "avg", rank: 1 | 2): TorchEmitter {
  return (ctx) => {
    const p = ctx.params;
    ctx.needs.add("Pool");
    const pool = numbers(p.poolSize).slice(0, rank);
    const strides = p.strides === null ? pool : numbers(p.strides).slice(0, rank);
    return {
      module: call("Pool", [
        pyStr(kind),
        pyTuple(pool),
        pyTuple(strides),
        pyStr(p.padding as string),
      ]),
      call: ([x], self) => `${self}(${x})`,
    };
  };
}

export const maxPooling1d = pooling("max", 1);
export const maxPooling2d = pooling("max", 2);
export const averagePooling1d = pooling("avg", 1);
export const averagePooling2d = pooling("avg", 2);

export const stochasticPooling2d: TorchEmitter = (ctx) => {
  const p = ctx.params;
  ctx.needs.add("StochasticPooling2D");
  const pool = numbers(p.poolSize);
  const strides = p.strides === null ? pool : numbers(p.strides);
  return {
    module: call("StochasticPooling2D", [
      pyTuple(pool),
      pyTuple(strides),
      pyStr(p.padding as string),
    ]),
    call: ([x], self) => `${self}(${x})`,
  };
};

function globalPooling(kind: "max" | "avg"): TorchEmitter {
  return (ctx) => {
    ctx.needs.add("global_pool");
    return { module: null, call: ([x]) => `global_pool(${x}, ${pyStr(kind)})` };
  };
}

export const globalMaxPooling = globalPooling("max");
export const globalAveragePooling = globalPooling("avg");
