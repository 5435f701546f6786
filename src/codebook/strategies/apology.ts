import type { CueDef, StrategyDef } from "../types.js";

/** Refusals and demands: someone else asks for the apology, or the organisation withholds it. */
const WITHHELD =
  "((~refuse|~decline|~fail|yet|reluctant|unwilling|~hesitate|~resist) to (~apologise|~apologize|say sorry|offer an apology|issue an apology|make an apology)|short of (~apologise|~apologize|apologising|apologizing|an apology|a full apology|saying sorry)|(~demand|~call for|calls on|called on|calling on|~urge|~press|~push for|~pressure|~ask for) * (apology|apologies|~apologise|~apologize|say sorry)|(~deserve|~await|are owed|were owed|is owed|still waiting for|waiting for) * (apology|apologies)|(apology|apologies) (from|by) (the|its|a|an)|no apology|without (an|any) apology)";
/** Responsibility or fault withheld ("stopped short of admitting fault"). */
const WITHHELD_FAULT =
  "((~refuse|~decline|~fail|yet|reluctant|unwilling|~hesitate|~resist) to (accept|take|admit|acknowledge|concede|own)|short of (admitting|accepting|acknowledging|taking|conceding))";
/** Regret withheld. */
const WITHHELD_REGRET = "((~refuse|~decline|~fail|reluctant|unwilling) to (express|voice|show|offer) [any] (regret|regrets)|short of expressing regret|no regret|no regrets|without regret)";
/** Third parties judging the organisation (a critic's "should have" is not an apology). */
const CRITICS =
  "(critics|experts|analysts|regulator|regulators|researchers|campaigners|lawyers|commissioner|watchdog|lawmakers|mps|senators|minister|opposition|victims|users|customers|observers|advocates) (said|say|says|argue|argued|argues|claim|claimed|claims|believe|believes|noted|told|added|contend|contended|insist|insisted)";
/** Templates and literal uses of the word. */
const LITERAL = "((apology|apologies) (letter|letters) (template|templates|is stored|are stored|folder)|sorry state|sorry saga|sorry tale|sorry episode|sorry affair|sorry mess|sorry record|sorry excuse|feel sorry for|felt sorry for|feels sorry for|sorry to (leave|go|see|hear|lose|miss|say goodbye|depart|retire|step down|report|learn|read|bother|interrupt|trouble))";

/** Talk about apologies (a debate on wording, "the word sorry") is a mention, not an apology. */
const MENTION = "(debate|debated|debating|the word|the words|the phrase|phrases|cliché|cliche|clichés|cliches|boilerplate)";
const mentionAware = (cues: CueDef[]): CueDef[] =>
  cues.map((c) => ({ ...c, unless: c.unless ? `(${c.unless}|${MENTION})` : MENTION }));

export default {
  id: "apology",
  label: "Apology",
  family: "rebuild",
  theory:
    "Benoit: mortification (admitting the wrongful act and asking forgiveness); SCCT: rebuild cluster (full apology, taking responsibility)",
  definition:
    "The organisation apologises, expresses regret, admits fault or failure, or accepts responsibility for the incident and its harm (including 'we have a responsibility' and 'a breach of your trust').",
  questions: [
    "What exactly are you apologising for: the breach, the delay in telling people, or the flaw itself?",
    "Who inside the company is being held accountable, and how?",
    "If you accept responsibility, will you compensate the people affected?",
    "When did you first know, and why did it take this long to say sorry?",
  ],
  cues: mentionAware([
    // sorry
    { id: "apology.we-are-sorry", pattern: "(we|i|we're|i'm|company|firm|bank|it|everyone here|all of us|we all|we remain|i remain|_) (are|am|is|was|were|remain|remains|feel|felt|have been|'re|'m) [so|very|deeply|truly|sincerely|genuinely|profoundly|incredibly|terribly|extremely|really|most|immensely|unreservedly|desperately|deeply and sincerely|truly and deeply] sorry", weight: 0.95, unless: LITERAL },
    { id: "apology.were-sorry", pattern: "(we're|i'm|we've been|we are|i am|we remain|we feel|i feel) [so|very|deeply|truly|sincerely|genuinely|profoundly|incredibly|terribly|extremely|really|most|immensely|unreservedly|desperately] sorry", weight: 0.95, unless: LITERAL },
    { id: "apology.sorry-for", pattern: "sorry (for|that|about|to all|to everyone|to our|to every|to those|to you|to the people|to customers|to members|to patients|to anyone)", weight: 0.85, unless: "(" + LITERAL + "|" + WITHHELD + ")" },
    { id: "apology.intensified-sorry", pattern: "(deeply|truly|sincerely|profoundly|genuinely|terribly|incredibly|unreservedly|so very|very) sorry", weight: 0.9, unless: LITERAL },
    { id: "apology.say-sorry", pattern: "(say|saying|said|says|to say) sorry", weight: 0.9, unless: WITHHELD },
    { id: "apology.cannot-apologise-enough", pattern: "(cannot|can't|could not|couldn't) (apologise|apologize|say how sorry|express how sorry|express how much we regret|express our regret|put into words how sorry|begin to express how sorry|say sorry) [enough]", weight: 0.85 },
    { id: "apology.no-words", pattern: "(no|not enough) words (can|could|will|would) (express|convey|describe|capture) ** (sorry|regret|apolog*|remorse)", weight: 0.85 },
    // apologise / apology
    { id: "apology.apologise", pattern: "(~apologise|~apologize)", weight: 0.9, unless: WITHHELD },
    { id: "apology.an-apology", pattern: "(~issue|~offer|~make|~extend|~publish|~post|~send|~deliver|~record|~tender|~give|~owe|~express|~accept|~convey|~repeat|~release|~include|~prepare|~draft|open with|opens with|lead with|start with|begin with|~open with|with|prepared|unambiguous|unconditional|clear|genuine|proper|direct|written|immediate|our|my|sincere|sincerest|heartfelt|deepest|unreserved|unqualified|full|public|formal|profound|humble|personal|unreserved) * (apology|apologies)", weight: 0.85, unless: "(" + WITHHELD + "|" + LITERAL + ")" },
    { id: "apology.mea-culpa", pattern: "mea culpa", weight: 0.9 },
    { id: "apology.feel-terrible", pattern: "(we|i|we're|i'm|everyone here|all of us) (feel|felt|are|am|were|was|'re|'m) [so|truly|deeply|really|absolutely|just|utterly] (terrible|awful|devastated|heartbroken|ashamed|embarrassed|mortified|gutted|sick|horrified|appalled)", weight: 0.8, unless: "(by|at) (the|this|these|those) (criminal*|attack*|hacker*|actions of|people)" },
    { id: "apology.disappointed-in-ourselves", pattern: "(disappointed|angry|frustrated|furious|embarrassed) (in|with|at) (ourselves|myself)", weight: 0.85 },
    { id: "apology.owned-up", pattern: "(owned|owns|own|owning) up (to|for)", weight: 0.85 },
    { id: "apology.remorse", pattern: "(remorse|contrition|contrite|remorseful|penitent|repentant)", weight: 0.8, unless: "(" + WITHHELD_REGRET + "|(no|without|lack of|lacked|lacking|showed no|shows no|little) (remorse|contrition))" },
    // regret
    { id: "apology.deeply-regret", pattern: "(deeply|sincerely|truly|greatly|profoundly|bitterly|very much|much|genuinely|enormously|hugely) ~regret", weight: 0.9 },
    { id: "apology.we-regret", pattern: "(we|i|company|firm|bank|hospital|council|insurer|retailer|operator|management|board|ceo|we all|it) [deeply|sincerely|truly|greatly|profoundly|very much|bitterly|genuinely|also] ~regret", weight: 0.85, unless: "(regret to (inform|announce|advise|tell|report)|~regret [that] (we are|we're|we|i am|i'm) (unable|not able|not in a position|cannot|can't) to (comment|say|provide|discuss|share|confirm|disclose|elaborate|go into|respond))" },
    { id: "apology.regret-to-inform", pattern: "regret to (inform|advise|tell|notify) you", weight: 0.6 },
    { id: "apology.express-regret", pattern: "(~express|~convey|~voice|~offer|with|our|my|deep|deepest|sincere|sincerest|great|profound|heartfelt) * (regret|regrets)", weight: 0.85, unless: WITHHELD_REGRET },
    { id: "apology.regret-the-harm", pattern: "~regret (any|the|all) [_] (inconvenience|distress|concern|worry|disruption|anxiety|harm|upset|difficulty|difficulties|impact|frustration|confusion|trouble|stress|hurt|pain|damage|alarm|hardship)", weight: 0.9 },
    { id: "apology.regrettable", pattern: "(this|it|the incident|what happened|the breach|the delay|this incident|this breach|that) (is|was|has been) [deeply|very|extremely|most|truly|hugely|profoundly] (regrettable|deplorable|inexcusable)", weight: 0.75, unless: CRITICS },
    // admissions of fault or failure
    { id: "apology.we-failed", pattern: "(we|i|we've|i've|we have|i have) [have|has|had|simply|clearly|badly|plainly|completely|ultimately|collectively] (failed|fell short|fallen short)", weight: 0.85 },
    { id: "apology.let-down", pattern: "(we|i|we've|i've) [have|has|had|really|badly|truly|simply|clearly|deeply] ~let (you|them|our|the|all|many|so|customers|members|patients|people|users|everyone|those|your|down|each) * down", weight: 0.9 },
    { id: "apology.let-down-2", pattern: "(we|i|we've|i've) [have|has|had|really|badly|truly|simply] ~let (you|them|our|the|all|many|so|customers|members|patients|people|users|everyone|those|your) down", weight: 0.9 },
    { id: "apology.got-it-wrong", pattern: "(we|i|we've|i've) [really|clearly|simply|badly|have|had] (got|get|gotten|have got|had got) (this|it|that|things|this one|the response|our response|the timing|that one|a lot|some things) [very|badly|so|completely|horribly|seriously|_] wrong", weight: 0.9 },
    { id: "apology.made-mistakes", pattern: "(we|i|we've|i've) (made|make|have made|had made) [a|an|some|serious|grave|real|terrible|big|honest|several|many|mistakes|errors|clear|significant] [_] [_] (mistake|mistakes|error|errors|misjudgment|misjudgement|misjudgments|misjudgements|misstep|missteps|blunder|blunders|error of judgment|error of judgement|wrong call|bad call)", weight: 0.85 },
    { id: "apology.were-wrong", pattern: "(we|i) (were|was|have been|had been) (wrong|mistaken|at fault|negligent|too slow|careless)", weight: 0.85 },
    { id: "apology.should-have", pattern: "(we|i|this|it|that|company|incident|breach|what happened) (should|ought to|must) (have|never have|not have|never|not|'ve) ** (happened|known|acted|caught|detected|done|moved|told|notified|informed|disclosed|fixed|closed|prevented|spotted|identified|responded|kept|protected|secured|encrypted|listened|taken|communicated|reacted|alerted|addressed|patched|warned|found|stopped|seen|shared|been better|been faster|been quicker|better|sooner|earlier|faster|differently|more quickly)", weight: 0.85, unless: "(should have received|should have been notified by|you should have received|should have results|should have more|" + CRITICS + ")" },
    { id: "apology.not-good-enough", pattern: "(this|it|that|what happened|our response|our security|our communication|our handling|we|the delay|our performance) (is|was|were|has been|are) [simply|completely|totally|entirely|wholly|just] (not good enough|unacceptable|inexcusable|indefensible|not acceptable|not up to standard|below the standard|below our standards|short of our standards|short of the standards)", weight: 0.8, requires: "(we|our|i|my|us)" },
    { id: "apology.do-better", pattern: "(we|i) (must|need to|have to|will|can|should|have got to|owe it to * to) (do better|do much better|be better|improve|do more|be held accountable)", weight: 0.8, requires: "(better|accountable|fail*|sorry|apolog*|mistake*|wrong|regret|short)" },
    { id: "apology.could-have-done-better", pattern: "could (have|'ve) (done|acted|communicated|responded|moved|handled) [this|it|things|far|much|a lot|more] [_] (better|more|faster|sooner|more quickly|differently)", weight: 0.8 },
    { id: "apology.did-not-meet", pattern: "(we|i) (did not|didn't|have not|haven't|failed to|fell short of|could not|couldn't|did not fully|have failed to) (meet|met|live up to|lived up to|fulfil|fulfilled|fulfill|honour|honoured|honor|honored|deliver on|delivered on|uphold|upheld|kept|keep) (our|your|these|its|the|their|those) ** (responsibility|responsibilities|standard|standards|expectations|expectation|obligation|obligations|duty|duties|commitment|commitments|promise|promises|trust|bar|values)", weight: 0.8 },
    { id: "apology.did-not-do-enough", pattern: "(we|i) (did not|didn't|have not|haven't|failed to|could have|should have) (do|done) (enough|all we could|everything we could|what we should|our job|more|better)", weight: 0.85 },
    { id: "apology.preventable", pattern: "(was|were|is|has been|had been) [entirely|completely|wholly|totally|clearly] (preventable|avoidable)", weight: 0.8, requires: "(we|our|i|my|us)" },
    { id: "apology.deserved-better", pattern: "(you|customers|our customers|members|our members|patients|our patients|people|they|users|our users|our community|residents|our clients|clients|families|everyone affected|those affected) (deserve|deserved|deserves) (better|more|far better|much better)", weight: 0.8, unless: CRITICS },
    { id: "apology.did-not-meet-it", pattern: "(we|i) (did not|didn't|have not|haven't|failed to|could not|couldn't|did not fully|have failed to) (meet|live up to|fulfil|fulfill|honour|honor|deliver on|uphold) (it|that|this|them)", weight: 0.8, requires: "(responsibility|responsibilities|standard|standards|expectations|obligation|obligations|duty|duties|commitment|commitments|promise|promises)" },
    { id: "apology.admit-failure", pattern: "(~admit|~acknowledge|~concede|~recognise|~recognize|~accept) [that|openly|freely|fully|frankly|publicly] ** (failed|failings|failures|failure|fell short|mistake|mistakes|error|errors|wrong|fault|shortcomings|lapse|lapses|should have|could have done better|responsibility|not good enough|negligen*|too slow|too slowly|too late|quickly enough|fast enough|soon enough|more to protect|more to prevent|up to standard|up to scratch|inadequate|insufficient|deficient|below standard|below par|unacceptable|lax|weak|weaknesses|lapses)", weight: 0.8, unless: "(" + WITHHELD_FAULT + "|(accept|admit|acknowledge) (no|any) (responsibility|fault|liability|wrongdoing)|(nobody|no one|no-one|none of us|never) (~admit|~concede|~acknowledge|~accept)|" + CRITICS + ")", negatable: true },
    // responsibility and ownership
    { id: "apology.take-responsibility", pattern: "(~take|~accept|~bear|~assume|~own|~shoulder) [full|complete|total|sole|ultimate|all|the|our|my|personal|entire|absolute|direct|100%] [and full|and complete|and total] (responsibility|accountability|the blame|blame|ownership)", weight: 0.9, unless: "(" + WITHHELD_FAULT + "|(users|customers|members|people|account holders|individuals|clients|consumers|patients|policyholders|you|they) [must|should|need to|have to|also|themselves|all|ultimately] (take|takes|bear|bears|assume|assumes|accept|accepts|share|shares|have|has) [_] [_] responsibility|(take|takes|taking|took) (our|its|this|the|their|these|that) * (responsibility|responsibilities|obligation|obligations|duty|duties) ** seriously|(do not|don't|does not|doesn't|did not|didn't|will not|won't|never|cannot|can't|refuse|refused|decline|declined) (accept|take|bear|assume) * (responsibility|the blame|blame|liability)|responsibility (for|of) (educat*|protect*|keeping|safeguard*|ensuring))" },
    { id: "apology.we-own-it", pattern: "(we|i|we'll|i'll|we will|i will) [fully|completely|totally] (own|owning) (it|this|that|this failure|the failure|our mistake|our mistakes|the mistake|up|this mistake|our failure|our failures|the outcome|what happened)", weight: 0.85 },
    { id: "apology.our-failure", pattern: "(is|was|it's|that's|this is|this was|entirely|wholly|completely|squarely|solely|clearly|simply) [entirely|wholly|completely|squarely|solely|all] (our|my) [own] (failure|fault|mistake|error|failing|failings|doing|responsibility|mistakes|errors|failures)", weight: 0.9 },
    { id: "apology.on-our-part", pattern: "(failure|failing|failings|mistake|mistakes|error|errors|lapse|lapses|oversight|misjudgment|misjudgement|shortcoming|shortcomings|negligence|fault) on our part", weight: 0.9 },
    { id: "apology.make-it-right", pattern: "(make|put|set|making|putting|setting) (it|this|things|that|matters) right", weight: 0.7, requires: "(sorry|apolog*|regret*|mistake*|wrong|fault|fail*|fell short|let * down|responsib*)" },
    { id: "apology.fell-short-of", pattern: "(fell|fallen|falls|fall|falling) [well|far|badly|significantly|seriously|way] short of (what|the|our|their|your|expectations|standards)", weight: 0.8, requires: "(we|our|i|my)" },
    { id: "apology.not-good-enough-2", pattern: "(our response|our security|our communication|our communications|our handling|our performance|our systems|our processes|our controls|our protections|what we did|we|this|that|it) (has not been|hasn't been|was not|wasn't|were not|weren't|is not|isn't|have not been|haven't been|are not|aren't) [nearly|anywhere near|remotely] good enough", weight: 0.8, requires: "(we|our|i|my|us)" },
    { id: "apology.responsibility-was-ours", pattern: "(the|this|that|full|ultimate|all) [_] (responsibility|fault|blame|failure|accountability|mistake|error|failing) (is|was|lies|lay|rests|rested|sits|remains|falls|fell) [entirely|squarely|solely|firmly|wholly|completely|ultimately|fully] (ours|mine|his|hers|with us|with me|with the company|with management|with the board|with our company|on us|on me)", weight: 0.85 },
    { id: "apology.on-us", pattern: "(this|that|it|this failure|this one|the failure|that's|it's|this's) [is|was|'s] [entirely|squarely|all|completely|totally] on (us|me)", weight: 0.85 },
    { id: "apology.we-are-responsible", pattern: "(we are|we're|i am|i'm|we remain|we were|i was|we are fully|we're fully|we are ultimately|i am ultimately) [fully|ultimately|entirely|solely|directly|completely|squarely] (responsible|accountable|to blame|at fault|culpable)", weight: 0.8, unless: "(responsible|accountable) (for (protecting|keeping|safeguarding|ensuring|the security of|the safety of|providing|the privacy of|managing|delivering|maintaining|our commitments)|to (our|the|you|regulators|shareholders))" },
    { id: "apology.have-a-responsibility", pattern: "(we|i|company|firm|bank|organisation|organization|it|we all|we each) (have|has|had|bear|bears|carry|carries) [a|an|the] [deep|huge|great|important|clear|fundamental|special|serious|enormous|solemn|heavy|real|sacred|moral] (responsibility|duty|obligation) to (protect|safeguard|keep|secure|our customers|our members|our patients|our users|our clients|our community|you|customers|patients|members|users|the people|those who|look after|care for|get this right|do better)", weight: 0.7 },
    { id: "apology.hold-ourselves-accountable", pattern: "(hold|holding|held|holds) (ourselves|myself|itself) [fully|entirely|completely|directly|personally] (accountable|responsible|to account)", weight: 0.8 },
    { id: "apology.no-excuse", pattern: "(there is|there's|that is|that's|this is|it is|it's|is|was|offers|provides|makes) (no|not an|not any|never an) (excuse|excuses)", weight: 0.8 },
    { id: "apology.not-hide-behind", pattern: "(will not|won't|do not|don't|cannot|can't|shouldn't|should not|must not|not going to|refuse to|never) (hide behind|make excuses|shift the blame|pass the blame|deflect|blame others|blame anyone else|point fingers|point the finger)", weight: 0.8 },
    // trust broken
    { id: "apology.breach-of-trust", pattern: "(breach|betrayal|violation|abuse) of (your|their|our customers'|customer|customers'|the|members'|patients'|users'|people's|our members'|our patients'|our users'|that|this) [_] trust", weight: 0.85, unless: "(alleg*|lawsuit|claim*|suit|plaintiff*|court|accus*|charg*|sued|seeks|seeking|tribunal|judge)" },
    { id: "apology.broke-trust", pattern: "(we|i|we've|i've|we have|i have) [_] (lost|broken|broke|betrayed|damaged|eroded|violated|undermined|abused|shaken|let down|failed to honour|failed to honor|failed to keep|failed) (your|their|our customers'|the|customers'|members'|patients'|people's|our members'|our users'|our patients'|that|this) [_] trust", weight: 0.85 },
    { id: "apology.regain-trust", pattern: "(regain|rebuild|restore|earn back|win back|re-earn|recover|repair|rebuilding|regaining|restoring|earning back|winning back|earn|win|get|earning|winning) (your|their|our customers'|customers'|the|public|people's|members'|patients'|users'|our members'|our patients'|our users') [_] trust [back]", weight: 0.7, requires: "(regain|rebuild|restor*|back|re-earn|recover|repair|rebuilding|regaining)", unless: CRITICS },
    // round 2: generalised families
    { id: "apology.apology-document", pattern: "(apology|apologies) (letter|letters|email|emails|statement|statements|note|notes|video|message|messages|post|notice|notices)", weight: 0.8, unless: "(" + LITERAL + "|" + WITHHELD + ")" },
    { id: "apology.any-subject-got-it-wrong", pattern: "(got|get|gotten) (this|it|that|things|this one|the response|the timing|the balance) [very|badly|so|completely|horribly|seriously|totally|_] wrong", weight: 0.8, unless: "(" + CRITICS + "|if (we|you|they) (got|get)|(did not|didn't|never) (get|got))" },
    { id: "apology.let-down-group", pattern: "(~let) (down) (our|its|their|the|so many|thousands of|many|all|every|those|these|hundreds of|millions of) [_] [_] (customers|patients|members|users|clients|people|passengers|residents|community|communities|students|families|you|travellers|travelers|subscribers|policyholders|guests|staff|employees)", weight: 0.85, unless: CRITICS },
    { id: "apology.let-down-quantified", pattern: "(we|i|we've|i've) [have|has|had|really|badly|truly|simply|clearly|deeply] ~let (down) (thousands|hundreds|millions|many|so many|some|a lot|too many|lots|each|every one|all)", weight: 0.85 },
    { id: "apology.ours-not-x", pattern: "(failure|fault|mistake|error|failing|responsibility|blame) (was|is|lies|lay|rests) [entirely|all|solely|squarely|wholly|ours] (ours|mine|with us|on us) [and ours alone] * (not|rather than|and not)", weight: 0.9 },
    // round 3: generalised families
    { id: "apology.dropped-the-ball", pattern: "(we|i|we've|i've|company|firm|bank|it|they|management|the team) [have|has|had|really|clearly|completely|badly|simply|totally] (dropped|drop) the ball", weight: 0.85, unless: CRITICS },
    { id: "apology.failed-our-people", pattern: "failed (our|its|their|the|these|those|all|so many|many|thousands of) [_] (customers|tenants|patients|members|users|clients|people|residents|community|communities|students|families|passengers|policyholders|guests|subscribers|you|staff|employees|pupils|travellers|travelers)", weight: 0.85, unless: CRITICS },
    { id: "apology.org-made-mistake", pattern: "(company|firm|bank|it|organisation|organization|agency|council|hospital|insurer|retailer|airline|operator|he|she|they|management|the board) (had|has|have) made [a|an|some|serious|grave|real|terrible|big|several|many|clear|significant] [_] (mistake|mistakes|error|errors|misjudgment|misjudgement|misstep|missteps|blunder|wrong call|bad call)", weight: 0.8, unless: CRITICS },
    { id: "apology.plan-apology", pattern: "(recommend|recommends|recommended|propose|proposes|proposed|suggest|suggests|suggested|plan|plans|planned|need|needs|want|prepare|draft|schedule|arrange|agree|agreed|publish|post) [a|an|the] [_] [_] [_] (apology|apologies)", weight: 0.8, unless: "((~refuse|~decline|~fail|reluctant|unwilling) to|~demand|~call for|calls on|called on|no apology|without (an|any) apology|stopped short|fell short of)" },
  ]),
  hits: [
    "We are deeply sorry. Our customers trusted us with their information, and we let them down.",
    "This is not an industry problem and we will not hide behind that excuse. It is our failure, and we own it.",
    "We have a responsibility to protect your data, and in this case we did not meet it.",
    "We got this wrong, and I take full responsibility.",
    "We apologise for the disruption.",
    "We do not think this is a problem unique to banks, but that is no excuse; we are sorry and we are fixing it.",
    "Attackers exploited a flaw in our code, and we should have caught it sooner.",
    "I want to apologise unreservedly to every customer whose information was exposed.",
    "We sincerely regret the distress this has caused our patients and their families.",
    "This was a breach of your trust, and we will work hard to earn it back.",
    "We fell short of the standards our members expect, and the responsibility for that is ours.",
    "This should never have happened, and I am truly sorry.",
    "Please accept our sincere apologies for any worry this may have caused.",
    { text: "Proposed statement: 'We are sorry for the worry this has caused, and we are offering affected customers free identity protection for 24 months.'", mode: "directive" },
    { text: "Our holding statement should acknowledge the disruption, express regret, and say nothing about the cause.", mode: "directive" },
    { text: "We recommend that the chief executive apologise personally in the first statement.", mode: "directive" },
    { text: "The company apologised, saying it was 'deeply sorry for the distress caused.'", mode: "reported" },
    { text: "Medibank's chief executive apologised to customers on Monday and said the insurer would pay for mental health support for affected policyholders.", mode: "reported" },
    { text: "The chief executive told staff the company 'should never have kept this from the people affected' and that the responsibility was his.", mode: "reported" },
    { text: "Optus admitted it had made mistakes in how it communicated with customers.", mode: "reported" },
    "We're sorry, and that apology does not depend on the outcome of the investigation.",
    "We did not do enough to protect your data.",
    "To our customers: we're sorry. You deserved better from us.",
    "This was our mistake, not a hacker's.",
    "We made the wrong call in delaying our notification, and I deeply regret that decision.",
    "This is a failure on our part.",
    { text: "The company acknowledged its security had not been up to standard.", mode: "reported" },
    "Open the statement with an unreserved apology.",
    { text: "Release the prepared apology email only if the national papers pick up the story.", mode: "directive" },
    "This week we let down thousands of our passengers, and the failure was ours, not the weather's.",
    { text: "The chief executive conceded the company had got this badly wrong.", mode: "reported" },
    "We take full ownership of the decisions that led to this incident.",
    { text: "Draft statement for approval: 'We are sorry for the worry this has caused.'", mode: "directive" },
    "Release the prepared apology email only if the national papers pick up the story.",
    "This week we let down thousands of our passengers, and the failure was ours, not the weather's.",
    "We take full ownership of the decisions that led to this incident.",
    "In a memo to staff, the chief executive said the firm had let down its patients.",
    { text: "The lender said it had made a serious error in handling the complaints.", mode: "reported" },
    "We dropped the ball on this one.",
    { text: "The trust's chief executive said the breach was regrettable.", mode: "reported" },
    "The board failed our customers, plainly and simply.",
    "That's on us, and we will fix it.",
    { text: "Recommend a brief, unreserved apology from the chief executive on the homepage.", mode: "directive" },
  ],
  misses: [
    "She was sorry to leave the company after a decade, the outgoing director told colleagues.",
    "Sorry to hear you're having trouble logging in; please send us a direct message.",
    "The apology letter template is stored in the shared drive under Legal/Templates.",
    "Sorry, the page you requested could not be found.",
    "The company has refused to apologise for the leak.",
    "Victims say they deserve an apology from the bank.",
    "We do not accept that we failed our customers in any way.",
    "The regulator fined the city council £120,000 for failing to encrypt laptops.",
    "Many users later regretted making their phone numbers public.",
    "The lawsuit alleges breach of contract and breach of trust.",
    "We take our responsibility to protect your information very seriously.",
    "Several former employees told the newspaper that security warnings had been ignored for years.",
    "This is not a breach; no customer data was accessed.",
    "Hackers made a mistake by leaving their own server exposed, researchers said.",
    "Whether breach letters should say 'we apologise' or 'we regret' is a long-running debate among privacy lawyers.",
    "Nobody concedes fault in interviews until legal has approved the wording.",
    "We regret that we are unable to provide further details at this time.",
    "Customers bear responsibility for the security of their own devices.",
    "The regulator said the company should have encrypted the data.",
    "She was sorry to leave the company after a decade, the outgoing director told colleagues.",
    "Sorry to hear you're having trouble logging in; please send us a direct message.",
    "Critics said the company got it wrong on encryption.",
    "We'll make it right: every cancelled booking will be refunded in full.",
  ],
} satisfies StrategyDef;
