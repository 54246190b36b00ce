// Greetings and sign-offs in the languages we know, so the greeting checks work without English words.
import type { Span } from '../core/text';

export const GREETING =
  /^(?:hi|hello|hey|hiya|heya|yo|sup|howdy|dear|good (?:morning|afternoon|evening|day)|greetings|morning|afternoon|to whom it may concern|tere|lugupeetud|hea|head|hei+|tsau(?:ki)?|tšau(?:ki)?|čau|jou|hellou|tervist|tervitus|hallo|moi|bonjour|salut|hola|buenos días|guten (?:tag|morgen)|liebe|lieber|sehr geehrte|ciao|buongiorno|hej|witam|здравствуйте|привет)(?![\p{L}])/iu;

export const SIGN_OFF =
  /^(?:best|best regards|kind regards|warm regards|regards|many thanks|thanks|thank you|thanks so much|thanks again|thx|sincerely|yours(?: sincerely| truly| faithfully)?|cheers|all the best|talk soon|speak soon|take care|with thanks|respectfully|later|ttyl|xoxo|xx|peace|lugupidamisega|parimat|parimate soovidega|tervitades|tervitusega|aitäh|tänan|head päeva|tšau|tsau|pakaa?|kallistan|musi|mit freundlichen grüßen|cordialement|saludos|med vänliga hälsningar)[\s,.!]*$/iu;

/** The greeting line, if the first non-quoted line is one. */
export function findGreeting(sentences: Span[]): Span | undefined {
  const first = sentences[0];
  return first && GREETING.test(first.text) ? first : undefined;
}

/** A closing name line ("Mia", "Mia Jones", "MIA JONES | CEO") with no sign-off phrase above it. */
export function isNameLine(text: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s*[|,–-]\s*[\p{L} ]+)?$/u.test(text.trim()) && text.trim().split(/\s+/).length <= 6;
}

/** The sign-off line among the last few lines: short, on its own line, a known closing phrase. */
export function findSignOff(body: string, sentences: Span[]): Span | undefined {
  for (let i = sentences.length - 1; i >= Math.max(1, sentences.length - 5); i--) {
    const s = sentences[i];
    const lineStart = body.lastIndexOf('\n', s.start - 1) + 1;
    if (body.slice(lineStart, s.start).trim() !== '') continue;
    if (SIGN_OFF.test(s.text.trim())) return s;
  }
  return undefined;
}
