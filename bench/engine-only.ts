// The engine alone, the way `careerfit assess --answers FILE --format json` uses it, with no command
// line around it: read the built catalog and the answer file, score, build the report view, print
// it as JSON. Not something careerfit ships: bench/startup.ts times it as the floor under that
// command, what any layout of the command line would still cost. Run from the repository root.
import { readFileSync, writeSync } from 'node:fs';
import { plainAnswers } from '../src/cli/input/plain-answers.js';
import { toJson } from '../src/cli/render/formats.js';
import { allItems } from '../src/core/items.js';
import { buildReport } from '../src/core/report.js';
import type { Catalog } from '../src/core/types.js';
import { reportView } from '../src/core/views/report.js';

const catalog = JSON.parse(readFileSync('dist/catalog.json', 'utf8')) as Catalog;
const set = plainAnswers(readFileSync(process.argv[2]!, 'utf8'), new Set(allItems(catalog).map((q) => q.id)));
if (!set) throw new Error(`${process.argv[2]}: not a plain JSON answer file`);
writeSync(1, toJson(reportView(buildReport(catalog, set, 'en', {}), { top: 3, prefix: 'careerfit' }).data));
