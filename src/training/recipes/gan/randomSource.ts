/**
 * The GAN's own random numbers — noise z ~ N(0, I), labels for generated
 * samples, interpolation weights — drawn in JavaScript from the setup's
 * seed, so a run repeats exactly on every backend.
 */
import { createRandom, deriveSeed, type Random } from "../../datasets/random";

export class RandomSource {
  private readonly random: Random;

  constructor(seed: number, salt: string) {
    this.random = createRandom(deriveSeed(seed, salt));
  }

  normals(count: number): Float32Array {
    const values = new Float32Array(count);
    for (let i = 0; i < count; i++) values[i] = this.random.normal();
    return values;
  }

  uniforms(count: number): Float32Array {
    const values = new Float32Array(count);
    for (let i = 0; i < count; i++) values[i] = this.random.next();
    return values;
  }

  /** Class indices, uniformly. */
  classes(count: number, classes: number): Int32Array {
    const values = new Int32Array(count);
    for (let i = 0; i < count; i++) values[i] = this.random.int(classes);
    return values;
  }
}
