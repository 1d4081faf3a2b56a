import type { QualityCode } from './quality.js';
import type { Lang } from './text.js';

/**
 * The words of the pages a counsellor reads: the class index a batch writes beside its pages
 * (`assess --batch --format html --output DIR`), in both languages.
 */
export interface ClassMessages {
  readonly title: string;
  readonly date: string;
  readonly students: (count: number) => string;
  readonly summary: string;
  readonly scored: string;
  readonly withFit: string;
  readonly closeCalls: string;
  readonly noFit: string;
  readonly unreliable: string;
  readonly bestFits: string;
  readonly bestFitsLede: string;
  /** Screen-reader text of one bar: "12 students, 30 %". */
  readonly barText: (count: number, percent: number) => string;
  readonly closeLede: string;
  /** A set of close roles, as the report's verdict says it: "A or B". */
  readonly closeSet: (titles: readonly string[]) => string;
  readonly unreliableLede: string;
  readonly everyone: string;
  readonly name: string;
  readonly bestFit: string;
  readonly closeRoles: string;
  readonly fits: string;
  readonly answers: string;
  readonly yes: string;
  readonly no: string;
  readonly none: string;
  readonly ok: string;
  /** Why answers are not reliable, a few words per reason. */
  readonly quality: Readonly<Record<QualityCode, string>>;
  readonly open: (person: string) => string;
  readonly made: (date: string) => string;
}

export const CLASS_MESSAGES: Readonly<Record<Lang, ClassMessages>> = {
  en: {
    title: 'Class overview',
    date: 'Date',
    students: (count) => `${count} ${count === 1 ? 'student' : 'students'}`,
    summary: 'At a glance',
    scored: 'Students scored',
    withFit: 'With a role that fits',
    closeCalls: 'Close calls',
    noFit: 'No role that fits',
    unreliable: 'Answers not reliable',
    bestFits: 'Best fit, by role',
    bestFitsLede: 'How many students have each role as their best fit, most first. A close call counts under the role ranked first (the close calls are listed below); a student with no role that fits, under "No role that fits".',
    barText: (count, percent) => `${count} (${percent} %)`,
    closeLede: 'Students whose answers cannot tell two or more roles apart: talk the choice through with them.',
    closeSet: (titles) => titles.join(' or '),
    unreliableLede: 'These answers cannot be scored reliably, so their reports carry no fit bands. Ask these students to answer again, statement by statement.',
    everyone: 'Every student',
    name: 'Name',
    bestFit: 'Best fit',
    closeRoles: 'Too close to call',
    fits: 'Fits',
    answers: 'Answers',
    yes: 'yes',
    no: 'no',
    none: '—',
    ok: 'fine',
    quality: {
      'straight-lining': 'almost all the same',
      'inconsistent-pair': 'contradict each other',
      'agreement-bias': 'agree with nearly everything',
    },
    open: (person) => `Report of ${person}`,
    made: (date) => `Made with careerfit on ${date}. Each name opens that student's report.`,
  },
  id: {
    title: 'Ringkasan kelas',
    date: 'Tanggal',
    students: (count) => `${count} siswa`,
    summary: 'Sekilas',
    scored: 'Siswa yang dinilai',
    withFit: 'Punya peran yang cocok',
    closeCalls: 'Selisih terlalu tipis',
    noFit: 'Tidak ada peran yang cocok',
    unreliable: 'Jawaban tidak andal',
    bestFits: 'Peran paling cocok, per peran',
    bestFitsLede: 'Berapa siswa yang paling cocok dengan setiap peran, dari yang terbanyak. Selisih yang terlalu tipis dihitung pada peran di urutan pertama (daftarnya ada di bawah); siswa yang tidak cocok dengan peran mana pun, pada "Tidak ada peran yang cocok".',
    barText: (count, percent) => `${count} (${percent} %)`,
    closeLede: 'Siswa yang jawabannya tidak bisa membedakan dua peran atau lebih: bicarakan pilihannya bersama mereka.',
    closeSet: (titles) => titles.join(' atau '),
    unreliableLede: 'Jawaban ini tidak bisa dinilai dengan andal, jadi laporannya tidak memuat tingkat kecocokan. Minta siswa ini menjawab ulang, satu per satu.',
    everyone: 'Semua siswa',
    name: 'Nama',
    bestFit: 'Paling cocok',
    closeRoles: 'Terlalu tipis',
    fits: 'Cocok',
    answers: 'Jawaban',
    yes: 'ya',
    no: 'tidak',
    none: '—',
    ok: 'baik',
    quality: {
      'straight-lining': 'hampir semuanya sama',
      'inconsistent-pair': 'saling bertentangan',
      'agreement-bias': 'menyetujui hampir semua',
    },
    open: (person) => `Laporan ${person}`,
    made: (date) => `Dibuat dengan careerfit pada ${date}. Setiap nama membuka laporan siswa itu.`,
  },
};
