/**
 * Text from the user's files (header names, ids, values quoted in an error) goes to a terminal. Control
 * characters in it could move the cursor, recolour or clear the screen, or retitle the window (ESC
 * sequences, the one-byte CSI U+009B), so they are shown escaped: `\x1b`, `\x9b`, `\x07`.
 */

/** Every C0 control but the line break and tab, DEL, and every C1 control. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` with its control characters written out as `\xNN`; line breaks and tabs stay. */
export function forTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * JSON text safe for a terminal: JSON.stringify escapes C0 controls already, but leaves DEL and the C1
 * controls raw; they become `\u00NN` escapes, which every JSON reader turns back into the same text.
 */
export function jsonForTerminal(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
