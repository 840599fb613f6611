import { z } from "zod";
import { ReviewStatus } from "../generated/prisma/enums";

/** A pair's review statuses, in the order of its progress, as the schema declares them. */
export const REVIEW_STATUSES = Object.values(ReviewStatus);

export const reviewStatusSchema = z.enum(ReviewStatus);
