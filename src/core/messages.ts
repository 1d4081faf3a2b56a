import type { LimitId } from './limits.js';
import type { OperatorName } from './operators.js';
import type { Lang } from './text.js';

/**
 * The words of the views (report, role, comparison, groups, role list, answer-file template), in
 * both languages; the interface keeps them in step. What the command line says around the views
 * (the quiz's prompts and notices) is src/cli/words/messages.ts; errors are error-messages.ts (the
 * core's) and src/cli/words/error-messages.ts.
 */
export interface Messages {
  readonly verdictFit: (title: string, score: number, band: string) => string;
  readonly verdictContrast: (title: string, score: number, band: string) => string;
  readonly verdictNone: (minimum: number, title: string, score: number) => string;
  readonly verdictUnreliable: (why: readonly string[]) => string;
  /** The note when the answers cannot separate the top roles. */
  readonly close: (titles: readonly string[]) => string;
  /** What sets two close roles apart: the traits each weighs more. */
  readonly separates: (first: string, firstMore: readonly string[], second: string, secondMore: readonly string[]) => string;
  /** A reason's level against the rest of the profile, e.g. "1.2 above the rest of your profile". */
  readonly relative: (level: number, difference: number) => string;
  /** Said once under "Why": what the reasons' "above" and "below" compare with. */
  readonly whyNote: string;
  readonly limits: { readonly [K in LimitId]: (need: number, floor: number) => string };
  /** Why a warning fired: the answer, and the levels the sign applies at (`atLevels`). */
  readonly because: (label: string, answer: number, levels: string) => string;
  /** The levels a comparison holds at, in words: `lte` of "2" is "2 or lower". */
  readonly atLevels: { readonly [K in OperatorName]: (values: string) => string };
  /** A number as this language writes it (Indonesian: a decimal comma). */
  readonly number: (value: number) => string;
  readonly not: string;
  /** The words that join the last two items of a list (see `listJoin`). */
  readonly and: string;
  readonly or: string;
  readonly headings: {
    readonly ranking: string;
    readonly why: string;
    readonly warnings: string;
    /** Who the seed says fits the role; shown next to the warning signs. */
    readonly fit: string;
    readonly notes: string;
    readonly misconceptions: string;
    readonly expectations: string;
    readonly differences: string;
    readonly duties: string;
    readonly traits: string;
    /** The column of trait names in a table. */
    readonly trait: string;
    /** Columns of the ranking and role tables. */
    readonly role: string;
    readonly score: string;
    readonly band: string;
    readonly summary: string;
    readonly others: string;
    readonly answers: string;
    readonly nextSteps: string;
    readonly howToJoin: string;
    readonly groups: string;
  };
  /** The sections of a group, as `careerfit groups` lists them. */
  readonly groupSections: {
    readonly benefits: string;
    readonly drawbacks: string;
    readonly examples: string;
    readonly roles: string;
    readonly join: string;
    readonly suits: string;
  };
  readonly from: (origin: string) => string;
  /** The origin of a built-in role, in words. */
  readonly builtIn: string;
  readonly quality: {
    readonly heading: string;
    readonly 'straight-lining': (traits: string) => string;
    readonly 'inconsistent-pair': (traits: string) => string;
    readonly 'agreement-bias': (traits: string) => string;
  };
  /** The result code and the command that rebuilds the report, as `prefix` runs careerfit. */
  readonly code: (code: string, prefix: string) => string;
  readonly codeLabel: string;
  /** Before the command that rebuilds the report: "Rerun". */
  readonly rerunLabel: string;
  readonly noneShown: (band: string) => string;
  readonly joinGroups: (role: string) => string;
  readonly ideal: string;
  readonly contrast: string;
  readonly myth: string;
  readonly reality: string;
  readonly expectation: string;
  readonly comparedWith: (role: string) => string;
  readonly noWarnings: string;
  readonly weight: string;
  readonly source: string;
  readonly moreDetail: (prefix: string) => string;
  /** What the scores, the bands and "close" mean: a line each, under the ranking. */
  readonly legend: { readonly score: string; readonly bands: (bands: readonly { readonly label: string; readonly min: number }[]) => string; readonly close: string };
  /** The person's trait levels beside what the top role asks for. */
  readonly profile: {
    readonly heading: string;
    readonly note: (title: string) => string;
    /** Under the chart: what `!` marks. */
    readonly gap: (size: string) => string;
    /** The chart in words, for plain mode: "3 (this role: at least 4)". */
    readonly ideal: (ideal: string) => string;
    /** Column headings of the Markdown table. */
    readonly columns: readonly [trait: string, you: string, ideal: string];
  };
  /** The one-screen summary: the reasons for #1 in one line, and how to see or keep the full report. */
  readonly summary: {
    readonly why: string;
    readonly keep: string;
    readonly choose: string;
  };
  /** Likert labels for answers 1 to 5. */
  readonly scale: readonly [string, string, string, string, string];
  readonly template: (prefix: string) => readonly string[];
}

/** "A, B and C" / "A, B dan C". */
const list = (items: readonly string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;

/** Indonesian writes a decimal comma. */
const idNumber = (value: string | number): string => String(value).replace('.', ',');

export const MESSAGES: Readonly<Record<Lang, Messages>> = {
  en: {
    verdictFit: (title, score, band) => `Best fit: ${title} (${score}/100, ${band}).`,
    verdictContrast: (title, score, band) =>
      `Your answers sit closest to a comparison role, ${title} (${score}/100, ${band}), rather than to the community roles.`,
    verdictNone: (minimum, title, score) =>
      `No role reaches a good fit (${minimum}/100 or more). The closest is ${title} at ${score}/100: read the ranking as a map of where you stand, not as a recommendation.`,
    verdictUnreliable: (why) =>
      `Your answers cannot be scored reliably, so careerfit names no fit. ${why.join(' ')}`.trim(),
    close: (titles) => `Too close to call between ${list(titles, 'and')}: your answers cannot tell them apart, so weigh them yourself.`,
    separates: (first, firstMore, second, secondMore) =>
      [firstMore.length ? `${first} puts more weight on ${list(firstMore, 'and')}` : '', secondMore.length ? `${second} puts more weight on ${list(secondMore, 'and')}` : '']
        .filter(Boolean)
        .join('; ') + '.',
    relative: (level, d) => `${level} — ${d === 0 ? 'level' : `${Math.abs(d).toFixed(1)} ${d > 0 ? 'above' : 'below'}`}`,
    whyNote: 'Each trait against your average on the traits this role leaves out:',
    limits: {
      warning: () => 'Not counted as a fit: a warning sign below applies.',
      level: (need, floor) => `Not counted as a fit: your average on the traits this role needs is ${need}, below the ${floor} threshold.`,
    },
    because: (label, answer, levels) => `your ${label} score is ${answer}; this sign applies at ${levels}`,
    atLevels: {
      lte: (v) => `${v} or lower`,
      lt: (v) => `anything below ${v}`,
      gte: (v) => `${v} or higher`,
      gt: (v) => `anything above ${v}`,
      eq: (v) => `exactly ${v}`,
      ne: (v) => `anything but ${v}`,
      in: (v) => v,
      nin: (v) => `anything but ${v}`,
    },
    number: (value) => String(value),
    not: 'not',
    and: 'and',
    or: 'or',
    headings: {
      ranking: 'Ranking',
      why: 'Why',
      warnings: 'Warning signs',
      fit: 'Who fits',
      notes: 'Notes',
      misconceptions: 'Misconceptions',
      expectations: 'Expectations',
      differences: 'How it differs',
      duties: 'Main duties',
      traits: 'Trait profile',
      trait: 'Trait',
      role: 'Role',
      score: 'Score',
      band: 'Band',
      summary: 'Summary',
      others: 'Other roles',
      answers: 'Your answers',
      nextSteps: 'Next steps: groups to join',
      howToJoin: 'How to join',
      groups: 'Groups',
    },
    groupSections: { benefits: 'Benefits', drawbacks: 'Drawbacks', examples: 'Examples', roles: 'Roles inside the group', join: 'How to join', suits: 'Suits' },
    from: (origin) => `from ${origin}`,
    builtIn: 'built-in',
    quality: {
      heading: 'About your answers',
      'straight-lining': () => 'Your answers were almost all the same, so the ranking below says little. Answering again, statement by statement, will tell you more.',
      'inconsistent-pair': (traits) =>
        `Your two answers about ${traits} contradict each other (one of the statements is worded the other way round), so that trait is uncertain.`,
      'agreement-bias': () =>
        'You agreed (or disagreed) with statements that say opposite things, so your answers say more about how you answer than about you.',
    },
    code: (code, prefix) => `Result code: ${code}\nRerun: ${prefix} assess --code ${code}`,
    codeLabel: 'Result code',
    rerunLabel: 'Rerun',
    noneShown: (band) => `No role reaches ${band} or better.`,
    joinGroups: (role) => `For ${role}:`,
    ideal: 'ideal',
    contrast: 'comparison role',
    myth: 'Myth',
    reality: 'Reality',
    expectation: 'Expectation',
    comparedWith: (role) => `vs ${role}`,
    noWarnings: 'none',
    weight: 'weight',
    source: 'Source',
    moreDetail: (prefix) => `Details of any role: ${prefix} role <id>`,
    legend: {
      score: 'Score: 50 means the traits a role needs stand level with the rest of your profile; every 12.5 points is one scale point more.',
      bands: (bands) => `Bands: ${bands.map((b) => (b.min > 0 ? `${b.label} ≥ ${b.min}` : `${b.label} below`)).join(', ')}.`,
      close: 'Too close to call: within one standard error of #1, so your answers cannot tell the roles apart.',
    },
    profile: {
      heading: 'Your profile',
      note: (title) => `Your level on each trait (1–5), and what #1, ${title}, asks for: ≥ at least, ≤ at most.`,
      gap: (size) => `! marks a gap of ${size} or more.`,
      ideal: (ideal) => `#1 asks for ${ideal}`,
      columns: ['Trait', 'You', '#1 asks for'],
    },
    summary: {
      why: 'Why #1',
      keep: 'Keep the full report: -o report.txt, or --format html -o report.html',
      choose: 'Below: see the full report here, or save it as Markdown, text or HTML.',
    },
    scale: ['Not at all like me', 'Not like me', 'Neither like nor unlike me', 'Like me', 'Very much like me'],
    template: (prefix) => [
      'careerfit answer file. Rate each statement from 1 to 5:',
      '1 = not at all like me, 2 = not like me, 3 = neither, 4 = like me, 5 = very much like me.',
      `Then run: ${prefix} assess --answers <this file>`,
      'You may instead (or also) give trait levels directly; they override your answers for that trait:',
      'traits: { empathy: 4, communication: 3 }',
    ],
  },
  id: {
    verdictFit: (title, score, band) => `Paling cocok: ${title} (${score}/100, ${band}).`,
    verdictContrast: (title, score, band) =>
      `Jawabanmu paling dekat dengan peran pembanding, ${title} (${score}/100, ${band}), bukan dengan peran-peran kemasyarakatan.`,
    verdictNone: (minimum, title, score) =>
      `Tidak ada peran yang mencapai tingkat cocok (${minimum}/100 atau lebih). Yang terdekat adalah ${title} dengan ${score}/100: bacalah peringkat ini sebagai gambaran posisimu, bukan sebagai rekomendasi.`,
    verdictUnreliable: (why) => `Jawabanmu tidak bisa dinilai dengan andal, jadi careerfit tidak menyebut peran yang cocok. ${why.join(' ')}`.trim(),
    close: (titles) =>
      `Selisih ${list(titles, 'dan')} terlalu tipis: jawabanmu belum bisa membedakan ${titles.length === 2 ? 'keduanya' : 'semuanya'}, jadi timbanglah sendiri.`,
    separates: (first, firstMore, second, secondMore) =>
      [firstMore.length ? `${first} lebih menekankan ${list(firstMore, 'dan')}` : '', secondMore.length ? `${second} lebih menekankan ${list(secondMore, 'dan')}` : '']
        .filter(Boolean)
        .join('; ') + '.',
    relative: (level, d) => `${idNumber(level)} — ${d === 0 ? 'setara' : `${idNumber(Math.abs(d).toFixed(1))} ${d > 0 ? 'di atas' : 'di bawah'}`}`,
    whyNote: 'Setiap sifat dibandingkan dengan rata-ratamu pada sifat yang tidak dinilai peran ini:',
    limits: {
      warning: () => 'Belum tergolong cocok: ada tanda peringatan di bawah.',
      level: (need, floor) =>
        `Belum tergolong cocok: rata-rata nilaimu pada sifat yang dibutuhkan peran ini ${idNumber(need)}, di bawah batas ${idNumber(floor)}.`,
    },
    because: (label, answer, levels) => `nilaimu untuk ${label}: ${idNumber(answer)}; tanda ini berlaku pada nilai ${levels}`,
    atLevels: {
      lte: (v) => `${v} atau kurang`,
      lt: (v) => `kurang dari ${v}`,
      gte: (v) => `${v} atau lebih`,
      gt: (v) => `lebih dari ${v}`,
      eq: (v) => `tepat ${v}`,
      ne: (v) => `selain ${v}`,
      in: (v) => v,
      nin: (v) => `selain ${v}`,
    },
    number: idNumber,
    not: 'bukan',
    and: 'dan',
    or: 'atau',
    headings: {
      ranking: 'Peringkat',
      why: 'Alasan',
      warnings: 'Tanda peringatan',
      fit: 'Siapa yang cocok',
      notes: 'Catatan',
      misconceptions: 'Miskonsepsi',
      expectations: 'Ekspektasi',
      differences: 'Perbedaan',
      duties: 'Tugas utama',
      traits: 'Profil sifat',
      trait: 'Sifat',
      role: 'Peran',
      score: 'Skor',
      band: 'Kecocokan',
      summary: 'Ringkasan',
      others: 'Peran lain',
      answers: 'Jawabanmu',
      nextSteps: 'Langkah selanjutnya: kelompok yang bisa kamu ikuti',
      howToJoin: 'Cara bergabung',
      groups: 'Kelompok',
    },
    groupSections: { benefits: 'Manfaat', drawbacks: 'Kekurangan', examples: 'Contoh', roles: 'Peran di dalam kelompok', join: 'Cara bergabung', suits: 'Cocok untuk' },
    from: (origin) => `dari ${origin}`,
    builtIn: 'bawaan',
    quality: {
      heading: 'Tentang jawabanmu',
      'straight-lining': () => 'Jawabanmu hampir semuanya sama, jadi peringkat di bawah ini tidak banyak berarti. Menjawab ulang satu per satu akan lebih membantu.',
      'inconsistent-pair': (traits) =>
        `Dua jawabanmu tentang ${traits} saling bertentangan (salah satu pernyataannya dibalik), jadi sifat itu belum pasti.`,
      'agreement-bias': () =>
        'Kamu setuju (atau tidak setuju) dengan pernyataan-pernyataan yang isinya berlawanan, jadi jawabanmu lebih mencerminkan cara menjawab daripada dirimu.',
    },
    code: (code, prefix) => `Kode hasil: ${code}\nTampilkan lagi: ${prefix} assess --code ${code}`,
    codeLabel: 'Kode hasil',
    rerunLabel: 'Tampilkan lagi',
    noneShown: (band) => `Tidak ada peran yang mencapai ${band} atau lebih.`,
    joinGroups: (role) => `Untuk ${role}:`,
    ideal: 'ideal',
    contrast: 'peran pembanding',
    myth: 'Mitos',
    reality: 'Realitas',
    expectation: 'Ekspektasi',
    comparedWith: (role) => `Dibandingkan dengan ${role}`,
    noWarnings: 'tidak ada',
    weight: 'bobot',
    source: 'Sumber',
    moreDetail: (prefix) => `Rincian setiap peran: ${prefix} role <id>`,
    legend: {
      score: 'Skor: 50 berarti sifat yang dibutuhkan peran setara dengan sifatmu yang lain; setiap 12,5 poin berarti satu poin skala lebih tinggi.',
      bands: (bands) => `Tingkat: ${bands.map((b) => (b.min > 0 ? `${b.label} ≥ ${b.min}` : `${b.label} di bawahnya`)).join(', ')}.`,
      close: 'Bersaing ketat: selisihnya dari #1 masih dalam satu galat baku, jadi jawabanmu belum bisa membedakan perannya.',
    },
    profile: {
      heading: 'Profilmu',
      note: (title) => `Nilaimu pada setiap sifat (1–5), dan yang diminta #1, ${title}: ≥ paling sedikit, ≤ paling banyak.`,
      gap: (size) => `! menandai selisih ${size} atau lebih.`,
      ideal: (ideal) => `#1 meminta ${ideal}`,
      columns: ['Sifat', 'Kamu', 'Diminta #1'],
    },
    summary: {
      why: 'Alasan #1',
      keep: 'Simpan laporan lengkap: -o laporan.txt, atau --format html -o laporan.html',
      choose: 'Di bawah: lihat laporan lengkap, atau simpan sebagai Markdown, teks atau HTML.',
    },
    scale: ['Sangat tidak sesuai', 'Tidak sesuai', 'Antara sesuai dan tidak', 'Sesuai', 'Sangat sesuai'],
    template: (prefix) => [
      'Berkas jawaban careerfit. Beri nilai 1–5 untuk setiap pernyataan:',
      '1 = sangat tidak sesuai, 2 = tidak sesuai, 3 = antara sesuai dan tidak, 4 = sesuai, 5 = sangat sesuai.',
      `Lalu jalankan: ${prefix} assess --answers <berkas ini>`,
      'Kamu juga bisa langsung mengisi nilai setiap sifat; nilai ini menggantikan jawaban pertanyaan untuk sifat yang sama:',
      'traits: { empathy: 4, communication: 3 }',
    ],
  },
};

/** The one way lists are joined in prose: "A, B and C" / "A, B dan C" (or "atau" with `or`). */
export const listJoin = (items: readonly string[], lang: Lang, conjunction: 'and' | 'or' = 'and'): string => list(items, MESSAGES[lang][conjunction]);
