// Cuts the golden Yuma vectors down to the inputs and stored integers the article's in-browser check
// compares (src/content/yuma-check.json): `tsx scripts/make-check.ts`. Run again when the vectors change;
// tests/unit/yuma-check.test.ts fails while the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { checkFileFromVectors } from '../src/models/yuma-check';

const doc = JSON.parse(readFileSync('tests/fixtures/vectors/yuma.json', 'utf8'));
const out = checkFileFromVectors(doc);
writeFileSync('src/content/yuma-check.json', JSON.stringify(out) + '\n');
console.log(`${out.scenarios.length} scenarios written, ${out.omitted.ids.length} left out (${out.omitted.ids.join(', ')})`);
