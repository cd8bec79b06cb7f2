import type { z } from 'zod';

/** Zod issues as `path: what is wrong` lines for a file the user gave (a missing key says so). */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const path = i.path.map(String).join('.') || '(top level)';
    const missing = i.code === 'invalid_type' && /received undefined$/.test(i.message);
    return missing ? `${path}: missing (expected ${i.expected})` : `${path}: ${i.message.replace(/^Invalid input: /, '')}`;
  });
}
