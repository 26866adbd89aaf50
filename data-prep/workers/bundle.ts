// The page worker's code as one script, built when the pool starts. A worker started from the
// TypeScript sources would load them through tsx in every thread, and tsx turns the gazetteer's
// JSON (3 MB of townships) into a JavaScript object literal: 120 MB and a third of a second per
// thread. Bundled, each worker parses plain JavaScript. JSON modules are not inlined: the bundle
// reads each file where it lies and JSON.parses it (as module.exports: bundled CommonJS packages
// such as iconv-lite require their JSON tables). Inlined, the 3 MB of townships made the bundle
// 4.6 MB, which esbuild took half a second to build and every worker as long to parse; the
// script is built from this checkout on every run, so the paths it names are always there.
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const jsonAsString: Plugin = {
  name: 'json-as-string',
  setup(b) {
    // Imported (not required) JSON becomes an ES module with one default export. As CommonJS it
    // would go through esbuild's interop, which copies every key onto a namespace object: for
    // the 40,000 townships that was a tenth of a second in each worker.
    b.onResolve({ filter: /\.json$/ }, async (args) => {
      if (args.kind !== 'import-statement' || args.pluginData === 'json-esm') return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'json-esm' });
      return r.errors.length > 0 ? { errors: r.errors } : { path: r.path, namespace: 'json-esm' };
    });
    b.onLoad({ filter: /.*/, namespace: 'json-esm' }, (args) => ({
      contents: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(args.path)}, 'utf8'));`,
      loader: 'js',
    }));
    b.onLoad({ filter: /\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(args.path)}, 'utf8'));`,
      loader: 'js',
    }));
  },
};

/** CommonJS source of data-prep/workers/page-worker.ts and everything it imports. */
export async function workerScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./page-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    plugins: [jsonAsString],
    logLevel: 'silent',
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error('bundling the page worker gave no output');
  return out.text;
}
