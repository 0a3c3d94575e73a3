import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { NOTIFICATION_KINDS } from '@liblab/domain';
import { NotificationKindEnum } from '../../../core/graphql/domain-enums.js';
import { PagingArgs } from '../../../core/graphql/paging.args.js';

@ArgsType()
export class NotificationsArgs extends PagingArgs {
  @Field({ defaultValue: false, description: 'Only those not read yet.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly: boolean = false;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKindEnum)
  @IsEnum(NotificationKindEnum)
  kind: NotificationKindEnum;

  @Field()
  @IsBoolean()
  email: boolean;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], { description: 'The kinds to change; kinds not listed keep their setting.' })
  @ArrayMaxSize(NOTIFICATION_KINDS.length * 2)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences: NotificationPreferenceInput[];
}
