// Run by the browser tests through tsx, against the test server's database:
//   e2e-fixtures.ts account USERNAME ROLE "DISPLAY NAME"   (password on stdin)
//   e2e-fixtures.ts document SLUG                          (a three-pair text to work on)
//   e2e-fixtures.ts rows TABLE SLUG                        (JSON of the text's paragraphs/revisions/comments)
// Each spec gets a document of its own, so specs running side by side never share pairs.
import { createUser } from "../../lib/auth/accounts";
import { db } from "../../lib/db";
import { storeDocument } from "../../lib/import/store-document";

const [command, ...args] = process.argv.slice(2);

if (command === "account") {
  const [username = "", role = "", displayName = ""] = args;
  const password = (await new Response(process.stdin as unknown as ReadableStream).text()).trim();
  // Another spec running alongside may create the same account at the same moment.
  await createUser(db, { username, role: role as "translator", displayName, password }).catch(async (error: unknown) => {
    if (!(await db.user.findUnique({ where: { username } }))) throw error;
  });
} else if (command === "document") {
  const [slug = ""] = args;
  if (!(await db.document.findUnique({ where: { slug } }))) {
    // Each spec names its own slug, so no two processes store the same one.
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
      },
      { origin: "import" },
    );
  }
} else if (command === "rows") {
  const [slug = ""] = args;
  const paragraphs = await db.paragraph.findMany({
    where: { document: { slug } },
    orderBy: { position: "asc" },
    include: { revisions: { orderBy: { id: "asc" } }, comments: { orderBy: { id: "asc" } } },
  });
  process.stdout.write(JSON.stringify(paragraphs));
} else {
  console.error("usage: e2e-fixtures.ts account|document|rows ...");
  process.exit(2);
}
await db.$disconnect();
