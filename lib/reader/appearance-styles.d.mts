export declare const APPEARANCE_STYLES: {
  readonly [Setting in "theme" | "size" | "marks"]: Readonly<Record<string, Readonly<Record<string, string>>>>;
};
export declare function cssBlock(selector: string, declarations: Readonly<Record<string, string>>): string;
export declare function appearanceStyles(): string;
