import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length } from 'class-validator';
import { KNOWLEDGE_LIMITS } from '@liblab/domain';

@InputType()
export class AddCommentInput {
  @Field(() => ID, { description: 'The inspiration, question or answer commented on.' })
  @IsUUID('all', { message: 'Choose what to comment on.' })
  contentId: string;

  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, KNOWLEDGE_LIMITS.commentMax, { message: `Write a comment of up to ${KNOWLEDGE_LIMITS.commentMax} characters.` })
  body: string;
}
