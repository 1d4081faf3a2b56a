/**
 * Makes text from files safe to print on a terminal: drops escape sequences (OSC, CSI and lone ESC),
 * C0/C1 control characters (CR and BEL included) and bidirectional overrides, which
 * util.stripVTControlCharacters leaves in. Newlines and tabs survive.
 */
const ESCAPES = /\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]?/g;
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const sanitize = (text: string): string => text.replace(ESCAPES, '').replace(CONTROLS, '');
