/** word2vec: skip-gram and CBOW, with negative sampling or hierarchical softmax (see algorithm.ts). */
export { createWord2vecAlgorithm, PROJECTED_WORDS, WATCHED_NEIGHBOURS } from "./algorithm";
export { buildHuffmanTree, type HuffmanTree } from "./huffman";
export { pca2 } from "./pca";
export { keepProbabilities, UNIGRAM_TABLE_SIZE, unigramTable } from "./sampling";
export { analogy, neighboursOf, unitRows, type WordVectors } from "./similarity";
export { type EmbeddingTsv, embeddingTsv } from "./tsv";
