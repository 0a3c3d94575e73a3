import { describe, expect, it } from '@jest/globals';
import { EVENT_NOTIFICATION_KINDS, LANGUAGES, NOTIFICATION_KINDS } from '@liblab/domain';
import { eventTimeText } from './event-time.js';
import { notificationMail } from './notification.template.js';

describe('notification mail', () => {
  it('is written for every kind in each of the four languages, with the link in text and HTML', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const subjects = new Set<string>();
      for (const language of LANGUAGES) {
        const mail = notificationMail({
          to: 'a@example.org',
          name: 'Ola <Nordmann>',
          language,
          kind,
          actorName: 'Kari <b>',
          title: 'Hur & varför?',
          link: 'https://x.test/questions/1',
          settingsLink: 'https://x.test/settings/notifications',
        });
        subjects.add(mail.subject);
        expect(mail.text).toContain('https://x.test/questions/1');
        expect(mail.text).toContain('Hur & varför?');
        expect(mail.html).toContain('href="https://x.test/questions/1"');
        expect(mail.html).toContain('Hur &#38; varför?');
        expect(mail.html).not.toContain('<Nordmann>');
        expect(mail.html).not.toContain('<b>');
      }
      expect(subjects.size).toBe(4);
    }
  });

  it('names someone when the actor is gone and keeps long titles out of the subject line', () => {
    const mail = notificationMail({
      to: 'a@example.org',
      name: 'Ola',
      language: 'en',
      kind: 'answer_to_my_question',
      actorName: null,
      title: 'x'.repeat(200),
      link: 'https://x.test/q',
      settingsLink: 'https://x.test/s',
    });
    expect(mail.text).toContain('Someone answered');
    expect(mail.subject.length).toBeLessThan(120);
  });

  it('names an event’s start in its own zone, in the reader’s language, for the kinds about an event', () => {
    const startsAt = new Date('2026-03-30T16:00:00Z');
    expect(eventTimeText(startsAt, 'Europe/Oslo', 'en')).toMatch(/30 March 2026.*18:00.*CEST/);
    expect(eventTimeText(startsAt, 'Europe/Warsaw', 'pl')).toMatch(/30 marca 2026.*18:00/);
    for (const kind of EVENT_NOTIFICATION_KINDS) {
      for (const language of LANGUAGES) {
        const mail = notificationMail({
          to: 'a@example.org', name: 'Ola', language, kind, actorName: 'Elin', title: 'Språkkafé-treff',
          when: eventTimeText(startsAt, 'Europe/Oslo', language), link: 'https://x.test/events/1', settingsLink: 'https://x.test/s',
        });
        expect(mail.subject).toContain('Språkkafé-treff');
        expect(mail.text).toMatch(/Språkkafé-treff.{1,3}\(.*2026.*\)/);
      }
    }
    // Without a time nothing is left dangling.
    const bare = notificationMail({ to: 'a@example.org', name: 'Ola', language: 'en', kind: 'event_cancelled', actorName: null, title: 'Treff', link: 'l', settingsLink: 's' });
    expect(bare.text).toContain('Someone cancelled “Treff”. Your registration');
  });
});
