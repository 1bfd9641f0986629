/** Replaced by the bundler with package.json's version. */
declare const __LEERPLAN_VERSION__: string | undefined;
export const VERSION: string = typeof __LEERPLAN_VERSION__ === 'string' ? __LEERPLAN_VERSION__ : '0.0.0-dev';
