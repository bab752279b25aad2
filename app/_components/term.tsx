import { TERMS } from "@/lib/terms";

/** A scoring term in plain words, with its explanation on hover. */
export function Term({ name }: { name: keyof typeof TERMS }) {
  const t = TERMS[name];
  return (
    <span title={t.explanation} className="term">
      {t.label}
    </span>
  );
}

/** The term's short explanation, for below a figure that uses it. */
export function TermExplanation({ name }: { name: keyof typeof TERMS }) {
  return <span className="term-explanation">{TERMS[name].explanation}</span>;
}
