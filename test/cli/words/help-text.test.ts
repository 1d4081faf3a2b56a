import { describe, expect, it } from 'vitest';
import { HELP_ID, helpDescriptions } from '../../../src/cli/words/help-text.js';
import { buildProgram } from '../../../src/cli/program.js';
import { scanLang } from '../../../src/cli/words/locale.js';
import { fakeContext, runInProcess } from '../../fake-context.js';

describe('help in Indonesian', () => {
  it('has every description the command line declares in its table', () => {
    const missing = helpDescriptions(buildProgram(fakeContext().ctx, 'en')).filter((text) => !(text in HELP_ID));
    expect(missing).toEqual([]);
  });

  it('says `--lang id --help` in Indonesian, commander words too', async () => {
    const { status, stdout } = await runInProcess(['--lang', 'id', '--help']);
    expect(status).toBe(0);
    for (const words of ['Penggunaan: careerfit [opsi] [perintah]', 'Opsi:', 'Perintah:', 'tampilkan bantuan untuk perintah', 'Contoh:', 'Kode keluar:', '(bawaan: 3)', '(pilihan: "text"'])
      expect(stdout, words).toContain(words);
    for (const english of ['Usage:', 'Options:', 'Commands:', 'display help', 'Examples:', 'Exit codes:', 'default:', 'choices:']) expect(stdout, english).not.toContain(english);
  });

  it('says `help assess --lang id` and `assess --help` under LANGUAGE=id in Indonesian', async () => {
    for (const [args, env] of [[['help', 'assess', '--lang', 'id'], {}], [['assess', '--help'], { LANGUAGE: 'id:en' }]] as const) {
      const { status, stdout } = await runInProcess(args, { env });
      expect(status).toBe(0);
      expect(stdout).toContain('Penggunaan: careerfit assess [opsi]');
      expect(stdout).toContain('nilai setiap peran dari jawaban');
      expect(stdout).toContain('bangun ulang laporan dari kode hasilnya');
    }
  });

  it('has `help <command>` in English too, as --help lists it', async () => {
    const { status, stdout } = await runInProcess(['help', 'assess']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: careerfit assess [options]');
    expect((await runInProcess(['--help'])).stdout).toMatch(/^  help \[command\] +display help for command$/m);
  });

  it('answers `help <unknown>` with the help on standard error and exit 2, and no other line', async () => {
    const { status, stdout, stderr } = await runInProcess(['help', 'bogus']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: careerfit \[options\] \[command\]\n/);
    expect(stderr).not.toContain('careerfit: ');
  });

  it('writes the examples the way careerfit was started: npx careerfit under npx', async () => {
    const { stdout } = await runInProcess(['init-role', '--help'], { env: { npm_command: 'exec' } });
    expect(stdout).toContain('mkdir -p my-roles && npx careerfit init-role fasilitator-desa --dir my-roles');
    expect((await runInProcess(['init-role', '--help'])).stdout).toContain('  mkdir -p my-roles && careerfit init-role');
  });
});

describe("commander's errors", () => {
  it.each([
    [['assess', '--bogus', '--lang', 'id'], "careerfit: opsi '--bogus' tidak dikenal\n"],
    [['--lang', 'id', '--formt', 'json'], "careerfit: opsi '--formt' tidak dikenal (maksudnya --format?)\n"],
    [['compare', 'aktivis-okp', '--lang', 'id'], "careerfit: argumen 'second' wajib diisi\n"],
    [['roles', '--format', 'pdf', '--lang', 'id'], "careerfit: opsi '-f, --format <format>': 'pdf' bukan salah satu dari text, json, markdown\n"],
    [['assess', '--top', '0', '-l', 'id'], "careerfit: opsi '--top <n>': '0' tidak valid: harus bilangan bulat 1 atau lebih\n"],
    [['assess', '--width', '20', '--lang=id'], "careerfit: opsi '--width <n>': '20' tidak valid: harus bilangan bulat dari 40 sampai 100\n"],
    [['assess', '--output'], "careerfit: option '-o, --output <file>' needs a value\n"],
    [['assess', '--bogus'], "careerfit: unknown option '--bogus'\n"],
  ])('%j', async (args, message) => {
    const { status, stderr } = await runInProcess(args);
    expect(status).toBe(2);
    expect(stderr).toBe(message);
  });

  it('words careerfit errors in Indonesian too, each starting with careerfit:', async () => {
    const role = await runInProcess(['role', 'activst', '--lang', 'id']);
    expect(role.stderr).toMatch(/^careerfit: peran "activst" tidak dikenal \(maksudnya "activist"\?\); peran yang ada: aktivis-okp, /);
    const trait = await runInProcess(['assess', '--trait', 'empaty=3', '--lang', 'id']);
    expect(trait.stderr).toBe('careerfit: --trait empaty=3: sifat "empaty" tidak dikenal (maksudnya "empathy"?)\n');
    const missing = await runInProcess(['assess', '--trait', 'empathy=3', '--lang', 'id'], { env: { npm_command: 'exec' } });
    expect(missing.stderr).toContain('`npx careerfit questions > jawaban.yaml` menulis templatnya');
    const command = await runInProcess(['asess', '--lang', 'id']);
    expect(command.stderr).toBe('careerfit: perintah "asess" tidak dikenal (maksudnya "assess"?); lihat careerfit --help\n');
  });
});

describe('scanLang', () => {
  it('takes the last valid --lang in any spelling, else the environment', () => {
    expect(scanLang(['assess', '--lang', 'id'], {})).toBe('id');
    expect(scanLang(['--lang=id', '-l', 'en'], {})).toBe('en');
    expect(scanLang(['-lid'], {})).toBe('id');
    expect(scanLang(['--lang', 'xx'], { LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(scanLang(['--', '--lang', 'id'], {})).toBe('en');
    expect(scanLang([], { LANGUAGE: 'id' })).toBe('id');
    expect(scanLang([], { CAREERFIT_LANG: 'fr' })).toBe('en');
  });
});
