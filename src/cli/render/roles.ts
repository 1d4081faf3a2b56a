import type { ChalkInstance } from 'chalk';
import type { RolesView } from '../../core/views/roles.js';
import type { Renderers } from '../emit.js';
import { sanitize } from '../sanitize.js';
import { fit } from '../wrap.js';
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

export const renderRolesText = ({ roles }: RolesView, c: ChalkInstance): string => {
  const width = Math.max(...roles.map((e) => e.id.length));
  return roles
    .map((e) => {
      const kind = e.kindLabel ? c.dim(` (${e.kindLabel})`) : '';
      const origin = e.originLabel ? c.dim(` (${sanitize(e.originLabel)})`) : '';
      return `${c.bold(e.id.padEnd(width))}  ${sanitize(e.title)}${kind}${origin}\n${' '.repeat(width + 2)}${c.dim(fit(sanitize(firstSentence(e.summary)), 78 - width).trimEnd())}`;
    })
    .join('\n')
    .concat('\n');
};

export const ROLES_RENDERERS: Renderers<RolesView, Format> = {
  text: renderRolesText,
  markdown: renderRolesMarkdown,
  json: (view) => toJson(view.data),
};
