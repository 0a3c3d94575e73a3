import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A short plain-text comment on an inspiration, question or answer.' })
export class Comment {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Plain text: show it as text, not HTML.' })
  body: string;

  @Field()
  createdAt: Date;

  /** Not in the schema. */
  postId: string;
  authorId: string | null;
}
