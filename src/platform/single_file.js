// One-file copy (wortblick.html): the wasm is inlined, so the shell's download-with-progress hook goes.
delete Module['instantiateWasm'];
