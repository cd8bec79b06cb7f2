/** The views' escaping of terminal control characters: the shared helpers (src/shared/terminal-text.ts). */
export { escapeControl, oneLine } from '../shared/terminal-text.js';
