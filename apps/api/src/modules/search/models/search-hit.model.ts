import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionOf } from '../../../core/graphql/connection.js';
import { LanguageEnum } from '../../../core/graphql/domain-enums.js';

export enum SearchKind {
  INSPIRATION = 'inspiration',
  QUESTION = 'question',
  ANSWER = 'answer',
  MEMBER = 'member',
  TAG = 'tag',
}
registerEnumType(SearchKind, { name: 'SearchKind', description: 'What a search hit is.' });

@ObjectType({
  description:
    'One search result. `kind` and `id` name the thing (for answers, `questionId` names the page to open; for tags, `slug`).',
})
export class SearchHit {
  @Field(() => SearchKind)
  kind: SearchKind;

  @Field(() => ID)
  id: string;

  @Field({ description: "Plain text: the post's title (an answer's: its question's), the member's name or the tag's name." })
  title: string;

  @Field({
    description:
      'A short extract around the matched words as an HTML fragment: every character of the text is escaped (&amp; &lt; &gt; &quot; &#39;) ' +
      'and the only tags are <mark> and </mark> around matched words. Render it as HTML inside a text container (or split it on the ' +
      'two marks and unescape the text parts); never pass other HTML through.',
  })
  snippet: string;

  @Field(() => Float, { description: 'Higher is better; comparable within one result list only.' })
  rank: number;

  @Field(() => LanguageEnum, { nullable: true, description: 'The content language; null for members and tags.' })
  language: LanguageEnum | null;

  @Field(() => ID, { nullable: true, description: 'Answers: the question they answer.' })
  questionId: string | null;

  @Field(() => String, { nullable: true, description: 'Tags: the slug for the tag page.' })
  slug: string | null;
}

export const SearchHitConnection = ConnectionOf(SearchHit, 'SearchHit');
