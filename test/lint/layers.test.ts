import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The `ksmig/layers` and import-restriction messages for `code` as if it were `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'ksmig/layers' || m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import layers (eslint ksmig/layers)', () => {
  it('refuses an import that runs up the layers, in every import form', async () => {
    expect(await layerErrors('src/rules/x.ts', "import { auditSources } from '../audit/audit.js';\nexport const a = auditSources;\n")).toEqual([
      expect.stringContaining('src/rules is below src/audit'),
    ]);
    expect(await layerErrors('src/rules/checks/x.ts', "export { runAudit } from '../../cli/commands/audit-run.js';\n")).toHaveLength(1);
    expect(await layerErrors('src/workflows/x.ts', "export const m = await import('../ui/index.js');\n")).toHaveLength(1);
    expect(await layerErrors('src/keyspaces/x.ts', "import type { Catalog } from '../catalog/catalog.js';\nexport type C = Catalog;\n")).toHaveLength(1);
    expect(await layerErrors('src/scan/x.ts', "import { copyTable } from '../copy/worker.js';\nexport const c = copyTable;\n")).toHaveLength(1);
  });

  it('keeps copy, verify and estimate apart', async () => {
    expect(await layerErrors('src/verify/x.ts', "import { plan } from '../copy/plan.js';\nexport const p = plan;\n")).toEqual([expect.stringContaining('never import each other')]);
    expect(await layerErrors('src/copy/x.ts', "import { diff } from '../verify/diff.js';\nexport const d = diff;\n")).toHaveLength(1);
  });

  it('allows imports down the layers and within a layer', async () => {
    expect(await layerErrors('src/cli/x.ts', "import { runAuditWorkflow } from '../workflows/audit.js';\nexport const r = runAuditWorkflow;\n")).toEqual([]);
    expect(await layerErrors('src/emulator/keyspaces/x.ts', "import { limits } from '../../keyspaces/limits.js';\nimport { reject } from './rejections.js';\nexport const l = [limits, reject];\n")).toEqual([]);
    expect(await layerErrors('src/audit/x.ts', "import type { Finding } from '../rules/finding.js';\nexport type F = Finding;\n")).toEqual([]);
  });

  it('lets only src/ui import ink', async () => {
    expect(await layerErrors('src/workflows/x.ts', "import { render } from 'ink';\nexport const r = render;\n")).toEqual([expect.stringContaining('Only src/ui imports ink.')]);
    expect(await layerErrors('src/ui/x.tsx', "import { render } from 'ink';\nexport const r = render;\n")).toEqual([]);
  });
});
