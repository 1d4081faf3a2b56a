/**
 * `--help` in the run's language. The declarations (options.ts) are written in English and stay
 * the one source; `localizeHelp` walks the built program and puts each description, and
 * commander's own words (Usage, Options, choices, default…), into Indonesian from the table below.
 * A unit test checks that every description the program has is in the table, so an option added
 * in English cannot go untranslated.
 */
import { Help, type CommandUnknownOpts as Command } from '@commander-js/extra-typings';
import type { Lang } from '../../core/text.js';
import { EXIT_CODES } from '../exit-codes.js';
import { wrap } from '../output/wrap.js';

/** Every English description and help sentence, in Indonesian. */
export const HELP_ID: Readonly<Record<string, string>> = {
  // Commands
  'Career fit for community and social-sector roles: answer short trait questions, get a ranked, explained report.':
    'Kecocokan karier untuk peran kemasyarakatan dan sektor sosial: jawab pernyataan singkat tentang dirimu, dapatkan laporan berperingkat beserta alasannya.',
  'score every role from answers given as flags or a file': 'nilai setiap peran dari jawaban yang diberikan lewat opsi atau berkas',
  'print an answer-file template with every question': 'cetak templat berkas jawaban berisi semua pertanyaan',
  'list the roles with a one-line summary': 'daftar peran beserta ringkasan satu baris',
  'show one role in full (without an id: the list of roles)': 'tampilkan satu peran secara lengkap (tanpa id: daftar peran)',
  'put two roles side by side': 'bandingkan dua peran berdampingan',
  'occupational and volunteer groups worth joining': 'kelompok okupasional dan relawan yang layak diikuti',
  'check role profiles and answer files, reporting every problem': 'periksa profil peran dan berkas jawaban, dan laporkan setiap masalah',
  'write a commented role profile to start from': 'tulis profil peran berkomentar sebagai titik awal',
  'display help for command': 'tampilkan bantuan untuk perintah',
  'output the version number': 'tampilkan nomor versi',
  // Options
  'output format': 'format keluaran',
  'language: id (Indonesian) or en (default: from CAREERFIT_LANG or the locale)':
    'bahasa: id (Indonesia) atau en (bawaan: dari CAREERFIT_LANG atau locale)',
  'write to a file instead of standard output': 'tulis ke berkas, bukan ke keluaran standar',
  'never use colour': 'jangan pakai warna',
  "text width in columns, 40 to 100 (default: the terminal's, else 80)": 'lebar teks dalam kolom, 40 sampai 100 (bawaan: lebar terminal, atau 80)',
  'plain output for screen readers: questions line by line, ASCII only, numbers for bars (on when TERM=dumb)':
    'tampilan polos untuk pembaca layar: pertanyaan baris demi baris, hanya ASCII, angka sebagai ganti batang (aktif bila TERM=dumb)',
  'never show the full report in a pager': 'jangan tampilkan laporan lengkap di pager',
  'start over, forgetting the answers of an unfinished quiz': 'mulai dari awal, lupakan jawaban kuis yang belum selesai',
  'also load role files from this folder (repeatable; CAREERFIT_PROFILES works too)':
    'muat juga berkas peran dari folder ini (bisa diulang; CAREERFIT_PROFILES juga bisa)',
  'rank only these roles, by id or alias (comma-separated, repeatable)': 'peringkatkan hanya peran ini, dengan id atau alias (dipisah koma, bisa diulang)',
  'leave these roles out, by id or alias (comma-separated, repeatable)': 'kecualikan peran ini, dengan id atau alias (dipisah koma, bisa diulang)',
  'list only roles at or above this band': 'tampilkan hanya peran pada tingkat ini atau lebih tinggi',
  'roles shown in detail': 'jumlah peran yang ditampilkan secara rinci',
  'save your answers to a file that `assess --answers` reads back': 'simpan jawabanmu ke berkas yang bisa dibaca lagi oleh `assess --answers`',
  'answer file (YAML or JSON; - for standard input)': 'berkas jawaban (YAML atau JSON; - untuk masukan standar)',
  'a trait level from 1 to 5 (repeatable; wins over the file or the code)': 'nilai satu sifat dari 1 sampai 5 (bisa diulang; menimpa isi berkas atau kode)',
  'rebuild a report from its result code': 'bangun ulang laporan dari kode hasilnya',
  'score many people, one a row: JSON Lines or CSV (- for standard input); JSON Lines out':
    'nilai banyak orang, satu per baris: JSON Lines atau CSV (- untuk masukan standar); keluarannya JSON Lines',
  'with --batch: stop at the first bad row (exit 2) instead of skipping it': 'dengan --batch: berhenti di baris salah pertama (kode keluar 2), bukan melewatinya',
  "with --batch CSV: the column holding each person's id (default: id, name, nama or email, else the row number)":
    'dengan --batch CSV: kolom berisi id setiap orang (bawaan: id, name, nama atau email, atau nomor baris)',
  'with --batch --format csv: role titles instead of ids in the header': 'dengan --batch --format csv: nama peran, bukan id-nya, di baris judul',
  "the statements for a class's form, in quiz order with their ids; a paper form; a CSV template":
    'pernyataan untuk formulir kelas, sesuai urutan kuis dengan id-nya; formulir kertas; templat CSV',
  'role id or alias, e.g. activist (see the roles command)': 'id atau alias peran, misalnya activist (lihat perintah roles)',
  'role id or alias': 'id atau alias peran',
  'files or folders (default: the built-in data and CAREERFIT_PROFILES)': 'berkas atau folder (bawaan: data bawaan dan CAREERFIT_PROFILES)',
  'the new role id, e.g. my-role': 'id peran baru, misalnya peran-saya',
  'folder to write <id>.yaml into': 'folder tempat menulis <id>.yaml',
  'replace an existing file': 'ganti berkas yang sudah ada',
  // Exit codes
  success: 'berhasil',
  'unexpected failure (add --debug or DEBUG=careerfit for details)': 'kegagalan tak terduga (tambahkan --debug atau DEBUG=careerfit untuk rinciannya)',
  'invalid usage or input': 'penggunaan atau masukan tidak valid',
  'interrupted (Ctrl-C)': 'dihentikan (Ctrl-C)',
  'terminated (SIGTERM)': 'diakhiri (SIGTERM)',
};

/** Commander's headings and the words it puts in usage lines and after descriptions. */
const COMMANDER_ID: Readonly<Record<string, string>> = {
  'Usage:': 'Penggunaan:',
  'Options:': 'Opsi:',
  'Commands:': 'Perintah:',
  'Arguments:': 'Argumen:',
  'Global Options:': 'Opsi global:',
};

/** The help sentences written per language: what the quiz does, example headings, exit codes. */
interface HelpSentences {
  readonly examples: string;
  readonly exitCodes: string;
  readonly quiz: readonly string[];
  readonly validateExit: string;
  readonly initRoleNote: string;
}

const SENTENCES: Readonly<Record<Lang, HelpSentences>> = {
  en: {
    examples: 'Examples:',
    exitCodes: 'Exit codes:',
    quiz: [
      'Without a command, careerfit asks short questions in the terminal and prints the report.',
      'Prompts go to standard error, the report to standard output (or --output). On a terminal the report ends with a one-screen summary and a menu to see it in full or save it.',
      'Every answer is kept as you go: after an interruption, the next run offers to continue (--fresh starts over).',
      '--plain asks line by line and writes ASCII only, for screen readers (on by itself when TERM=dumb).',
    ],
    validateExit: 'Exit code 0 when everything is valid, 2 otherwise.',
    initRoleNote: 'The folder must exist (mkdir -p my-roles first).',
  },
  id: {
    examples: 'Contoh:',
    exitCodes: 'Kode keluar:',
    quiz: [
      'Tanpa perintah, careerfit mengajukan pernyataan singkat di terminal lalu mencetak laporannya.',
      'Pertanyaan ke keluaran galat standar, laporan ke keluaran standar (atau --output). Di terminal, laporan diakhiri ringkasan satu layar dan menu untuk melihatnya lengkap atau menyimpannya.',
      'Setiap jawaban langsung disimpan: setelah terhenti, jalankan lagi untuk melanjutkan (--fresh memulai dari awal).',
      '--plain bertanya baris demi baris dan hanya menulis ASCII, untuk pembaca layar (aktif sendiri bila TERM=dumb).',
    ],
    validateExit: 'Kode keluar 0 bila semuanya valid, 2 bila tidak.',
    initRoleNote: 'Foldernya harus sudah ada (buat dulu dengan mkdir -p my-roles).',
  },
};

/** What the declarations need to write their help: the language, and how this person runs careerfit. */
export interface HelpWords {
  readonly lang: Lang;
  /** `careerfit`, or `npx careerfit` under npx: the examples are commands to paste. */
  readonly prefix: string;
  readonly sentences: HelpSentences;
}

export const helpWords = (lang: Lang = 'en', prefix = 'careerfit'): HelpWords => ({ lang, prefix, sentences: SENTENCES[lang] });

/** The quiz's help paragraphs, wrapped to 79 columns. */
export const quizHelp = (h: HelpWords): string => h.sentences.quiz.flatMap((line) => wrap(line, 79)).join('\n');

/** "Examples:" and the command lines, each given the prefix. */
export const examples = (h: HelpWords, lines: (prefix: string) => readonly string[]): string =>
  `\n${h.sentences.examples}\n${lines(h.prefix).map((line) => `  ${line}`).join('\n')}`;

/** What each exit code means, as --help says it (the README's table is checked against it). */
export const EXIT_CODE_MEANINGS: readonly (readonly [code: number, meaning: string])[] = [
  [0, 'success'],
  [EXIT_CODES.runtime, 'unexpected failure (add --debug or DEBUG=careerfit for details)'],
  [EXIT_CODES.usage, 'invalid usage or input'],
  [EXIT_CODES.interrupted, 'interrupted (Ctrl-C)'],
  [EXIT_CODES.terminated, 'terminated (SIGTERM)'],
];

/** The exit codes and what each means, as --help lists them. */
export const exitCodeHelp = (h: HelpWords): string =>
  `${h.sentences.exitCodes}\n${EXIT_CODE_MEANINGS.map(([code, meaning]) => `  ${String(code).padEnd(5)}${translate(meaning, h.lang)}`).join('\n')}`;

/** An English help text in this language (itself when there is no translation, or in English). */
const translate = (text: string, lang: Lang): string => (lang === 'id' ? (HELP_ID[text] ?? text) : text);

/** Every description a program and its commands carry (options, arguments, the commands themselves). */
export const helpDescriptions = (program: Command): string[] => {
  const found: string[] = [];
  const walk = (command: Command) => {
    found.push(command.description());
    for (const option of command.options) if (!option.hidden) found.push(option.description);
    for (const argument of command.registeredArguments) found.push(argument.description);
    command.commands.forEach(walk);
  };
  walk(program);
  return found.filter(Boolean);
};

/** Puts a built program's help into Indonesian: descriptions, commander's headings and words. */
export const localizeHelp = (program: Command, lang: Lang): void => {
  if (lang === 'en') return;
  const help = new Help();
  const words = (text: string) =>
    text
      .replace(/\[options\]/g, '[opsi]')
      .replace(/\[command\]/g, '[perintah]')
      .replace(/\(choices: /g, '(pilihan: ')
      .replace(/([(,] )default: /g, '$1bawaan: ')
      .replace(/\(default: /g, '(bawaan: ');
  const walk = (command: Command) => {
    command.description(translate(command.description(), lang));
    for (const option of command.options) option.description = translate(option.description, lang);
    for (const argument of command.registeredArguments) argument.description = translate(argument.description, lang);
    command.helpOption('-h, --help', translate('display help for command', lang));
    command.configureHelp({
      styleTitle: (title: string) => COMMANDER_ID[title] ?? title,
      commandUsage: (cmd: Command) => words(help.commandUsage(cmd)),
      subcommandTerm: (cmd: Command) => words(help.subcommandTerm(cmd)),
      optionDescription: (option) => words(help.optionDescription(option)),
      argumentDescription: (argument) => words(help.argumentDescription(argument)),
    });
    command.commands.forEach(walk);
  };
  program.helpCommand('help [command]', translate('display help for command', lang));
  walk(program);
};
