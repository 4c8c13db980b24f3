// esbuild cannot keep `import.meta.url` in a classic (IIFE) script. The engine's emcc glue reads it
// (new URL("core.wasm", import.meta.url)) even though the wasm bytes are supplied by the loader, so
// build.mjs defines `import.meta.url` as this value: the URL of the widget script itself.
export const zaslonImportMetaUrl = (document.currentScript && document.currentScript.src) || location.href;
