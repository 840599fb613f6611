import { ImageResponse } from "next/og";

/**
 * The app's icon as PNG, for installing it (app/manifest.ts): app/icon.svg's facing
 * pages at `size` pixels, with room around them for a maskable icon.
 */
export function appIcon(size: number): ImageResponse {
  const page = { width: size * 0.24, height: size * 0.42, background: "#fbf9f5", borderRadius: size * 0.02 };
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        gap: size * 0.05,
        background: "#7a2e1d",
      }}
    >
      <div style={page} />
      <div style={page} />
    </div>,
    { width: size, height: size, headers: { "Cache-Control": "public, max-age=86400" } },
  );
}
