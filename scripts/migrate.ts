// `npm run db:migrate` (`node scripts/prisma.mjs migrate deploy`): applies pending
// migrations with Prisma, beside a running server too (see apply-migrations.ts).
import { applyMigrations } from "./apply-migrations";

process.exitCode = await applyMigrations();
