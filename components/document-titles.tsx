/** A text's title in Italian and, when there is one, its English translation below. */
export function DocumentTitles({ titleIt, titleEn }: { titleIt: string; titleEn: string }) {
  return (
    <>
      <h1 lang="it">{titleIt}</h1>
      {titleEn ? (
        <p className="title-translation" lang="en">
          {titleEn}
        </p>
      ) : null}
    </>
  );
}
