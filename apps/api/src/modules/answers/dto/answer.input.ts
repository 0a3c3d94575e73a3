import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { PagingArgs } from '../../../core/graphql/paging.args.js';
import { IsRichText } from '../../posts/dto/rich-text.validator.js';
import { AnswerSort } from '../models/answer-sort.enum.js';

@InputType()
export class AnswerBodyInput {
  @Field({ description: 'HTML from the rich-text editor; sanitised on the server.' })
  @IsRichText()
  body: string;
}

@InputType()
export class CreateAnswerInput extends AnswerBodyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the question to answer.' })
  questionId: string;
}

@ArgsType()
export class AnswerPageArgs extends PagingArgs {
  @Field(() => AnswerSort, { defaultValue: AnswerSort.ACCEPTED })
  @IsEnum(AnswerSort)
  sort: AnswerSort = AnswerSort.ACCEPTED;
}
