import type { Language } from '../shared/types';

// The example workbook's words, in both languages: a small preschool that held
// one meeting about social media, signed its minutes and adopted a policy. What
// happened there, the same in either language, is in example.ts.
export interface ExampleText {
  orgName: string;
  meeting: {
    title: string;
    place: string;
    purpose: string;
    facilitator: string;
    noteTaker: string;
    adjusters: string[];
  };
  /** name and role, one for each participant in EXAMPLE_MEETING */
  participants: [string, string][];
  /** one for each agenda item in EXAMPLE_MEETING */
  items: { notes: string; dissent: string; point: string }[];
  /** what and who, one for each action in EXAMPLE_MEETING */
  actions: [string, string][];
  agreement: { title: string; intro: string; contact: string };
}

export const EXAMPLE_TEXT: Record<Language, ExampleText> = {
  sv: {
    orgName: 'Björkbackens förskola',
    meeting: {
      title: 'Arbetsplatsträff om sociala medier',
      place: 'Personalrummet, Björkbacken',
      purpose: 'Prata igenom fem exempel och enas om hur vi gör i sociala medier.',
      facilitator: 'Åsa Lindqvist',
      noteTaker: 'Jörgen Öberg',
      adjusters: ['Märta Ek'],
    },
    participants: [
      ['Åsa Lindqvist', 'förskolechef'],
      ['Jörgen Öberg', 'förskollärare'],
      ['Märta Ek', 'barnskötare, skyddsombud'],
      ['Sälma Haddad', 'förskollärare'],
      ['Nils Åkerlund', 'barnskötare'],
    ],
    items: [
      {
        notes:
          'Föräldrarna vill gärna se vad barnen gör. Vi visar händer, teckningar och bygget – inte ansikten. Samtycke från båda vårdnadshavarna, och det går att ångra.',
        dissent: 'Sälma tycker att vi inte ska lägga ut bilder på barn alls, inte ens med samtycke.',
        point: 'Vi visar barnens arbete, inte barnens ansikten, och frågar alltid vårdnadshavarna först.',
      },
      {
        notes:
          'Alla känner igen ilskan. Men ett inlägg som pekar ut en chef löser inget; vi tar det med personen, med skyddsombudet eller facket.',
        dissent: '',
        point: 'Vi tar konflikter i ett samtal, inte i ett inlägg mitt i natten.',
      },
      {
        notes:
          'Gruppchatten känns privat men är det inte. Ett skämt om en kollega blir en skärmdump på några sekunder. Säg ifrån vänligt – ”det där blev fel”.',
        dissent: '',
        point: 'Vi skämtar inte om kollegor i våra chattar, och vi säger ifrån när någon gör det.',
      },
      {
        notes:
          'Bilder från jobbet är okej om inga barn, namn eller scheman syns. Titta på bakgrunden innan du trycker på dela.',
        dissent: '',
        point: 'Vi kollar bakgrunden innan vi tar bilder på jobbet: inga barn, namn eller scheman.',
      },
      {
        notes:
          'Att visa vardagen – sånger, utflykter, odlingen – är fint och ger en bra bild av förskolan. Ett konto, en plan, två som sköter det.',
        dissent: '',
        point: 'Vi visar gärna vår vardag på förskolans konto, enligt en enkel plan.',
      },
    ],
    actions: [
      ['Ta fram en blankett för samtycke till bilder', 'Åsa Lindqvist'],
      ['Skriva en kanalplan för förskolans konto', 'Jörgen Öberg'],
      ['Ta upp gruppchatten på nästa APT', 'Märta Ek'],
    ],
    agreement: {
      title: 'Så gör vi i sociala medier',
      intro:
        'Vi har pratat igenom exempel tillsammans. Det här är vad vi är överens om – för nu. Vi ser över det om ett år.',
      contact: 'Åsa Lindqvist, förskolechef',
    },
  },
  en: {
    orgName: 'Birch Hill Preschool',
    meeting: {
      title: 'Staff meeting on social media',
      place: 'The staff room, Birch Hill',
      purpose: 'Talk through five examples and agree on how we do things on social media.',
      facilitator: 'Anna Lindqvist',
      noteTaker: 'George Öberg',
      adjusters: ['Martha Ek'],
    },
    participants: [
      ['Anna Lindqvist', 'head of preschool'],
      ['George Öberg', 'preschool teacher'],
      ['Martha Ek', 'childminder, safety representative'],
      ['Salma Haddad', 'preschool teacher'],
      ['Nils Åkerlund', 'childminder'],
    ],
    items: [
      {
        notes:
          'Parents like to see what the children do. We show hands, drawings and building – not faces. Consent from both guardians, and it can be withdrawn.',
        dissent: 'Salma thinks we should not post photos of children at all, not even with consent.',
        point: 'We show the children’s work, not their faces, and always ask the guardians first.',
      },
      {
        notes:
          'Everyone recognises the anger. But a post that singles out a manager solves nothing; we take it up with the person, the safety representative or the union.',
        dissent: '',
        point: 'We settle conflicts in a conversation, not in a post at midnight.',
      },
      {
        notes:
          'The group chat feels private but is not. A joke about a colleague becomes a screenshot in seconds. Speak up kindly – “that came out wrong”.',
        dissent: '',
        point: 'We do not joke about colleagues in our chats, and we speak up when someone does.',
      },
      {
        notes:
          'Photos from work are fine if no children, names or schedules show. Check the background before you share.',
        dissent: '',
        point: 'We check the background before taking photos at work: no children, names or schedules.',
      },
      {
        notes:
          'Showing everyday life – songs, outings, the vegetable patch – is lovely and gives a good picture of the preschool. One account, one plan, two people to run it.',
        dissent: '',
        point: 'We are happy to show our everyday life on the preschool’s account, following a simple plan.',
      },
    ],
    actions: [
      ['Draw up a consent form for photos', 'Anna Lindqvist'],
      ['Write a channel plan for the preschool’s account', 'George Öberg'],
      ['Bring up the group chat at the next staff meeting', 'Martha Ek'],
    ],
    agreement: {
      title: 'How we use social media',
      intro:
        'We have talked through examples together. This is what we agree on – for now. We will review it in a year.',
      contact: 'Anna Lindqvist, head of preschool',
    },
  },
};
