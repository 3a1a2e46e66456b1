import { describe, expect, it } from 'vitest';
import { factsWith } from '../../helpers.js';

// Passages written for these tests, about invented talks (no article's words).
const read = (steps: string[], text: string) => factsWith(steps, text, { published: '2031-03-06' }).map((f) => [f.rule, f.round, f.value ?? null, f.text]);

describe('step next-later-round', () => {
  it('makes a later round announced a next step of the round before it, with its month', () => {
    expect(read(['next-later-round'], 'The second round ended in Lima on Monday. The sides agreed to hold a third round in Quito next month.')).toEqual([
      ['facts:next-later-round', 2, '2031-04', 'The sides agreed to hold a third round in Quito next month'],
    ]);
  });
});

describe('next steps: a later round named only as a bound in time', () => {
  it('keeps the step with the round that decided it ("expected to be held before the next round")', () => {
    const text = 'Chile and Bolivia held their third round of talks in Lima on Tuesday. The head of the Bolivian delegation, Ana Rojas, said the first meeting of the working group had not been set, but it is expected to be held before the next round of talks.';
    expect(read(['next-steps'], text)).toEqual([['facts:next-step', 3, null, 'it is expected to be held before the next round of talks']]);
  });
});

describe('step reported-plans', () => {
  it('drops a plan the report tells as said before ("reports had said NAME would meet NAME"), not one said now', () => {
    const text = 'The talks ended in Lima on Monday. Earlier, reports had said the Chilean envoy would meet his Peruvian counterpart in Quito. The envoy said the two sides would meet again in Quito next month.';
    expect(read(['next-steps'], text).map((f) => f[3])).toHaveLength(2);
    expect(read(['next-steps', 'reported-plans'], text).map((f) => f[3])).toEqual(['The envoy said the two sides would meet again in Quito next month']);
  });
});

describe('next steps: the words of a report before the step', () => {
  // Passages written for this test.
  it('leaves out what the report says before the step ("…, noting that"), where the step keeps three words', () => {
    expect(read(['next-later-round'], 'The first round ended in Lima on Monday. The Chilean team was led by envoy Lio Marsh, an aide said, noting that a second round will be held in Quito next month.').map((f) => f[3])).toEqual([
      'a second round will be held in Quito next month',
    ]);
    expect(read(['next-steps'], 'Chile and Bolivia held talks in Lima on Monday. It was decided that a joint commission will convene again in April.').map((f) => f[3])).toEqual([
      'a joint commission will convene again in April',
    ]);
  });
});

describe('next steps: not the round itself', () => {
  // Passage written for this test.
  it('takes no clause that numbers the sentence\'s own round for a next step', () => {
    const text = 'The fourth round of talks between Chile and Bolivia opened in Lima on Monday. The envoys will meet again on Thursday for the closing day of the fourth round.';
    expect(read(['next-steps'], text)).toEqual([]);
    expect(read(['next-steps'], 'The fourth round of talks between Chile and Bolivia ended in Lima on Monday. The envoys will meet again in May.').map((f) => f[3])).toEqual(['The envoys will meet again in May']);
  });
});

describe('next steps: a quote broken by its attribution', () => {
  // Passage written for this test.
  it('takes the saying that holds the step, not the one before the attribution', () => {
    const text = 'The second round ended in Lima on Monday. "The two sides signed a memorandum of six points," he said, "they agreed to hold a third round in Quito next month."';
    expect(read(['next-later-round'], text).map((f) => f[3])).toEqual(['they agreed to hold a third round in Quito next month.']);
  });
});

describe('next steps: talks the sides agreed to go on with', () => {
  // Passage written for this test.
  it('reads "agreed to continue negotiations" as a next step, and not "agreed to continue the truce"', () => {
    const texts = read(['next-steps'], 'Chile and Bolivia held talks in Lima on Monday. The ministers agreed to continue negotiations on the open issues. They also agreed to continue the truce.').map((f) => f[3]);
    expect(texts).toEqual(['The ministers agreed to continue negotiations on the open issues']);
  });
});

describe('step next-unnumbered', () => {
  it('reads "the next round" of an article that numbers none', () => {
    expect(read(['next-unnumbered'], 'Chile and Bolivia held talks in Lima on Monday. The next round will be held in La Paz.')).toEqual([
      ['facts:next-unnumbered', 0, null, 'The next round will be held in La Paz'],
    ]);
  });
});

describe('step next-dated-session', () => {
  it('reads a session the clause dates after the report', () => {
    expect(read(['next-dated-session'], 'Chile and Bolivia held talks in Lima on Monday. They will meet for a summit in Quito on March 20.')).toEqual([
      ['facts:next-dated-session', 0, '2031-03-20', 'They will meet for a summit in Quito on March 20'],
    ]);
  });
});

describe('step next-steps', () => {
  it('reads any other step the sentence says comes next, with its date', () => {
    expect(read(['next-steps'], 'Chile and Bolivia held talks in Lima on Monday. A joint commission will convene again in April.')).toEqual([
      ['facts:next-step', 0, '2031-04', 'A joint commission will convene again in April'],
    ]);
  });
  it('not a clause another next step read', () => {
    const text = 'Chile and Bolivia held talks in Lima on Monday. They will meet for a summit in Quito on March 20.';
    expect(read(['next-dated-session', 'next-steps'], text).map((f) => f[0])).toEqual(['facts:next-dated-session']);
  });
});

describe('next steps: coordinated steps', () => {
  // Passage written for this test.
  it('takes each of several coordinated steps as its own clause', () => {
    const t = 'Ghana and Togo held talks in Lome on Monday.\nBoth sides agreed to keep their hotlines open, to schedule the next summit within one month, and to exchange prisoners.';
    const texts = factsWith(['next-unnumbered', 'next-steps'], t, { published: '2031-03-06' }).filter((f) => f.kind === 'next').map((f) => f.text);
    expect(texts).toEqual(['to schedule the next summit within one month']);
  });
});

describe('step next-steps: a contrast word with no comma before it', () => {
  it('opens the clause of the step ("… on Monday however the two sides agreed to meet again soon")', () => {
    expect(read(['next-steps'], 'There was no breakthrough in the fifth round of talks between Ghana and Togo on Monday however the two sides have agreed to meet again soon.').map((f) => [f[1], f[3]])).toEqual([
      [5, 'the two sides have agreed to meet again soon'],
    ]);
  });
});

describe('next steps: a future or decided verb of the talks (facts.json nextModals, nextVerbs)', () => {
  // Passages written for this test, about invented talks.
  it('reads a verb of the talks after "would", "will" or "agreed to" as a next step, without an object or with a session for its object', () => {
    const texts = read(['next-steps'], 'Chile and Bolivia held talks in Lima on Monday. An aide said the dialogue would restart in the first half of the year. The ministers agreed to hold a fresh round of consultations in Quito. A technical meeting will take place before the summer.').map((f) => f[3]);
    expect(texts).toEqual(['An aide said the dialogue would restart in the first half of the year', 'The ministers agreed to hold a fresh round of consultations in Quito', 'A technical meeting will take place before the summer']);
  });
  it('reads a meeting agreed to recur ("agreed to meet each month") as a next step', () => {
    const text = 'Chile and Bolivia held talks in Lima on Monday. The two teams have agreed to meet each month in Lima until a review in October.';
    expect(read(['next-steps'], text).map((f) => f[3])).toEqual(['The two teams have agreed to meet each month in Lima until a review in October']);
  });
  it('takes no verb whose object is no session, and none after a denial', () => {
    const text = 'Chile and Bolivia held talks in Lima on Monday. Both capitals agreed to resume direct flights. Bolivia will continue its patrols along the border. The envoy was not expected to hold any talks in Quito.';
    expect(read(['next-steps'], text)).toEqual([]);
  });
  it('leaves out the attribution after a closing quote, whatever its subject', () => {
    const text = 'Chile and Bolivia held talks in Lima on Monday. "Contacts between the two delegations would continue in the coming days," a spokesman of the foreign ministry told reporters after the meeting.';
    expect(read(['next-steps'], text).map((f) => f[3])).toEqual(['Contacts between the two delegations would continue in the coming days']);
  });
  it('also where the subject of the attribution is long', () => {
    const text = 'Chile and Bolivia held talks in Lima on Monday. "The two sides agreed to continue the talks," the foreign ministries of the two Andean neighbours said in identical statements on Monday.';
    expect(read(['next-steps'], text).map((f) => f[3])).toEqual(['The two sides agreed to continue the talks']);
  });
});

describe('next steps: not from the headline', () => {
  // Passage written for this test.
  it('reads the step from the body, not from a headline that says it again', () => {
    const text = 'Chile and Peru will meet again in Quito in May\n\nChile and Peru held talks in Lima on Monday. The envoys will meet again in Quito in May.';
    expect(read(['next-steps'], text).map((f) => f[3])).toEqual(['The envoys will meet again in Quito in May']);
  });
});

describe('step next-terms', () => {
  // Passages written for this test.
  it('makes a step due within a span of days or longer, under a word of the future or of an obligation, a next step', () => {
    const text = 'Chile and Bolivia held talks in Lima on Monday. Under the accord, the border posts must reopen within three weeks of the signing. A water commission is to be set up in the next two months.';
    expect(read(['next-terms'], text).map((f) => f[3])).toEqual([
      'Under the accord, the border posts must reopen within three weeks of the signing',
      'A water commission is to be set up in the next two months',
    ]);
  });
  it('makes a step due by a day a next step dated by it, but not one due before the report appeared', () => {
    const text = 'Chile and Bolivia held talks in Lima on Monday. The two sides undertake to reopen the border posts by 20 March at the latest. On February 2 the rebels said they would lift their truce by February 10, 2031.';
    expect(read(['next-terms'], text).map((f) => [f[2], f[3]])).toEqual([['2031-03-20', 'The two sides undertake to reopen the border posts by 20 March at the latest']]);
  });
  it('takes no span with no such word, nor one shorter than a day, nor the days of the session under way', () => {
    const text = 'Chile and Bolivia held talks in Lima on Monday. The army pulled back within three weeks last year. The envoy said he would know within a minute whether a deal was near. We hope to work well over the next two days.';
    expect(read(['next-terms'], text)).toEqual([]);
  });
});

describe('step own-plan', () => {
  // Passages written for this test, about invented talks.
  const nexts = (steps: string[], text: string) => read(steps, text).filter((f) => f[0] === 'facts:next-step' || f[0] === 'facts:next-dated-session').map((f) => f[3]);
  const ahead = 'Chile and Peru will hold talks in Quito on Monday. The two delegations will meet to review the fishing accord and the border markers.';
  it('drops what a report published before the round says that round will be, not a step after it', () => {
    expect(nexts(['session-dates', 'next-dated-session', 'next-steps'], ahead)).not.toEqual([]);
    expect(nexts(['session-dates', 'next-dated-session', 'next-steps', 'own-plan'], ahead)).toEqual([]);
  });
  it('keeps a step after a round the report tells as held', () => {
    const held = 'Chile and Peru held talks in Quito on Monday. The two delegations will meet again in April to review the fishing accord.';
    expect(nexts(['session-dates', 'next-steps', 'own-plan'], held)).toEqual(nexts(['session-dates', 'next-steps'], held));
    expect(nexts(['session-dates', 'next-steps', 'own-plan'], held)).toHaveLength(1);
  });
});
