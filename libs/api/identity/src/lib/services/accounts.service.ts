import { BadUserInputException } from '@entraide/api-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';

import { UserEntity } from '../entities/user.entity';
import { EmailTakenException, WrongCredentialsException } from '../identity.exception';
import { SignInInput, SignUpInput } from '../dto/inputs/identity.inputs';
import { ViewerModel } from '../models/viewer.model';
import { displayNameProblem, normaliseEmail, passwordProblem } from '../utils/credentials.util';
import { PasswordHasher } from './password-hasher.service';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Creates a citizen account; every check happens before anything is written. */
  async signUp(input: SignUpInput): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    if (!email) throw new BadUserInputException('This is not a valid email address.');
    const nameProblem = displayNameProblem(input.displayName);
    if (nameProblem) throw new BadUserInputException(nameProblem);
    const weakPassword = passwordProblem(input.password);
    if (weakPassword) throw new BadUserInputException(weakPassword);

    const passwordHash = await this.hasher.hash(input.password);
    try {
      const [user] = (
        await this.users
          .createQueryBuilder()
          .insert()
          .values({ email, displayName: input.displayName.trim(), passwordHash })
          .returning('*')
          .execute()
      ).generatedMaps as UserEntity[];
      return this.users.findOneByOrFail({ id: user.id });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw new EmailTakenException();
      }
      throw error;
    }
  }

  /** The account these credentials open; the same answer, in about the same time, for an unknown email. */
  async authenticate(input: SignInInput): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    const user = email ? await this.users.findOneBy({ email }) : null;
    const matches = await this.hasher.verify(user?.passwordHash, input.password);
    if (!user || !matches) throw new WrongCredentialsException();
    return user;
  }
}

export function toViewerModel(user: UserEntity): ViewerModel {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt,
  };
}
