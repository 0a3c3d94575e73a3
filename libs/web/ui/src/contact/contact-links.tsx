import { Anchor } from '@mantine/core';

/** Digits and a leading + only, for tel: links ("+48 71 335 54 00" → "tel:+48713355400"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** An email address that opens the mail program. */
export function EmailLink({ address }: { address: string }) {
  return <Anchor href={`mailto:${address}`}>{address}</Anchor>;
}

/** A phone number as written, that calls it where the device can. */
export function PhoneLink({ phone }: { phone: string }) {
  return <Anchor href={telHref(phone)}>{phone}</Anchor>;
}
