import { z } from 'zod';
import { setLanguage } from '../use-cases/users/set-language.ts';
import { defineCommand } from './command-spec.ts';
import { read, text } from './handler-kit.ts';
import { readSetLanguage } from './wording.ts';

// The person's own language (issue 12): replies and notices in English, Danish, Swedish, Norwegian,
// German, Finnish or Spanish. Read in the platform's narrow wording before the interpreter.

export const userLanguage = defineCommand(
  z.object({ language: z.string().min(1).max(40) }).describe('Set the language I answer and notify you in'),
  {
    llmTool: false,
    asks: [],
    permission: 'anyone',
    help: [
      {
        audience: 'everyone',
        line: '*speak Danish* or *language: sv* — the language I answer you and write your notices in (English, Danish, Swedish, Norwegian, German, Finnish, Spanish)',
        in: {
          da: '*speak Danish* eller *language: sv* — det sprog, jeg svarer dig og skriver dine meddelelser på (engelsk, dansk, svensk, norsk, tysk, finsk, spansk)',
          sv: '*speak Swedish* eller *language: da* — det språk jag svarar dig och skriver dina meddelanden på (engelska, danska, svenska, norska, tyska, finska, spanska)',
          nb: '*speak Norwegian* eller *language: sv* — språket jeg svarer deg og skriver varslene dine på (engelsk, dansk, svensk, norsk, tysk, finsk, spansk)',
          de: '*speak German* oder *language: sv* — die Sprache, in der ich Ihnen antworte und Ihre Benachrichtigungen verfasse (Englisch, Dänisch, Schwedisch, Norwegisch, Deutsch, Finnisch, Spanisch)',
          fi: '*speak Finnish* tai *language: sv* — kieli, jolla vastaan teille ja kirjoitan ilmoituksenne (englanti, tanska, ruotsi, norja, saksa, suomi, espanja)',
          es: '*speak Spanish* o *language: sv* — el idioma en el que le respondo y redacto sus notificaciones (inglés, danés, sueco, noruego, alemán, finés, español)',
        },
      },
    ],
    changesState: false,
    handler: read(async (ctx, args) => setLanguage(ctx, { language: text(args.language) ?? '' })),
    says: readSetLanguage,
  },
);
