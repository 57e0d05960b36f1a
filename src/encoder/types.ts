/** A sentence encoder: text in, unit-length vectors out (cosine = dot product). */
export interface Encoder {
  embed(texts: string[]): Promise<Float32Array[]>;
}
