import { wordings } from '../../core/localized-error.js';
import type { Lang } from '../../core/text.js';

/**
 * The errors a person meets on the command line, in both languages: flags, files, folders, role
 * ids, and commander's own messages reworded (run.ts). The core's are in src/core/error-messages.ts.
 */
export interface ErrorMessages {
  readonly unknownRole: (name: string, hint: string | undefined, known: readonly string[]) => string;
  readonly unknownRoleIn: (flag: string, name: string, hint: string | undefined) => string;
  readonly noRoleLeft: string;
  readonly unknownCommand: (name: string, hint: string | undefined, prefix: string) => string;
  readonly unknownOption: (flag: string, hint: string | undefined) => string;
  readonly missingArgument: (name: string) => string;
  readonly optionMissingArgument: (flags: string) => string;
  readonly invalidChoice: (flags: string, value: string, choices: string) => string;
  readonly invalidValue: (flags: string, value: string, why: string) => string;
  /** The reasons commander passes on from the option parsers. */
  readonly wholeNumber: string;
  readonly widthRange: (min: number, max: number) => string;
  readonly langEnv: (value: string, langs: readonly string[]) => string;
  readonly traitShape: (flag: string, min: number, max: number) => string;
  readonly traitUnknown: (flag: string, id: string, hint: string | undefined) => string;
  readonly traitRange: (flag: string, min: number, max: number) => string;
  readonly codeWithAnswers: string;
  readonly strictWithoutBatch: string;
  /** --id-column or --titles without --batch (the flag). */
  readonly batchOnly: (flag: string) => string;
  readonly titlesWithoutCsv: string;
  readonly csvWithoutBatch: string;
  readonly folderMissing: (path: string) => string;
  readonly isDirectory: (path: string) => string;
  readonly notWritable: (path: string) => string;
  readonly cannotWrite: (path: string, code: string) => string;
  readonly fileNotFound: (path: string) => string;
  readonly fileIsDirectory: (path: string) => string;
  readonly permissionDenied: (path: string) => string;
  readonly notADirectoryInPath: (path: string) => string;
  readonly symlinkLoop: (path: string) => string;
  readonly cannotRead: (path: string, code: string) => string;
  readonly folderNotFound: (path: string) => string;
  readonly notAFolder: (path: string) => string;
  readonly folderUnreadable: (path: string) => string;
  readonly roleIdShape: (id: string) => string;
  readonly roleFileExists: (path: string) => string;
  readonly unexpected: (message: string) => string;
}

/** "(did you mean "x"?)" and the like, or nothing. */
const hinted = (hint: string | undefined, say: (hint: string) => string) => (hint ? ` (${say(hint)})` : '');

export const ERROR_MESSAGES: Readonly<Record<Lang, ErrorMessages>> = {
  en: {
    unknownRole: (name, hint, known) => `unknown role "${name}"${hinted(hint, (h) => `did you mean "${h}"?`)}; known roles: ${known.join(', ')}`,
    unknownRoleIn: (flag, name, hint) => `${flag} ${name}: unknown role "${name}"${hinted(hint, (h) => `did you mean "${h}"?`)}`,
    noRoleLeft: '--only and --exclude leave no role to rank',
    unknownCommand: (name, hint, prefix) => `unknown command "${name}"${hinted(hint, (h) => `did you mean "${h}"?`)}; see ${prefix} --help`,
    unknownOption: (flag, hint) => `unknown option '${flag}'${hinted(hint, (h) => `did you mean ${h}?`)}`,
    missingArgument: (name) => `missing required argument '${name}'`,
    optionMissingArgument: (flags) => `option '${flags}' needs a value`,
    invalidChoice: (flags, value, choices) => `option '${flags}': '${value}' is not one of ${choices}`,
    invalidValue: (flags, value, why) => `option '${flags}': '${value}' is invalid: ${why}`,
    wholeNumber: 'expected a whole number of 1 or more',
    widthRange: (min, max) => `expected a whole number from ${min} to ${max}`,
    langEnv: (value, langs) => `CAREERFIT_LANG=${value}: expected one of ${langs.join(', ')}`,
    traitShape: (flag, min, max) => `--trait ${flag}: expected <trait>=<${min}-${max}>, e.g. --trait empathy=4`,
    traitUnknown: (flag, id, hint) => `--trait ${flag}: unknown trait "${id}"${hinted(hint, (h) => `did you mean "${h}"?`)}`,
    traitRange: (flag, min, max) => `--trait ${flag}: expected a whole number from ${min} to ${max}`,
    codeWithAnswers: '--code holds all the answers; it cannot be combined with --answers (add --trait to change a trait on top of it)',
    strictWithoutBatch: '--strict goes with --batch',
    batchOnly: (flag) => `${flag} goes with --batch`,
    titlesWithoutCsv: '--titles goes with --batch --format csv, whose header names the roles',
    csvWithoutBatch: '--format csv goes with --batch; a single report is text, json, markdown or html',
    folderMissing: (path) => `${path}: the folder does not exist`,
    isDirectory: (path) => `${path}: is a directory`,
    notWritable: (path) => `${path}: cannot write there (permission denied)`,
    cannotWrite: (path, code) => `${path}: cannot write the file (${code})`,
    fileNotFound: (path) => `${path}: file not found`,
    fileIsDirectory: (path) => `${path}: is a directory, not a file`,
    permissionDenied: (path) => `${path}: permission denied`,
    notADirectoryInPath: (path) => `${path}: a part of the path is not a directory`,
    symlinkLoop: (path) => `${path}: too many symbolic links`,
    cannotRead: (path, code) => `${path}: cannot be read (${code})`,
    folderNotFound: (path) => `${path}: folder not found`,
    notAFolder: (path) => `${path}: is not a folder`,
    folderUnreadable: (path) => `${path}: cannot be read`,
    roleIdShape: (id) => `"${id}" is not a role id: use lowercase letters, digits and single hyphens, e.g. my-role`,
    roleFileExists: (path) => `${path} already exists; use --force to replace it`,
    unexpected: (message) => `unexpected error: ${message} (please report it; --debug shows details)`,
  },
  id: {
    unknownRole: (name, hint, known) =>
      `peran "${name}" tidak dikenal${hinted(hint, (h) => `maksudnya "${h}"?`)}; peran yang ada: ${known.join(', ')}`,
    unknownRoleIn: (flag, name, hint) => `${flag} ${name}: peran "${name}" tidak dikenal${hinted(hint, (h) => `maksudnya "${h}"?`)}`,
    noRoleLeft: '--only dan --exclude tidak menyisakan peran untuk diperingkat',
    unknownCommand: (name, hint, prefix) => `perintah "${name}" tidak dikenal${hinted(hint, (h) => `maksudnya "${h}"?`)}; lihat ${prefix} --help`,
    unknownOption: (flag, hint) => `opsi '${flag}' tidak dikenal${hinted(hint, (h) => `maksudnya ${h}?`)}`,
    missingArgument: (name) => `argumen '${name}' wajib diisi`,
    optionMissingArgument: (flags) => `opsi '${flags}' memerlukan nilai`,
    invalidChoice: (flags, value, choices) => `opsi '${flags}': '${value}' bukan salah satu dari ${choices}`,
    invalidValue: (flags, value, why) => `opsi '${flags}': '${value}' tidak valid: ${why}`,
    wholeNumber: 'harus bilangan bulat 1 atau lebih',
    widthRange: (min, max) => `harus bilangan bulat dari ${min} sampai ${max}`,
    langEnv: (value, langs) => `CAREERFIT_LANG=${value}: seharusnya salah satu dari ${langs.join(', ')}`,
    traitShape: (flag, min, max) => `--trait ${flag}: seharusnya <sifat>=<${min}-${max}>, misalnya --trait empathy=4`,
    traitUnknown: (flag, id, hint) => `--trait ${flag}: sifat "${id}" tidak dikenal${hinted(hint, (h) => `maksudnya "${h}"?`)}`,
    traitRange: (flag, min, max) => `--trait ${flag}: seharusnya bilangan bulat dari ${min} sampai ${max}`,
    codeWithAnswers: '--code sudah memuat semua jawaban; tidak bisa digabung dengan --answers (pakai --trait untuk mengubah satu sifat di atasnya)',
    strictWithoutBatch: '--strict hanya dipakai bersama --batch',
    batchOnly: (flag) => `${flag} hanya dipakai bersama --batch`,
    titlesWithoutCsv: '--titles hanya dipakai bersama --batch --format csv, yang baris judulnya menyebut peran',
    csvWithoutBatch: '--format csv hanya dipakai bersama --batch; satu laporan berformat text, json, markdown atau html',
    folderMissing: (path) => `${path}: foldernya tidak ada`,
    isDirectory: (path) => `${path}: ini sebuah folder`,
    notWritable: (path) => `${path}: tidak bisa menulis di sana (izin ditolak)`,
    cannotWrite: (path, code) => `${path}: berkas tidak bisa ditulis (${code})`,
    fileNotFound: (path) => `${path}: berkas tidak ditemukan`,
    fileIsDirectory: (path) => `${path}: ini sebuah folder, bukan berkas`,
    permissionDenied: (path) => `${path}: izin ditolak`,
    notADirectoryInPath: (path) => `${path}: sebagian jalurnya bukan folder`,
    symlinkLoop: (path) => `${path}: terlalu banyak tautan simbolis`,
    cannotRead: (path, code) => `${path}: tidak bisa dibaca (${code})`,
    folderNotFound: (path) => `${path}: folder tidak ditemukan`,
    notAFolder: (path) => `${path}: bukan folder`,
    folderUnreadable: (path) => `${path}: folder tidak bisa dibaca`,
    roleIdShape: (id) => `"${id}" bukan id peran: pakai huruf kecil, angka dan tanda hubung tunggal, misalnya peran-saya`,
    roleFileExists: (path) => `${path} sudah ada; pakai --force untuk menggantinya`,
    unexpected: (message) => `galat tak terduga: ${message} (mohon laporkan; --debug menampilkan rinciannya)`,
  },
};

const cli = wordings(ERROR_MESSAGES);

/** The wording of one message in one language. */
export const errorText = cli.text;

/** An error of this kind, worded in both languages. */
export const localError = cli.error;

/** Input the user must correct, worded in both languages. */
export const localUsage = cli.usage;
