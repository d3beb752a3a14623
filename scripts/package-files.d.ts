// Types of package-files.js for the tests that import it.
export declare const REQUIRED_FILES: string[];
export declare const SHIPPED_FOLDERS: string[];
export declare const EXCLUDED: RegExp;
export declare function filesIn(root: string, folder: string): string[];
export declare function missingFiles(root: string): string[];
export declare function staleReason(root: string): string | undefined;
