import { registerEnumType } from '@nestjs/graphql';

/** Values are @liblab/domain ANSWER_SORTS. */
export enum AnswerSort {
  ACCEPTED = 'accepted',
  VOTES = 'votes',
  NEWEST = 'newest',
}
registerEnumType(AnswerSort, {
  name: 'AnswerSort',
  description: 'ACCEPTED: the accepted answer, then most votes, then oldest. VOTES: most votes, then oldest. NEWEST: newest first.',
});
