// Copy buttons, as progressive enhancement: without scripts the buttons stay hidden and the
// read-only field beside each is there to select and copy by hand.
(() => {
  const ANSWER_MS = 4000;

  // The Clipboard API needs a secure context (https or localhost); a lorkit on a LAN address
  // over http has only the older selection-based copy.
  async function copy(field) {
    field.focus();
    field.select();
    field.setSelectionRange(0, field.value.length); // iOS Safari ignores select() alone
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(field.value);
        return true;
      } catch (error) {
        // Refused (permissions, an unfocused page): fall through to the older way.
      }
    }
    try {
      return document.execCommand("copy");
    } catch (error) {
      return false;
    }
  }

  for (const button of document.querySelectorAll("button[data-copy-target]")) {
    const field = document.getElementById(button.dataset.copyTarget);
    const status = document.getElementById(button.dataset.copyStatus);
    if (!field) continue;
    const label = button.textContent;
    let timer = 0;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const copied = await copy(field);
      button.textContent = copied ? "Copied ✓" : label;
      if (status) {
        status.textContent = copied
          ? "Copied. Paste it into your calendar app."
          : "Could not copy by itself: the address is selected, so copy it from there.";
      }
      clearTimeout(timer);
      timer = setTimeout(() => {
        button.textContent = label;
      }, ANSWER_MS);
    });
  }

  // One tap on the field selects the whole address, ready to copy.
  for (const field of document.querySelectorAll("input.feed-url[readonly]")) {
    field.addEventListener("focus", () => field.select());
  }
})();
