import { HOSTILE_FOLDERS, longChains, writeFile, writeHostileFolder, type HostileFolder } from '../test/hostile/hostile-files.js';

// Writes the hostile folders of test/hostile/ (and the 5,000-link chains) into the folder
// given as the first argument, for bench/run.mjs to time the CLI on them.
const root = process.argv[2];
for (const folder of Object.keys(HOSTILE_FOLDERS) as HostileFolder[]) writeHostileFolder(root, folder);
writeFile(root, 'chains/chains.pop', longChains(5000));
