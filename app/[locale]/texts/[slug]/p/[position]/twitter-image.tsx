// The same quote card for Twitter/X.
export { default, generateImageMetadata } from "./opengraph-image";

export const dynamic = "force-dynamic";
