import { createHash } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import {
  type EmailAddress,
  type EmailNoticeSender,
  PermanentDeliveryError,
} from '../../conversation/engine-contract.ts';
import type { Notice } from '../../db/repositories/notice.repository.ts';
import { renderNoticeEmail } from './email-render.ts';

// Notices by e-mail (SMTP through nodemailer) for the people linked on no chat surface. The outbox owns
// retries: a 4xx or a connection failure is thrown as it is (retried with backoff); a 5xx is a
// PermanentDeliveryError (parked at once with the reason, for support). Nothing here retries.

export interface SmtpSettings {
  /** smtp://user:pass@host:587 or smtps://…:465; wins over host/port/user/pass/secure. */
  url?: string;
  host?: string;
  port?: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean;
  user?: string;
  pass?: string;
  /** The From: header, e.g. "Debitura <notices@debitura.com>". */
  from: string;
  /** Connection, greeting and socket timeouts; the outbox bounds the whole send by its own as well. */
  timeoutMs?: number;
}

/** The SMTP settings from the environment, or undefined when e-mail is not configured (no URL nor host). */
export function smtpSettingsFromConfig(config: {
  SMTP_URL?: string;
  SMTP_HOST?: string;
  SMTP_PORT?: number;
  SMTP_SECURE?: boolean;
  SMTP_USER?: string;
  SMTP_PASS?: string;
  MAIL_FROM: string;
  OUTBOX_SEND_TIMEOUT_MS?: number;
}): SmtpSettings | undefined {
  if (!config.SMTP_URL && !config.SMTP_HOST) return undefined;
  return {
    url: config.SMTP_URL,
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    user: config.SMTP_USER,
    pass: config.SMTP_PASS,
    from: config.MAIL_FROM,
    timeoutMs: config.OUTBOX_SEND_TIMEOUT_MS,
  };
}

export function createSmtpTransport(settings: SmtpSettings): Transporter {
  const timeouts = {
    connectionTimeout: settings.timeoutMs ?? 10_000,
    greetingTimeout: settings.timeoutMs ?? 10_000,
    socketTimeout: settings.timeoutMs ?? 10_000,
  };
  if (settings.url) return nodemailer.createTransport({ url: settings.url, ...timeouts });
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port ?? (settings.secure ? 465 : 587),
    secure: settings.secure ?? false,
    auth: settings.user ? { user: settings.user, pass: settings.pass ?? '' } : undefined,
    ...timeouts,
  });
}

/** The domain of the From: address, for Message-IDs ("Debitura <notices@debitura.com>" → debitura.com). */
function fromDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'localhost';
}

/**
 * What an SMTP refusal says, without the addresses in it ("550 5.1.1 <x@y>: no such user" → "550 5.1.1 <…>:
 * no such user"): the reason is kept on the notice and shown to support, the address is in the user record.
 */
function describe(error: {
  responseCode?: number;
  response?: string;
  code?: string;
  message?: string;
}): string {
  const said = (error.response ?? error.message ?? String(error)).split('\n')[0] ?? '';
  const clean = said
    .replace(/<[^>]*>/g, '<…>')
    .replace(/\S+@\S+/g, '…')
    .slice(0, 200);
  return error.responseCode ? `SMTP ${clean}` : `SMTP ${error.code ?? 'error'}: ${clean}`;
}

/** 5xx is final (no such mailbox, message refused); 4xx and network failures may pass on a later try. */
export function classifySmtpError(error: unknown): Error {
  const e = (error ?? {}) as { responseCode?: number; response?: string; code?: string; message?: string };
  // A refused login is our set-up, not the recipient: retried (and parked after the outbox's attempts),
  // so that fixing SMTP_PASS within minutes loses nothing and parks nothing.
  if (e.code === 'EAUTH') return new Error(describe(e));
  if (typeof e.responseCode === 'number' && e.responseCode >= 500)
    return new PermanentDeliveryError(describe(e));
  return new Error(describe(e));
}

export interface SmtpNoticeSender extends EmailNoticeSender {
  close(): void;
}

export function createEmailNoticeSender(
  settings: SmtpSettings,
  transport: Transporter = createSmtpTransport(settings),
): SmtpNoticeSender {
  const domain = fromDomain(settings.from);
  return {
    surface: 'email',
    async send(notice: Notice, address: EmailAddress): Promise<void> {
      if (!address.to.includes('@'))
        throw new PermanentDeliveryError(`${address.recipientId} has no e-mail address`);
      const mail = renderNoticeEmail(notice, address.displayName, address.locale);
      // The same notice to the same mailbox always has the same Message-ID: if a send is repeated after an
      // answer that never came (the outbox cannot know it went), mail systems that dedupe by id show one.
      const mailbox = createHash('sha256').update(address.to.trim().toLowerCase()).digest('hex').slice(0, 16);
      try {
        await transport.sendMail({
          from: settings.from,
          to: { name: address.displayName, address: address.to },
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: `<notice-${notice.id}.${mailbox}@${domain}>`,
          headers: { 'Auto-Submitted': 'auto-generated', 'X-Debitura-Notice': String(notice.id) },
        });
      } catch (error) {
        throw classifySmtpError(error);
      }
    },
    close: () => transport.close(),
  };
}
