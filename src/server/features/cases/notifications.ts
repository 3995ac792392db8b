// E-mail notifications: assignment, escalation, advice requested and overdue tasks. Messages
// go through a job queue (cases.send-mail) so a slow or failed mail server never blocks or
// undoes a change to a case, and pg-boss retries a failed send. A message names the case by
// number and links to it; it never carries the post or anyone's details, because e-mail leaves
// the trust's systems' control (MC-SS01 §4.4).
import nodemailer, { type Transporter } from "nodemailer";
import { ConfigError } from "../../platform/config.js";

export interface MailSettings {
  /** smtp://user:pass@host:port or smtps://…; none: messages are logged, not sent. */
  smtpUrl?: string;
  from: string;
}

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}

type Env = Record<string, string | undefined>;

export function loadMailSettings(env: Env = process.env): MailSettings {
  const smtpUrl = env.POSTGUARD_SMTP_URL || undefined;
  if (smtpUrl) {
    let parsed: URL;
    try {
      parsed = new URL(smtpUrl);
    } catch {
      throw new ConfigError(
        "POSTGUARD_SMTP_URL",
        "is not a URL (expected smtp://host:port or smtps://host:port)",
      );
    }
    if (!["smtp:", "smtps:"].includes(parsed.protocol))
      throw new ConfigError("POSTGUARD_SMTP_URL", "must start with smtp:// or smtps://");
  }
  const from = env.POSTGUARD_MAIL_FROM || "postguard <postguard@localhost>";
  return { smtpUrl, from };
}

/** How often overdue tasks are looked for: every 15 minutes unless POSTGUARD_OVERDUE_CRON says otherwise. */
export const DEFAULT_OVERDUE_CRON = "*/15 * * * *";

export function loadOverdueCron(env: Env = process.env): string {
  const cron = env.POSTGUARD_OVERDUE_CRON?.trim() || DEFAULT_OVERDUE_CRON;
  if (!/^\S+( +\S+){4}$/.test(cron) || !/^[\d*/, -]+$/.test(cron))
    throw new ConfigError(
      "POSTGUARD_OVERDUE_CRON",
      `"${cron}" is not a cron schedule of five fields (minute hour day month weekday), e.g. "*/15 * * * *"`,
    );
  return cron;
}

export class Mailer {
  readonly #transport: Transporter;
  readonly sends: boolean;

  constructor(private readonly settings: MailSettings) {
    this.sends = Boolean(settings.smtpUrl);
    // Without a mail server the message is rendered (so mistakes still show) but goes nowhere.
    this.#transport = settings.smtpUrl
      ? nodemailer.createTransport(settings.smtpUrl)
      : nodemailer.createTransport({ jsonTransport: true });
  }

  async send(mail: Mail): Promise<void> {
    await this.#transport.sendMail({
      from: this.settings.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
  }

  close(): void {
    this.#transport.close();
  }
}

const footer = (link: string) =>
  `\n\nOpen the case: ${link}\n\nThis message deliberately leaves out the post and the people involved. Sign in to postguard to read them.\n`;

export const messages = {
  assigned(number: number, link: string, reason: string): Omit<Mail, "to"> {
    return {
      subject: `Case ${number} has been assigned to you`,
      text: `A social media case has been assigned to you to investigate (${reason}).${footer(link)}`,
    };
  },
  escalated(number: number, link: string, reason: string): Omit<Mail, "to"> {
    return {
      subject: `Case ${number} has been escalated to you`,
      text: `A social media case has been escalated to you as the manager at the next level above (CCC-SMP §9 b). Reason: ${reason}.${footer(link)}`,
    };
  },
  adviserAdded(number: number, link: string, adviser: string): Omit<Mail, "to"> {
    return {
      subject: `Case ${number}: ${adviser} asked to advise`,
      text: `${adviser} has been added as adviser to a social media case (MTW-SMP §3.3, §3.4).${footer(link)}`,
    };
  },
  hrAdviceRequested(number: number, link: string): Omit<Mail, "to"> {
    return {
      subject: `Case ${number} is waiting for HR advice`,
      text: `The investigating manager has asked HR for advice on a social media case (MTW-SMP §3.3).${footer(link)}`,
    };
  },
  taskAssigned(number: number, link: string, title: string, due: Date): Omit<Mail, "to"> {
    return {
      subject: `Case ${number}: a task for you, due ${due.toISOString().slice(0, 10)}`,
      text: `Task: ${title}\nDue: ${due.toISOString().slice(0, 10)}${footer(link)}`,
    };
  },
  taskOverdue(number: number, link: string, title: string, due: Date): Omit<Mail, "to"> {
    return {
      subject: `Case ${number}: task overdue`,
      text: `The task "${title}" was due on ${due.toISOString().slice(0, 10)} and is not done.${footer(link)}`,
    };
  },
};
