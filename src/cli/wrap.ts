/** Greedy word wrap for terminal text; long words are left whole rather than split. */
export const wrap = (text: string, width: number, indent = ''): string[] => {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
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

/** Cuts text to a display width with an ellipsis, padding shorter text. */
export const fit = (text: string, width: number): string =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);

/** Columns available on a terminal stream, leaving one spare; 80 when it is not a terminal. */
export const width = (stream: { columns?: number }): number => Math.min(100, (stream.columns || 81) - 1);
