import { Field, ID, Int, InterfaceType, ObjectType } from '@nestjs/graphql';
import { LanguageEnum } from '../../../core/graphql/domain-enums.js';
import type { ContentKind, LinkRecord } from '../entities/post.entity.js';

const TYPE_NAMES: Record<ContentKind, string> = { inspiration: 'Inspiration', question: 'Question', answer: 'Answer' };

/** Resolvers return plain records; their `kind` names the GraphQL type. */
function resolveType(value: { kind: ContentKind }): string {
  return TYPE_NAMES[value.kind];
}

@ObjectType({ description: 'A link, or an attachment kept elsewhere, by title and address.' })
export class Link implements LinkRecord {
  @Field()
  title: string;

  @Field({ description: 'An http(s) address.' })
  url: string;
}

@InterfaceType({ description: 'Anything a member writes with a rich-text body: inspirations, questions and answers.', resolveType })
export abstract class Content {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Sanitised HTML (paragraphs, headings, lists, quotes, code, links): safe to render as is.' })
  body: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the author last changed it; null if never.' })
  editedAt: Date | null;

  @Field(() => Int, { description: 'Comments on it (deleted ones not counted).' })
  commentCount: number;

  /** Not in the schema: what the field resolvers and access checks need. */
  kind: ContentKind;
  authorId: string | null;
  libraryId: string | null;
  parentId: string | null;
}

@InterfaceType({
  description: 'Inspirations and questions: titled, tagged, in one language, and what members bookmark.',
  implements: () => [Content],
  resolveType,
})
export abstract class Post extends Content {
  @Field()
  title: string;

  @Field(() => LanguageEnum)
  language: LanguageEnum;
}

@InterfaceType({ description: 'Questions and answers: members vote them useful, once each.', resolveType })
export abstract class Votable {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'How many members found it useful.' })
  voteCount: number;

  kind: ContentKind;
  authorId: string | null;
}
