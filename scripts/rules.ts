// `npm run rules`: regenerates src/rules/registry.ts from the rule files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_DIR, registrySource, ruleFiles } from './rules-registry';

writeFileSync(join(RULES_DIR, 'registry.ts'), registrySource());
console.log(`${ruleFiles().length} rule files in src/rules/registry.ts`);
