/**
 * Gatherer: forms and their fields with labels (a complaint form is a form with a textarea;
 * a survey form is how SKM is collected).
 */
import type { FormArtifact } from "@/lib/artifacts/types";
import { arr, obj, str, type PageScript } from "./dom";

const MAX_FORMS = 30;
const MAX_FIELDS = 60;

const SCRIPT = String.raw`(limits) => {
  const labelOf = (f) => {
    if (f.id) {
      const l = document.querySelector('label[for="' + CSS.escape(f.id) + '"]');
      if (l) return l.innerText || l.textContent || "";
    }
    const wrap = f.closest("label");
    if (wrap) return wrap.innerText || wrap.textContent || "";
    return f.getAttribute("aria-label") || f.getAttribute("placeholder") || f.getAttribute("title") || "";
  };
  return [...document.querySelectorAll("form")].slice(0, limits.forms).map((form) => ({
    action: form.action || location.href,
    method: (form.getAttribute("method") || "get").toLowerCase(),
    fields: [...form.querySelectorAll("input, select, textarea")]
      .filter((f) => !(f.tagName === "INPUT" && /^(hidden|submit|button|reset|image)$/i.test(f.type)))
      .slice(0, limits.fields)
      .map((f) => ({
        name: f.getAttribute("name") || f.id || "",
        type: f.tagName === "INPUT" ? (f.type || "text").toLowerCase() : f.tagName.toLowerCase(),
        label: String(labelOf(f)).replace(/\s+/g, " ").trim(),
      })),
  }));
}`;

export const formsScript: PageScript<FormArtifact[]> = { source: SCRIPT, arg: { forms: MAX_FORMS, fields: MAX_FIELDS }, parse: parseForms };

function parseForms(value: unknown): FormArtifact[] {
  const raw = arr(value, MAX_FORMS).map(obj);
  return raw.map((f) => ({
    action: str(f.action, 2_000),
    method: str(f.method, 10) || "get",
    fields: arr(f.fields, MAX_FIELDS)
      .map(obj)
      .map((x) => ({ name: str(x.name, 200), type: str(x.type, 30), label: str(x.label, 300) })),
  }));
}
