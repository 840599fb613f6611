// The reader's appearance settings as next.config.mjs needs them: each one's cookie
// and choices, so that a choice in a URL (?theme=dark) is remembered without
// JavaScript. Their styles are in appearance.ts. Plain JavaScript because
// next.config.mjs imports it through reader-routes.mjs; typed by appearance-choices.d.mts.

export const APPEARANCE_CHOICES = {
  theme: { cookie: "a-fronte-theme", values: ["system", "light", "sepia", "dark"], fallback: "system" },
  size: { cookie: "a-fronte-size", values: ["s", "m", "l", "xl"], fallback: "m" },
  marks: { cookie: "a-fronte-marks", values: ["all", "first", "off"], fallback: "all" },
};
