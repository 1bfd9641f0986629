import { setFlagsFromString } from 'node:v8';

/**
 * Keep V8's young generation at its starting size. The server allocates many
 * short-lived objects (a parse per keystroke, a syntax tree per file), and by
 * default V8 doubles the young generation whenever much survives a collection,
 * up to tens of MiB that stay reserved. Not growing it cuts the peak memory of a
 * 1,000-file workspace from about 280 to about 150 MiB at no measurable cost in
 * processor time. This flag is read at each collection, so it still works when
 * set at startup (the heap-size flags are read only when the process starts).
 * Imported first by `main.ts`.
 */
setFlagsFromString('--semi-space-growth-factor=1');
