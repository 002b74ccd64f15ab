// Bundles the action and the CLI into dist/ with esbuild: one file per entry,
// with a source map, so that the runner needs no node_modules.
// `node scripts/bundle.mjs [OUTDIR]` writes elsewhere, for tests that must
// not touch the committed dist/.
import { build } from 'esbuild';
import { rename, rm } from 'node:fs/promises';

const outdir = process.argv[2] ?? 'dist';
const staging = `${outdir}.tmp-${process.pid}`;

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: staging,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(), which ESM output lacks.
  banner: {
    js: "import { createRequire as __memgateCreateRequire } from 'node:module'; const require = __memgateCreateRequire(import.meta.url);",
  },
});
// Swap the whole folder in at once, so a concurrent reader never sees half.
await rm(outdir, { recursive: true, force: true });
await rename(staging, outdir);
