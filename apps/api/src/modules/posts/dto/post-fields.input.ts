import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { KNOWLEDGE_LIMITS, LIMITS } from '@liblab/domain';
import { LanguageEnum } from '../../../core/graphql/domain-enums.js';
import { IsRichText } from './rich-text.validator.js';

const L = KNOWLEDGE_LIMITS;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType({ description: 'A link or an attachment: what it is and where it lives.' })
export class LinkInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.linkTitleMax, { message: `Give the link a title of up to ${L.linkTitleMax} characters.` })
  title: string;

  @Field()
  @Transform(trim)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Give a full web address starting with https://.' })
  @MaxLength(LIMITS.urlMax, { message: `Keep the address under ${LIMITS.urlMax} characters.` })
  url: string;
}

/** What inspirations and questions share: title, body, language and tags. */
@InputType({ isAbstract: true })
export class PostFields {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(L.titleMin, L.titleMax, { message: `Give a title of ${L.titleMin} to ${L.titleMax} characters.` })
  title: string;

  @Field({ description: 'HTML from the rich-text editor; sanitised on the server.' })
  @IsRichText()
  body: string;

  @Field(() => LanguageEnum, { description: 'The language it is written in.' })
  @IsEnum(LanguageEnum, { message: 'Choose a language from the list.' })
  language: LanguageEnum;

  @Field(() => [String], { defaultValue: [], description: `Up to ${L.tagsMax} tags; new ones are created.` })
  @ArrayMaxSize(L.tagsMax, { message: `Use at most ${L.tagsMax} tags.` })
  @IsString({ each: true })
  @Length(L.tagMin, L.tagMax, { each: true, message: `Each tag needs ${L.tagMin} to ${L.tagMax} characters.` })
  @Matches(/[\p{L}\p{N}]/u, { each: true, message: 'Tags are words: use letters or digits.' })
  tags: string[] = [];
}

/** Filters shared by the inspiration and question lists. */
@InputType({ isAbstract: true })
export class PostFilterFields {
  @Field(() => String, { nullable: true, description: 'A tag slug, e.g. nowe-technologie.' })
  @IsOptional()
  @IsString()
  @MaxLength(L.tagMax * 2)
  tag?: string | null;

  @Field(() => LanguageEnum, { nullable: true })
  @IsOptional()
  @IsEnum(LanguageEnum, { message: 'Choose a language from the list.' })
  language?: LanguageEnum | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a member from the list.' })
  authorId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a library from the list.' })
  libraryId?: string | null;
}
