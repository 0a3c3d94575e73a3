import { describe, expect, it } from '@jest/globals';
import { LANGUAGES } from '@liblab/domain';
import { passwordResetMail } from './password-reset.template.js';

describe('password reset mail', () => {
  it('is written in each of the four languages and carries the link in text and HTML', () => {
    const subjects = new Set<string>();
    for (const language of LANGUAGES) {
      const mail = passwordResetMail('a@example.org', 'Ola <Nordmann>', language, 'https://x.test/reset-password?token=abc');
      subjects.add(mail.subject);
      expect(mail.text).toContain('https://x.test/reset-password?token=abc');
      expect(mail.html).toContain('href="https://x.test/reset-password?token=abc"');
      expect(mail.html).not.toContain('<Nordmann>');
    }
    expect(subjects.size).toBe(4);
  });
});
