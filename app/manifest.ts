import type { MetadataRoute } from "next";

/** Installable: the app's name, its start page and its icons (app/icon.svg, app/app-icon-*.png). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "A Fronte",
    short_name: "A Fronte",
    description: "Italian and English texts side by side, paragraph by paragraph · Testi italiani e inglesi a fronte",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#fbf9f5",
    theme_color: "#7a2e1d",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/app-icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/app-icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/app-icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
