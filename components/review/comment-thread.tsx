import { getFormatter, getTranslations } from "next-intl/server";
import type { PairRecord } from "@/lib/review/workspace";
import { CommentForm } from "./comment-form";
import { ResolveButton } from "./resolve-button";

/** The team's thread on a pair, readers' reports included, oldest first. */
export async function CommentThread({ pair }: { pair: PairRecord }) {
  const [t, format] = await Promise.all([getTranslations("Comments"), getFormatter()]);
  return (
    <section className="comment-thread" aria-labelledby="comments">
      <h2 id="comments">{t("heading")}</h2>
      {pair.comments.length === 0 ? <p>{t("empty")}</p> : null}
      <ol className="comments">
        {pair.comments.map((comment) => (
          <li key={comment.id} className={comment.resolvedAt ? "comment resolved" : "comment"} data-origin={comment.origin}>
            <p className="comment-meta">
              <strong>{comment.origin === "reader" ? t("fromReader") : (comment.author?.displayName ?? t("formerMember"))}</strong>
              {" · "}
              <time dateTime={comment.createdAt.toISOString()}>
                {format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
              {comment.resolvedAt ? ` · ${t("resolvedBy", { name: comment.resolvedBy?.displayName ?? t("formerMember") })}` : null}
            </p>
            <p className="comment-body" dir="auto">
              {comment.body}
            </p>
            <ResolveButton commentId={comment.id} resolved={comment.resolvedAt !== null} />
          </li>
        ))}
      </ol>
      <CommentForm paragraphId={pair.id} />
    </section>
  );
}
