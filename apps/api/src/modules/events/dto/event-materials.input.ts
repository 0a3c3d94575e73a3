import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsUrl, MaxLength } from 'class-validator';
import { LIMITS } from '@liblab/domain';

const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const WEB_ADDRESS = { protocols: ['http', 'https'], require_protocol: true };
const WEB_ADDRESS_MESSAGE = 'Give a full web address starting with https:// or http://.';

@InputType({ description: 'What is shared after an event. Both links are replaced; null (or empty) removes one.' })
export class EventMaterialsInput {
  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsUrl(WEB_ADDRESS, { message: WEB_ADDRESS_MESSAGE })
  @MaxLength(LIMITS.urlMax, { message: `Keep the address under ${LIMITS.urlMax} characters.` })
  recordingUrl?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsUrl(WEB_ADDRESS, { message: WEB_ADDRESS_MESSAGE })
  @MaxLength(LIMITS.urlMax, { message: `Keep the address under ${LIMITS.urlMax} characters.` })
  slidesUrl?: string | null;
}
