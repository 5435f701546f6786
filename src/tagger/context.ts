/**
 * Stage 4: context. Negation scope, questions, and the mode of each match:
 * enacted (the speaker uses the frame), directive (the text plans it), reported (a third party says it was used).
 */
import type { Mode } from "../codebook/types.js";
import { sentenceAt, type Span } from "./sentences.js";
import { foldedRegExp, LETTER, lowerSameLength, STAND_INS, UPPER } from "./text.js";
import { literalGate } from "./literals.js";

const WORD = new RegExp(`[${LETTER}]+`, "g");

// ---------------------------------------------------------------- negation

/** Words that negate what follows them in the same clause. */
const NEGATOR = new RegExp(`(?<![${LETTER}])(?:not|no|never|neither|nor|without|hardly|cannot|[${LETTER}]+n['’]t|rather than|instead of|far from|nothing)(?![${LETTER}])`, "gi");
/** What ends a clause, and so the reach of a negator. */
const CLAUSE_BREAK = new RegExp(`[;:,—–()]|(?<![${LETTER}])(?:but|however|although|though|while|whereas|yet|because|since|instead|rather|and|which|who)(?![${LETTER}])`, "gi");
/** How many words before a match a negator may stand. */
const NEGATION_REACH = 6;

/** Whether the match starting at `rel` in the sentence is negated in its clause. */
export function isNegated(sentence: string, rel: number, folded = false): boolean {
  const { CLAUSE_BREAK, NEGATOR } = rulesFor(folded);
  const before = sentence.slice(0, rel);
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) clauseStart = m.index + m[0].length;
  const clause = before.slice(clauseStart);
  NEGATOR.lastIndex = 0;
  let last = -1;
  for (let m = NEGATOR.exec(clause); m; m = NEGATOR.exec(clause)) last = m.index + m[0].length;
  if (last < 0) return false;
  const words = clause.slice(last).match(WORD)?.length ?? 0;
  return words <= NEGATION_REACH;
}

const QUESTION = /\?["'”’)\]]*\s*$/;

/** A question (a reporter's, or one put to the organisation) does not enact a frame. */
export function isQuestion(sentence: string, folded = false): boolean {
  return rulesFor(folded).QUESTION.test(sentence);
}

// ---------------------------------------------------------------- mode

/** Build a context rule; `\\p{Lu}`, `\\p{L}` and `\\p{N}` in its source stand for the classes of text.ts. */
const re = (source: string, flags = "i") =>
  new RegExp(source.replace(/\\p\{Lu\}/g, UPPER).replace(/\\p\{L\}/g, LETTER.replace("0-9", "")).replace(/\\p\{N\}/g, "0-9"), flags);

/** Verbs that, opening a sentence in the imperative, instruct staff how to communicate. */
const IMPERATIVES =
  "announce|promise|pledge|weave\\s+in|use\\s+['\"‘“]|bridge|rebut|counter|watch|skip|deflect|(?:make|turn)\\s+(?:it|this)\\s+(?:a|into|about)|deny|confirm\\s+only|(?:open|start|begin|close|end|lead)\\s+(?:[\\w'’-]+\\s+){0,3}?with|tell|say|stress|emphasi[sz]e|highlight|underline|underscore|remind|mention|reiterate|repeat|point\\s+(?:out|to)|make\\s+(?:sure|clear|the\\s+point|it\\s+clear)|ensure|ask|frame|position|cast|portray|present|describe|characteri[sz]e|call\\s+(?:it|this)|refer|redirect|steer|pivot|deflect|downplay|play\\s+down|lead\\s+with|open\\s+with|close\\s+with|keep|stick\\s+to|push|prepare|draft|brief|hold|wait|avoid|refrain|decline|do\\s+not|don['’]t|let(?!\\s+me\\b)|consider|recommend|suggest|propose|use\\s+(?:this|the)\\s+(?:moment|opportunity|line|statement)|lean\\s+(?:on|into)|normali[sz]e|offer|acknowledge|apologi[sz]e|publish|issue|release|post|schedule|time|limit|restrict|route|answer|respond|reply|focus|concentrate|shift|move|emphasise|contrast|compare|blame|attribute|attach|avoid\\s+saying|no\\s+further\\s+comment|no\\s+comment";

/** Headings inside a sentence ("Talking points for spokespeople: ...") that make it a plan. */
const HEADER_WORDS =
  "talking\\s+points?|key\\s+messages?|messaging|message\\s+house|core\\s+message|suggested\\s+(?:approach|line|lines|response|statement|wording|answer)|recommended\\s+(?:approach|line|lines|response|statement|wording|positioning|answer)|proposed\\s+(?:\\w+\\s+){0,2}(?:approach|line|lines|statement|response|wording|email|e-mail|post|reply|answer|letter|message|tweet|positioning|notice)|draft\\s+(?:\\w+\\s+){0,2}(?:statement|response|email|e-mail|post|reply|lines?|letter|message|tweet|notice|answer)(?:\\s+for\\s+(?:approval|sign-off|review))?|reactive\\s+(?:statement|lines?|q\\s*&\\s*a|posture)|holding\\s+(?:statement|lines?)|lines?\\s+to\\s+take|press\\s+lines?|recommendations?|proposal|comms\\s+plan|communications?\\s+plan|pr\\s+plan|action\\s+plan|next\\s+steps|approach|q\\s*&\\s*a|if\\s+asked(?:\\s+about\\s+[^:]{1,40})?|if\\s+pressed|do\\s+not\\s+say|avoid|positioning|narrative|guidance\\s+for\\s+\\w+|note\\s+to\\s+\\w+";

/** Communication-planning language: the text plans or recommends a frame. */
const DIRECTIVE = re(
  [
    // it is important / key / best to ..., but not "it is important to understand that" (an enacted aside)
    "\\b(?:it\\s+is|it['’]s|it\\s+will\\s+be|is)\\s+(?:\\w+\\s+)?(?:important|key|critical|essential|vital|crucial|best|wise|advisable|helpful|useful|better|preferable|worth)\\s+(?:that\\s+we\\s+|for\\s+us\\s+to\\s+|to\\s+)(?!(?:understand|note|remember|know|recogni[sz]e|clarify|be\\s+clear|acknowledge)\\b)",
    "\\bthink\\s+it['’]?s?\\s+(?:is\\s+)?(?:important|key|best|wise|better)\\b",
    "\\bit\\s+(?:would|will|might|could)\\s+(?:help|be\\s+(?:useful|helpful|wise|good|best|better|worth\\s+\\w+))\\s+(?:to|if)\\b",
    // we / the team recommend, propose ...; but advice to the public ("we recommend you reset") is enacted
    "\\b(?:we|i|the\\s+team|comms|pr|legal|counsel|our\\s+team|the\\s+comms\\s+team|the\\s+pr\\s+team|the\\s+legal\\s+team|communications|our\\s+lawyers|our\\s+advisers|our\\s+advisors|the\\s+agency)\\s+(?:would\\s+|strongly\\s+|therefore\\s+|also\\s+)?(?:recommends?|proposes?|suggests?|advises?|is\\s+proposing|are\\s+proposing|is\\s+recommending|are\\s+recommending|is\\s+suggesting|are\\s+suggesting|need\\s+to\\s+decide)\\b(?!\\s+(?:that\\s+)?(?:you|users|customers|members|people|everyone|all\\s+(?:users|customers|members)|account\\s+holders|patients|reviewing|changing|resetting|enabling|using|updating|turning|checking|setting))",
    `(?:^|[.;:]\\s+|\\n)\\s*(?:[-*•–]\\s*)?(?:(?:where\\s+possible|wherever\\s+possible|going\\s+forward|for\\s+now|in\\s+the\\s+meantime|in\\s+(?:all|any|every)\\s+\\w+(?:\\s+\\w+)?|internally|externally|publicly|meanwhile|first|then|also|instead|above\\s+all|again|(?:if|when|where|once|until|unless|before|after|whenever)\\s+[^,]{1,60}|for\\s+\\w+(?:\\s+\\w+)?)\\s*,\\s*)?(?:please\\s+)?(?:(?:simply|just|only|also|then|always|politely|firmly|briefly|quietly|calmly|instead)\\s+)?(?:${IMPERATIVES})\\b(?![^.!?]*\\byou(?:r|rs|rself)?\\b)`,
    "^\\s*(?:[-*•]\\s*)?if\\s+(?:asked|pressed|challenged|questioned|raised)\\b",
    `\\b(?:${HEADER_WORDS})\\b[^:.!?]{0,40}:`,
    "\\b(?:spokes(?:person|people|persons|woman|man)|staff|employees|executives|the\\s+ceo|comms|the\\s+press\\s+office|(?:our|the|any|every|each)\\s+(?:\\w+\\s+)?(?:response|responses|statement|statements|messaging|message|messages|narrative|line|lines|focus|emphasis|story|post|email|letter|reply|replies|answer|answers|comms|communications?|tone|framing))\\s+(?:should|must|needs?\\s+to|will\\s+need\\s+to|is\\s+to|are\\s+to|ought\\s+to|has\\s+to|have\\s+to|shall)\\b(?!\\s+have\\b)",
    "\\bshould\\s+(?:anyone|we|spokespeople|staff|you|the\\s+company)\\s+(?!have\\b)",
    "\\b(?:should|must|need\\s+to|needs\\s+to|ought\\s+to|could|might\\s+want\\s+to)\\s+(?!have\\b)(?:[\\w'’]+\\s+){0,4}?(?:frame|framing|position|positioning|portray|portraying|present|presenting|cast|casting|characteri[sz]e|characteri[sz]ing|describe|describing|message|messaging|emphasi[sz]e|emphasi[sz]ing|stress|stressing|highlight|highlighting|underline|reiterate|pivot|redirect|steer|downplay|play\\s+down|normali[sz]e|normali[sz]ing|makes?\\s+(?:clear|sure|the\\s+point)|point\\s+(?:out|to)|note|noting|mention|mentioning|tell|telling|say|saying|explain|remind|reminding|refer)\\b",
    "\\b(?:everyone|anyone|no\\s+one|nobody)\\s+(?:should|must|needs?\\s+to)\\s+(?:\\w+\\s+){0,2}(?:frame|framing|position|positioning|portray|portraying|present|presenting|cast|casting|characteri[sz]e|characteri[sz]ing|describe|describing|message|messaging|emphasi[sz]e|emphasi[sz]ing|stress|stressing|highlight|highlighting|underline|reiterate|pivot|redirect|steer|downplay|play\\s+down|normali[sz]e|normali[sz]ing|makes?\\s+(?:clear|sure|the\\s+point)|point\\s+(?:out|to)|note|noting|mention|mentioning|tell|telling|say|saying|explain|remind|reminding|refer|comment|speculate|confirm|discuss)\\b",
    "\\bunder\\s+no\\s+circumstances\\b",
    "^\\s*(?:[-*•]\\s*)?(?:[\\w'’-]+\\s+){0,4}?(?:video|page|statement|letter|email|post|copy|notice|apology|response|reply|op-ed|blog|briefing|message|messaging|team|teams|sales|staff|support|care|legal|comms|communications|executives?|ceo|spokes\\w+|managers?|board|company|firm|bank|website|site|faq|announcement|release|tweet|thread)\\s+(?:should|must|needs?\\s+to|will\\s+need\\s+to|has\\s+to|have\\s+to|is\\s+to|are\\s+to|ought\\s+to)\\s+(?!have\\b)",
    "\\b(?:the|our)\\s+(?:angle|line|pitch|spin|story|narrative|framing|message)\\s+(?:is|should\\s+be|will\\s+be|has\\s+to\\s+be|needs\\s+to\\s+be)\\b",
    ",\\s*but\\s+(?:do\\s+not|don['’]t|never)\\s+(?:advertise|mention|announce|publici[sz]e|confirm|comment|say|discuss)\\b",
    "\\b(?:we|spokespeople|spokespersons|you|comms|teams?)\\s+(?:should|must|need\\s+to|will\\s+need\\s+to|ought\\s+to|will\\s+want\\s+to)\\s+(?:\\w+\\s+){0,2}(?:frame|position|portray|present|cast|characteri[sz]e|describe|message|emphasi[sz]e|stress|highlight|underline|reiterate|stick|lean|pivot|redirect|steer|point|refer|avoid|decline|refrain|downplay|play\\s+down|normali[sz]e|not\\s+(?:comment|speculate|engage|confirm|elaborate|respond|make|issue|provide|get|go|volunteer|mention)|make\\s+no|keep\\s+(?:the|our|it|this)|hold\\s+off|let\\s+(?:the|coverage)|publish\\s+a\\s+follow|wait\\s+(?:for|until)|tell\\s+(?:reporters|journalists|the\\s+press|media))",
    "\\b(?:our|the)\\s+(?:\\w+\\s+)?(?:plan|approach|strategy|goal|aim|objective|intention|recommendation|preference|proposal|advice)\\s+(?:is|will\\s+be|would\\s+be|remains)\\s+(?:to|that)\\b",
    "\\b(?:let['’]s|let\\s+us)\\s+(?:frame|position|keep|not|stick|avoid|emphasi[sz]e|stress|make|push|lean|wait|hold|focus)\\b",
    "\\bwe\\s+hope\\s+(?:this|that|it)\\s+(?:will\\s+)?helps?\\b",
    "\\b(?:frame|position|cast|spin)\\s+(?:this|it|the\\s+(?:incident|leak|story|issue|breach|news|event|exposure))\\s+as\\b",
    "\\b(?:in\\s+order\\s+to|to|and)\\s+normali[sz]e\\s+(?:the\\s+fact|that|this|it)\\b",
    "\\bavoid\\s+(?:the\\s+)?(?:criticism|the\\s+narrative|further\\s+coverage|amplifying|drawing|giving|saying|using|any\\s+mention)\\b",
    "\\b(?:assuming|as\\s+long\\s+as|provided|if|once|until|while|unless)\\s+(?:the\\s+)?(?:press|media|news|coverage|interest|attention|the\\s+story)\\s+(?:\\w+\\s+){0,2}(?:volume|interest|coverage|attention)?\\s*(?:continues|keeps|stays|remains|dies|drops|declines|dwindles|subsides|fades|calms|is\\s+low)",
  ].join("|"),
);

/** Headings that put the lines below them in directive mode (memo sections). */
const DIRECTIVE_HEADER = re(
  `(?:${HEADER_WORDS}|plan|guidance|lines|messages|posture|structure|briefing|strategy|for\\s+approval|for\\s+sign-off|not\\s+for\\s+distribution|internal\\s+only|do['’]?s\\s+and\\s+don['’]?ts)\\b[^:\\n]{0,60}[:\\-–—]\\s*$`,
);
/** A heading in capitals ("RECOMMENDATIONS", "KEY MESSAGES") on a line of its own. */
const CAPS_HEADER = /(?:^|\n)[ \t]*(?:[A-Z&/]+[ \t]+){0,4}(?:RECOMMEND\w*|MESSAG\w*|PLAN|APPROACH|TALKING POINTS|LINES|POSITIONING|STRATEGY|NEXT STEPS|Q&A)[A-Z&/ \t]*:?[ \t]*(?=\n|$)/;
/** Marks of an internal document: everything in it is a plan unless a reporter describes it. */
const INTERNAL = re(
  "\\b(?:internal\\s+(?:only|use\\s+only)|for\\s+internal\\s+use|not\\s+for\\s+(?:distribution|publication|external\\s+use)|confidential\\s*[-–—:]|privileged\\s+(?:&|and)\\s+confidential|draft\\s+for\\s+(?:approval|sign-off|review)|\\b(?:comms|communications|pr|media|crisis)\\s+(?:plan|strategy|grid)\\b(?!\\s+(?:calls|showed|shows|revealed|reveals|obtained|seen|leaked)))",
);

/** Capitalised words that open a sentence without being its (third-party) subject. */
const NOT_SUBJECT =
  "Legal|Comms|PR|Communications|Counsel|HR|IT|Internal|Cybercriminals|Criminals|Hackers|Attackers|Scammers|Fraudsters|Phishing|Ransomware|Attacks|Incidents|Breaches|Cyberattacks|Threats|Lists|Records|Passwords|Accounts|Bots|Scrapers|Let|Q|A|We|I|Our|Us|You|Your|This|That|These|Those|It|Its|The|A|An|In|On|As|At|If|When|While|And|But|So|To|For|Please|Longer|Going|Scraping|Data|Users|People|Customers|Members|Talking|Key|Suggested|Proposed|Draft|Recommended|Reactive|Holding|Press|Next|Internal|External|Had|Has|Have|Do|Does|Did|Is|Are|Was|Were|Should|Would|Could|Can|Will|Where|Why|How|What|Who|Which|Tell|Say|Ask|Make|Remind|Stress|Avoid|Note|Any|All|No|None|Nobody|Every|Each|Some|Many|Most|After|Before|Since|Because|Although|Though|Despite|According|Under|Over|Given|Last|Earlier|Later|Today|Yesterday|Meanwhile|Still|Yet|However|Instead|Rather|Also";

/** The organisation or its people, seen from outside. */
const THIRD_PARTY =
  `(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+(?!(?:[\\p{L}'’-]+\\s+){0,2}(?:team|teams|line|lines|message|messages|statement\\s+should)\\b)(?:[\\p{L}\\p{N}'’&.-]+\\s+){0,3}?(?:company|firm|platform|network|giant|business|group|organi[sz]ation|startup|app|service|provider|operator|carrier|retailer|bank|lender|insurer|hospital|council|agency|ministry|department|university|airline|bureau|regulator|minister|spokes(?:person|woman|man)|representative|executive|executives|official|officials|ceo|chief\\s+executive|founder|memo|email|e-mail|document|documents|statement|filing|letter|note|post|blog\\s+post|lawyers?|board|chain|maker|operator|utility|school|district|city|authority|watchdog|newspaper|paper|daily|magazine|journal|broadcaster|outlet|publication|website|report|reporter|reporters|journalist|journalists|article|story|agency|owner|parent|subsidiary|partner|vendor|developer|publisher|exchange|trust|clinic|practice|charity|union|club|league|store|brand|site|website|outlet|person|people|spokespeople|plan|playbook|script|briefing|guidance|points|slides|deck|emails|memos|messages|staff|employees|insiders|director|chief|officer|head|manager|president|chairman|chairwoman|chair|spokesman|ciso|cto|cfo|coo|secretary|minister|processor|studio|chain|maker|giant|operator|owner|lawyer|attorney|counsel|advocates?|campaigners?|critics?)|(?!(?:${NOT_SUBJECT})\\b)(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]*)(?:\\s+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'’-]*|of|and|&|chief|executive|officer|director|head|founder|president|chairman|chairwoman|chair|spokes(?:person|woman|man)|minister|secretary|general|counsel|boss))*(?:['’]s(?:\\s+[\\p{L}-]+){0,3})?|[Hh]e|[Ss]he|[Tt]hey|[Cc]ritics|[Aa]dvocates|[Pp]rivacy\\s+advocates|[Cc]ampaigners|[Ll]awyers|[Cc]ustomers\\s+and\\s+critics|[Aa]nalysts|[Ee]xperts|[Rr]esearchers|[Rr]egulators|[Ii]nvestigators|[Ll]awmakers|[Pp]rosecutors|[Ss]ources|[Oo]fficials|[Ee]xecutives)`;
const REPORTED = re(
  [
    `(?:^|[\\s"“‘(,;])${THIRD_PARTY}\\s+(?:,[^,]{1,60},\\s+)?(?:["“]\\w+ly["”]\\s+|\\w+ly\\s+|also\\s+|later\\s+|then\\s+|previously\\s+|has\\s+|had\\s+|have\\s+|reportedly\\s+)?(?:said|says|told|tells|stated|states|declined|declines|refused|refuses|blamed|blames|claimed|claims|insisted|insists|assured|assures|argued|argues|maintained|maintains|admitted|admits|acknowledged|acknowledges|apologi[sz]ed|apologi[sz]es|pledged|pledges|promised|promises|vowed|vows|described|describes|characteri[sz]ed|characteri[sz]es|framed|frames|called|attributed|attributes|plans|planned|is\\s+planning|was\\s+planning|intends|intended|sought|seeks|tried|tries|wrote|writes|added|adds|noted|notes|explained|explains|revealed|reveals|suggested|suggests|confirmed|confirms|denied|denies|disputed|disputes|downplayed|downplays|played\\s+down|plays\\s+down|dismissed|dismisses|pointed\\s+(?:to|out)|points\\s+(?:to|out)|reiterated|reiterates|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|urged|urges|advised|advises|offered|offers|announced|announces|read|would\\s+not|did\\s+not|has\\s+not\\s+(?:responded|commented|said)|remained\\s+silent|kept\\s+quiet|went\\s+quiet|responded|responds|countered|counters|portrayed|portrays|recommended|proposed|defended|defends|boasted|touted|conceded|warned|reassured|contended|instructed|instructs|directed|directs|ordered|orders|proposes|recommends|suggested|outlined|outlines|advised|expressed|expresses|accused|accuses|criticised|criticized)(?![\\p{L}])`,
    // A generic third-party subject ("The payment processor", "The bank's chief information security officer") before a strong reporting verb.
    "(?:^|[\\s\"“‘(,;])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+(?!(?:[\\p{L}'’-]+\\s+){0,2}(?:team|teams)\\b)(?:[\\p{L}\\p{N}'’&.-]+\\s+){1,5}?(?:has\\s+|had\\s+|also\\s+|later\\s+)?(?:said|says|told|tells|apologi[sz]ed|apologi[sz]es|expressed|blamed|blames|claimed|claims|insisted|insists|denied|denies|acknowledged|admitted|declined|refused|assured|pledged|promised|vowed|stressed|maintained|argued|conceded|accused|wrote|added|attributed|described|characteri[sz]ed|downplayed|dismissed)(?![\\p{L}])",
    `,\\s*(?:which|who)\\s+(?:also\\s+)?(?:said|says|told|claimed|insisted|added|stressed|maintained|argued)\\b`,
    `,\\s*${THIRD_PARTY}\\s+(?:said|says|added|told|wrote|explained|noted|insisted|argued|claimed|stressed)\\b`,
    "\\b(?:and|but)\\s+(?:says|said|insists|insisted|claims|claimed|maintains|maintained|argues|argued|added|adds)\\s+(?:it|they|that|the)\\b",
    "\\b[Tt]he\\s+[\\p{L}\\p{N}&.-]+['’]s\\s+(?:\\w+\\s+)?(?:pledge|promise|claim|claims|insistence|assurance|assurances|denial|apology|admission|explanation|excuse|line|statement|position|framing|defen[cs]e)\\b",
    `[,"”’]\\s*(?:said|says|told|added|wrote|explained|noted|insisted|argued|claimed)\\s+${THIRD_PARTY}`,
    ",\\s*(?:saying|adding|arguing|claiming|insisting|noting|stressing|explaining|according|describing|calling|blaming|attributing|insisting|pointing)\\b",
    "\\b[Aa]ccording\\s+to\\b",
    "\\b(?:documents?|emails?|e-mails|messages|memos?|files|minutes|notes|recordings|slides|texts|chats|papers|records|transcripts?)\\b(?:\\s+[\\w'’,-]+){0,5}?\\s+(?:show|shows|showed|shown|reveal|reveals|revealed|suggest|suggests|suggested|indicate|indicates|indicated|outline|outlines|outlined)\\b",
    "\\b(?:[Ii]n\\s+a\\s+statement|in\\s+an\\s+email|in\\s+a\\s+blog\\s+post|in\\s+a\\s+(?:filing|letter|memo|tweet|post|note|notice))\\s+(?:to|on|published|released|sent|posted|issued)\\b",
    "\\bdid\\s+not\\s+(?:immediately\\s+)?respond\\s+to\\s+(?:a\\s+)?(?:requests?|questions?|emails?)\\b",
    "(?<!\\b(?:[Ww]e|I)\\s)(?<!\\b(?:[Ww]e|I)\\s(?:have|had)\\s)\\b(?:were|was|had\\s+been|have\\s+been)\\s+(?:told|instructed|advised|asked|urged|informed|assured|reassured)\\b",
  ].join("|"),
  "",
);
/** The strings of which a reporting frame holds one (see literals.ts): most sentences have none. */
const REPORTED_GATE = literalGate(REPORTED) ?? /(?:)/;
const INTERNAL_GATE = literalGate(INTERNAL) ?? /(?:)/;
/** The gated rules with their gates, for the tests. */
export const GATED_RULES = { REPORTED: [REPORTED, REPORTED_GATE], INTERNAL: [INTERNAL, INTERNAL_GATE] } as const;

/** A sentence that opens with a named organisation and a past-tense verb ("Uber concealed the breach"). */
const NAMED_NARRATIVE = re(`^\\s*(?!(?:${NOT_SUBJECT})\\b)[\\p{Lu}][\\p{L}\\p{N}&.'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{N}&.'’-]*){0,2}(?:['’]s\\s+[\\p{L}-]+)?\\s+(?:\\w+ly\\s+)?(?:[a-z]+ed|paid|kept|sent|told|took|gave|made|hid|let|sold|knew|left|lost|won|began|chose|wrote|spent)\\b`, "");

/** First person outside quotations: the organisation speaks for itself. */
const FIRST_PERSON = new RegExp(`(?<![${LETTER}'’])(?:we|we['’](?:re|ve|ll|d)|our|ours|us|i|my)(?![${LETTER}])`, "i");

/**
 * What the mode of a sentence depends on beyond the sentence itself. Computed once per document,
 * and lazily: whether the text speaks as "we" and where a plan begins only when a tag's own
 * sentence leaves its mode open, the costly reporting-frame rule over the sentences only when the
 * text never speaks as "we", and each sentence's own reading is cached for all the tags in it.
 */
export interface DocumentContext {
  text: string;
  /** The text lower-cased, its length kept (lowerSameLength): the literal gates read it. */
  lower: string;
  sentences: Span[];
  /** Quotation spans, in order. */
  quotes: Span[];
  /** The text speaks as "we" or "I" somewhere outside quotations (see firstPersonOf; undefined until asked). */
  firstPerson?: boolean;
  /**
   * Index of the first sentence that a plan governs (internal marks, a heading, a planning first
   * sentence); Infinity if none (see planFromOf; undefined until asked).
   */
  planFrom?: number;
  /** Per sentence: "reported" | "directive" | "" from the sentence alone (outside quotations). */
  own: Map<number, string>;
  /** Per sentence: whether it has a reporting frame (outside quotations), when asked before its mode. */
  reported: Map<number, boolean>;
  /** Whether the text reads as a report (a reporting frame and no first person); computed on demand. */
  reportVoice?: boolean;
  /** The rules in the spelling for the text (see rulesFor). */
  rules: Rules;
}

const OPEN_QUOTE = /(^|[\s(\[—–-])(["“‘'«])(?=\S)/g;
const CLOSE_FOR: Record<string, RegExp> = {
  '"': /"(?=$|[\s.,;:!?)\]—–-])/g,
  "“": /”/g,
  "‘": /’(?=$|[\s.,;:!?)\]—–-])/g,
  "'": /'(?=$|[\s.,;:!?)\]—–-])/g,
  "«": /»/g,
};

/** Quotation spans (the quoted text, without marks), found by pairing opening and closing marks. Linear in the text. */
export function findQuotes(text: string, folded = false): Span[] {
  const { OPEN_QUOTE, CLOSE_FOR } = rulesFor(folded);
  const out: Span[] = [];
  const unclosed = new Set<string>();
  OPEN_QUOTE.lastIndex = 0;
  for (let m = OPEN_QUOTE.exec(text); m; m = OPEN_QUOTE.exec(text)) {
    const open = m.index + m[1].length;
    const mark = MARK.get(m[2]) ?? m[2];
    // A mark that found no closing one before the end of the text will not find one later either.
    if (unclosed.has(mark)) continue;
    const close = CLOSE_FOR[mark];
    close.lastIndex = open + 1;
    const c = close.exec(text);
    if (!c) {
      unclosed.add(mark);
      continue;
    }
    if (c.index - open < 2) continue;
    out.push({ start: open + 1, end: c.index });
    OPEN_QUOTE.lastIndex = c.index + 1;
  }
  return out;
}

/** Index of the first quotation that ends after `offset` (quotations are sorted and disjoint). */
function firstQuoteAfter(quotes: Span[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function outsideQuotes(text: string, span: Span, quotes: Span[]): string {
  let out = "";
  let pos = span.start;
  for (let i = firstQuoteAfter(quotes, span.start); i < quotes.length && quotes[i].start < span.end; i++) {
    const q = quotes[i];
    out += text.slice(pos, Math.max(pos, q.start)) + " ";
    pos = Math.max(pos, q.end);
  }
  return out + text.slice(pos, span.end);
}

/** What the mode of every sentence depends on beyond the sentence itself; once per document, the rest on demand. */
export function documentContext(text: string, sentences: Span[], lower = lowerSameLength(text), folded = false): DocumentContext {
  return { text, lower, sentences, quotes: findQuotes(text, folded), own: new Map(), reported: new Map(), rules: rulesFor(folded) };
}

/** Whether the text speaks as "we" or "I" somewhere outside quotations. */
function firstPersonOf(ctx: DocumentContext): boolean {
  const { text, quotes } = ctx;
  return (ctx.firstPerson ??= ctx.rules.FIRST_PERSON.test(quotes.length ? outsideQuotes(text, { start: 0, end: text.length }, quotes) : text));
}

/** Index of the first sentence that a plan governs; Infinity if none. */
function planFromOf(ctx: DocumentContext): number {
  if (ctx.planFrom !== undefined) return ctx.planFrom;
  const { text, lower, sentences } = ctx;
  const { INTERNAL_GATE, INTERNAL, CAPS_HEADER, HEADER_LINE, DIRECTIVE_HEADER } = ctx.rules;
  ctx.planFrom = Infinity;
  if ((INTERNAL_GATE.test(lower) && INTERNAL.test(text)) || CAPS_HEADER.test(text)) ctx.planFrom = 0;
  else if (sentences.length) {
    if (ownMode(ctx, 0) === "directive") ctx.planFrom = 1;
    else {
      // The first heading ("Talking points:", "Recommended posture -") that is not a reporter's.
      HEADER_LINE.lastIndex = 0;
      for (let m = HEADER_LINE.exec(text); m; m = HEADER_LINE.exec(text)) {
        const at = m.index + m[0].length;
        const index = sentenceAt(sentences, m.index);
        if (index >= 0 && ownMode(ctx, index) !== "reported" && DIRECTIVE_HEADER.test(text.slice(sentences[index].start, Math.max(at, sentences[index].end)).trim())) {
          ctx.planFrom = index + 1;
          break;
        }
      }
    }
  }
  return ctx.planFrom;
}

/** Candidate heading lines: a colon or dash at the end of a line (checked with DIRECTIVE_HEADER). */
const HEADER_LINE = /[:\-–—][ \t]*(?=\n|$)/gm;

/** The mode a sentence shows by itself, outside its quotations ("" when it shows none). */
function ownMode(ctx: DocumentContext, index: number): string {
  let mode = ctx.own.get(index);
  if (mode === undefined) {
    mode = isReported(ctx, index) ? "reported" : ctx.rules.DIRECTIVE.test(outsideQuotes(ctx.text, ctx.sentences[index], ctx.quotes)) ? "directive" : "";
    ctx.own.set(index, mode);
  }
  return mode;
}

/** Whether a sentence (outside its quotations) has a reporting frame: the first test of ownMode, cached apart. */
function isReported(ctx: DocumentContext, index: number): boolean {
  const own = ctx.own.get(index);
  if (own !== undefined) return own === "reported";
  let reported = ctx.reported.get(index);
  if (reported === undefined) {
    const span = ctx.sentences[index];
    reported = ctx.rules.REPORTED_GATE.test(ctx.lower.slice(span.start, span.end)) && ctx.rules.REPORTED.test(outsideQuotes(ctx.text, span, ctx.quotes));
    ctx.reported.set(index, reported);
  }
  return reported;
}

function reportVoice(ctx: DocumentContext): boolean {
  // Only the reporting frame matters here: the planning rule is left for the sentences that need a mode.
  if (ctx.reportVoice === undefined) {
    ctx.reportVoice = !firstPersonOf(ctx) && ctx.sentences.some((_, i) => isReported(ctx, i));
  }
  return ctx.reportVoice;
}

/** The mode of a match in sentence `index`. */
export function modeOf(text: string, index: number, ctx: DocumentContext, matchStart: number): Mode {
  const own = ownMode(ctx, index);
  if (own === "reported") return "reported";
  if (own === "directive" || index >= planFromOf(ctx)) return "directive";
  if (!firstPersonOf(ctx) && ctx.rules.NAMED_NARRATIVE.test(ctx.text.slice(ctx.sentences[index].start, ctx.sentences[index].end))) return "reported";
  if (reportVoice(ctx)) {
    const q = ctx.quotes[firstQuoteAfter(ctx.quotes, matchStart)];
    const quoted = q !== undefined && q.start <= matchStart;
    if (quoted || !ctx.rules.FIRST_PERSON.test(outsideQuotes(text, ctx.sentences[index], ctx.quotes))) return "reported";
  }
  return "enacted";
}

// ---------------------------------------------------------------- folded texts

/** The expressions above that read a document's text. */
const RAW_RULES = { NEGATOR, CLAUSE_BREAK, QUESTION, DIRECTIVE, DIRECTIVE_HEADER, CAPS_HEADER, INTERNAL, INTERNAL_GATE, REPORTED, REPORTED_GATE, NAMED_NARRATIVE, FIRST_PERSON, OPEN_QUOTE, CLOSE_FOR, HEADER_LINE };
type Rules = typeof RAW_RULES;
let foldedRules: Rules | undefined;

/**
 * The rules for a text as it is, or for one read in its folded form (workingCopy, text.ts): the
 * same expressions in their folded spelling, built on first use.
 */
function rulesFor(folded: boolean): Rules {
  if (!folded) return RAW_RULES;
  if (!foldedRules) {
    const rules = Object.fromEntries(Object.entries(RAW_RULES).map(([name, r]) => [name, r instanceof RegExp ? foldedRegExp(r) : r])) as Rules;
    rules.CLOSE_FOR = Object.fromEntries(Object.entries(CLOSE_FOR).map(([mark, r]) => [mark, foldedRegExp(r)]));
    rules.REPORTED_GATE = literalGate(rules.REPORTED) ?? /(?:)/;
    rules.INTERNAL_GATE = literalGate(rules.INTERNAL) ?? /(?:)/;
    foldedRules = rules;
  }
  return foldedRules;
}

/** The opening mark that a stand-in stands for (CLOSE_FOR knows the marks themselves). */
const MARK = new Map(STAND_INS.map(([sign, code]) => [String.fromCharCode(code), sign]));
