import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsString, MaxLength, ValidateNested } from 'class-validator';
import { KNOWLEDGE_LIMITS } from '@liblab/domain';
import { LinkInput, PostFields, PostFilterFields } from '../../posts/dto/post-fields.input.js';

const L = KNOWLEDGE_LIMITS;

@InputType({ description: 'A good practice: what was done, how, and where to read more.' })
export class InspirationInput extends PostFields {
  @Field({ defaultValue: '', description: 'Plain text shown in lists.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(L.summaryMax, { message: `Keep the summary under ${L.summaryMax} characters.` })
  summary: string = '';

  @Field(() => [LinkInput], { defaultValue: [] })
  @ArrayMaxSize(L.linksMax, { message: `Add at most ${L.linksMax} links.` })
  @ValidateNested({ each: true })
  @Type(() => LinkInput)
  links: LinkInput[] = [];

  @Field(() => [LinkInput], { defaultValue: [], description: 'Files kept elsewhere, by title and address.' })
  @ArrayMaxSize(L.linksMax, { message: `Add at most ${L.linksMax} attachments.` })
  @ValidateNested({ each: true })
  @Type(() => LinkInput)
  attachments: LinkInput[] = [];
}

@InputType()
export class InspirationFilter extends PostFilterFields {}
