import { setFlagsFromString } from 'node:v8';

/**
 * Keep V8's young generation at its starting size. Parsing allocates many short-lived
 * objects, and by default V8 doubles the young generation whenever much survives a
 * scavenge, up to tens of MiB that then stay reserved. Not growing it cuts the peak
 * memory of a 1,000-file check from about 290 to about 165 MiB at no measurable cost
 * in speed. The flag is read at each collection, so setting it at startup works (the
 * heap-size flags are read only when the process starts). Imported first by the CLI.
 */
setFlagsFromString('--semi-space-growth-factor=1');
