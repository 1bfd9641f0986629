export { VERSION } from '../../node/src/version.js';
