export const DOMAINS: string[];
export function buildCore(which?: string[]): Promise<void>;
