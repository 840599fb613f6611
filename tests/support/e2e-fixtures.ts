// Run by the browser tests through tsx, against the test server's database:
//   e2e-fixtures.ts account USERNAME ROLE "DISPLAY NAME"   (password on stdin)
//   e2e-fixtures.ts document SLUG [JSON]                   (a three-pair text to work on, or the text JSON describes)
//   e2e-fixtures.ts rows SLUG                              (JSON of the text's paragraphs/revisions/comments)
//   e2e-fixtures.ts documents PART                         (JSON of the texts whose slug contains PART: slug, updatedAt)
//   e2e-fixtures.ts status SLUG POSITION STATUS            (a pair's stored status, written as raw SQL)
// Each spec gets documents of its own, so specs running side by side never share pairs,
// and a spec can assert exactly on its own texts in pages that list every text.
import { createUser } from "../../lib/auth/accounts";
import { db } from "../../lib/db";
import { storeDocument } from "../../lib/import/store-document";

type NewDocument = Parameters<typeof storeDocument>[1];

const [command, ...args] = process.argv.slice(2);

if (command === "account") {
  const [username = "", role = "", displayName = ""] = args;
  const password = (await new Response(process.stdin as unknown as ReadableStream).text()).trim();
  // Another spec running alongside may create the same account at the same moment.
  await createUser(db, { username, role: role as "translator", displayName, password }).catch(async (error: unknown) => {
    if (!(await db.user.findUnique({ where: { username } }))) throw error;
  });
} else if (command === "document") {
  const [slug = "", described] = args;
  if (!(await db.document.findUnique({ where: { slug } }))) {
    // A spec's workers may each run its beforeAll at the same moment (parallel mode):
    // the one that loses the race waits for the other's text to be complete.
    await storeDocument(
      db,
      {
        slug,
        titleIt: `Prova di revisione ${slug}`,
        titleEn: `Review test ${slug}`,
        originalTitle: `Prova di revisione ${slug}`,
        sourceName: "Redazione di prova",
        attribution: "Redazione di prova",
        paragraphs: [
          {
            textIt: "Nel 2018 la Cina e il Kazakhstan hanno firmato un accordo di cooperazione militare.",
            textEn: "In 2018 China and Kazakhstan signed a military cooperation agreement.",
            status: "approved",
          },
          {
            textIt: "L’accordo riguarda l’addestramento congiunto delle Forze Armate dei due Paesi.",
            textEn: "The agreement covers joint training of the two countries’ Armed Forces.",
            status: "translated",
          },
          { textIt: "Il Senato ha ratificato l’intesa con 40 voti favorevoli." },
        ],
        // What the spec says of its text instead: titles, source, paragraphs.
        ...(described ? (JSON.parse(described) as Partial<NewDocument>) : {}),
      },
      { origin: "import" },
    ).catch(async (error: unknown) => {
      if ((error as { code?: string }).code !== "slug-taken") throw error;
      for (let waited = 0; waited < 100; waited++) {
        if ((await db.document.findUnique({ where: { slug }, select: { importingAt: true } }))?.importingAt === null) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw error;
    });
  }
} else if (command === "documents") {
  const [part = ""] = args;
  const documents = await db.document.findMany({
    where: { slug: { contains: part } },
    orderBy: { id: "asc" },
    select: { slug: true, updatedAt: true },
  });
  process.stdout.write(JSON.stringify(documents));
} else if (command === "status") {
  // Written as raw SQL, past the app's own checks: even a status the app does not know,
  // as a hand-edited database or a half-applied migration could leave it.
  const [slug = "", position = "", status = ""] = args;
  const changed =
    await db.$executeRaw`UPDATE "Paragraph" SET "status" = ${status} WHERE "position" = ${Number(position)} AND "documentId" = (SELECT "id" FROM "Document" WHERE "slug" = ${slug})`;
  if (changed !== 1) throw new Error(`no pair ${position} in ${slug}`);
} else if (command === "rows") {
  const [slug = ""] = args;
  const paragraphs = await db.paragraph.findMany({
    where: { document: { slug } },
    orderBy: { position: "asc" },
    include: { revisions: { orderBy: { id: "asc" } }, comments: { orderBy: { id: "asc" } } },
  });
  process.stdout.write(JSON.stringify(paragraphs));
} else {
  console.error("usage: e2e-fixtures.ts account|document|documents|status|rows ...");
  process.exit(2);
}
await db.$disconnect();
