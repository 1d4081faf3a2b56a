import type { LimitId } from './limits.js';
import type { OperatorName } from './operators.js';
import type { Lang } from './text.js';

/** Every sentence the program itself says, in both languages. The interface keeps them in step. */
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
  readonly code: (code: string) => string;
  readonly codeLabel: string;
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
  readonly moreDetail: string;
  /** Likert labels for answers 1 to 5. */
  readonly scale: readonly [string, string, string, string, string];
  readonly template: readonly string[];
  readonly quiz: {
    readonly welcome: (count: number, minutes: number) => readonly string[];
    readonly back: string;
    readonly followUps: (count: number) => string;
    readonly keys: string;
    readonly next: (topId: string) => readonly string[];
    readonly saved: (file: string) => string;
    readonly needsTerminal: string;
    readonly interrupted: string;
  };
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
    code: (code) => `Result code: ${code}\nRerun: careerfit assess --code ${code}`,
    codeLabel: 'Result code',
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
    moreDetail: 'details: careerfit role <id>',
    scale: ['Not at all like me', 'Not like me', 'Neither like nor unlike me', 'Like me', 'Very much like me'],
    template: [
      'careerfit answer file. Rate each statement from 1 to 5:',
      '1 = not at all like me, 2 = not like me, 3 = neither, 4 = like me, 5 = very much like me.',
      'Then run: careerfit assess --answers <this file>',
      'You may instead (or also) give trait levels directly; they override your answers for that trait:',
      'traits: { empathy: 4, communication: 3 }',
    ],
    quiz: {
      welcome: (count, minutes) => [
        'careerfit: which community or social-sector role fits you?',
        `${count} short statements, about ${minutes} minutes. Rate how much each one is like you, from 1 to 5.`,
        'Your answers stay on this machine.',
      ],
      back: '← Back to the previous statement',
      followUps: (count) => `Your top roles are close. ${count} more statement${count === 1 ? '' : 's'} to tell them apart:`,
      keys: '↑↓ or 1–5 to choose, ⏎ to confirm',
      next: (topId) => [
        `Next: read one role in full with \`careerfit role ${topId}\`.`,
        'Keep your answers with --save me.yaml, then rerun any time with `careerfit assess --answers me.yaml`.',
      ],
      saved: (file) => `Answers saved to ${file}; rerun with \`careerfit assess --answers ${file}\`.`,
      needsTerminal: 'the quiz needs an interactive terminal; for scripts use `careerfit assess --answers <file>` (template: `careerfit questions`)',
      interrupted: 'interrupted; nothing was saved',
    },
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
    code: (code) => `Kode hasil: ${code}\nTampilkan lagi: careerfit assess --code ${code}`,
    codeLabel: 'Kode hasil',
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
    moreDetail: 'Rincian: careerfit role <id>',
    scale: ['Sangat tidak sesuai', 'Tidak sesuai', 'Antara sesuai dan tidak', 'Sesuai', 'Sangat sesuai'],
    template: [
      'Berkas jawaban careerfit. Beri nilai 1–5 untuk setiap pernyataan:',
      '1 = sangat tidak sesuai, 2 = tidak sesuai, 3 = antara sesuai dan tidak, 4 = sesuai, 5 = sangat sesuai.',
      'Lalu jalankan: careerfit assess --answers <berkas ini>',
      'Kamu juga bisa langsung mengisi nilai setiap sifat; nilai ini menggantikan jawaban pertanyaan untuk sifat yang sama:',
      'traits: { empathy: 4, communication: 3 }',
    ],
    quiz: {
      welcome: (count, minutes) => [
        'careerfit: peran kemasyarakatan mana yang cocok untukmu?',
        `${count} pernyataan singkat, sekitar ${minutes} menit. Beri nilai 1–5: seberapa sesuai setiap pernyataan dengan dirimu.`,
        'Jawabanmu tetap di komputer ini.',
      ],
      back: '← Kembali ke pernyataan sebelumnya',
      followUps: (count) => `Peran teratasmu bersaing ketat. ${count} pernyataan lagi untuk membedakannya:`,
      keys: '↑↓ atau 1–5 untuk memilih, ⏎ untuk konfirmasi',
      next: (topId) => [
        `Selanjutnya: baca satu peran secara lengkap dengan \`careerfit role ${topId}\`.`,
        'Simpan jawabanmu dengan --save jawaban.yaml, lalu ulangi kapan saja dengan `careerfit assess --answers jawaban.yaml`.',
      ],
      saved: (file) => `Jawaban disimpan di ${file}; ulangi dengan \`careerfit assess --answers ${file}\`.`,
      needsTerminal: 'kuis memerlukan terminal interaktif; untuk skrip gunakan `careerfit assess --answers <berkas>` (templat: `careerfit questions`)',
      interrupted: 'dihentikan; tidak ada yang disimpan',
    },
  },
};

/** The one way lists are joined in prose: "A, B and C" / "A, B dan C" (or "atau" with `or`). */
export const listJoin = (items: readonly string[], lang: Lang, conjunction: 'and' | 'or' = 'and'): string => list(items, MESSAGES[lang][conjunction]);
