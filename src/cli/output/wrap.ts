/**
 * A word too long for a line, in pieces that fit: after a hyphen or a slash where there is one
 * (an id, a path), else wherever the line ends.
 */
const pieces = (word: string, room: number): string[] => {
  if (word.length <= room) return [word];
  const out: string[] = [];
  let rest = word;
  while (rest.length > room) {
    const cut = Math.max(rest.lastIndexOf('-', room - 1), rest.lastIndexOf('/', room - 1));
    const at = cut > 0 ? cut + 1 : room;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  return [...out, rest];
};

/** Greedy word wrap for terminal text; a word longer than a whole line is split so no line passes the width. */
export const wrap = (text: string, width: number, indent = ''): string[] => {
  const lines: string[] = [];
  const room = Math.max(1, width - indent.length);
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean).flatMap((w) => pieces(w, room))) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(indent + line);
  }
  return lines;
};
