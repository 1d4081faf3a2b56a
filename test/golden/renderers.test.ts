/**
 * Golden files for the renderers: a small fixed catalog and answer set, put through core's view
 * builders, must render exactly as the files beside this test (text without colour, Markdown,
 * JSON, YAML). A change to a renderer or to a view's words shows up here as a diff to review;
 * `npx vitest run --project unit -u test/golden` rewrites the files once the diff is right.
 */
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { defaultStyle, type TextStyle } from '../../src/cli/output/display.js';
import type { Renderers } from '../../src/cli/output/emit.js';
import { COMPARE_RENDERERS } from '../../src/cli/render/compare.js';
import { GROUPS_RENDERERS } from '../../src/cli/render/groups.js';
import { QUESTIONS_RENDERERS } from '../../src/cli/render/questions.js';
import { REPORT_RENDERERS } from '../../src/cli/render/report.js';
import { ROLE_RENDERERS } from '../../src/cli/render/role.js';
import { ROLES_RENDERERS } from '../../src/cli/render/roles.js';
import { buildReport } from '../../src/core/report.js';
import type { Lang } from '../../src/core/text.js';
import type { Catalog, Group } from '../../src/core/types.js';
import { compareView } from '../../src/core/views/compare.js';
import { groupsView } from '../../src/core/views/groups.js';
import { questionsView } from '../../src/core/views/questions.js';
import { reportView } from '../../src/core/views/report.js';
import { roleView } from '../../src/core/views/role.js';
import { rolesView } from '../../src/core/views/roles.js';
import { makeCatalog, makeRole, question, traitAnswers } from '../helpers.js';

const relawan: Group = {
  id: 'relawan',
  kind: 'volunteer',
  name: { id: 'Kelompok relawan', en: 'Volunteer group' },
  what: { id: 'Orang yang bekerja tanpa upah.', en: 'People who work without pay.' },
  benefits: [{ id: 'Pengalaman', en: 'Experience' }],
  drawbacks: [{ id: 'Tanpa upah', en: 'No pay' }],
  examples: [{ id: 'Relawan bencana', en: 'Disaster volunteers' }],
  roles: [{ id: 'Koordinator', en: 'Coordinator' }],
  join: [
    { id: 'Cari kelompok di dekatmu.', en: 'Find a group near you.' },
    { id: 'Datang ke pertemuan.', en: 'Come to a meeting.' },
  ],
};

const fasilitator = makeRole(
  'fasilitator',
  { empathy: { ideal: 5, weight: 3 }, communication: { ideal: 4, weight: 2 }, profit_focus: { ideal: 1, weight: 1 } },
  {
    source: ['seed.txt'],
    duties: [{ text: { id: 'Mendampingi warga.', en: 'Works alongside residents.' } }],
    fit: { text: { id: 'Cocok bagi yang sabar.', en: 'Suits patient people.' } },
    rules: [
      { id: 'low-planning', when: { all: [{ trait: 'planning', op: 'lte', value: 2 }, { not: { trait: 'empathy', op: 'gte', value: 5 } }] }, event: { adjust: -5, warning: { id: 'Perencanaan lemah.', en: 'Weak planning.' } } },
      { id: 'caring', when: { trait: 'empathy', op: 'gte', value: 4 }, event: { adjust: 0, note: { id: 'Kepedulian membantu.', en: 'Caring helps.' } } },
    ],
    misconceptions: [{ myth: { id: 'Mudah.', en: 'It is easy.' }, reality: { id: 'Butuh waktu.', en: 'It takes time.' } }],
    expectations: [{ expectation: { id: 'Gaji besar.', en: 'A big salary.' }, reality: { id: 'Gaji sedang.', en: 'A modest salary.' } }],
    differences: [{ role: 'manajer', text: { id: 'Bukan soal laba.', en: 'Not about profit.' } }],
    groups: [{ group: 'relawan', why: { id: 'Untuk berlatih.', en: 'To practise.' } }],
  },
);

const manajer = makeRole('manajer', { planning: { ideal: 5, weight: 2 }, profit_focus: { ideal: 5, weight: 2 } }, { kind: 'contrast', source: ['other.txt'] });

const catalog: Catalog = {
  ...makeCatalog([fasilitator, manajer], { groups: [relawan], origins: { manajer: 'my-roles/manajer.yaml' } }),
  questions: [question('empathy-1', 'empathy'), question('planning-1', 'planning', true)],
};

const answers = { answers: {}, traits: traitAnswers({ empathy: 4, communication: 5, planning: 2, profit_focus: 1 }) };

/** Every format of one view, each against its golden file `<name>.<lang>.<extension>`. */
const golden = async <V, F extends string>(name: string, lang: Lang, view: V, renderers: Renderers<V, F>, extensions: Readonly<Record<F, string>>) => {
  for (const [format, extension] of Object.entries(extensions) as [F, string][]) {
    const render = renderers[format] as (view: V, style: TextStyle) => string | Promise<string>;
    await expect(await render(view, defaultStyle(new Chalk({ level: 0 })))).toMatchFileSnapshot(`./${name}/${name}.${lang}.${extension}`);
  }
};

const FORMATS = { text: 'txt', markdown: 'md', json: 'json' } as const;

describe.each(['en', 'id'] as const)('renderers (%s)', (lang) => {
  it('the report', async () => {
    await golden('report', lang, reportView(buildReport(catalog, answers, lang), { top: 1 }), REPORT_RENDERERS, FORMATS);
  });

  it('the role view', async () => {
    await golden('role', lang, roleView(fasilitator, catalog, lang), ROLE_RENDERERS, FORMATS);
  });

  it('the comparison, the groups and the role list', async () => {
    await golden('compare', lang, compareView(fasilitator, manajer, catalog, lang), COMPARE_RENDERERS, FORMATS);
    await golden('groups', lang, groupsView(catalog, lang), GROUPS_RENDERERS, FORMATS);
    await golden('roles', lang, rolesView(catalog, lang), ROLES_RENDERERS, FORMATS);
  });

  it('the answer-file template', async () => {
    await golden('questions', lang, questionsView(catalog, lang), QUESTIONS_RENDERERS, { yaml: 'yaml', json: 'json' });
  });
});
