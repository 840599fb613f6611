// What the app's code and tests call of the handler; Next itself loads the .mjs by path.
export declare const CHANNEL: string;

export default class ClusterCacheHandler {
  constructor(context: object);
  get(key: string, context: { kind: string; isFallback?: boolean }): Promise<{ lastModified: number; value: unknown } | null>;
  set(key: string, data: object | null, context: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}
