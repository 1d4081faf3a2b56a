import { describe, expect, it } from 'vitest';
import { describeRole } from '../../../src/core/views/role.js';
import type { Catalog, Group, Role } from '../../../src/core/types.js';
import { makeCatalog } from '../../helpers.js';

const group: Group = {
  id: 'relawan',
  kind: 'volunteer',
  name: { id: 'Kelompok relawan', en: 'Volunteer group' },
  what: { id: '-', en: '-' },
  benefits: [],
  drawbacks: [],
  examples: [],
  roles: [],
  join: [],
};

const catalog = (roles: Role[], origins: Record<string, string> = {}): Catalog => makeCatalog(roles, { origins, groups: [group] });

const role: Role = {
  id: 'fasilitator',
  kind: 'role',
  source: ['seed.txt'],
  title: { id: 'Fasilitator', en: 'Facilitator' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  duties: [{ text: { id: 'Tugas satu', en: 'Duty one' } }],
  traits: { planning: { ideal: 4, weight: 1 }, empathy: { ideal: 5, weight: 3 }, communication: { ideal: 4, weight: 2 } },
  rules: [
    { id: 'low-empathy', when: { trait: 'empathy', op: 'lte', value: 2 }, event: { adjust: -10, warning: { id: 'Peringatan', en: 'Warning' } } },
    { id: 'note', when: { trait: 'planning', op: 'gt', value: 4 }, event: { adjust: 0, note: { id: 'Catatan', en: 'Note' } } },
  ],
  misconceptions: [],
  expectations: [],
  differences: [{ role: 'unknown-role', text: { id: 'Beda', en: 'Differs' } }],
  groups: [
    { group: 'relawan', why: { id: 'Karena', en: 'Because' } },
    { group: 'missing-group', why: { id: 'Sebab', en: 'Since' } },
  ],
};

describe('describeRole', () => {
  it('sorts traits by weight and describes only warning rules', () => {
    const view = describeRole(role, catalog([role], { fasilitator: 'my-roles/fasilitator.yaml' }), 'en');
    expect(view.traits).toEqual([
      { trait: 'empathy', label: 'Empathy', ideal: 5, direction: 'at-least', level: '≥ 5', weight: 3, importance: 'needs most' },
      { trait: 'communication', label: 'Communication', ideal: 4, direction: 'at-least', level: '≥ 4', weight: 2, importance: 'needs' },
      { trait: 'planning', label: 'Planning', ideal: 4, direction: 'at-least', level: '≥ 4', weight: 1, importance: 'also asks for' },
    ]);
    expect(view.warnings).toEqual([{ rule: 'low-empathy', when: 'Empathy ≤ 2', message: 'Warning', adjust: -10 }]);
    expect(view.origin).toBe('my-roles/fasilitator.yaml');
    expect(view.duties).toEqual(['Duty one']);
  });

  it('falls back to built-in origin and to ids for unknown groups and roles', () => {
    const view = describeRole(role, catalog([role]), 'id');
    expect(view.origin).toBe('built-in');
    expect(view.title).toBe('Fasilitator');
    expect(view.groups).toEqual([
      { group: 'relawan', name: 'Kelompok relawan', why: 'Karena' },
      { group: 'missing-group', name: 'missing-group', why: 'Sebab' },
    ]);
    expect(view.differences).toEqual([{ role: 'unknown-role', title: 'unknown-role', text: 'Beda' }]);
  });
});
