import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { LIMITS } from '@liblab/domain';
import { LanguageEnum } from '../../../core/graphql/domain-enums.js';
import { PagingArgs } from '../../../core/graphql/paging.args.js';
import { SearchKind } from '../models/search-hit.model.js';

@InputType()
export class SearchFilter {
  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds of results (all when empty or absent).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(SearchKind, { each: true, message: 'Choose kinds from the list.' })
  kinds?: SearchKind[] | null;

  @Field(() => LanguageEnum, {
    nullable: true,
    description: 'Content in this language, and members who list it; tags have no language and are kept.',
  })
  @IsOptional()
  @IsEnum(LanguageEnum, { message: 'Choose a language from the list.' })
  language?: LanguageEnum | null;

  @Field(() => String, {
    nullable: true,
    description: 'A tag slug: only inspirations and questions with the tag, and answers to such questions (no members or tags).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  tag?: string | null;
}

@ArgsType()
export class SearchArgs extends PagingArgs {
  @Field({
    description:
      `What the person typed, in any form: words, "quoted phrases", -excluded words, OR. Never an error: only the first ` +
      `${LIMITS.searchMax} characters are used, control characters are dropped, and an empty or blank query gives an empty result.`,
  })
  @IsString()
  query: string;

  @Field(() => SearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchFilter)
  filter?: SearchFilter | null;
}
