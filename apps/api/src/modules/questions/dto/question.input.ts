import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PostFields, PostFilterFields } from '../../posts/dto/post-fields.input.js';

@InputType({ description: 'A question to the network.' })
export class QuestionInput extends PostFields {}

@InputType()
export class QuestionFilter extends PostFilterFields {
  @Field(() => Boolean, { nullable: true, description: 'Only questions nobody has answered yet.' })
  @IsOptional()
  @IsBoolean()
  unanswered?: boolean | null;
}
