export declare const textCases: Array<[string, string]>;
export declare const truncateCases: Array<[string, number, string]>;
export declare const kindCases: Array<[string[], 'release' | 'hoax-clarification' | 'announcement']>;
export declare const agencyIdCases: Array<[string, boolean]>;
