import { describe, expect, it } from '@jest/globals';
import { mentionedMemberIds, mentionMarkup, MENTIONS_MAX, splitMentions } from './notifications.js';

const OLA = '6f1c2b7e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
const KARI = 'A0B1C2D3-E4F5-4a6b-8c7d-9e0f1a2b3c4d';

describe('mentions', () => {
  it('finds each mentioned member once, in order, and ignores look-alikes', () => {
    const text = `<p>Hej @[Ola Nordmann](${OLA}) och @[Kari](${KARI}), @[Ola](${OLA}) igen. @Ola, @[x](not-an-id), [Ola](${OLA})</p>`;
    expect(mentionedMemberIds(text)).toEqual([OLA, KARI.toLowerCase()]);
  });

  it('writes the markup it reads, whatever the name holds', () => {
    const markup = mentionMarkup('Ola [admin]\nNordmann', OLA);
    expect(markup).toBe(`@[Ola  admin  Nordmann](${OLA})`);
    expect(mentionedMemberIds(markup)).toEqual([OLA]);
  });

  it('notifies at most MENTIONS_MAX members from one text', () => {
    const ids = Array.from({ length: MENTIONS_MAX + 5 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(mentionedMemberIds(ids.map((id) => mentionMarkup('X', id)).join(' '))).toHaveLength(MENTIONS_MAX);
  });

  it('splits text into plain parts and mentions', () => {
    expect(splitMentions(`Tack @[Ola](${OLA})!`)).toEqual([{ text: 'Tack ' }, { name: 'Ola', memberId: OLA }, { text: '!' }]);
  });
});
