import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** What a domain holds about a person, for "download my data" and "delete my account". */
export interface PersonalDataSection {
  /** The key of the section in the exported document. */
  name: string;
  export(userId: string, manager: EntityManager): Promise<unknown>;
  /**
   * Erases or anonymises the person's data inside the deletion's transaction; throws a ConflictException
   * (with what to do first) when the account cannot go yet.
   */
  erase(userId: string, tx: EntityManager): Promise<void>;
}

/** Domains register their sections here when their module starts, so that identity need not know them. */
@Injectable()
export class PersonalDataRegistry {
  private readonly sections: PersonalDataSection[] = [];

  register(section: PersonalDataSection): void {
    this.sections.push(section);
  }

  all(): readonly PersonalDataSection[] {
    return this.sections;
  }
}
