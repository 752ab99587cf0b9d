// After tsc: make the bins executable and copy the console's static files
// (simulator/ui/assets) beside their compiled module in dist/.
import { chmodSync, cpSync } from 'node:fs';

for (const bin of ['dist/client/cli.js', 'dist/simulator/main.js']) chmodSync(bin, 0o755);
cpSync('simulator/ui/assets', 'dist/simulator/ui/assets', { recursive: true });
