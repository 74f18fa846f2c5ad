export function buildCore(which?: ('release' | 'debug')[]): Promise<void>;
