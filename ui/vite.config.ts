import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// Static build served by Tauri from ui/dist. No dev server is needed for tests.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  build: {
    target: "safari15",
    outDir: "dist",
    emptyOutDir: true,
    // One CSS file and one script: the CSP allows only 'self'.
    cssCodeSplit: false,
    assetsInlineLimit: 0,
  },
});
