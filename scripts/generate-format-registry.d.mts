// Types of generate-format-registry.mjs, for the TypeScript files that run it.
export interface ScannedLineFormat {
  name: string;
  id: string;
  order: number;
  module: string;
  where: string;
}
export function scanLineFormats(formatsDir: string): ScannedLineFormat[];
export function generateFormatRegistry(root: string): boolean;
