/** Languages careerfit speaks. `id` is the ISO 639-1 code for Indonesian. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Every piece of user-facing content exists in both languages. */
export interface Text {
  readonly id: string;
  readonly en: string;
}

export const isLang = (value: string): value is Lang => (LANGS as readonly string[]).includes(value);
