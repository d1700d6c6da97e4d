/**
 * The two shipped ONNX graphs' interfaces (a module of its own: the page reads it without the
 * exporter or tfjs).
 *   clip-image.onnx: `image` NCHW float32 [batch, 3, S, S] in [0, 1] → `embedding` [batch, D], unit rows
 *   clip-text.onnx:  `tokens` int64 [batch, length] (ids into the card's vocab, 0 = pad; length ≤ MAX_WORDS) and
 *                    `mask` float32 [batch, length] (1 = word, 0 = pad) → `embedding` [batch, D], unit rows,
 *                    and `attention` [batch, layers, heads, length + 1, length + 1]: every block's
 *                    softmax weights, token 0 = CLS, then the words (padding keys get exactly 0)
 * Logits are exp(t) · image_embedding · text_embeddingᵀ with exp(t) from the card (`logitScale.value`).
 */
export const CLIP_IO = {
  image: { file: 'clip-image.onnx', input: 'image', output: 'embedding', layout: 'NCHW float32 [batch, 3, S, S], RGB in [0, 1]' },
  text: {
    file: 'clip-text.onnx',
    tokens: 'tokens',
    mask: 'mask',
    output: 'embedding',
    attention: 'attention',
    layout: 'tokens int64 [batch, length], mask float32 [batch, length]',
  },
} as const;

/** The text encoder reads at most this many words (its position table has one more row, for CLS); the tokenizer cuts the rest. */
export const MAX_WORDS = 31;
