/**
 * Stage 4: context. Negation scope, questions, and the mode of each match:
 * enacted (the speaker uses the frame), directive (the text plans it), reported (a third party says it was used).
 */
import type { Mode } from "../codebook/types.js";
import type { Span } from "./sentences.js";

// ---------------------------------------------------------------- negation

/** Words that negate what follows them in the same clause. */
const NEGATOR = /(?<![\p{L}\p{N}])(?:not|no|never|neither|nor|without|hardly|cannot|\p{L}+n['’]t|rather than|instead of|far from|nothing)(?![\p{L}\p{N}])/giu;
/** What ends a clause, and so the reach of a negator. */
const CLAUSE_BREAK = /[;:,—–()]|(?<![\p{L}])(?:but|however|although|though|while|whereas|yet|because|since|instead|rather)(?![\p{L}])/giu;
/** How many words before a match a negator may stand. */
const NEGATION_REACH = 6;

/** Whether the match starting at `rel` in the sentence is negated in its clause. */
export function isNegated(sentence: string, rel: number): boolean {
  const before = sentence.slice(0, rel);
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) clauseStart = m.index + m[0].length;
  const clause = before.slice(clauseStart);
  NEGATOR.lastIndex = 0;
  let last = -1;
  for (let m = NEGATOR.exec(clause); m; m = NEGATOR.exec(clause)) last = m.index + m[0].length;
  if (last < 0) return false;
  const words = clause.slice(last).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words <= NEGATION_REACH;
}

/** A question (a reporter's, or one put to the organisation) does not enact a frame. */
export function isQuestion(sentence: string): boolean {
  return /\?["'”’)\]]*\s*$/.test(sentence);
}

// ---------------------------------------------------------------- mode

const W = "[\\p{L}\\p{N}'’-]+";
const re = (source: string, flags = "iu") => new RegExp(source, flags);

/** Communication-planning language: the text plans or recommends a frame. */
const DIRECTIVE = re(
  [
    "\\b(?:it\\s+is|it['’]s|it\\s+will\\s+be|is)\\s+(?:\\w+\\s+)?(?:important|key|critical|essential|vital|crucial|best|wise|advisable|helpful|useful)\\s+(?:that\\s+we\\s+|for\\s+us\\s+to\\s+|to\\s+)(?!(?:understand|note|remember|know|recogni[sz]e|clarify|be\\s+clear|acknowledge|say|stress|emphasi[sz]e|point\\s+out|reiterate|underline)\\b)",
    "\\bthink\\s+it['’]?s?\\s+(?:is\\s+)?(?:important|key|best)\\b",
    "\\b(?:we|i|the\\s+team|comms|pr|our\\s+team)\\s+(?:would\\s+|strongly\\s+|therefore\\s+)?(?:recommends?|proposes?|suggests?|advises?|is\\s+proposing|are\\s+proposing|is\\s+recommending|are\\s+recommending)\\b",
    "\\b(?:recommendation|proposal|proposed\\s+(?:approach|line|statement|response)|talking\\s+points?|key\\s+messages?|messaging|reactive\\s+(?:statement|lines?|q\\s*&\\s*a|posture)|holding\\s+(?:statement|line)|lines?\\s+to\\s+take|press\\s+lines?|comms\\s+plan|communications?\\s+plan|pr\\s+plan|(?:our|the)\\s+(?:plan|approach|strategy|goal|aim|objective)\\s+(?:is|will\\s+be)\\s+to)\\b",
    "\\bif\\s+(?:asked|pressed|challenged|reporters\\s+ask|journalists\\s+ask|media\\s+ask|questioned)\\b",
    "\\bwe\\s+hope\\s+(?:this|that|it)\\s+(?:will\\s+)?helps?\\b",
    "\\b(?:we|spokespeople|spokespersons|spokespeople|you|comms|teams?)\\s+(?:should|must|need\\s+to|will\\s+need\\s+to|ought\\s+to|want\\s+to|will\\s+want\\s+to|plan\\s+to|intend\\s+to|aim\\s+to|are\\s+going\\s+to|will)\\s+(?:\\w+\\s+){0,2}(?:frame|position|portray|present|cast|characteri[sz]e|describe|message|emphasi[sz]e|stress|highlight|underline|reiterate|stick|lean|pivot|redirect|steer|point|refer|avoid|decline|refrain|downplay|play\\s+down|normali[sz]e|not\\s+(?:comment|speculate|engage|confirm|elaborate|respond|make|issue|provide|get|go)|make\\s+no|keep\\s+(?:the|our|it|this)|hold\\s+off|let\\s+(?:the|coverage)|publish\\s+a\\s+follow)",
    "\\b(?:let['’]s|let\\s+us)\\s+(?:frame|position|keep|not|stick|avoid|emphasi[sz]e|stress|make|push|lean)\\b",
    "^\\s*(?:[-*•]\\s*)?(?:please\\s+)?(?:frame|position|emphasi[sz]e|stress|highlight|reiterate|stick\\s+to|avoid|decline\\s+to|redirect|pivot|downplay|play\\s+down|refer\\s+(?:reporters|journalists|questions|inquiries|enquiries)|do\\s+not|don['’]t|never|no\\s+further\\s+comment|lean\\s+on|point\\s+to|push\\s+back|make\\s+clear|keep\\s+(?:the\\s+focus|it|messaging|comments)|normali[sz]e)\\b",
    "\\b(?:frame|position|cast|spin)\\s+(?:this|it|the\\s+(?:incident|leak|story|issue|breach|news))\\s+as\\b",
    "\\b(?:in\\s+order\\s+to|to|and)\\s+normali[sz]e\\s+(?:the\\s+fact|that|this|it)\\b",
    "\\bavoid\\s+(?:the\\s+)?(?:criticism|the\\s+narrative|further\\s+coverage|amplifying|drawing)\\b",
  ].join("|"),
);

/** Headings that put the lines below them in directive mode (memo sections). */
const DIRECTIVE_HEADER = re(
  "(?:talking\\s+points?|key\\s+messages?|messaging|reactive\\s+(?:statement|lines?|q\\s*&\\s*a)|holding\\s+statement|lines?\\s+to\\s+take|press\\s+lines?|recommendations?|proposed\\s+(?:approach|lines?|statement|response)|if\\s+asked|approach|next\\s+steps|plan)\\s*[:\\-–—]\\s*$",
);

/** The organisation or its people, seen from outside. */
const THIRD_PARTY =
  "(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+(?:\\w+\\s+){0,2}(?:company|firm|platform|network|giant|business|group|organi[sz]ation|startup|app|service|provider|operator|carrier|retailer|bank|lender|insurer|hospital|council|agency|ministry|department|university|spokes(?:person|woman|man)|representative|executive|executives|official|officials|ceo|chief\\s+executive|founder|memo|email|e-mail|document|documents|statement|filing|letter|note|post|blog\\s+post|lawyers?|board)|(?!(?:We|I|Our|Us|You|Your|This|That|These|Those|It|Its|The|A|An|In|On|As|At|If|When|While|And|But|So|To|For|Please|Longer|Going|Scraping|Data|Users|People|Customers|Members)(?![\\p{L}]))(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&.'’-]*|of|and|&))*(?:['’]s(?:\\s+\\w+){0,2})?|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)";
/** Verbs by which a reporter says what the organisation said or did. */
const REPORT_VERB =
  "(?:said|says|told|tells|stated|states|declined|declines|refused|refuses|blamed|blames|claimed|claims|insisted|insists|assured|assures|argued|argues|maintained|maintains|admitted|admits|acknowledged|acknowledges|apologi[sz]ed|apologi[sz]es|pledged|pledges|promised|promises|vowed|vows|described|describes|characteri[sz]ed|characteri[sz]es|framed|frames|called|calls|attributed|attributes|plans|planned|is\\s+planning|was\\s+planning|intends|intended|sought|seeks|tried|tries|wrote|writes|added|adds|noted|notes|explained|explains|revealed|reveals|suggested|suggests|confirmed|confirms|denied|denies|disputed|disputes|downplayed|downplays|played\\s+down|plays\\s+down|dismissed|dismisses|pointed|points|reiterated|reiterates|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|urged|urges|advised|advises|offered|offers|announced|announces|insisted|shifted|shifts|read|reads|would\\s+not|did\\s+not|has\\s+not|had\\s+not|declined|remained\\s+silent|kept\\s+quiet|went\\s+quiet|responded|responds|countered|counters|assured|cast|casts|portrayed|portrays|presented|presents|recommended|proposed)";
const REPORTED = re(
  [
    `(?:^|[\\s"“‘(])${THIRD_PARTY}\\s+(?:\\w+ly\\s+|also\\s+|later\\s+|then\\s+|has\\s+|had\\s+|have\\s+)?${REPORT_VERB}(?![\\p{L}])`,
    `[,"”’]\\s*(?:${REPORT_VERB})\\s+${THIRD_PARTY}`,
    "\\baccording\\s+to\\s+(?:the\\s+)?(?:\\p{Lu}|company|firm|memo|email|document|spokes|a\\s+spokes|people|sources|its|their)",
    "\\b(?:in\\s+a\\s+statement|in\\s+an\\s+email|in\\s+a\\s+blog\\s+post|in\\s+a\\s+(?:filing|letter|memo|tweet|post))\\s+(?:to|on|published|released|sent)?",
    "\\bdid\\s+not\\s+(?:immediately\\s+)?respond\\s+to\\s+(?:a\\s+)?requests?\\b",
  ].join("|"),
  "u",
);
/** First person outside quotations: the organisation speaks for itself. */
const FIRST_PERSON = /(?<![\p{L}\p{N}'’])(?:we|we['’](?:re|ve|ll|d)|our|ours|us|i|my)(?![\p{L}\p{N}])/iu;

export interface DocumentContext {
  sentences: Span[];
  /** Quotation spans, in order. */
  quotes: Span[];
  /** The text reads as a report about the organisation (third-party voice, no first person outside quotes). */
  reportVoice: boolean;
  /** Per sentence: directive by a heading above it. */
  underHeader: boolean[];
}

const OPEN_QUOTE = /(^|[\s(\[—–-])(["“‘'«])(?=\S)/gu;
const CLOSE_FOR: Record<string, RegExp> = {
  '"': /"(?=$|[\s.,;:!?)\]—–-])/u,
  "“": /”/u,
  "‘": /’(?=$|[\s.,;:!?)\]—–-])/u,
  "'": /'(?=$|[\s.,;:!?)\]—–-])/u,
  "«": /»/u,
};

/** Quotation spans (the quoted text, without marks), found by pairing opening and closing marks. */
export function findQuotes(text: string): Span[] {
  const out: Span[] = [];
  OPEN_QUOTE.lastIndex = 0;
  let from = 0;
  for (let m = OPEN_QUOTE.exec(text); m; m = OPEN_QUOTE.exec(text)) {
    const open = m.index + m[1].length;
    if (open < from) continue;
    const close = CLOSE_FOR[m[2]];
    const rest = text.slice(open + 1);
    const c = close.exec(rest);
    if (!c) continue;
    const end = open + 1 + c.index;
    if (end - open < 2) continue;
    out.push({ start: open + 1, end });
    from = end + 1;
    OPEN_QUOTE.lastIndex = end + 1;
  }
  return out;
}

function outsideQuotes(text: string, span: Span, quotes: Span[]): string {
  let out = "";
  let pos = span.start;
  for (const q of quotes) {
    if (q.end <= span.start || q.start >= span.end) continue;
    out += text.slice(pos, Math.max(pos, q.start)) + " ";
    pos = Math.max(pos, q.end);
  }
  return out + text.slice(pos, span.end);
}

/** What the mode of every sentence depends on beyond the sentence itself; computed once per document. */
export function documentContext(text: string, sentences: Span[]): DocumentContext {
  const quotes = findQuotes(text);
  let reportFrames = 0;
  let firstPerson = false;
  const underHeader: boolean[] = [];
  let header = false;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const outside = outsideQuotes(text, s, quotes);
    if (REPORTED.test(outside)) reportFrames++;
    if (FIRST_PERSON.test(outside)) firstPerson = true;
    underHeader.push(header);
    if (DIRECTIVE_HEADER.test(sentence)) header = true;
    else if (/\n\s*\n/.test(text.slice(s.end, s.end + 4)) && !/^\s*[-*•]/.test(sentence)) header = header && false;
  }
  return { sentences, quotes, reportVoice: reportFrames > 0 && !firstPerson, underHeader };
}

/** The mode of a match in sentence `index`. */
export function modeOf(text: string, index: number, ctx: DocumentContext, matchStart: number): Mode {
  const span = ctx.sentences[index];
  const sentence = text.slice(span.start, span.end);
  const outside = outsideQuotes(text, span, ctx.quotes);
  if (REPORTED.test(outside)) return "reported";
  const quoted = ctx.quotes.some((q) => q.start <= matchStart && matchStart < q.end);
  if (ctx.reportVoice && (quoted || !FIRST_PERSON.test(outside))) return "reported";
  if (DIRECTIVE.test(sentence) || ctx.underHeader[index]) return "directive";
  return "enacted";
}
