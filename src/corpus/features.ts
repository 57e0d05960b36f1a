/** Index features of one article: its MinHash sketch and, when asked for, a document vector. */
import { analyze } from "../analyze/index.js";
import { meanUnitVector, type Encoder } from "../encoder/index.js";
import type { IndexFeatures } from "../store/index.js";
import { sketch } from "../sketch/index.js";
import { textProfile, type TextProfile } from "./profile.js";

export interface ArticleFeatures {
  text: string;
  index: IndexFeatures;
  profile: TextProfile;
}

/** Sketches an article; with an encoder, adds the mean of its sentence vectors. */
export async function articleFeatures(text: string, encoder: Encoder | null): Promise<ArticleFeatures> {
  const { signature, bandKeys } = sketch(text);
  const index: IndexFeatures = { signature, bandKeys };
  if (encoder) index.vector = await documentVector(text, encoder);
  return { text, index, profile: textProfile(text) };
}

async function documentVector(text: string, encoder: Encoder): Promise<Float32Array> {
  const sentences = analyze(text).sentences.map((sentence) => sentence.text);
  return meanUnitVector(await encoder.embed(sentences));
}
