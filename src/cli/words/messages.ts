import type { Lang } from '../../core/text.js';

/**
 * What the command line says around the views, on standard error, in both languages: the quiz's
 * prompts and notices, and where a file went. The words inside a report, a role or any other view
 * are the view's own (core/messages.ts); the errors are error-messages.ts (the command line's)
 * and core/error-messages.ts (the core's).
 */
export interface CliMessages {
  /** Said on standard error after a file is written. */
  readonly written: (file: string) => string;
  /** Said on standard error when `--answers -` waits for a person to type. */
  readonly readingStdin: string;
  /** After `init-role`: where the profile went and how to check it. */
  readonly roleWritten: (path: string, prefix: string) => string;
  readonly quiz: {
    readonly welcome: (count: number, minutes: number) => readonly string[];
    readonly back: string;
    readonly followUps: (count: number) => string;
    readonly keys: string;
    /** The same in ASCII, for terminals without UTF-8. */
    readonly keysAscii: string;
    /** The last lines after the quiz: what still works once the progress file is gone. */
    readonly next: (topId: string, code: string, prefix: string) => readonly string[];
    readonly saved: (file: string, prefix: string) => string;
    readonly needsTerminal: (prefix: string) => string;
    /** Ctrl-C before any answer. */
    readonly interrupted: string;
    /** Ctrl-C with answers kept for the next run. */
    readonly interruptedKept: (prefix: string) => string;
    readonly resume: (answered: number, total: number) => string;
    readonly corruptProgress: (file: string) => string;
    /** The state folder cannot be written: the quiz goes on without keeping progress. */
    readonly progressNotKept: (dir: string, code: string) => string;
    /** The report or the answers could not be written after the quiz. */
    readonly notWritten: (prefix: string) => string;
    /** The plain prompt: "1-5, b = back" and what it says after an answer it cannot read. */
    readonly plainHint: (canGoBack: boolean) => string;
    readonly plainAgain: (canGoBack: boolean) => string;
    /** A yes/no question in plain mode, and the words it accepts. */
    readonly yesNo: string;
    /** The resume question's answers on a terminal, and what it says to an answer it cannot read. */
    readonly confirm: { readonly yes: string; readonly no: string; readonly error: (words: { yes: string; no: string }) => string };
    readonly yes: readonly string[];
    readonly no: readonly string[];
    /** The menu after the quiz. */
    readonly menu: {
      readonly message: string;
      readonly show: string;
      readonly markdown: string;
      readonly text: string;
      readonly html: string;
      readonly answers: string;
      readonly done: string;
      readonly fileName: string;
      readonly choose: (count: number) => string;
    };
  };
}

export const CLI_MESSAGES: Readonly<Record<Lang, CliMessages>> = {
  en: {
    written: (file) => `Report written to ${file}`,
    readingStdin: 'careerfit: reading answers from standard input (end with Ctrl-D)',
    roleWritten: (path, prefix) => `careerfit: wrote ${path}; edit it, then check it with \`${prefix} validate ${path}\``,
    quiz: {
      welcome: (count, minutes) => [
        'careerfit: which community or social-sector role fits you?',
        `${count} short statements, about ${minutes} minutes. Rate how much each one is like you, from 1 to 5.`,
        'Your answers stay on this machine.',
      ],
      back: 'Back to the previous statement (b)',
      followUps: (most) => `Your top roles are close. A few more statements (at most ${most}) to tell them apart:`,
      keys: '↑↓ or 1–5 to choose, ⏎ to confirm, b to go back',
      keysAscii: 'Up/Down or 1-5 to choose, Enter to confirm, b to go back',
      next: (topId, code, prefix) => [
        `Next: read one role in full with \`${prefix} role ${topId}\`.`,
        `See this report again any time with \`${prefix} assess --code ${code}\`.`,
      ],
      saved: (file, prefix) => `Answers saved to ${file}; rerun with \`${prefix} assess --answers ${file}\`.`,
      needsTerminal: (prefix) =>
        `the quiz needs an interactive terminal; for scripts use \`${prefix} assess --answers <file>\` (template: \`${prefix} questions\`)`,
      interrupted: 'interrupted; nothing was saved',
      interruptedKept: (prefix) => `interrupted; your answers so far are kept: run \`${prefix}\` again to continue`,
      resume: (answered, total) => `Continue where you left off? (${answered}/${total})`,
      corruptProgress: (file) => `careerfit: the saved progress in ${file} cannot be read; starting over`,
      progressNotKept: (dir, code) => `careerfit: cannot keep your progress in ${dir} (${code}); the quiz goes on, but if it stops half-way it starts over`,
      notWritten: (prefix) => `Your answers are kept: run \`${prefix}\` again to pick them up, or rerun with the code above.`,
      plainHint: (back) => `Answer 1-5${back ? ', b = back' : ''}:`,
      plainAgain: (back) => `Please type a number from 1 to 5${back ? ', or b to go back' : ''}:`,
      yesNo: '(y/n)',
      confirm: { yes: 'Yes', no: 'No', error: ({ yes, no }) => `Please answer "${yes}" or "${no}"` },
      yes: ['y', 'yes'],
      no: ['n', 'no'],
      menu: {
        message: 'What next?',
        show: 'See the full report',
        markdown: 'Save it as Markdown (.md)',
        text: 'Save it as text (.txt)',
        html: 'Save it as a web page (.html)',
        answers: 'Save my answers (.yaml)',
        done: 'Done',
        fileName: 'File name:',
        choose: (count) => `Choose 1-${count}:`,
      },
    },
  },
  id: {
    written: (file) => `Laporan ditulis ke ${file}`,
    readingStdin: 'careerfit: membaca jawaban dari masukan standar (akhiri dengan Ctrl-D)',
    roleWritten: (path, prefix) => `careerfit: ${path} sudah ditulis; sunting, lalu periksa dengan \`${prefix} validate ${path}\``,
    quiz: {
      welcome: (count, minutes) => [
        'careerfit: peran kemasyarakatan mana yang cocok untukmu?',
        `${count} pernyataan singkat, sekitar ${minutes} menit. Beri nilai 1–5: seberapa sesuai setiap pernyataan dengan dirimu.`,
        'Jawabanmu tetap di komputer ini.',
      ],
      back: 'Kembali ke pernyataan sebelumnya (b)',
      followUps: (most) => `Peran teratasmu bersaing ketat. Beberapa pernyataan lagi (paling banyak ${most}) untuk membedakannya:`,
      keys: '↑↓ atau 1–5 untuk memilih, ⏎ untuk konfirmasi, b untuk kembali',
      keysAscii: 'Atas/Bawah atau 1-5 untuk memilih, Enter untuk konfirmasi, b untuk kembali',
      next: (topId, code, prefix) => [
        `Selanjutnya: baca satu peran secara lengkap dengan \`${prefix} role ${topId}\`.`,
        `Tampilkan lagi laporan ini kapan saja dengan \`${prefix} assess --code ${code}\`.`,
      ],
      saved: (file, prefix) => `Jawaban disimpan di ${file}; ulangi dengan \`${prefix} assess --answers ${file}\`.`,
      needsTerminal: (prefix) =>
        `kuis memerlukan terminal interaktif; untuk skrip gunakan \`${prefix} assess --answers <berkas>\` (templat: \`${prefix} questions\`)`,
      interrupted: 'dihentikan; tidak ada yang disimpan',
      interruptedKept: (prefix) => `dihentikan; jawabanmu sejauh ini disimpan: jalankan \`${prefix}\` lagi untuk melanjutkan`,
      resume: (answered, total) => `Lanjutkan dari jawaban terakhir? (${answered}/${total})`,
      corruptProgress: (file) => `careerfit: progres tersimpan di ${file} tidak terbaca; mulai dari awal`,
      progressNotKept: (dir, code) => `careerfit: progres tidak bisa disimpan di ${dir} (${code}); kuis tetap berjalan, tetapi kalau berhenti di tengah jalan, kuis mulai lagi dari awal`,
      notWritten: (prefix) => `Jawabanmu tetap disimpan: jalankan \`${prefix}\` lagi untuk melanjutkannya, atau tampilkan lagi dengan kode di atas.`,
      plainHint: (back) => `Jawab 1-5${back ? ', b = kembali' : ''}:`,
      plainAgain: (back) => `Ketik angka 1 sampai 5${back ? ', atau b untuk kembali' : ''}:`,
      yesNo: '(y/t)',
      confirm: { yes: 'Ya', no: 'Tidak', error: ({ yes, no }) => `Jawab "${yes}" atau "${no}"` },
      yes: ['y', 'ya', 'yes'],
      no: ['t', 'tidak', 'n', 'no'],
      menu: {
        message: 'Selanjutnya?',
        show: 'Lihat laporan lengkap',
        markdown: 'Simpan sebagai Markdown (.md)',
        text: 'Simpan sebagai teks (.txt)',
        html: 'Simpan sebagai halaman web (.html)',
        answers: 'Simpan jawabanku (.yaml)',
        done: 'Selesai',
        fileName: 'Nama berkas:',
        choose: (count) => `Pilih 1-${count}:`,
      },
    },
  },
};
