/**
 * Lists and steps in visible text. The crawler gives text as the browser renders it: list items
 * and table rows on their own lines (cells separated by tabs), numbering only where the page
 * wrote it. So a list is numbered lines, bulleted lines, table rows, short lines in a row, or an
 * inline enumeration ("KTP, KK dan surat pengantar").
 */
import { lines, wordCount } from "./normalize";

const MARKER = /^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-zA-Z][.)]|[-–•*▪●◦·>»✓✔]|(?:langkah|tahap|tahapan|step)\s*(?:ke\s*)?-?\d+)\s*/iu;

/** A list item is short: longer lines are paragraphs. */
export const LIST_ITEM_MAX_WORDS = 40;

/** Items of the list that opens `body` (the text right under a label). */
export function listItems(body: string): string[] {
  const ls = lines(body);
  if (!ls.length) return [];
  const marked = ls.filter((l) => MARKER.test(l) && wordCount(l) >= 1);
  if (marked.length >= 2) return marked;
  const rows = ls.filter((l) => l.includes("\t") || /\s{3,}/.test(l));
  if (rows.length >= 2) return rows;
  const inlineNumbered = ls[0].split(/\s(?=(?:\d{1,2}[.)]|[a-z][.)])\s+\p{L})/u).filter((p) => wordCount(p) >= 1);
  if (inlineNumbered.length >= 2 && MARKER.test(inlineNumbered[1])) return inlineNumbered;
  const run: string[] = [];
  for (const l of ls) {
    if (wordCount(l) === 0 || wordCount(l) > LIST_ITEM_MAX_WORDS) break;
    run.push(l);
  }
  if (run.length >= 2) return run;
  const inline = ls[0]
    .split(/\s*(?:[,;]|\bdan\b|\batau\b)\s*/i)
    .map((p) => p.trim())
    .filter((p) => wordCount(p) >= 1 && wordCount(p) <= 10);
  if (inline.length >= 2 && wordCount(ls[0]) <= 60) return inline;
  return ls.length === 1 && wordCount(ls[0]) >= 1 && wordCount(ls[0]) <= LIST_ITEM_MAX_WORDS ? [ls[0]] : [];
}

/** Steps of a procedure: numbered or bulleted lines, "A -> B -> C", or short lines in a row. */
export function procedureSteps(body: string): string[] {
  const arrows = body.split(/\s*(?:->|→|=>|⇒|➔|➜|»)\s*/).filter((p) => wordCount(p) >= 1);
  if (arrows.length >= 3) return arrows;
  return listItems(body);
}
