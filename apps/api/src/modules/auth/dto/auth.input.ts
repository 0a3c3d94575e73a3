import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { LIMITS } from '@liblab/domain';
import { ProfileFields } from '../../members/dto/profile.input.js';

const passwordRule = {
  message: `Choose a password of ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters.`,
};

@InputType()
export class SignUpInput extends ProfileFields {
  @Field()
  @IsEmail({}, { message: 'Give a valid email address, like name@library.pl.' })
  @MaxLength(LIMITS.emailMax, { message: 'This email address is too long.' })
  email: string;

  @Field()
  @IsString()
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, passwordRule)
  password: string;
}

@InputType()
export class SignInInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.emailMax)
  email: string;

  @Field()
  @IsString()
  @MaxLength(LIMITS.passwordMax)
  password: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: 'Give a valid email address, like name@library.pl.' })
  @MaxLength(LIMITS.emailMax)
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the emailed link.' })
  @IsString()
  @Length(10, 100, { message: 'This link is not complete; open it again from the email.' })
  token: string;

  @Field()
  @IsString()
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, passwordRule)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.passwordMax)
  currentPassword: string;

  @Field()
  @IsString()
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, passwordRule)
  newPassword: string;
}
