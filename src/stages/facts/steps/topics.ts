/**
 * The step that reads what was discussed.
 */
import { listItems, isAgendaList, isNounPhrase } from '../text.js';
import type { FactStep } from './step.js';
import { lexExec } from '../../../knowledge/gate.js';

export const topics: FactStep = {
  name: 'topics',
  reason: 'The items of an agenda sentence ("the talks covered A, B and C") and of the bullets an agenda sentence announces are the round\'s topics, where each is a noun phrase.',
  sentence(x, s, st) {
    const { doc, kn, text, sents, facts, span } = x;
    const { r } = st;
    // Topics: the items of an agenda sentence.
    const topic = lexExec(kn, s, kn.lexicons.facts.topicCues);
    if (topic)
      for (const item of listItems(s, s.start + topic.index + topic[0].length, kn)) {
        if (!isNounPhrase(doc, item, s.mentions, kn)) continue;
        facts.push({ rule: 'facts:topic-list', kind: 'topic', round: r, text: item.text, evidence: item });
      }
    if (/^\s*[-•*]\s/.test(s.text) && isAgendaList(sents, s, kn)) {
      // A bullet of an agenda: the items it lists ("… measures, such as A, B, and C"), else its head.
      const sub = lexExec(kn, s, kn.lexicons.facts.examplesWords);
      const items = sub ? listItems(s, s.start + sub.index + sub[0].length, kn).filter((item) => isNounPhrase(doc, item, [], kn)) : [];
      for (const item of items) facts.push({ rule: 'facts:topic-agenda-bullet', kind: 'topic', round: r, text: item.text, evidence: item });
      const body = s.start + s.text.search(/[^-•*\s]/) + (/^\s*[-•*]\s+the\s/i.test(s.text) ? 4 : 0);
      const end = s.start + (s.text.search(/[,.;:]/) > 0 ? s.text.search(/[,.;:]/) : s.text.length);
      if (!items.length && end > body) facts.push({ rule: 'facts:topic-phrase', kind: 'topic', round: r, text: text.slice(body, end), evidence: span(body, end) });
    }
  },
};
