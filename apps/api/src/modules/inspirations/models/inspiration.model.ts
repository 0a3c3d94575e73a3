import { Field, ObjectType } from '@nestjs/graphql';
import { Content, Link, Post } from '../../posts/models/content.model.js';

@ObjectType({ implements: () => [Content, Post], description: 'A good practice a library shares: what it did and how.' })
export class Inspiration extends Post {
  @Field({ description: 'Plain-text summary shown in lists.' })
  summary: string;

  @Field(() => [Link])
  links: Link[];

  @Field(() => [Link], { description: 'Files (programmes, scenarios, posters) by title and address.' })
  attachments: Link[];
}
