import {
  featuresOf,
  featureValue,
  type LinearModel,
  type LinearModelFile,
  loadModel,
} from './text-classifier.ts';

// Training for text-classifier.ts: multinomial logistic regression by stochastic gradient descent with L2
// decay, in a fixed order, so the same examples always give the byte-identical model file. Pure: the
// caller (train-cli.ts, the tests) reads the labelled lines.

export interface Example {
  text: string;
  label: string;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 decay per update; keeps rare n-grams from memorising single lines. */
  l2: number;
  /** A feature must occur in this many training lines to get a weight. */
  minCount: number;
  /** Stored weights are rounded to this many decimals; smaller ones are dropped (keeps the file small). */
  decimals: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 40,
  learningRate: 0.5,
  l2: 1e-4,
  minCount: 2,
  decimals: 2,
};

/** FNV-1a over the text: a stable number for ordering and for the held-out split. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Deterministic pseudo-random sequence (mulberry32) for the epoch order. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(
  task: string,
  examples: readonly Example[],
  options: Partial<TrainOptions> = {},
): LinearModelFile {
  const opt = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const L = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  // Canonical order first (by hash, then text), so the input files' order does not matter.
  const rows = examples
    .map((e) => ({ ...e, features: featuresOf(e.text), y: labelIndex.get(e.label) as number }))
    .sort(
      (a, b) => stableHash(a.text) - stableHash(b.text) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
    );

  const df = new Map<string, number>();
  for (const r of rows) for (const f of r.features) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.entries()].filter(([, n]) => n >= opt.minCount).map(([f]) => f);
  const featureIndex = new Map(vocab.map((f, i) => [f, i]));
  const W = new Float64Array(vocab.length * L);
  const bias = new Float64Array(L);
  const encoded = rows.map((r) => ({
    y: r.y,
    x: featureValue(r.features.length),
    idx: r.features.map((f) => featureIndex.get(f)).filter((i): i is number => i !== undefined),
  }));

  const next = rng(0x5eed);
  const order = encoded.map((_, i) => i);
  const p = new Float64Array(L);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const lr = opt.learningRate / (1 + epoch * 0.1);
    for (const n of order) {
      const ex = encoded[n] as (typeof encoded)[number];
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < L; c++) {
        let s = bias[c] as number;
        for (const f of ex.idx) s += ex.x * (W[f * L + c] as number);
        p[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < L; c++) {
        p[c] = Math.exp((p[c] as number) - max);
        sum += p[c] as number;
      }
      for (let c = 0; c < L; c++) {
        const g = (c === ex.y ? 1 : 0) - (p[c] as number) / sum;
        bias[c] = (bias[c] as number) + lr * g;
        for (const f of ex.idx) {
          const k = f * L + c;
          W[k] = (W[k] as number) * (1 - lr * opt.l2) + lr * g * ex.x;
        }
      }
    }
  }

  // Softmax ignores a constant added to one feature's weights across all labels: centring each feature on
  // its median weight leaves the predictions as they are and makes most weights zero, so they need not be stored.
  const scale = 10 ** opt.decimals;
  const round = (v: number) => Math.round(v * scale) / scale;
  const weights: (string | number)[][] = [];
  const sortedVocab = vocab.map((f, i) => [f, i] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [feature, i] of sortedVocab) {
    const w = Array.from(W.subarray(i * L, i * L + L));
    const sorted = [...w].sort((a, b) => a - b);
    const median = sorted[Math.floor((L - 1) / 2)] as number;
    const row: (string | number)[] = [feature];
    w.forEach((v, c) => {
      const r = round(v - median);
      if (r !== 0) row.push(c, r);
    });
    if (row.length > 1) weights.push(row);
  }
  const biasMedian = [...bias].sort((a, b) => a - b)[Math.floor((L - 1) / 2)] as number;
  return {
    kind: 'logistic-regression',
    task,
    labels,
    abstainBelow: 0.5,
    bias: Array.from(bias, (b) => round(b - biasMedian)),
    weights,
  };
}

/** The model file as committed: one line per feature, so a retrain shows as a readable diff. */
export function serializeModel(file: LinearModelFile): string {
  const head = JSON.stringify({
    kind: file.kind,
    task: file.task,
    labels: file.labels,
    bias: file.bias,
    abstainBelow: file.abstainBelow,
  });
  const rows = file.weights.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `${head.slice(0, -1)},\n  "weights": [\n${rows}\n  ]\n}\n`;
}

export function trainModel(
  task: string,
  examples: readonly Example[],
  options?: Partial<TrainOptions>,
): LinearModel {
  return loadModel(train(task, examples, options));
}
