import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
for (const flag of (process.env.B1_FLAGS ?? '').split(' ').filter(Boolean)) setFlagsFromString(flag);
