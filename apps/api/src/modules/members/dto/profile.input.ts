import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { INTERESTS, LIMITS } from '@liblab/domain';
import { LanguageEnum } from '../../../core/graphql/domain-enums.js';

/** Everything a member says about themselves; shared by sign-up and profile editing. */
@InputType({ isAbstract: true })
export class ProfileFields {
  @Field()
  @IsString()
  @Length(LIMITS.nameMin, LIMITS.nameMax, { message: `Give a name of ${LIMITS.nameMin} to ${LIMITS.nameMax} characters.` })
  name: string;

  @Field(() => ID, { description: 'Home library.' })
  @IsUUID('all', { message: 'Choose your library from the list.' })
  libraryId: string;

  @Field(() => [LanguageEnum])
  @ArrayMinSize(1, { message: 'Choose at least one language you read.' })
  @ArrayMaxSize(4)
  @IsEnum(LanguageEnum, { each: true, message: 'Choose languages from the list.' })
  languages: LanguageEnum[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(LIMITS.interestsMax, { message: `Choose at most ${LIMITS.interestsMax} interests.` })
  @IsIn(INTERESTS, { each: true, message: 'Choose interests from the list.' })
  interests: string[] = [];

  @Field(() => LanguageEnum, { defaultValue: LanguageEnum.EN, description: 'Language of the interface and of mail.' })
  @IsEnum(LanguageEnum, { message: 'Choose a language from the list.' })
  locale: LanguageEnum = LanguageEnum.EN;
}

@InputType()
export class UpdateProfileInput extends ProfileFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.positionMax, { message: `Keep the job title under ${LIMITS.positionMax} characters.` })
  position?: string | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(LIMITS.bioMax, { message: `Keep the introduction under ${LIMITS.bioMax} characters.` })
  bio: string = '';

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Give a valid email address, or leave it empty.' })
  @MaxLength(LIMITS.emailMax)
  publicEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.phoneMax, { message: `Keep the phone number under ${LIMITS.phoneMax} characters.` })
  phone?: string | null;
}
