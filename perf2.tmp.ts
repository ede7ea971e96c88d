import { foldText } from './src/context/normalize.ts';
import { findMentions } from './src/context/linker.ts';
import { builtinIndex } from './src/context/pack.ts';
import { readFileSync } from 'node:fs';
const base = readFileSync('test/data/corpus/dev/en-explainer-bamako-attack.txt','utf8') + readFileSync('test/data/corpus/dev/fr-explainer-blocus-carburant.txt','utf8');
let text = ''; while (text.length < 10000) text += base; text = text.slice(0, 10000);
const idx = builtinIndex();
for (let i = 0; i < 100; i++) { foldText(text); findMentions(text, idx); }
let t0 = performance.now(); for (let i = 0; i < 300; i++) foldText(text); console.log('fold', ((performance.now()-t0)/300).toFixed(3));
t0 = performance.now(); for (let i = 0; i < 300; i++) findMentions(text, idx); console.log('find', ((performance.now()-t0)/300).toFixed(3));
t0 = performance.now(); for (let i = 0; i < 300; i++) findMentions(text, idx, {includeBackground: true}); console.log('findAll', ((performance.now()-t0)/300).toFixed(3));
