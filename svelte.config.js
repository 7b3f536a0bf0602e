import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR and KIT_OUT_DIR let the benchmark build synthetic datasets side by side with the real site.
const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
    adapter: adapter({ pages: buildDir, assets: buildDir, strict: true }),
    // Absolute /_app/ asset paths, so build/404.html works when a static host serves it at any depth (/commune/xyz/).
    paths: { relative: false },
    prerender: { entries: ['*'], handleHttpError: 'fail', handleMissingId: 'fail' }
  }
};
