import { measure } from './size';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const s = (measure as any)('dist');
console.log(s.initialJs);
for (const f of s.initialFiles) if (f.endsWith('.js')) console.log(' ', f, gzipSync(readFileSync('dist/' + f), { level: 9 }).length);
