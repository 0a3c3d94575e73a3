import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Content, Votable } from '../../posts/models/content.model.js';

@ObjectType({ implements: () => [Content, Votable], description: 'An answer to a question.' })
export class Answer extends Content implements Votable {
  @Field(() => Int)
  voteCount: number;

  @Field({ description: 'Written by a member who held the expert role when answering.' })
  byExpert: boolean;

  @Field({ description: 'Accepted by the asker or a coordinator; at most one answer per question.' })
  accepted: boolean;
}
