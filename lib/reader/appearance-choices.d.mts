export declare const APPEARANCE_CHOICES: {
  readonly theme: { readonly cookie: string; readonly values: readonly ["system", "light", "sepia", "dark"]; readonly fallback: "system" };
  readonly size: { readonly cookie: string; readonly values: readonly ["s", "m", "l", "xl"]; readonly fallback: "m" };
  readonly marks: { readonly cookie: string; readonly values: readonly ["all", "first", "off"]; readonly fallback: "all" };
};
