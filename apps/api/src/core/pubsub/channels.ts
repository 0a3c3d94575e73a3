/** Every PubSub channel name, in one place. Payloads carry ids; subscribers load what they show. */
export const CHANNELS = {
  libraryMemberJoined: 'LIBRARY_MEMBER_JOINED',
  memberUpdated: 'MEMBER_UPDATED',
} as const;
