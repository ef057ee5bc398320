import { DEMO_ACCOUNTS } from '@entraide/api-identity';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { AnnouncementsService } from './announcements.service';

/** The demo's first announcement, so that partners find one in their notifications and on the extranet. */
@Injectable()
export class DemoAnnouncementsService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly announcements: AnnouncementsService,
  ) {}

  async seed(): Promise<void> {
    const coordinator = DEMO_ACCOUNTS.find((account) => account.role === 'COORDINATOR')!;
    const [{ id }] = await this.manager.query(`SELECT id FROM app_user WHERE email = $1`, [
      coordinator.email,
    ]);
    await this.announcements.publish(id, {
      title: 'Collecte de manteaux avant le grand froid',
      body:
        'Les points de collecte du 18e et du 19e reçoivent en priorité manteaux, bonnets et chaussettes jusqu’à ' +
        'fin décembre. Signalez vos besoins dans Entraide pour que les dons partent vers vous.',
      districtCode: '75018',
    });
  }
}
