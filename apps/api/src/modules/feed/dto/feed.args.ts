import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ALL_REGIONS, KNOWLEDGE_LIMITS } from '@liblab/domain';
import { LanguageEnum } from '../../../core/graphql/domain-enums.js';
import { PagingArgs } from '../../../core/graphql/paging.args.js';
import { FeedSort, PostKindEnum } from '../models/feed.model.js';

@InputType({ description: 'What the home feed shows and in which order; the same filter narrows feedPostAdded.' })
export class FeedFilter {
  @Field(() => FeedSort, { nullable: true, description: 'FOR_YOU when absent.' })
  @IsOptional()
  @IsEnum(FeedSort, { message: 'Choose an order from the list.' })
  sort?: FeedSort | null;

  @Field(() => PostKindEnum, { nullable: true, description: 'Only inspirations or only questions.' })
  @IsOptional()
  @IsEnum(PostKindEnum, { message: 'Choose inspirations or questions.' })
  kind?: PostKindEnum | null;

  @Field(() => String, { nullable: true, description: 'A tag slug (or name).' })
  @IsOptional()
  @IsString()
  @MaxLength(KNOWLEDGE_LIMITS.tagMax * 2)
  tag?: string | null;

  @Field(() => LanguageEnum, { nullable: true })
  @IsOptional()
  @IsEnum(LanguageEnum, { message: 'Choose a language from the list.' })
  language?: LanguageEnum | null;

  @Field(() => String, { nullable: true, description: "Region key (voivodeship, län or fylke) of the post's library." })
  @IsOptional()
  @IsIn(ALL_REGIONS, { message: 'Choose a region from the list.' })
  region?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only questions without an answer.' })
  @IsOptional()
  @IsBoolean()
  unanswered?: boolean | null;
}

@ArgsType()
export class FeedArgs extends PagingArgs {
  @Field(() => FeedFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FeedFilter)
  filter?: FeedFilter | null;
}

@ArgsType()
export class FeedPostAddedArgs {
  @Field(() => FeedFilter, { nullable: true, description: 'The feed filter on screen (its sort is ignored).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FeedFilter)
  filter?: FeedFilter | null;
}
