import type { Lang } from './text.js';

/**
 * The words only the HTML page says (headings, chart legends, labels read by screen readers), in
 * both languages; views/html-page.ts hands them to the page in the report's language. Everything
 * the report itself says comes from the report model and MESSAGES (messages.ts).
 */
export interface HtmlMessages {
  readonly title: string;
  /** The title of a page made for one person of a batch: whose report it is. */
  readonly titleFor: (person: string) => string;
  readonly verdict: string;
  readonly date: string;
  readonly rankingLede: string;
  /** "strong fit from 80, …, weak fit below": the thresholds the lines on the ranking bars mark. */
  readonly bandLegend: (bands: readonly { label: string; min: number }[]) => string;
  /** Beside a role the answers cannot separate from #1. */
  readonly closeMark: string;
  readonly profile: string;
  readonly profileLede: (count: number) => string;
  readonly profileCaption: string;
  readonly you: string;
  /** The profile table's first column. */
  readonly trait: string;
  readonly idealFor: (rank: number, title: string) => string;
  readonly notWeighed: string;
  readonly gapLegend: (gap: string) => string;
  readonly gapOf: (gap: string) => string;
  readonly gaps: string;
  readonly gapLine: (ideal: string, level: string) => string;
  readonly rebuild: string;
  readonly made: (date: string) => string;
}

export const HTML_MESSAGES: Readonly<Record<Lang, HtmlMessages>> = {
  en: {
    title: 'Career fit report',
    titleFor: (person) => `Career fit report: ${person}`,
    verdict: 'Verdict',
    date: 'Date',
    rankingLede: 'How closely your answers match each role, out of 100.',
    bandLegend: (bands) =>
      `Bands: ${bands.map((b) => (b.min > 0 ? `${b.label} from ${b.min}` : `${b.label} below`)).join(', ')}. The thin lines on each bar mark these thresholds.`,
    closeMark: 'too close to call with #1',
    profile: 'Your profile',
    profileLede: (count) =>
      `Your level on each of the ${count} traits, from 1 to 5, beside the level each of your top roles asks for: ≥ means at least, ≤ at most.`,
    profileCaption: 'Your trait levels and what your top roles ask for',
    you: 'You',
    trait: 'Trait',
    idealFor: (rank, title) => `Ideal for #${rank}, ${title}`,
    notWeighed: 'not weighed by this role',
    gapLegend: (gap) => `! marks a gap of ${gap} or more between your level and what the role asks for; each role below says why it matters.`,
    gapOf: (gap) => `gap of ${gap}`,
    gaps: 'Big gaps',
    gapLine: (ideal, level) => `this role asks for ${ideal}; you are at ${level}.`,
    rebuild: 'Rebuild this report',
    made: (date) => `Made with careerfit on ${date}.`,
  },
  id: {
    title: 'Laporan kecocokan karier',
    titleFor: (person) => `Laporan kecocokan karier: ${person}`,
    verdict: 'Kesimpulan',
    date: 'Tanggal',
    rankingLede: 'Seberapa dekat jawabanmu dengan setiap peran, dari skala 100.',
    bandLegend: (bands) =>
      `Tingkat: ${bands.map((b) => (b.min > 0 ? `${b.label} mulai ${b.min}` : `${b.label} di bawahnya`)).join(', ')}. Garis tipis pada setiap batang menandai batas-batas ini.`,
    closeMark: 'selisihnya terlalu tipis dengan #1',
    profile: 'Profilmu',
    profileLede: (count) =>
      `Nilaimu pada ${count} sifat, dari 1 sampai 5, di samping nilai yang diminta setiap peran teratasmu: ≥ berarti paling sedikit, ≤ paling banyak.`,
    profileCaption: 'Nilai sifatmu dan nilai yang diminta peran-peran teratasmu',
    you: 'Kamu',
    trait: 'Sifat',
    idealFor: (rank, title) => `Nilai ideal untuk #${rank}, ${title}`,
    notWeighed: 'tidak dinilai peran ini',
    gapLegend: (gap) => `! menandai selisih ${gap} atau lebih antara nilaimu dan nilai yang diminta peran; penjelasannya ada di bagian setiap peran di bawah.`,
    gapOf: (gap) => `selisih ${gap}`,
    gaps: 'Selisih besar',
    gapLine: (ideal, level) => `peran ini meminta ${ideal}; nilaimu ${level}.`,
    rebuild: 'Tampilkan lagi laporan ini',
    made: (date) => `Dibuat dengan careerfit pada ${date}.`,
  },
};
