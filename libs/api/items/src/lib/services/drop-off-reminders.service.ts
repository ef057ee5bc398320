import { JobsService } from '@entraide/api-core';
import { NotificationKind, NotificationsService } from '@entraide/api-notifications';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

export const DROP_OFF_REMINDER_QUEUE = 'items-drop-off-reminders';

/** The day before a drop-off, its donor is reminded of the place, time and code (once per booking). */
@Injectable()
export class DropOffRemindersService implements OnModuleInit {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<object>({
      queue: DROP_OFF_REMINDER_QUEUE,
      retryLimit: 2,
      schedule: { cron: '*/15 * * * *', data: {} },
      handle: async () => void (await this.remind()),
    });
  }

  /** Notifies the donors of bookings starting within 24 hours; returns how many were new. */
  async remind(): Promise<number> {
    return this.manager.transaction(async (tx) => {
      const due: { id: string; donor_id: string; code: string; point_name: string; starts_at: Date }[] =
        await tx.query(
          `SELECT b.id, b.donor_id, b.code, cp.name AS point_name, b.slot_starts_at AS starts_at
           FROM drop_off_booking b JOIN collection_point cp ON cp.id = b.collection_point_id
           WHERE b.status = 'BOOKED' AND b.slot_starts_at > now() AND b.slot_starts_at <= now() + interval '24 hours'`,
        );
      let reminded = 0;
      for (const booking of due) {
        reminded += await this.notifications.notify(tx, {
          userIds: [booking.donor_id],
          kind: NotificationKind.DROP_OFF_TOMORROW,
          reference: `booking:${booking.id}`,
          params: {
            code: booking.code,
            pointName: booking.point_name,
            startsAt: booking.starts_at.toISOString(),
          },
          link: '/mes-dons',
        });
      }
      return reminded;
    });
  }
}
