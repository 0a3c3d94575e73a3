import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { KNOWLEDGE_LIMITS, LIMITS } from '@liblab/domain';
import { PagingArgs } from '../../../core/graphql/paging.args.js';
import { LanguageEnum } from '../../../core/graphql/domain-enums.js';
import { IsRichText } from '../../posts/dto/rich-text.validator.js';
import { MonthStatusEnum } from '../models/month.model.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const MONTH_LIMITS = { themeMax: 120, expertsMax: 30, answerHoursMax: 720, bestAnswersMax: 20 } as const;

@InputType({ description: 'What a coordinator writes about a thematic month.' })
export class MonthInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(KNOWLEDGE_LIMITS.titleMin, KNOWLEDGE_LIMITS.titleMax, {
    message: `Give a title of ${KNOWLEDGE_LIMITS.titleMin} to ${KNOWLEDGE_LIMITS.titleMax} characters.`,
  })
  title: string;

  @Field({ description: 'The theme in a few words, e.g. "Nowe technologie".' })
  @Transform(trim)
  @IsString()
  @Length(2, MONTH_LIMITS.themeMax, { message: `Give a theme of 2 to ${MONTH_LIMITS.themeMax} characters.` })
  theme: string;

  @Field({ defaultValue: '', description: 'Plain text.' })
  @Transform(trim)
  @IsString()
  @MaxLength(LIMITS.descriptionMax, { message: `Keep the description under ${LIMITS.descriptionMax} characters.` })
  description: string = '';

  @Field()
  @IsDate({ message: 'Give the start date and time.' })
  startsAt: Date;

  @Field({ description: 'After startsAt.' })
  @IsDate({ message: 'Give the end date and time.' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'An https:// address of the cover image.' })
  @IsOptional()
  @Transform(trim)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Give a full image address starting with https://.' })
  @MaxLength(LIMITS.urlMax, { message: `Keep the address under ${LIMITS.urlMax} characters.` })
  coverImageUrl?: string | null;

  @Field(() => Int, { defaultValue: 48, description: 'Hours within which experts promise an answer (1 to 720).' })
  @IsInt()
  @Min(1, { message: 'Promise an answer within at least one hour.' })
  @Max(MONTH_LIMITS.answerHoursMax, { message: `Promise an answer within ${MONTH_LIMITS.answerHoursMax} hours at most.` })
  answerHours: number = 48;

  @Field(() => [ID], {
    nullable: true,
    description: 'Invited experts (member ids). On create, none if left out; on update, left out keeps the experts as they are.',
  })
  @IsOptional()
  @ArrayMaxSize(MONTH_LIMITS.expertsMax, { message: `Invite at most ${MONTH_LIMITS.expertsMax} experts.` })
  @IsUUID('all', { each: true, message: 'Choose experts from the member directory.' })
  expertIds?: string[] | null;
}

@InputType()
export class MonthFilter {
  @Field(() => MonthStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(MonthStatusEnum, { message: 'Choose a status from the list.' })
  status?: MonthStatusEnum | null;

  @Field(() => Boolean, { nullable: true, description: 'Only months that have not ended yet (running or upcoming).' })
  @IsOptional()
  @IsBoolean()
  current?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only months that have ended.' })
  @IsOptional()
  @IsBoolean()
  past?: boolean | null;
}

@ArgsType()
export class MonthQuestionsArgs extends PagingArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only questions without an expert answer yet.' })
  @IsOptional()
  @IsBoolean()
  unanswered?: boolean | null;
}

@InputType({ description: 'What gathers an archived month into an inspiration.' })
export class ArchiveMonthInput {
  @Field({ description: 'HTML from the rich-text editor; sanitised on the server.' })
  @IsRichText()
  summary: string;

  @Field(() => [ID], { description: 'Answers to questions of this month, quoted in the order given.' })
  @ArrayMaxSize(MONTH_LIMITS.bestAnswersMax, { message: `Choose at most ${MONTH_LIMITS.bestAnswersMax} answers.` })
  @IsUUID('all', { each: true, message: 'Choose answers of this month.' })
  bestAnswerIds: string[];

  @Field(() => LanguageEnum, { description: 'The language of the summary (and of the inspiration).' })
  @IsEnum(LanguageEnum, { message: 'Choose a language from the list.' })
  language: LanguageEnum;
}
