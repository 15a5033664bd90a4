import { defineConfig } from 'vite';
import { securityHeaders } from './src/build/security-headers.ts';
import { inkStories } from './src/story/vite-plugin.ts';

export default defineConfig({
  // Relative asset paths: the built site works from any folder of any static host.
  base: './',
  // STORIES_DIR builds another folder of scenarios (a scenario being written, say).
  plugins: [inkStories({ storiesDir: process.env.STORIES_DIR ?? 'stories' }), securityHeaders()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // Portraits stay files, fetched per scenario when it is played, never inlined into the code.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
    rollupOptions: {
      output: {
        // Phaser in its own chunk, so the game code and stories cache separately.
        manualChunks: (id) =>
          id.includes('node_modules/phaser')
            ? 'phaser'
            : id.includes('node_modules/inkjs')
              ? 'inkjs'
              : undefined,
      },
    },
  },
  server: { port: 5173, strictPort: false },
});
