import type { Lang } from './text.js';

/**
 * The words of `careerfit form`: what a counsellor needs to build a form from the quiz's
 * statements, and the paper form for a class without devices, in both languages.
 */
export interface FormMessages {
  readonly title: string;
  /** The three steps, given the command prefix (`careerfit` or `npx careerfit`). */
  readonly steps: (prefix: string) => readonly string[];
  readonly scale: string;
  readonly statements: (count: number) => string;
  /** The id column of the template: what a form asks first. */
  readonly nameColumn: string;
  /** The paper form's words. */
  readonly paper: {
    readonly name: string;
    readonly date: string;
    readonly howTo: string;
    readonly statement: string;
  };
}

export const FORM_MESSAGES: Readonly<Record<Lang, FormMessages>> = {
  en: {
    title: 'careerfit statements, for a form',
    steps: (p) => [
      'Make the form: a question for the name, then one question per statement below, in this order, each answered on the scale 1 to 5 (a linear scale, or one row of a grid). Title each question with its statement, or with its id.',
      'Export the responses as CSV: in Google Forms, Responses, then Download responses (.csv); in Microsoft Forms, Open in Excel, then save as CSV UTF-8.',
      `Score them: ${p} assess --batch responses.csv --format html --output reports/ writes a page per student and reports/index.html for the class; --format csv gives a spreadsheet.`,
    ],
    scale: 'The scale',
    statements: (count) => `The ${count} statements`,
    nameColumn: 'name',
    paper: {
      name: 'Name',
      date: 'Date',
      howTo: 'For each statement, tick the one box that says how much it is like you. There are no right or wrong answers.',
      statement: 'Statement',
    },
  },
  id: {
    title: 'Pernyataan careerfit, untuk formulir',
    steps: (p) => [
      'Buat formulirnya: satu pertanyaan untuk nama, lalu satu pertanyaan untuk setiap pernyataan di bawah, sesuai urutannya, masing-masing dijawab dengan skala 1 sampai 5 (skala linier, atau satu baris petak pilihan). Beri judul setiap pertanyaan dengan pernyataannya, atau dengan id-nya.',
      'Ekspor jawabannya sebagai CSV: di Google Formulir, Jawaban, lalu Download jawaban (.csv); di Microsoft Forms, Buka di Excel, lalu simpan sebagai CSV UTF-8.',
      `Nilai jawabannya: ${p} assess --batch jawaban.csv --format html --output laporan/ menulis satu halaman untuk setiap siswa dan laporan/index.html untuk kelasnya; --format csv menghasilkan lembar kerja.`,
    ],
    scale: 'Skalanya',
    statements: (count) => `${count} pernyataan`,
    nameColumn: 'nama',
    paper: {
      name: 'Nama',
      date: 'Tanggal',
      howTo: 'Untuk setiap pernyataan, beri tanda pada satu kotak yang paling menggambarkan dirimu. Tidak ada jawaban benar atau salah.',
      statement: 'Pernyataan',
    },
  },
};
