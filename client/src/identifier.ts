declare const __LEERPLAN_IDENTIFIER__: string;

/** What a whole id looks like: the grammar's `ID` terminal, put in by the build (`scripts/identifier-source.ts`). */
export const IDENTIFIER = new RegExp(__LEERPLAN_IDENTIFIER__);
