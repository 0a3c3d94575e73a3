/**
 * Rendered calendar files, per process, so a feed that many calendar apps poll is rendered once per change.
 * Rendering is CPU work that blocks the event loop (ical-generator folds lines with a TextEncoder call per
 * character: about 2 ms per kB, some 0.3–0.7 s for 300 events — measured, see docs), while deciding
 * whether anything changed takes one statement. An entry is used only while its fingerprint (the events'
 * ids, versions, last changes and the member's places, plus the hour) is the same; the whole cache keeps
 * at most MAX_BYTES of text, dropping the oldest entries first.
 */
export class RenderedFeedCache {
  private readonly entries = new Map<string, { fingerprint: string; body: string }>();
  private bytes = 0;

  constructor(private readonly maxBytes = 16 * 1024 * 1024) {}

  get(key: string, fingerprint: string): string | null {
    const entry = this.entries.get(key);
    return entry?.fingerprint === fingerprint ? entry.body : null;
  }

  set(key: string, fingerprint: string, body: string): void {
    this.delete(key);
    if (body.length > this.maxBytes) return;
    this.entries.set(key, { fingerprint, body });
    this.bytes += body.length;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }
}
