// Bundles the action and the CLI into dist/ with esbuild: one file per entry,
// with a source map, so that the runner needs no node_modules.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const entries = {
  index: 'src/index.ts',
  cli: 'src/cli.ts',
};

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); ESM output has none, so
  // one is made from import.meta.url.
  banner: {
    js: "import { createRequire as __memgateCreateRequire } from 'node:module'; const require = __memgateCreateRequire(import.meta.url);",
  },
});
