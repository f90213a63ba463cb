import { initAll } from "../build/govuk-frontend.min.js";

// Live character count against the chosen platform's limit. X counts every link as
// 23 characters and most emoji as 2; the server's check is the final word.
const LINK = /\bhttps?:\/\/\S+|\b[\w-]+(\.[\w-]+)+\.[a-z]{2,}(\/\S*)?/gi;

function weightedLength(text, platform) {
  if (platform !== "x") return Array.from(text).length;
  let total = 0;
  const withoutLinks = text.replace(LINK, () => { total += 23; return ""; });
  for (const char of withoutLinks) total += char.codePointAt(0) > 0x10ff ? 2 : 1;
  return total;
}

function setUpCharacterCount(textarea) {
  const output = document.querySelector(`[data-count-for="${textarea.id}"]`);
  const platform = textarea.form?.querySelector("[name=platform]");
  if (!output || !platform) return;
  const limits = Object.fromEntries(
    (textarea.dataset.limits || "").split(" ").map((pair) => pair.split(":")).map(([p, n]) => [p, Number(n)]),
  );
  const update = () => {
    const limit = limits[platform.value];
    const used = weightedLength(textarea.value, platform.value);
    if (!limit) {
      output.textContent = `${used} characters (no limit on this platform)`;
      output.classList.remove("app-character-count--over");
      return;
    }
    const left = limit - used;
    output.textContent = left >= 0
      ? `You have ${left} characters remaining of ${limit}`
      : `You have ${-left} characters too many (limit ${limit})`;
    output.classList.toggle("app-character-count--over", left < 0);
  };
  textarea.addEventListener("input", update);
  platform.addEventListener("change", update);
  update();
}

function enhance(scope) {
  scope.querySelectorAll("textarea[data-character-count]").forEach(setUpCharacterCount);
  scope.querySelectorAll("[data-copy-from]").forEach(setUpCopyButton);
  scope.querySelectorAll("[data-quote-into]").forEach(setUpQuoteButton);
}

function setUpCopyButton(button) {
  button.hidden = false;
  button.addEventListener("click", async () => {
    const source = document.getElementById(button.dataset.copyFrom);
    await navigator.clipboard.writeText(source.value);
    button.textContent = "Copied";
  });
}

function setUpQuoteButton(button) {
  button.hidden = false;
  button.addEventListener("click", () => {
    const notes = document.getElementById(button.dataset.quoteInto);
    notes.value = `${notes.value}${notes.value ? "\n" : ""}${button.dataset.quote}\n`;
    notes.focus();
  });
}

initAll();
enhance(document);

// htmx brings in new parts of a page (the post page, when its checks finish): give
// them the same behaviour as the page they join. The first htmx:load is the page itself.
document.body.addEventListener("htmx:load", (event) => {
  if (event.detail.elt === document.body) return;
  initAll(event.detail.elt);
  enhance(event.detail.elt);
});

// A table that scrolls sideways in its box takes the focus, so it can be scrolled with
// the arrow keys; while it fits, it is no extra stop for the Tab key.
const scrollers = document.querySelectorAll(".app-table-scroll");
const markScrollable = () => scrollers.forEach((box) => {
  if (box.scrollWidth > box.clientWidth) box.setAttribute("tabindex", "0");
  else box.removeAttribute("tabindex");
});
if (scrollers.length) {
  markScrollable();
  window.addEventListener("resize", markScrollable);
}
