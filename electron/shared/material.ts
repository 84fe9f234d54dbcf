import { bilingual } from './texts';

// The conversation material's default title and introduction; the user may
// rewrite both before printing. Paragraphs are separated by a blank line.
export const MATERIAL_DEFAULTS = bilingual({
  sv: {
    title: 'Samtalsmaterial: sociala medier på jobbet',
    introduction: [
      'Innan någon skriver regler om sociala medier behöver vi prata med varandra. Det här materialet hjälper er att göra det. Varje fall är ett påhittat exempel, med några frågor att samtala om. Det finns inga rätta svar. Det viktiga är att ni hör hur kollegorna tänker och ser var ni är överens.',
      'Läs fallet högt och ta frågorna i tur och ordning. Prata om exemplet, inte om kollegor som inte är med. Skriv ner det viktigaste på raderna under frågorna. Om ni inte blir överens, skriv ner vad ni tycker olika om: det är också ett resultat.',
      'Fyll till sist i sidan ”Det här kom vi fram till” och lämna den till den som samordnar samtalen.',
    ].join('\n\n'),
  },
  en: {
    title: 'Conversation material: social media at work',
    introduction: [
      'Before anyone writes rules about social media, we need to talk to each other. This material helps you do that. Each case is a made-up example with a few questions to discuss. There are no right answers. What matters is that you hear how your colleagues think and find out where you agree.',
      "Read the case aloud and take the questions in order. Talk about the example, not about colleagues who aren't there. Write down the main points on the lines below the questions. If you don't agree, write down what you disagree about: that's a result too.",
      'Finally, fill in the page “What we arrived at” and hand it to whoever is coordinating the conversations.',
    ].join('\n\n'),
  },
});
