import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Content, Post, Votable } from '../../posts/models/content.model.js';

@ObjectType({ implements: () => [Content, Post, Votable], description: 'A question to the network; members and experts answer.' })
export class Question extends Post implements Votable {
  @Field(() => Int)
  voteCount: number;

  @Field(() => Int, { description: 'Answers (deleted ones not counted); 0 means unanswered.' })
  answerCount: number;
}
