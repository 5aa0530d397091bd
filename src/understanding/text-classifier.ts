import { normalize } from './normalize.ts';

// A small linear text classifier (multinomial logistic regression over word and character n-grams) for
// the free text the rules cannot read: a partner's decline reason, a close comment. Trained by
// `npm run train` (text-classifier-training.ts, train-cli.ts); the weights live in models/*.json.
// Pure: no I/O. The text goes through the interpreter's own normalize() first, so chat typos the rules
// already correct ("bankrpt", "decilne") reach the model corrected, and training and inference see the
// same canonical text.

/** The stored model: labels, one bias per label, and per feature the non-zero weights as [label, weight] pairs. */
export interface LinearModelFile {
  kind: 'logistic-regression';
  /** What the model classifies, e.g. "decline-category"; a check against loading the wrong file. */
  task: string;
  labels: string[];
  bias: number[];
  /** Below this probability the model's answer is "no label": measured on held-out lines by train-cli.ts. */
  abstainBelow: number;
  /** [feature, labelIndex, weight, labelIndex, weight, …] */
  weights: (string | number)[][];
}

export interface LinearModel {
  task: string;
  abstainBelow: number;
  labels: readonly string[];
  bias: readonly number[];
  weights: ReadonlyMap<string, readonly number[]>;
}

export interface Prediction {
  label: string;
  probability: number;
  /** The next-best label and its probability: a close second means the text is ambiguous. */
  runnerUp: string;
  runnerUpProbability: number;
}

// "decline case 4242, …", "close #8000 -": the command and its case number say nothing about the reason,
// and in the chat flows the reason arrives without them. Stripped so both shapes give the same features.
const COMMAND_PREFIX =
  /^.*?\b(?:declin\w*|reject\w*|refus\w*|clos\w*|withdraw\w*)\b\s*(?:(?:the|this|case|cases|file|matter|claim|no|nr|number|ref|id)\.?\s*)*[#:]?\s*\d+\s*[,.:;!?-]*\s*/;

/** The canonical text the features are read from. */
export function classifierText(raw: string): string {
  const canon = normalize(raw).canon;
  return canon.replace(COMMAND_PREFIX, '').trim();
}

/**
 * Word unigrams and bigrams ("w:", "b:") and character 3–5-grams inside words ("c:"), which carry a word's
 * stem through inflections and the typos normalize() does not correct ("konkurs", "payed"). A number
 * becomes its digit count: "only 45 eur" and "only 60 eur" are the same evidence, a case number is noise.
 */
export function featuresOf(raw: string): string[] {
  const text = classifierText(raw);
  const words = (text.match(/[\p{L}\p{N}%$€£]+(?:'[\p{L}]+)?/gu) ?? []).map((w) =>
    /^\d/.test(w) ? `#${Math.min(w.replace(/\D/g, '').length, 5)}` : w,
  );
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    out.add(`w:${w}`);
    if (i > 0) out.add(`b:${words[i - 1]} ${w}`);
    if (w.startsWith('#') || w.length < 3) continue;
    const padded = `<${w}>`;
    for (let n = 3; n <= 5; n++) {
      for (let j = 0; j + n <= padded.length; j++) out.add(`c:${padded.slice(j, j + n)}`);
    }
  }
  return [...out];
}

/** Each present feature counts 1/√n: a long message does not outvote a short one by its length alone. */
export function featureValue(featureCount: number): number {
  return featureCount === 0 ? 0 : 1 / Math.sqrt(featureCount);
}

export function loadModel(file: LinearModelFile): LinearModel {
  const weights = new Map<string, number[]>();
  for (const row of file.weights) {
    const [feature, ...pairs] = row;
    weights.set(String(feature), pairs as number[]);
  }
  return { task: file.task, abstainBelow: file.abstainBelow, labels: file.labels, bias: file.bias, weights };
}

/** Softmax scores of every label for already-extracted features. */
export function scoreFeatures(model: LinearModel, features: readonly string[]): number[] {
  const scores = [...model.bias];
  const x = featureValue(features.length);
  for (const f of features) {
    const pairs = model.weights.get(f);
    if (!pairs) continue;
    for (let k = 0; k < pairs.length; k += 2) {
      const label = pairs[k] as number;
      scores[label] = (scores[label] as number) + x * (pairs[k + 1] as number);
    }
  }
  const max = Math.max(...scores);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) {
    const e = Math.exp((scores[i] as number) - max);
    scores[i] = e;
    sum += e;
  }
  return scores.map((s) => s / sum);
}

export function predictFeatures(model: LinearModel, features: readonly string[]): Prediction {
  const probs = scoreFeatures(model, features);
  let best = 0;
  let second = probs.length > 1 ? 1 : 0;
  if ((probs[second] as number) > (probs[best] as number)) [best, second] = [second, best];
  for (let i = 2; i < probs.length; i++) {
    const p = probs[i] as number;
    if (p > (probs[best] as number)) {
      second = best;
      best = i;
    } else if (p > (probs[second] as number)) {
      second = i;
    }
  }
  return {
    label: model.labels[best] as string,
    probability: probs[best] as number,
    runnerUp: model.labels[second] as string,
    runnerUpProbability: probs[second] as number,
  };
}

export function predict(model: LinearModel, text: string): Prediction {
  return predictFeatures(model, featuresOf(text));
}
