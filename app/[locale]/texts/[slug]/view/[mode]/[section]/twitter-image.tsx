// The same card for Twitter/X: its large summary card takes the 1200×630 image as is.
export { default, generateImageMetadata } from "./opengraph-image";

export const dynamic = "force-dynamic";
