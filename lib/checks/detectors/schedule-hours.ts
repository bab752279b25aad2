/** schedule-hours: office hours with day names and times, in content or in the footer. */
import { z } from "zod";
import { corpusOf } from "../corpus/units";
import { findContent } from "../judge/content";
import { decide } from "../judge/decide";
import { DAY_RE, TIME_RE } from "../text/patterns";
import type { Detector } from "../types";
import { contentShape, subjectOf } from "./common";
import { VALUE_WINDOW } from "./duration";

export const scheduleParams = z.object({
  ...contentShape,
  minWords: z.number().int().min(0).default(1),
  includeChrome: z.boolean().default(true),
});
export type ScheduleParams = z.infer<typeof scheduleParams>;

export const scheduleHours: Detector<ScheduleParams> = {
  id: "schedule-hours",
  params: scheduleParams,
  evaluate(artifacts, p, ctx) {
    const finding = findContent(corpusOf(artifacts), {
      ...p,
      chromeBareLabels: true,
      accept: (body) => {
        const head = body.slice(0, VALUE_WINDOW);
        const day = DAY_RE.test(head);
        const time = TIME_RE.test(head);
        if (day && time) return true;
        return day ? "hari disebut tanpa jam" : time ? "jam disebut tanpa hari" : "tanpa hari dan jam";
      },
    });
    // A menu of links under "Jam Pelayanan" is no schedule: only bodies with values are partial.
    finding.candidates = finding.candidates.filter((c) => c.strength !== "partial" || DAY_RE.test(c.text) || TIME_RE.test(c.text));
    return decide(finding, ctx, { subject: subjectOf(p), maxClicks: p.maxClicks });
  },
};
