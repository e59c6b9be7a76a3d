/** Login throttling rule: after `maxFailures` failures for one username from one address
 * within `windowMs`, refuse until the oldest counted failure leaves the window. */
export const LOGIN_THROTTLE = { maxFailures: 10, windowMs: 15 * 60 * 1000 } as const;

/** Seconds to wait, or 0 when a login attempt is allowed. `failures` are times (ms) within the window. */
export function retryAfterSeconds(failures: number[], now: number, rule: { maxFailures: number; windowMs: number } = LOGIN_THROTTLE): number {
  const recent = failures.filter((t) => t > now - rule.windowMs && t <= now).sort((a, b) => a - b);
  if (recent.length < rule.maxFailures) return 0;
  const unlockAt = recent[recent.length - rule.maxFailures]! + rule.windowMs;
  return Math.max(1, Math.ceil((unlockAt - now) / 1000));
}
