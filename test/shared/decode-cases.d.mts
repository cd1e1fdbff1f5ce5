export declare const bytes: (s: string) => Uint8Array;
export interface DecodeCase {
  name: string;
  bytes: Uint8Array;
  contentType?: string;
  text: string;
}
export declare const decodeCases: DecodeCase[];
