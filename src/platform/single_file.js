// One-file copy (wortblick.html): the wasm is inlined, so the shell's download-with-progress hook goes.
delete Module['instantiateWasm'];

// The share panel's "save wortblick.html": the page as it arrived. A page opened from file:// may
// not read its own bytes (fetch and XHR are refused), but the parser holds them all: this script,
// wasm included, is the page's last element, and its text is complete while it runs. The copy of
// the document is taken now, before the program adds its elements and attributes, and kept (a few
// MB) until the page closes; it is turned back into HTML only when the button is pressed.
(function () {
  const arrived = document.cloneNode(true);
  // A <noscript>'s markup is text to a page that runs scripts, and the copy, which runs none,
  // would escape it: it is kept aside and put back as it was.
  const noscripts = [];
  for (const element of arrived.querySelectorAll('noscript')) {
    noscripts.push(element.textContent);
    element.textContent = `\u0000${noscripts.length - 1}\u0000`;
  }

  function serialize() {
    const parts = [];
    for (const node of arrived.childNodes) {
      if (node.nodeType === Node.DOCUMENT_TYPE_NODE) parts.push(`<!doctype ${node.name}>`);
      else if (node.nodeType === Node.COMMENT_NODE) parts.push(`<!--${node.data}-->`);
      else if (node.nodeType === Node.ELEMENT_NODE) parts.push(node.outerHTML);
    }
    return parts.join('\n').replace(/\u0000(\d+)\u0000/g, (_, i) => noscripts[Number(i)]) + '\n';
  }

  Module['wortblickPageCopy'] = serialize;
  Module['wortblickSavePageCopy'] = () => {
    const file = decodeURIComponent(location.pathname.split('/').pop() || '');
    const name = /\.html?$/i.test(file) ? file : 'wortblick.html';
    const url = URL.createObjectURL(new Blob([serialize()], { type: 'text/html' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };
})();
