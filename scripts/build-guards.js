// The two rules scripts/build.js's layout depends on, checked on every build, which fails with
// a message naming the modules when either is broken. Neither is visible to esbuild or tsc.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/** A broken rule: scripts/build.js prints the message alone (no stack) and exits 1. */
export class BuildError extends Error {
  exitCode = 1;
}

/**
 * Rule 1: the modules main.ts imports on demand export no name twice.
 *
 * They all share one namespace, dist/app.js's. Re-exported with `export *`, a name two of them
 * export would be ambiguous, and ES modules drop such a name without a word: main.ts would read
 * `undefined` (esbuild neither warns nor leaves it out of its metafile). So app.js re-exports
 * each module's names explicitly, as this returns them, after refusing any name exported twice,
 * even when both modules re-export the same binding: one namespace, one module per name.
 *
 * @param {readonly string[]} deferred the modules' paths
 * @param {object} options the esbuild options shared by every bundle (target, define…)
 * @returns {Promise<Map<string, string[]>>} each module's path → the names it exports
 */
export const deferredExports = async (deferred, options) => {
  const names = new Map();
  if (deferred.length === 0) return names;
  // Each module bundled alone, so re-exports (`export * from`, `export { x } from`) are resolved.
  const alone = await build({
    ...options,
    entryPoints: [...deferred],
    outdir: 'deferred-exports', // not written
    write: false,
    metafile: true,
    packages: 'external',
    plugins: [],
    banner: {},
    logLevel: 'silent',
  });
  const byPath = new Map(deferred.map((path) => [path, []]));
  /** name → the modules exporting it */
  const owners = new Map();
  for (const output of Object.values(alone.metafile.outputs)) {
    const path = deferred.find((p) => resolve(p) === resolve(output.entryPoint));
    byPath.set(path, output.exports);
    for (const name of output.exports) owners.set(name, [...(owners.get(name) ?? []), output.entryPoint]);
  }
  const twice = [...owners].filter(([, modules]) => modules.length > 1);
  if (twice.length > 0) {
    throw new BuildError(
      [
        'the modules main.ts imports on demand share one namespace, dist/app.js\'s, so each name may come from one of them only.',
        'Rename one of each pair, or export the name from one module:',
        ...twice.map(([name, modules]) => `  \`${name}\`: exported by ${modules.join(' and ')}`),
      ].join('\n'),
    );
  }
  return byPath;
};

/** Numbers, strings, booleans, null, and arrays and objects of those: the same in every copy. */
const isLiteralData = (ts, node) => {
  if (ts.isParenthesizedExpression(node)) return isLiteralData(ts, node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return true;
  if ([ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(node.kind)) return true;
  if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((element) => isLiteralData(ts, element));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (property) => ts.isPropertyAssignment(property) && !ts.isComputedPropertyName(property.name) && isLiteralData(ts, property.initializer),
    );
  }
  return false;
};

const isFunction = (ts, node) => ts.isArrowFunction(node) || ts.isFunctionExpression(node);

/** The first line of a statement, for a message. */
const firstLine = (node, file) => node.getText(file).split('\n')[0].slice(0, 100);

/**
 * Rule 2: what the entry copies from a module that app.js also bundles holds no state.
 *
 * dist/careerfit.js is main.ts bundled alone (so `--version` never compiles app.js), and every
 * module main.ts imports statically is copied into it. When app.js bundles the same module, the
 * process runs two copies of it: a `let` changed in one is not changed in the other, a Set or a
 * cache is two objects, `instanceof` fails on an object of the other copy's class, and code run
 * at load runs twice. So from such a module (built-ins aside: one object per process, whichever
 * copy asks) the entry may copy only constants:
 *   - the module declares no module-level `let` or `var` (the source is checked, since esbuild
 *     prints every top-level binding of a bundle as `var`);
 *   - what esbuild copied of it into the entry (the bundle printed readably, one `// path`
 *     section per module) is function declarations and `var`s set to a function or to literal
 *     data (numbers, strings, booleans, null, arrays and objects of those): no class, nothing
 *     made by a call or `new`, no statement run for its effect.
 * Anything else is imported by main.ts on demand, through app.js, where it exists once.
 *
 * @param {object} args
 * @param {string} args.entry the entry's path, as the metafiles name it
 * @param {string} args.readable the entry bundle, unminified
 * @param {Record<string, unknown>} args.entryInputs inputs of the entry bundle (metafile)
 * @param {Record<string, unknown>} args.appInputs inputs of the app.js bundle (metafile)
 */
export const checkEntryCopies = async ({ entry, readable, entryInputs, appInputs }) => {
  const shared = Object.keys(entryInputs).filter((path) => path !== entry && path in appInputs && !path.startsWith('builtin:'));
  if (shared.length === 0) return;
  // Only a parser, and only when there is something to check: typescript takes ~0.5 s to load.
  const ts = (await import('typescript')).default;

  // esbuild starts the code of each module with a `// path` line of its own.
  const sections = new Map();
  let current;
  for (const line of readable.split('\n')) {
    const header = /^\/\/ (.+)$/.exec(line);
    if (header && header[1] in entryInputs) current = header[1];
    else if (current) sections.set(current, `${sections.get(current) ?? ''}${line}\n`);
  }

  const problems = [];
  for (const path of shared) {
    const source = ts.createSourceFile(path, await readFile(path, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (ts.isVariableStatement(statement) && !(statement.declarationList.flags & ts.NodeFlags.Const)) {
        problems.push(`${path} holds state: \`${firstLine(statement, source)}\``);
      }
    }
    const copied = ts.createSourceFile(`${path}.js`, sections.get(path) ?? '', ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    for (const statement of copied.statements) {
      const constant =
        ts.isFunctionDeclaration(statement) ||
        (ts.isVariableStatement(statement) &&
          statement.declarationList.declarations.every((d) => d.initializer && (isFunction(ts, d.initializer) || isLiteralData(ts, d.initializer))));
      if (!constant) problems.push(`${path}, copied into the entry: \`${firstLine(statement, copied)}\``);
    }
  }
  if (problems.length === 0) return;
  throw new BuildError(
    [
      `${entry} imports statically from modules that dist/app.js bundles too, so they would run twice, once in`,
      'each file, and what they hold would not be shared. Import these on demand (`await import(…)`), or copy only',
      'constants (functions, literal data) into the entry:',
      ...problems.map((problem) => `  ${problem}`),
    ].join('\n'),
  );
};
