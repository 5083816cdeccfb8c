// `npm start`: the demo on the embedded data at http://127.0.0.1:5173 (endpoint under /data/).
import { spawn } from 'node:child_process';
import { ensureData } from './ensure-data.mjs';

ensureData();
const vite = spawn('node_modules/.bin/vite', process.argv.slice(2), { stdio: 'inherit' });
vite.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => vite.kill(signal));
