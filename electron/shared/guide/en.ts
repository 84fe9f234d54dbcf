import type { Guide } from './index';

export const GUIDE_EN: Guide = {
  title: "The facilitator's guide",
  intro:
    "This guide is for you if you're about to lead a conversation about social media at work, perhaps for the first time. It follows the meeting from getting ready to following up. Read it as things to think about, not as rules. It isn't legal advice: when a question needs that, ask HR, the union or a lawyer.",
  considerLabel: 'Things to consider',
  chapters: [
    {
      id: 'before',
      title: 'Before the meeting',
      lead: 'A good conversation starts with the right people in the room, enough time, and cases that fit your workplace.',
      sections: [
        {
          id: 'who',
          title: 'Who takes part',
          screen: 'plan',
          paragraphs: [
            "Invite the whole team, not just the people who are active on social media. Those who never post often have strong views on what it's like to be written about.",
            'It works best with a manager and a safety or union representative in the room. Then everyone knows that what comes up can lead somewhere, and nobody has to wonder whose meeting it is.',
          ],
          consider: [
            'Six to fifteen people usually gives a conversation where everyone gets a word in.',
            'Pick a note-taker before the meeting, so you can concentrate on leading it.',
            "Decide beforehand whether you'll keep informal notes or formal minutes that someone signs.",
          ],
        },
        {
          id: 'time',
          title: 'How long',
          paragraphs: [
            "Allow ten to fifteen minutes per case, and twenty for a heated one. An hour is enough for three or four cases. It's better to do three properly than to rush through six.",
            "Spend a few minutes at the start on why you're meeting, and ten at the end on what you take away.",
          ],
        },
        {
          id: 'choosing',
          title: 'Choosing cases',
          screen: 'library',
          paragraphs: [
            'Pick cases that match what actually happens where you work. You can filter the library by theme and sector: a school needs different examples from a shop, and a voluntary association different ones from a council.',
            "Mix hard cases with easier ones, and include at least one about social media doing some good. Otherwise the meeting turns into a list of dangers, and that's not the whole picture.",
          ],
          consider: [
            'Is a case too close to something that really happened at your workplace? If so, choose another or rewrite it.',
            'Do the language and setting of the cases fit your everyday work? You can edit your own copy of a case.',
          ],
        },
        {
          id: 'room',
          title: 'The room and the projector',
          screen: 'projector',
          paragraphs: [
            'Check the projector before people arrive. Open the projector from the meeting, show the test screen and stand at the back of the room: can you read the text, tell the poll colours apart, and see the whole picture without the edges being cut off?',
            "If there's no projector, print the conversation material instead, one copy per person or per table.",
          ],
        },
      ],
    },
    {
      id: 'during',
      title: 'During the meeting',
      lead: 'Your job is to keep the conversation open and give it a direction, not to have the right answers.',
      sections: [
        {
          id: 'ground-rules',
          title: 'Ground rules',
          screen: 'run',
          paragraphs: [
            "Agree early on how you'll talk to each other. A few simple rules are enough: we talk about the cases, not about colleagues who aren't here; what's said about individuals stays in the room; it's fine to disagree.",
          ],
          consider: [
            'Say that the cases are made up, even when they look like something that has happened.',
            'Tell people what gets written down and who will read it.',
          ],
        },
        {
          id: 'easy-first',
          title: 'Start with the easier cases',
          paragraphs: [
            'Begin with a case most people will quickly agree on. It gets everyone talking, and the group feels the conversation is going somewhere before it gets difficult.',
            "Read the post or situation aloud, even when it's on the screen. Then ask the first question and wait. A bit of silence is perfectly fine.",
          ],
        },
        {
          id: 'heated',
          title: 'When it gets heated',
          paragraphs: [
            "The heated cases are meant to stir feelings. Let the reactions come, then help the group move from “you can't write that” to “why does it feel wrong, and to whom?”.",
            'If it gets personal, pause and go back to the case. Ask what the people in the case would have needed, or what the group wants to hold next time.',
          ],
          consider: [
            'Acknowledge the anger in a post: it often points to a real work environment problem.',
            'If someone is clearly upset, talk to them afterwards rather than in front of the group.',
          ],
        },
        {
          id: 'stance-poll',
          title: 'The stance and the poll',
          screen: 'run',
          paragraphs: [
            "Once the discussion has settled, you can ask for a show of hands: agree, disagree, unsure. The numbers show as bars on the projector. They're a picture of the room, not a decision.",
            "Then record the group's stance: acceptable, not acceptable, it depends, or no consensus. “It depends” is often the most honest answer, but then write down what it depends on.",
          ],
        },
        {
          id: 'time',
          title: 'Keeping time',
          paragraphs: [
            "The timer shows how long you've spent on a case. When time is up, sum up what has been said and ask whether you can move on. A case that needs more time can come back at the next meeting.",
          ],
        },
        {
          id: 'dissent',
          title: 'Dissent is a result too',
          paragraphs: [
            "You don't have to agree on everything. Knowing where views differ is worth something in itself, and it's better to record a dissenting view than to pretend everyone thinks alike.",
            'Write the dissent so that the people who hold it recognise themselves. It may be the most important thing to come back to later.',
          ],
        },
      ],
    },
    {
      id: 'after',
      title: 'After the meeting',
      lead: 'The conversation only matters once what came out of it is taken care of.',
      sections: [
        {
          id: 'minutes',
          title: 'Notes or minutes',
          paragraphs: [
            'Print the notes or minutes the same day, while everyone remembers what was said. Notes are often enough. Signed minutes suit a conversation that should lead to an agreement several parties stand behind.',
          ],
        },
        {
          id: 'signing',
          title: 'Signing',
          paragraphs: [
            "Let the adjuster read the minutes and mark them as signed. After that they're locked: any change is added as a dated addendum, so it's clear what changed and when.",
          ],
        },
        {
          id: 'actions',
          title: 'Actions and who follows them up',
          screen: 'run',
          paragraphs: [
            "An action needs a name and a date, or it won't happen. Actions that aren't done carry over to the next meeting, so nothing gets forgotten.",
          ],
          consider: [
            'Who makes sure the actions are followed up between meetings?',
            'Does the question belong to the manager, the safety representative or the group?',
          ],
        },
        {
          id: 'agreement',
          title: 'From proposed points to an agreement',
          screen: 'agreement',
          paragraphs: [
            'Each case can give a proposed point for an agreement. Gather the proposals, drop the ones that say the same thing, and rewrite the rest as “this is how we do it”. Short and positive works better than long and forbidding.',
            "Let the group see the draft before it's adopted. An agreement nobody recognises is just another piece of paper.",
          ],
        },
        {
          id: 'review',
          title: 'A review date',
          paragraphs: [
            'Set a date to look at the agreement again, ideally within a year. Social media changes quickly, and new colleagues should have a say in what applies.',
          ],
        },
      ],
    },
    {
      id: 'paths',
      title: 'Two paths',
      lead: "There's more than one way to reach a shared view. Choose the one that suits your organisation.",
      sections: [
        {
          id: 'material',
          title: 'A conversation material in every unit',
          screen: 'compare',
          paragraphs: [
            'In a larger organisation, each unit can hold the conversation itself. Print the conversation material, or send a conversation package, and let each group fill in the page “What we arrived at”. Then collect the answers and compare them.',
            "Where the groups differ, there's more to talk about. Where they agree, you have the basis for a shared agreement, if you want one.",
          ],
        },
        {
          id: 'agreement',
          title: 'An agreement or a policy',
          screen: 'agreement',
          paragraphs: [
            'A short written agreement suits a group that wants something to come back to. It can fit on one page, and it should make sense to someone who was not at the meeting.',
            'Having had the conversation is a perfectly good result too. A policy nobody has talked about rarely changes anything.',
          ],
        },
        {
          id: 'accounts',
          title: 'A plan before the account',
          screen: 'plans',
          paragraphs: [
            "Before anyone opens an account in the organisation's name, write down a plan: what the account is for, who it's meant to reach, who answers comments and how quickly, and what happens when the person running it leaves.",
          ],
          consider: [
            'Give each administrator their own login with two-step verification instead of a shared password.',
            "Keep a list of the organisation's accounts and go through it regularly.",
          ],
        },
      ],
    },
    {
      id: 'public-sector',
      title: 'The public sector',
      lead: "Councils, regions and government agencies have some rules that private employers don't. These are the main ones to bring into the conversation.",
      sections: [
        {
          id: 'records',
          title: 'Official documents',
          paragraphs: [
            'Posts and comments on an account run by a public authority can be official documents under the Freedom of the Press Act. They then have to be handled and archived, and sometimes registered, just like an email.',
          ],
          consider: ['Who is responsible for taking care of what comes in through the account?'],
        },
        {
          id: 'secrecy',
          title: 'Confidentiality',
          paragraphs: [
            'The Public Access to Information and Secrecy Act applies online just as it does in the staff room. A post in which a pupil, patient or client can be recognised may breach confidentiality, even without a name.',
          ],
        },
        {
          id: 'press',
          title: 'Freedom to inform the press',
          paragraphs: [
            'Public employees have the right to give information to the media, and the employer may not try to find out who did. The same protection covers staff at private schools, health care and social care funded with public money. A conversation about social media must never come across as a way of limiting that right.',
          ],
        },
        {
          id: 'own-views',
          title: 'Views of their own',
          paragraphs: [
            "Employees have the same right as anyone to voice their opinions, including about politics and about the employer's decisions. The difficulty arises when it's unclear whether someone is writing as a private person or on the authority's behalf.",
          ],
        },
      ],
    },
  ],
};
