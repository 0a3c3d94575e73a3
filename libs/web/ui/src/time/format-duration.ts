/** "45 seconds", "2 minutes", in the given language, rounded up to whole minutes past 90 seconds. */
export function formatSeconds(seconds: number, language: string): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole > 90) {
    return new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(Math.ceil(whole / 60));
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(whole);
}
