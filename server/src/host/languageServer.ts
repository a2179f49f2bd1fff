// The one place the bundles load `vscode-languageserver/node` from (esbuild.mjs sends every other import of it
// here). The library is CommonJS: esbuild wraps it anew for each module that imports it, copying its ~320 exports
// into a fresh object each time (13 modules: 14–24 ms of the server's cold start). Imported through this module, it
// is wrapped once. Source files keep importing the library by its name; only the bundles take this detour.

export * from 'vscode-languageserver/node';
