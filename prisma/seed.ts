import { db } from "../lib/db";
import { seedLibrary } from "./seed/seed-library";

// `npm run db:seed`; also run by `npm start` on every start (it only adds what is missing).
const report = await seedLibrary(db);
console.log(
  report.termsAdded || report.documentsAdded.length || report.revisionsAdded
    ? `Seeded ${report.termsAdded} glossary terms and ${report.documentsAdded.length} document(s): ${report.documentsAdded.join(", ") || "none"}; ${report.revisionsAdded} change(s) of the editorial pass.`
    : "Seed content already present; nothing changed.",
);
await db.$disconnect();
