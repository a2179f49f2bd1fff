// Named-entity recognition: a trained averaged perceptron over hashed features (features.ts), decoded with BIO
// constraints (viterbi.ts), weights in server/data/ner-model.bin (modelFile.ts, trained by server/tools/train-ner.ts).
export { recognizeNamedEntities, tagEntities, entitiesFromLabels } from './recognizer';
export { nerTokens, type NerToken } from './tokens';
export { sharedTagger, createTagger, NER_MODEL_FILE, type Tagger } from './tagger';
