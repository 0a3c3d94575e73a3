import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Content } from '../../posts/models/content.model.js';
import type { ContentRecord } from '../../posts/models/content-record.js';
import { QuestionActivityKind } from '../../posts/question-activity.publisher.js';
import { Question } from './question.model.js';

@ObjectType({
  description:
    'Something changed on a question page. The ids say what; the counts and objects are read when the event is delivered, ' +
    'so they are current. Objects are null once deleted.',
})
export class QuestionActivity {
  @Field(() => QuestionActivityKind)
  kind: QuestionActivityKind;

  @Field(() => ID)
  questionId: string;

  @Field(() => ID, { description: 'The question or answer that was commented or voted on, or the answer added, changed or (un)accepted.' })
  contentId: string;

  @Field(() => ID, { nullable: true, description: 'The comment added or deleted.' })
  commentId: string | null;

  @Field(() => Int, { description: 'Live answers of the question now.' })
  answerCount: number;

  @Field(() => Int, { nullable: true, description: 'Votes of the content now; null if it is deleted.' })
  voteCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Live comments of the content now; null if it is deleted.' })
  commentCount: number | null;

  @Field(() => ID, { nullable: true, description: 'The accepted answer now, if any.' })
  acceptedAnswerId: string | null;

  @Field(() => Question, { nullable: true, description: 'The question now; null once deleted.' })
  question: ContentRecord | null;

  @Field(() => Content, { nullable: true, description: 'The content now (question or answer); null once deleted.' })
  content: ContentRecord | null;
}
