// Browser glue: wakes the sleeping render loop on input, and routes text through a hidden textarea
// so dead keys, AltGr, IME composition and the browser's paste reach ImGui.
(function () {
  let app = 0;
  let textarea = null;

  function wake() {
    if (app) _wb_wake(app);
  }

  function sendText(text) {
    if (!app || !text) return;
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    _wb_text_input(app, ptr);
    _free(ptr);
  }

  function createTextarea() {
    textarea = document.createElement('textarea');
    textarea.id = 'wortblick-text-input';
    textarea.setAttribute('aria-hidden', 'true');
    textarea.setAttribute('autocomplete', 'off');
    textarea.setAttribute('autocorrect', 'off');
    textarea.setAttribute('autocapitalize', 'off');
    textarea.setAttribute('spellcheck', 'false');
    // Invisible but focusable: display:none or visibility:hidden would refuse focus and input.
    textarea.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;border:0;padding:0;' +
      'resize:none;overflow:hidden;pointer-events:none;z-index:-1';
    document.body.appendChild(textarea);

    textarea.addEventListener('input', (e) => {
      if (e.isComposing) return;  // dead keys and IME: wait for compositionend
      if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph') {
        textarea.value = '';  // Enter reaches ImGui as a key through SDL
        return;
      }
      sendText(textarea.value);
      textarea.value = '';
    });
    textarea.addEventListener('compositionend', () => {
      sendText(textarea.value);
      textarea.value = '';
    });
  }

  // SDL prevents the default action of every Ctrl+key, which would swallow the browser's paste
  // and AltGr characters (AltGr arrives as Ctrl+Alt on Windows). Those keys skip SDL and go to the
  // textarea instead; everything else still reaches SDL, and ImGui sees it.
  function onKeyDownCapture(e) {
    wake();
    // '/' and Ctrl+F focus the search box: the textarea takes the focus at once, so the keys
    // that follow are not lost while the box activates on the next frame.
    const findKey = (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'f' || e.key === 'F');
    if ((e.key === '/' || findKey) && document.activeElement !== textarea) {
      textarea.focus({ preventScroll: true });
      if (e.key === '/') {
        e.preventDefault();  // the '/' is a command here, not text
        if (app) _wb_focus_search(app);
      }
    }
    const paste = (e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'v' || e.key === 'V');
    // In a multi-line field Enter is text, so the textarea keeps it (see the input handler).
    const altGr = e.key.length === 1 && (e.getModifierState('AltGraph') || (e.ctrlKey && e.altKey));
    if ((paste || altGr) && document.activeElement === textarea) e.stopImmediatePropagation();
  }

  // SDL turns keypress into its own text events and prevents the default, which would keep the
  // character out of the textarea; while the textarea has the focus, keypress is its alone.
  function onKeyPressCapture(e) {
    if (document.activeElement === textarea) e.stopImmediatePropagation();
  }

  const WAKE_EVENTS = ['keyup', 'mousedown', 'mouseup', 'mousemove', 'wheel', 'touchstart', 'touchmove',
    'touchend', 'resize', 'focus', 'blur', 'paste', 'input', 'compositionend', 'hashchange', 'popstate',
    'visibilitychange', 'dragover', 'drop'];

  // Moving the window to another screen or zooming changes devicePixelRatio; SDL resizes the
  // canvas backing store (and fonts are rebuilt) on its resize handler, so announce a resize.
  function watchPixelRatio() {
    const query = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    query.addEventListener('change', () => {
      window.dispatchEvent(new Event('resize'));
      watchPixelRatio();
    }, { once: true });
  }

  Module['wortblickGlueAttach'] = (ptr) => {
    app = ptr;
    createTextarea();
    watchPixelRatio();
    window.addEventListener('keydown', onKeyDownCapture, true);
    window.addEventListener('keypress', onKeyPressCapture, true);
    for (const type of WAKE_EVENTS) window.addEventListener(type, wake, { capture: true, passive: true });
  };

  // ImGui wants text: the textarea takes the focus so the browser delivers composed characters to it.
  Module['wortblickFocusText'] = (wanted) => {
    if (!textarea) return;
    if (wanted && document.activeElement !== textarea) textarea.focus({ preventScroll: true });
    if (!wanted && document.activeElement === textarea) textarea.blur();
  };

  // Files: a hidden <input type=file> for the picker, drop listeners on the whole page. Files are
  // read here and handed over as bytes; nothing leaves the tab.
  const MAX_FILE_BYTES = 20 * 1024 * 1024;
  let fileApp = 0;
  let fileInput = null;

  function sendFile(file) {
    if (file.size > MAX_FILE_BYTES) {
      console.warn(`${file.name}: larger than 20 MB, not loaded`);
      deliver(file.name, new Uint8Array(0), `${file.name}: ${Math.round(file.size / 1048576)} MB`);
      return;
    }
    file.arrayBuffer().then((buffer) => deliver(file.name, new Uint8Array(buffer)));
  }

  function deliver(name, bytes, tooLarge) {
    if (!fileApp) return;
    const nameSize = lengthBytesUTF8(name) + 1;
    const namePtr = _malloc(nameSize);
    stringToUTF8(name, namePtr, nameSize);
    const dataPtr = _malloc(Math.max(1, bytes.length));
    HEAPU8.set(bytes, dataPtr);
    if (tooLarge) {
      _wb_file_too_large(fileApp, namePtr);
    } else {
      _wb_file_received(fileApp, namePtr, dataPtr, bytes.length);
    }
    _free(namePtr);
    _free(dataPtr);
  }

  Module['wortblickFilesAttach'] = (ptr) => {
    fileApp = ptr;
    fileInput = document.createElement('input');
    fileInput.type = 'file';
    fileInput.accept = '.json,.txt,.html,.htm,application/json,text/plain,text/html';
    fileInput.style.display = 'none';
    fileInput.addEventListener('change', () => {
      for (const f of fileInput.files) sendFile(f);
      fileInput.value = '';
    });
    document.body.appendChild(fileInput);
    window.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
    window.addEventListener('drop', (e) => {
      e.preventDefault();
      for (const f of e.dataTransfer.files) sendFile(f);
    });
  };

  Module['wortblickPickFile'] = () => { if (fileInput) fileInput.click(); };

  Module['wortblickCopy'] = (text) => {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).catch(() => legacyCopy(text));
    } else {
      legacyCopy(text);
    }
  };

  function legacyCopy(text) {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.cssText = 'position:fixed;opacity:0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { console.warn('copy failed', e); }
    area.remove();
    if (textarea && app) textarea.focus({ preventScroll: true });
  }
})();
