import type { RolesView } from '../../core/views/roles.js';
import { safeText, type TextStyle } from '../output/display.js';
import type { Renderers } from '../output/emit.js';
import { wrap } from '../output/wrap.js';
import { toJson, type Format } from './formats.js';
import { md } from './markdown.js';

/** The first sentence, so each role stays on one line. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

export const renderRolesMarkdown = ({ roles, labels: l }: RolesView): string =>
  [
    `| ${l.id} | ${l.role} | ${l.summary} |`,
    '|---|---|---|',
    ...roles.map((e) => `| \`${e.id}\` | ${md(e.title)}${e.kindLabel ? ` _(${e.kindLabel})_` : ''} | ${md(firstSentence(e.summary))} |`),
  ].join('\n') + '\n';

/**
 * Each role's id in a column, its title beside it and the first sentence of its summary below,
 * wrapped to the width; on a narrow display the title goes under the id.
 */
export const renderRolesText = ({ roles }: RolesView, style: TextStyle): string => {
  const { c, width } = style;
  const safe = (text: string) => safeText(text, style.ascii);
  const idWidth = Math.max(...roles.map((e) => e.id.length));
  const beside = width - idWidth - 2 >= 24;
  const indent = ' '.repeat(beside ? idWidth + 2 : 2);
  return roles
    .map((e) => {
      const kind = e.kindLabel ? ` (${e.kindLabel})` : '';
      const origin = e.originLabel ? ` (${e.originLabel})` : '';
      const title = wrap(safe(`${e.title}${kind}${origin}`), width, indent);
      const head = beside
        ? [`${c.bold(e.id.padEnd(idWidth))}  ${title[0]!.slice(indent.length)}`, ...title.slice(1)]
        : [...wrap(e.id, width).map((line) => c.bold(line)), ...title];
      const summary = wrap(safe(firstSentence(e.summary)), width, indent).map((line) => indent + c.dim(line.slice(indent.length)));
      return [...head, ...summary].join('\n');
    })
    // A blank line between roles, now that a summary may take more than one line.
    .join('\n\n')
    .concat('\n');
};

export const ROLES_RENDERERS: Renderers<RolesView, Format> = {
  text: renderRolesText,
  markdown: renderRolesMarkdown,
  json: (view) => toJson(view.data),
};
