import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  // PORT lets a second checkout preview side by side (e.g. PORT=4273).
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Generous limits: property tests and real-data round trips run on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
});
