import type { LimitId } from './limits.js';
import type { Importance, ReasonKind } from './reasons.js';
import type { OperatorName } from './operators.js';
import type { Lang } from './text.js';

/**
 * The words of the views (report, role, comparison, groups, role list, answer-file template), in
 * both languages; the interface keeps them in step. What the command line says around the views
 * (the quiz's prompts and notices) is src/cli/words/messages.ts; errors are error-messages.ts (the
 * core's) and src/cli/words/error-messages.ts.
 */
export interface Messages {
  /** #1 is a fit, and clearly #1; `chance` is how likely it is the best fit, in words (`chance`). */
  readonly verdictFit: (title: string, score: number, band: string, chance: string) => string;
  readonly verdictContrast: (title: string, score: number, band: string, chance: string) => string;
  /** #1 can count as a fit but does not reach the fit band. */
  readonly verdictNone: (minimum: number, title: string, score: number) => string;
  /** Every role is held back by a limit. */
  readonly verdictHeld: () => string;
  /** The answers cannot tell the close roles apart; `standing` says what they have in common when it is not a fit. */
  readonly verdictClose: (
    titles: readonly string[],
    chances: readonly string[],
    standing: 'fit' | 'none',
    doubtful: readonly { readonly title: string; readonly limit: LimitId }[],
  ) => string;
  readonly verdictUnreliable: (why: readonly string[]) => string;
  /** How likely a role is the person's best fit, in words: "about 6 in 10". */
  readonly chance: (probability: number) => string;
  /** Under the ranking when the top roles are close: each one's chance. */
  readonly close: (roles: readonly { readonly title: string; readonly chance: string }[]) => string;
  /** What sets two close roles apart: the traits each needs more of. */
  readonly separates: (first: string, firstMore: readonly string[], second: string, secondMore: readonly string[]) => string;
  /**
   * Reasons of one kind and importance in a sentence: each trait's name and level (as the
   * language writes it), or for `level` the person's average and the floor.
   */
  readonly reason: (kind: ReasonKind, traits: readonly { readonly label: string; readonly level: string }[], importance: Importance, need: string, floor: string) => string;
  /** Said once under "Why": in what order the reasons come. */
  readonly whyNote: string;
  readonly limits: { readonly [K in LimitId]: string };
  /** A held-back role's label in place of a band, and why it is held back, in a few words. */
  readonly held: { readonly label: string } & { readonly [K in LimitId]: string };
  /** The same for a held-back role whose standing the answers leave in doubt (it is close to #1), and the limit's sentence. */
  readonly mayNotCount: { readonly label: string } & { readonly [K in LimitId]: string };
  readonly doubtfulLimits: { readonly [K in LimitId]: string };
  /** How much a role needs a trait, for the role and comparison views. */
  readonly importance: { readonly [K in Importance]: string };
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
  /** The column of a trait's importance to a role. */
  readonly needs: string;
  readonly source: string;
  readonly moreDetail: (prefix: string) => string;
  /** What the scores, the bands and "close" mean: a line each, under the ranking. */
  readonly legend: { readonly score: string; readonly bands: (bands: readonly { readonly label: string; readonly min: number }[]) => string };
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

/** A probability as tenths of chances: 0.62 is about 6 (in 10); at the ends, "more than 9" or "less than 1". */
const tenths = (p: number, more: string, less: string, about: string): string =>
  p >= 0.95 ? more : p < 0.05 ? less : `${about} ${Math.round(p * 10)}`;

export const MESSAGES: Readonly<Record<Lang, Messages>> = {
  en: {
    verdictFit: (title, score, band, chance) => `Best fit: ${title} (${score}/100, ${band}). Chance it is your best fit: ${chance}.`,
    verdictContrast: (title, score, band, chance) =>
      `Your answers sit closest to a comparison role, ${title} (${score}/100, ${band}), rather than to the community roles. Chance it is your best fit: ${chance}.`,
    verdictNone: (minimum, title, score) =>
      `No role reaches a good fit (${minimum}/100 or more). The closest is ${title} at ${score}/100: read the ranking as a map of where you stand, not as a recommendation.`,
    verdictHeld: () =>
      'No role counts as a fit: for each, a warning sign from the sources applies or your answers are below the level it needs. Read the ranking as a map of where you stand, not as a recommendation.',
    verdictClose: (titles, chances, standing, doubtful) =>
      (titles.length === 2
        ? `${list(titles, 'or')}: your answers cannot tell them apart (${list(chances, 'and')} of being your best fit).`
        : `${list(titles, 'or')}: your answers cannot yet tell which fits you best.`) +
      (standing === 'none' ? ' None of them reaches a good fit yet.' : '') +
      doubtful.map((d) => ` ${d.title} may not count as a fit: ${d.limit === 'level' ? 'your answers are just below the level it needs' : 'a warning sign from the sources may apply'}.`).join(''),
    chance: (p) => `${tenths(p, 'more than 9', 'less than 1', 'about')} in 10`,
    verdictUnreliable: (why) =>
      `Your answers cannot be scored reliably, so careerfit names no fit. ${why.join(' ')}`.trim(),
    close: (roles) => `Too close to call: ${list(roles.map((r) => `${r.title}, ${r.chance}`), 'and')}. Weigh them yourself.`,
    separates: (first, firstMore, second, secondMore) =>
      [firstMore.length ? `${first} asks more of ${list(firstMore, 'and')}` : '', secondMore.length ? `${second} asks more of ${list(secondMore, 'and')}` : '']
        .filter(Boolean)
        .join('; ') + '.',
    reason: (kind, traits, importance, need, floor) => {
      const needs = ['', 'which this role also asks for', 'which this role needs', 'which this role needs most'][importance];
      const trait = list(traits.map((t) => `${t.label.toLowerCase()} (${t.level})`), 'and');
      switch (kind) {
        case 'level':
          return `On what this role needs, your answers average ${need}; it needs ${floor} or more.`;
        case 'strength':
          return `You are strong in ${trait}, ${needs}.`;
        case 'gap':
          return `You are weaker in ${trait} than in the rest of your answers, and this role ${['', 'also asks for', 'needs', 'needs'][importance]} ${traits.length > 1 ? 'them' : 'it'}${importance === 3 ? ' most' : ''}.`;
        case 'suits':
          return `You lean little towards ${trait}, which suits this role: it asks for little of it.`;
        case 'against':
          return `You lean towards ${trait}, more than this role asks for.`;
      }
    },
    whyNote: 'What this role needs most comes first.',
    limits: {
      warning: 'Not counted as a fit: a warning sign below applies.',
      level: 'Not counted as a fit: your answers are below the level this role needs.',
    },
    held: { label: 'not counted', warning: 'a warning sign applies', level: 'below the level this role needs' },
    mayNotCount: { label: 'may not count', warning: 'a warning sign may apply', level: 'just below the level this role needs' },
    doubtfulLimits: {
      warning: 'May not count as a fit: a warning sign below may apply, and your answers leave it in doubt.',
      level: 'May not count as a fit: your answers are just below the level this role needs.',
    },
    importance: { 3: 'needs most', 2: 'needs', 1: 'also asks for' },
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
        `Your two answers about ${traits} say opposite things, so that trait is uncertain.`,
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
    needs: 'how much',
    source: 'Source',
    moreDetail: (prefix) => `Details of any role: ${prefix} role <id>`,
    legend: {
      score: 'The score says how well what a role needs matches your strongest traits: 50 is no better than the rest of you, 100 the best.',
      bands: (bands) =>
        `Bands: ${bands.map((b) => (b.min > 0 ? `${b.label} ${b.min}+` : `${b.label} below`)).join(', ')}; "not counted" means a warning sign from the sources or too low a level.`,
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
    verdictFit: (title, score, band, chance) => `Paling cocok: ${title} (${score}/100, ${band}). Peluang inilah yang paling cocok untukmu: ${chance}.`,
    verdictContrast: (title, score, band, chance) =>
      `Jawabanmu paling dekat dengan peran pembanding, ${title} (${score}/100, ${band}), bukan dengan peran-peran kemasyarakatan. Peluang inilah yang paling cocok untukmu: ${chance}.`,
    verdictNone: (minimum, title, score) =>
      `Tidak ada peran yang mencapai tingkat cocok (${minimum}/100 atau lebih). Yang terdekat adalah ${title} dengan ${score}/100: bacalah peringkat ini sebagai gambaran posisimu, bukan sebagai rekomendasi.`,
    verdictHeld: () =>
      'Tidak ada peran yang terhitung cocok: pada setiap peran ada tanda peringatan dari sumber, atau jawabanmu di bawah tingkat yang dibutuhkan. Bacalah peringkat ini sebagai gambaran posisimu, bukan sebagai rekomendasi.',
    verdictClose: (titles, chances, standing, doubtful) =>
      (titles.length === 2
        ? `${list(titles, 'atau')}: jawabanmu belum bisa membedakan keduanya (peluang menjadi yang paling cocok: ${list(chances, 'dan')}).`
        : `${list(titles, 'atau')}: jawabanmu belum bisa menunjukkan mana yang paling cocok.`) +
      (standing === 'none' ? ' Belum ada yang mencapai tingkat cocok.' : '') +
      doubtful.map((d) => ` ${d.title} mungkin tidak terhitung cocok: ${d.limit === 'level' ? 'jawabanmu sedikit di bawah tingkat yang dibutuhkannya' : 'mungkin ada tanda peringatan dari sumber'}.`).join(''),
    chance: (p) => `${tenths(p, 'lebih dari 9', 'kurang dari 1', 'sekitar')} dari 10`,
    verdictUnreliable: (why) => `Jawabanmu tidak bisa dinilai dengan andal, jadi careerfit tidak menyebut peran yang cocok. ${why.join(' ')}`.trim(),
    close: (roles) => `Bersaing ketat: ${list(roles.map((r) => `${r.title}, ${r.chance}`), 'dan')}. Timbanglah sendiri.`,
    separates: (first, firstMore, second, secondMore) =>
      [firstMore.length ? `${first} lebih menuntut ${list(firstMore, 'dan')}` : '', secondMore.length ? `${second} lebih menuntut ${list(secondMore, 'dan')}` : '']
        .filter(Boolean)
        .join('; ') + '.',
    reason: (kind, traits, importance, need, floor) => {
      const needs = ['', 'yang juga diminta peran ini', 'yang dibutuhkan peran ini', 'yang paling dibutuhkan peran ini'][importance];
      const trait = list(traits.map((t) => `${t.label.toLowerCase()} (${t.level})`), 'dan');
      switch (kind) {
        case 'level':
          return `Pada hal-hal yang dibutuhkan peran ini, rata-rata jawabanmu ${need}; peran ini membutuhkan ${floor} atau lebih.`;
        case 'strength':
          return `Kamu kuat dalam ${trait}, ${needs}.`;
        case 'gap':
          return `Kamu lebih lemah dalam ${trait} dibanding sifatmu yang lain, padahal ${['', 'juga diminta', 'dibutuhkan', 'paling dibutuhkan'][importance]} peran ini.`;
        case 'suits':
          return `Kamu tidak banyak condong ke ${trait}, dan itu sesuai dengan peran ini yang hanya sedikit membutuhkannya.`;
        case 'against':
          return `Kamu condong ke ${trait}, lebih dari yang diminta peran ini.`;
      }
    },
    whyNote: 'Yang paling dibutuhkan peran ini disebut lebih dulu.',
    limits: {
      warning: 'Tidak dihitung sebagai cocok: ada tanda peringatan di bawah.',
      level: 'Tidak dihitung sebagai cocok: jawabanmu di bawah tingkat yang dibutuhkan peran ini.',
    },
    held: { label: 'tidak dihitung', warning: 'ada tanda peringatan', level: 'di bawah tingkat yang dibutuhkan' },
    mayNotCount: { label: 'mungkin tidak dihitung', warning: 'mungkin ada tanda peringatan', level: 'sedikit di bawah tingkat yang dibutuhkan' },
    doubtfulLimits: {
      warning: 'Mungkin tidak dihitung sebagai cocok: tanda peringatan di bawah mungkin berlaku, dan jawabanmu belum memastikannya.',
      level: 'Mungkin tidak dihitung sebagai cocok: jawabanmu sedikit di bawah tingkat yang dibutuhkan peran ini.',
    },
    importance: { 3: 'paling dibutuhkan', 2: 'dibutuhkan', 1: 'juga diminta' },
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
        `Dua jawabanmu tentang ${traits} saling bertentangan, jadi sifat itu belum pasti.`,
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
    needs: 'seberapa',
    source: 'Sumber',
    moreDetail: (prefix) => `Rincian setiap peran: ${prefix} role <id>`,
    legend: {
      score: 'Skor menunjukkan seberapa cocok kebutuhan sebuah peran dengan sifat terkuatmu: 50 berarti tidak lebih dari sifatmu yang lain, 100 paling cocok.',
      bands: (bands) =>
        `Tingkat: ${bands.map((b) => (b.min > 0 ? `${b.label} ${b.min}+` : `${b.label} di bawahnya`)).join(', ')}; "tidak dihitung" berarti ada tanda peringatan dari sumber atau tingkatmu kurang.`,
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
