import { describe, expect, it } from '@jest/globals';
import { LANGUAGES, NOTIFICATION_KINDS } from '@liblab/domain';
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
});
