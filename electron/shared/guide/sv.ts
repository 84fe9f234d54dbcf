import type { Guide } from './index';

export const GUIDE_SV: Guide = {
  title: 'Handledning för samtalsledare',
  intro:
    'Den här handledningen är till dig som ska leda ett samtal om sociala medier på jobbet, kanske för första gången. Den följer mötet från förberedelserna till uppföljningen. Läs den som tips att fundera över, inte som regler. Den ger inga juridiska råd: när en fråga kräver det, ta hjälp av HR, facket eller en jurist.',
  considerLabel: 'Att tänka på',
  chapters: [
    {
      id: 'before',
      title: 'Före mötet',
      lead: 'Ett bra samtal börjar med att rätt personer är där, att tiden räcker och att fallen passar just er arbetsplats.',
      sections: [
        {
          id: 'who',
          title: 'Vilka som är med',
          screen: 'plan',
          paragraphs: [
            'Bjud in hela arbetsgruppen, inte bara de som är aktiva i sociala medier. De som aldrig skriver något har ofta bestämda åsikter om hur det känns att bli omskriven.',
            'Det fungerar bäst med en chef och ett skyddsombud eller en facklig företrädare i rummet. Då vet alla att det som kommer fram kan leda någonstans, och ingen behöver undra vems möte det är.',
          ],
          consider: [
            'Mellan sex och femton personer brukar ge ett samtal där alla hinner säga något.',
            'Utse en sekreterare före mötet, så att du själv kan leda.',
            'Bestäm i förväg om det blir minnesanteckningar eller ett protokoll som ska justeras.',
          ],
        },
        {
          id: 'time',
          title: 'Hur lång tid',
          paragraphs: [
            'Räkna med tio till femton minuter per fall. Ett hett fall kan behöva tjugo. En timme räcker för tre eller fyra fall, och det är bättre att hinna ordentligt med tre än att skumma igenom sex.',
            'Lägg några minuter i början på varför ni träffas, och tio minuter i slutet på vad ni tar med er.',
          ],
        },
        {
          id: 'choosing',
          title: 'Välja fall',
          screen: 'library',
          paragraphs: [
            'Välj fall efter vad som faktiskt händer hos er. Biblioteket går att filtrera på tema och sektor: en skola behöver andra exempel än en butik, och en förening andra än en kommun.',
            'Blanda svåra och lätta fall, och ta med minst ett fall om när sociala medier gör nytta. Annars blir mötet en lista över faror, och det är inte hela bilden.',
          ],
          consider: [
            'Är något fall för nära en verklig händelse på arbetsplatsen? Välj i så fall ett annat, eller skriv om det.',
            'Passar språket och miljön i fallen er vardag? Du kan redigera din egen kopia av ett fall.',
          ],
        },
        {
          id: 'room',
          title: 'Rummet och projektorn',
          screen: 'projector',
          paragraphs: [
            'Kontrollera projektorn innan deltagarna kommer. Öppna projektorn från mötet, visa testbilden och gå längst bak i rummet: går texten att läsa, syns staplarnas färger och syns hela bilden utan att kanterna klipps?',
            'Finns det ingen projektor går det lika bra att skriva ut samtalsmaterialet, ett exemplar per person eller per bord.',
          ],
        },
      ],
    },
    {
      id: 'during',
      title: 'Under mötet',
      lead: 'Din uppgift är att hålla samtalet öppet och ge det en riktning, inte att ha de rätta svaren.',
      sections: [
        {
          id: 'ground-rules',
          title: 'Spelregler',
          screen: 'run',
          paragraphs: [
            'Säg tidigt hur ni pratar med varandra. Några enkla regler räcker: vi pratar om fallen, inte om kollegor som inte är här; det som sägs om enskilda stannar i rummet; alla får tycka olika.',
          ],
          consider: [
            'Säg att fallen är påhittade, även när de liknar något som har hänt.',
            'Berätta vad som skrivs ner och vem som får läsa det.',
          ],
        },
        {
          id: 'easy-first',
          title: 'Börja med de lättare fallen',
          paragraphs: [
            'Ta ett fall där de flesta snabbt håller med varandra först. Då kommer alla igång, och gruppen får känna att samtalet leder någonstans innan det blir svårt.',
            'Läs upp inlägget eller situationen högt, även när den syns på skärmen. Ställ sedan den första frågan och vänta. Tystnad en stund är helt i sin ordning.',
          ],
        },
        {
          id: 'heated',
          title: 'När det blir hett',
          paragraphs: [
            'De heta fallen är gjorda för att väcka känslor, och det är meningen. Låt reaktionerna komma, men hjälp gruppen vidare från ”så där får man inte skriva” till ”varför känns det fel, och för vem?”.',
            'Om det blir personligt, pausa och gå tillbaka till fallet. Fråga vad personerna i fallet hade behövt, eller vad gruppen vill ska gälla nästa gång.',
          ],
          consider: [
            'Ge ilskan i ett inlägg ett erkännande: den handlar ofta om en verklig arbetsmiljöfråga.',
            'Om någon blir tydligt berörd, ta ett samtal efteråt i stället för inför gruppen.',
          ],
        },
        {
          id: 'stance-poll',
          title: 'Hållning och handuppräckning',
          screen: 'run',
          paragraphs: [
            'När samtalet har landat kan du be om en handuppräckning: håller med, håller inte med, osäker. Siffrorna syns som staplar på projektorn. De är en bild av rummet, inte ett beslut.',
            'Skriv sedan in gruppens hållning: okej, inte okej, det beror på, eller ingen samsyn. ”Det beror på” är ofta det ärligaste svaret, men skriv då ner vad det beror på.',
          ],
        },
        {
          id: 'time',
          title: 'Hålla tiden',
          paragraphs: [
            'Timern visar hur länge ni har pratat om ett fall. När tiden är ute, sammanfatta det som har sagts och fråga om ni kan gå vidare. Ett fall som behöver mer tid kan tas upp vid nästa möte.',
          ],
        },
        {
          id: 'dissent',
          title: 'Oenighet är också ett resultat',
          paragraphs: [
            'Ni behöver inte bli överens om allt. Att veta var åsikterna skiljer sig är värdefullt i sig, och det är bättre att skriva ner en avvikande mening än att låtsas att alla tycker lika.',
            'Skriv oenigheten så att den som tycker annorlunda känner igen sig. Den kan vara det viktigaste att ta upp igen längre fram.',
          ],
        },
      ],
    },
    {
      id: 'after',
      title: 'Efter mötet',
      lead: 'Samtalet får betydelse först när det som kom fram tas om hand.',
      sections: [
        {
          id: 'minutes',
          title: 'Minnesanteckningar eller protokoll',
          paragraphs: [
            'Skriv ut minnesanteckningar eller ett protokoll samma dag, medan alla minns vad som sades. Minnesanteckningar räcker ofta. Ett protokoll med justering passar när samtalet ska leda fram till en överenskommelse som flera parter står bakom.',
          ],
        },
        {
          id: 'signing',
          title: 'Justering',
          paragraphs: [
            'Låt justeraren läsa protokollet och markera det som justerat. Efter det är det låst: en ändring läggs till som ett tillägg med datum, så att det syns vad som ändrades och när.',
          ],
        },
        {
          id: 'actions',
          title: 'Åtgärder och vem som följer upp',
          screen: 'run',
          paragraphs: [
            'En åtgärd behöver ett namn och ett datum, annars blir den inte av. Åtgärder som inte är klara följer med till nästa möte, så att ingen glöms bort.',
          ],
          consider: [
            'Vem ser till att åtgärderna följs upp mellan mötena?',
            'Är det chefen, skyddsombudet eller gruppen som äger frågan?',
          ],
        },
        {
          id: 'agreement',
          title: 'Från förslag till överenskommelse',
          screen: 'agreement',
          paragraphs: [
            'Varje fall kan ge ett förslag till en punkt i en överenskommelse. Samla förslagen, stryk de som säger samma sak och skriv om resten i ”så här gör vi”-form. Kort och positivt fungerar bättre än långt och förbjudande.',
            'Låt gruppen se utkastet innan det antas. En överenskommelse som ingen känner igen sig i blir bara ett papper till.',
          ],
        },
        {
          id: 'review',
          title: 'Ett datum för översyn',
          paragraphs: [
            'Sätt ett datum då ni ser över överenskommelsen igen, gärna inom ett år. Sociala medier ändras snabbt, och nya kollegor behöver vara med och forma det som gäller.',
          ],
        },
      ],
    },
    {
      id: 'paths',
      title: 'Två vägar',
      lead: 'Det finns mer än ett sätt att komma fram till en gemensam syn. Välj det som passar er organisation.',
      sections: [
        {
          id: 'material',
          title: 'Ett samtalsmaterial i varje enhet',
          screen: 'compare',
          paragraphs: [
            'I en större organisation kan varje enhet hålla samtalet själv. Skriv ut samtalsmaterialet, eller skicka ett samtalspaket, och låt varje grupp fylla i sidan ”Det här kom vi fram till”. Samla sedan in svaren och jämför dem.',
            'Där grupperna tycker olika finns det något att prata vidare om. Där de tycker lika finns en grund för en gemensam överenskommelse, om ni vill ha en.',
          ],
        },
        {
          id: 'agreement',
          title: 'En överenskommelse eller en policy',
          screen: 'agreement',
          paragraphs: [
            'En kort skriftlig överenskommelse passar när gruppen vill ha något att gå tillbaka till. Den kan rymmas på en sida och ska gå att förstå utan att man var med på mötet.',
            'Att bara ha samtalat är också ett fullgott resultat. En policy som ingen har pratat om gör sällan någon skillnad.',
          ],
        },
        {
          id: 'accounts',
          title: 'En plan före kontot',
          screen: 'plans',
          paragraphs: [
            'Innan någon öppnar ett konto i organisationens namn, skriv ner en plan: vad kontot ska vara till, vem det vänder sig till, vem som svarar på kommentarer och hur snabbt, och vad som händer när den som sköter det slutar.',
          ],
          consider: [
            'Ge varje administratör en egen inloggning med tvåstegsverifiering i stället för ett delat lösenord.',
            'Håll en förteckning över organisationens konton och se över den regelbundet.',
          ],
        },
      ],
    },
    {
      id: 'public-sector',
      title: 'Offentlig sektor',
      lead: 'I kommuner, regioner och myndigheter gäller några regler som inte finns i privat sektor. Här är det viktigaste att ta med in i samtalet.',
      sections: [
        {
          id: 'records',
          title: 'Allmänna handlingar',
          paragraphs: [
            'Inlägg och kommentarer på ett konto som myndigheten driver kan vara allmänna handlingar enligt tryckfrihetsförordningen. De behöver då hanteras och arkiveras, och ibland diarieföras, precis som ett mejl.',
          ],
          consider: ['Vem ansvarar för att det som kommer in via kontot tas om hand?'],
        },
        {
          id: 'secrecy',
          title: 'Sekretess',
          paragraphs: [
            'Offentlighets- och sekretesslagen gäller på nätet precis som i fikarummet. Ett inlägg där en elev, patient eller brukare går att känna igen kan bryta mot sekretessen, även utan namn.',
          ],
        },
        {
          id: 'press',
          title: 'Meddelarfrihet',
          paragraphs: [
            'Offentligt anställda har rätt att lämna uppgifter till medier, och arbetsgivaren får inte efterforska vem som har gjort det. Det skyddet gäller också anställda i privata skolor, vårdgivare och omsorg som drivs med offentliga medel. Ett samtal om sociala medier får aldrig uppfattas som ett sätt att begränsa den rätten.',
          ],
        },
        {
          id: 'own-views',
          title: 'Egna åsikter',
          paragraphs: [
            'Anställda har samma rätt som andra att uttrycka sina åsikter, också om politik och om arbetsgivarens beslut. Det som kan bli ett problem är när det är oklart om någon skriver som privatperson eller för myndighetens räkning.',
          ],
        },
      ],
    },
  ],
};
