import { getFormatter, getTranslations } from "next-intl/server";
import { LOW_CONFIDENCE } from "@/lib/core/limits";
import "./alignment.css";

/** How sure the aligner was that a pair's halves belong together, for pairs it aligned. */
export async function AlignmentConfidence({ confidence }: { confidence: number | null }) {
  if (confidence === null) return null;
  const [t, format] = await Promise.all([getTranslations("Alignment"), getFormatter()]);
  const low = confidence < LOW_CONFIDENCE;
  return (
    <p className="alignment-confidence" data-low={low}>
      {confidence === 0
        ? t("unpaired")
        : t(low ? "lowConfidence" : "confidence", { confidence: format.number(confidence, { style: "percent" }) })}
    </p>
  );
}
