import type { StrategyDef } from "../types.js";

/** Verbs of saying more: what a silent organisation will not do. */
const SAY =
  "(comment* | speculat* | elaborat* | discuss* | disclos* | reveal* | specify | detail* | identify (the | them | which | who | its | it | any) | expand on | expand upon | (go | going | get | getting) into (detail | details | specifics | the specifics | the details | it | that | this | particulars | numbers | speculation) | (get | getting) ahead | (be | being | get | getting) drawn | name (the | it | them | names) | say (more | anything | how | why | when | whether | who | which | what | where) | (give | giving | provide | providing | share | sharing | offer | offering) [any] (details | further | more | additional | specifics) | go (further than | any further) | add (further | anything | to that | to this | to what | to our | to the statement) | (address | answer | take | respond to) [any] questions | confirm (or deny | how | whether | if | which | who | what | the number | the size | the scale | the amount | details | the cause) | break down (the | those | these | its | how | figures | numbers))";
/** Quantities and facts a silent organisation withholds. */
const FACTS =
  "(the (number | numbers | size | scale | amount | extent | cause | figure | figures | value | ransom | identity | name | names) | how many | whether | who | which | why | when | what | details | specifics | particulars | numbers | figures | any (numbers | figures | details) | anything about)";
/** Personal data: "we will not disclose your data" is a privacy promise, not silence. */
const PRIVACY_PROMISE =
  "((disclose | reveal | share | sell | release | pass on | hand over) [any] (your | their | our | customer* | personal | user* | member* | patient* | client* | private | confidential) | (details | information | data) (of | about | on) (your | their | our | any) (customer* | user* | member* | patient* | client* | account*))";

export default {
  id: "strategic-silence",
  label: "Strategic silence",
  family: "evade",
  theory:
    "Benoit: a form of evasion (the organisation withholds the account that would let others judge responsibility); in SCCT terms an evasive non-response. Made visible by the 2021 Facebook memo's plan to make no further comment while coverage dwindled.",
  definition:
    "The organisation declines, limits or ends comment: it refuses to say how many, how or why; says it will not comment or speculate; plans to issue no further statements; or instructs its people not to engage. Reporters' 'declined to comment' and 'did not respond to requests for comment' count as reported silence.",
  questions: [
    "Which specific question are you declining to answer, and on what grounds?",
    "When will you say how many people were affected and what data was taken?",
    "If the investigation prevents you from commenting, which part of it would a full answer compromise?",
  ],
  cues: [
    // "no further comment", "nothing further to add", "no comment"
    {
      id: "strategic-silence.no-further-comment",
      pattern:
        "(no | nothing) (further | more | additional | other) (comment | comments | to add | to say | to share | to report | statement | statements | public statements | remarks | interviews | media interviews | briefings | press briefings | updates at this time | information at this time | details at this time)",
      weight: 0.9,
      unless: "(no further (action | loss | impact | risk | access | unauthori[sz]ed | evidence | damage | exposure | cost | disruption) | nothing further (is | was) (needed | required))",
    },
    {
      id: "strategic-silence.no-comment",
      pattern: "no comment",
      weight: 0.85,
    },
    // "declined to comment", "refused to say", "declined requests for an interview"
    {
      id: "strategic-silence.declined-to",
      pattern: `(~decline | ~refuse | ~decline requests | ~decline a request | ~decline repeated requests | ~decline multiple requests | ~turn down requests | ~rebuff requests) [repeatedly] (to | for) [publicly | further | immediately | specifically] (${SAY.slice(1, -1)} | say | confirm | answer | respond | reply | explain | give | provide | release | publish | put forward | make | be interviewed | interview | an interview | interviews | comment | be named | offer | share | clarify | quantify | disclose)`,
      weight: 0.9,
    },
    {
      id: "strategic-silence.declined-comment",
      pattern: "(~decline | ~refuse) (comment | to be interviewed | an interview | interview requests | requests for comment | requests for an interview | multiple requests | repeated requests | our requests | questions)",
      weight: 0.9,
    },
    // "would not confirm how many", "won't get into specifics", "does not comment on active investigations"
    {
      id: "strategic-silence.will-not-say",
      pattern: `(not | never | won't | wouldn't | can't | cannot | don't | doesn't | didn't | isn't | aren't | unable to | not able to | not in a position to | not prepared to | not willing to | unwilling to | not going to | not planning to | in no position to) [be | yet | publicly | further | currently | immediately | at this stage | at this time | now | able to | going to | willing to] ${SAY}`,
      weight: 0.85,
      unless: `(${PRIVACY_PROMISE} | (mistake | wrong | error | regret* | fault | sorry | apologi*) ** (in | for | by) not | (~reveal | ~identify | ~find | ~show | ~detect | ~see | ~uncover | ~disclose) * (evidence | indication | indications | sign | signs | trace | traces | misuse | suspicious | unauthorised | unauthorized | malicious | any impact | vulnerabilities))`,
    },
    {
      id: "strategic-silence.will-not-confirm-facts",
      pattern: `(not | won't | wouldn't | can't | cannot | don't | doesn't | didn't | unable to | not able to | not in a position to | not prepared to | unwilling to | refused to | declined to) [yet | publicly | immediately] (say | confirm | disclose | reveal | specify | state | explain | quantify | indicate | answer | tell us | tell reporters | tell the newspaper | give) [exactly | precisely] ${FACTS}`,
      weight: 0.85,
      unless: PRIVACY_PROMISE,
    },
    {
      id: "strategic-silence.neither-confirm-nor-deny",
      pattern: "neither (confirm | confirmed | confirms | confirming) nor (deny | denied | denies | denying)",
      weight: 0.9,
    },
    {
      id: "strategic-silence.do-not-comment-on",
      pattern:
        "(do not | don't | does not | doesn't | never | will not | won't | cannot | can't | would not | wouldn't) [publicly | ordinarily | typically | generally | usually] (comment | speak | talk) (on | about) (active | ongoing | pending | open | specific | individual | security | operational | legal | live | continuing | current | internal | such | these | law enforcement | police | criminal | matters | investigations | litigation | rumours | rumors | speculation)",
      weight: 0.9,
    },
    {
      id: "strategic-silence.as-a-matter-of-policy",
      pattern: "(as a matter of policy | as a policy | our policy is | it is our policy | company policy is) [we | not | to | never] ** (not | never | no) ** (comment | discuss | disclose | speculate)",
      weight: 0.9,
    },
    // "it would be inappropriate to comment", "too early to speculate"
    {
      id: "strategic-silence.inappropriate-to-comment",
      pattern:
        "(inappropriate | premature | not appropriate | not be appropriate | unhelpful | irresponsible | too early | too soon | not possible | not prudent | imprudent | unwise | wrong) [for us | for the company | at this stage | at this point | at this time] to (~comment | ~speculate | ~elaborate | ~discuss | ~go into | ~get into | say more | provide further | provide more | provide details | give details | share details | share further | confirm | say how | say whether | say what | say who | say which | put a number | put a figure | quantify)",
      weight: 0.75,
    },
    // directives: "do not speculate", "don't volunteer the number", "say nothing about the cause", "say only that"
    {
      id: "strategic-silence.do-not-speculate",
      pattern:
        "(do not | don't | never | avoid | refrain from | must not | should not | shouldn't | mustn't | will not | won't) [be] (speculate | speculating | speculation | volunteer | volunteering | confirming | discussing | commenting | comment on | elaborating | going into | getting into | being drawn | get drawn | be drawn | offer | offering | getting ahead)",
      weight: 0.85,
      unless: `(${PRIVACY_PROMISE.slice(1, -1)} | (offer | offering) [any | a | an | free | to] (credit | compensation | refund* | free | voucher* | monitoring | identity | reimburse* | payment* | discount* | goodwill | support | help | cover))`,
    },
    {
      id: "strategic-silence.do-not-engage",
      pattern: "(do not | don't | not | never | avoid | refrain from | decline to | refuse to | won't | will not | should not | shouldn't) [to] (engage | engaging) [with | on | in] [the | any | such | these | those] [question | questions | inquiries | enquiries | reporters | journalists | the media | the press | media | press | comment | speculation | discussion | debate | specifics | details | that | this]",
      weight: 0.8,
      unless: "((individual | customer | user) (complaints | posts | comments | replies) | email | emails | e-mail | link | links | message | messages | text | texts | caller | callers | scammer* | fraudster* | suspicious | unsolicited | phishing | attachment | attachments | criminals | hackers | ransom | attackers | extortion*)",
    },
    {
      id: "strategic-silence.say-nothing",
      pattern:
        "(say | says | said | saying | disclose | disclosed | discloses | reveal | revealed | reveals | share | shared | shares | offer | offered | offers | volunteer | add | added | adds | explain | explained) (nothing | little | very little) (about | on | regarding | concerning | of | more | further | beyond | as to | other than | else)",
      weight: 0.8,
    },
    {
      id: "strategic-silence.say-only-that",
      pattern:
        "((say | says | said | saying | state | stated | states | stating | confirm | confirmed | confirms | confirming | reply | replied | respond | responded | answer) only (that | to say | to confirm | the holding) | (would | will | could | can) only (say | confirm | state) (that | it | the))",
      weight: 0.8,
    },
    {
      id: "strategic-silence.holding-line-only",
      pattern:
        "(holding | reactive | agreed | existing | published | prepared | approved | standard | original | written | earlier | previous | initial) (line | lines | statement | statements | response) (only | and nothing more | and nothing else | and no more | and nothing further)",
      weight: 0.85,
    },
    {
      id: "strategic-silence.nothing-beyond-statement",
      pattern:
        "(nothing | no comment | no comments | no further comment | not go | not comment | not add | say nothing) (beyond | outside | other than | further than | more than) (the | our | its | their | a | this | that) [holding | reactive | earlier | initial | original | existing | published | written | brief | short] (statement | line | lines | response | post | blog post | notice | release)",
      weight: 0.9,
    },
    {
      id: "strategic-silence.limited-to-statement",
      pattern:
        "(~limit | ~restrict | ~confine) (its | their | our | his | her) (comment | comments | response | responses | remarks | reply | answers) to [a | the | an | its] [brief | short | written | earlier | previous | prepared | single | one-line | two-line | holding] (statement | line | sentence | email | response | blog post | post | notice)",
      weight: 0.85,
    },
    // "did not respond to requests for comment", "could not be reached"
    {
      id: "strategic-silence.no-response",
      pattern:
        "(did not | didn't | has not | hasn't | have not | haven't | had not | failed to | would not | wouldn't | was not available to | were not available to) [immediately | yet] (respond | reply | return | answer) (to) [a | an | our | the | several | multiple | repeated | numerous | two | three] [written | emailed | telephone | further | detailed] (request | requests | inquiry | inquiries | enquiry | enquiries | questions | emails | calls | messages)",
      weight: 0.9,
    },
    {
      id: "strategic-silence.no-response-to-calls",
      pattern:
        "(did not | didn't | has not | hasn't | had not | failed to | would not) [immediately | yet] (respond | reply | return | answer) [phone | telephone | several | multiple | repeated] (calls | emails | messages | questions | requests) [seeking | requesting | asking | for] [comment]",
      weight: 0.85,
    },
    {
      id: "strategic-silence.yet-to-comment",
      pattern: "(has | have | had | is | are | was) (yet to | not yet) (comment | commented | respond | responded | reply | replied | say | said | confirm | confirmed | disclose | disclosed | explain | explained | address | addressed | answer | answered | speak | spoken | issue a statement | make a statement | give details | provide details)",
      weight: 0.8,
      unless: "(has yet to (confirm | say) whether (it | they) will (offer | provide | pay) | (regulator | regulators | authority | authorities | commission | watchdog | police | court | judge | ministry | ombudsman | prosecutors | investigators | the ico) (has | have | had | is | are) (yet to | not yet))",
    },
    {
      id: "strategic-silence.running-commentary",
      pattern: "(running commentary | running tally | running count | blow-by-blow | blow by blow | play-by-play | minute-by-minute commentary | day-by-day commentary | a commentary)",
      weight: 0.85,
      negatable: false,
      requires: "(not | no | won't | never | don't | refuse* | decline* | avoid | cannot | can't | will not)",
    },
    {
      id: "strategic-silence.not-reached",
      pattern: "(could not | couldn't | can't | cannot | was not | were not | wasn't | weren't) [immediately] (be reached | reached | available) (for | to) (comment | interview | an interview | clarification)",
      weight: 0.9,
    },
    {
      id: "strategic-silence.no-reply-received",
      pattern: "(no | without) (response | reply | answer | comment) (was | had been | has been) [yet] (received | given | forthcoming | provided)",
      weight: 0.85,
    },
    // "we have no plans to issue further statements", "not planning additional statements"
    {
      id: "strategic-silence.no-plans-to-issue",
      pattern:
        "(no plans | no plan | not planning | not plan | not intend | not intending | no intention | not going | not expecting | not expect | not anticipate | won't be | will not be | not be) [to | of | on] [issue | issuing | make | making | put out | putting out | publish | publishing | release | releasing | provide | providing | give | giving] [a | any] (further | additional | more | new | another | fresh | public | other) (statement | statements | comment | comments | announcement | announcements | public comment | public statement | public statements | interviews | remarks)",
      weight: 0.9,
    },
    {
      id: "strategic-silence.make-no-further",
      pattern:
        "(not | no | never | without) [to] (make | making | issue | issuing | put out | putting out | release | releasing | give | giving | offer | offering) [any] (further | additional | more | new | public | fresh | other) (comment | comments | statement | statements | remarks | interviews)",
      weight: 0.85,
    },
    {
      id: "strategic-silence.make-no-comment",
      pattern: "(make | makes | made | making) no (further | additional | public | other) (comment | comments | statement | statements | remarks)",
      weight: 0.9,
    },
    {
      id: "strategic-silence.no-interviews",
      pattern:
        "(no | not do any | not give any | not grant any | not offer any | declined all | declines all | turned down all | turn down all | refuse all | refused all | not do | not give | not grant) (interviews | interview requests | media interviews | press interviews | on-camera | briefings | press conferences | press conference | spokesperson | spokespeople) [will | until | while | at this time | for now]",
      weight: 0.85,
      unless: "(no spokesperson (was | is) (harmed | injured) | no interviews (are | were) (needed | required) for)",
    },
    {
      id: "strategic-silence.stay-silent",
      pattern:
        "(~remain | ~stay | ~keep | ~go | ~have been | ~be | went | gone) [publicly | largely | conspicuously | notably | completely | entirely] (silent | tight-lipped | tight lipped | mum | quiet on | quiet about | quiet over | quiet regarding | silent on | silent about | silent over | tightlipped | quiet for now | quiet until | silent until)",
      weight: 0.85,
      unless: "(alarm* | alert* | sirens | the system | servers | engines | phones | printers | the room | the street | streets | town)",
    },
    {
      id: "strategic-silence.keep-quiet",
      pattern: "(keep | keeping | kept | stay | staying | stayed | remain | remaining | remained | go | went) (quiet | silent | schtum | shtum) [for now | until | about | on | publicly]",
      weight: 0.8,
      requires: "(@incident | press | media | reporters | journalists | publicly | public | customers | regulators | statement | comment | disclosure | months | weeks | days | attack | hackers | ransom | data | coverage | story)",
      unless: "(alarm* | alert* | sirens | the system | servers | engines | phones | printers | the room | the street | streets | keep quiet hours | quiet hours | library | patients resting | neighbours | (paid | pay | paying | payment | bribe* | ransom) ** (quiet | silent) | (paid | pay | paying | bribed | bribe) [off] [the | a] (hackers | attackers | criminals | gang | group | extortionists))",
    },
    {
      id: "strategic-silence.hold-off-statement",
      pattern: "(hold | holding | held) off (on | from | with) [any | a | the | our | further | public] (statement | statements | comment | comments | commenting | responding | response | announcement | announcing | confirming | confirmation | disclosure | disclosing | public comment)",
      weight: 0.8,
    },
    {
      id: "strategic-silence.statement-on-hold",
      pattern:
        "(keep | keeping | kept | hold | holding | held | put | putting | leave | leaving) [the | our | any | a | its] [reactive | holding | press | public | draft | prepared | media | external] (statement | statements | response | lines | release | announcement | comment) (on hold | in reserve | back | in the drawer | in our back pocket | in the back pocket | unpublished | ready but)",
      weight: 0.8,
    },
    {
      id: "strategic-silence.rather-than-issue",
      pattern: "(rather than | instead of) (issue | issuing | make | making | put out | putting out | release | releasing | give | giving | publish | publishing | comment | commenting) [on] [a | any] [new | fresh | further | public | additional | updated] (statement | statements | comment | comments | update | response | the details | details)",
      weight: 0.8,
    },
    {
      id: "strategic-silence.if-asked-review-continuing",
      pattern:
        "(if | when) (asked | pressed | questioned | challenged | reporters ask | journalists ask | media ask) [about _ | on _ | for _] [say | reply | answer | respond | state | tell them | tell reporters | simply say | just say] [only] [that] (the | our | an) (investigation | review | inquiry | enquiry | analysis | assessment | forensic investigation | work) (is | remains) (continuing | ongoing | underway | under way | in progress | not complete | incomplete | at an early stage)",
      weight: 0.8,
    },
    {
      id: "strategic-silence.not-drawn",
      pattern: "(not | won't | don't | never | avoid | refuse to | declined to | declines to | decline to | won't | without) (be | being | get | getting) drawn (into | on | about | in)",
      weight: 0.85,
    },
    // "no proactive statement", "reactive only"
    {
      id: "strategic-silence.no-proactive-statement",
      pattern:
        "(no | not | without | avoid | avoiding | skip | skipping | forgo | forgoing | against) [issuing | making | putting out | publishing | a | any | the] [a | any] proactive (statement | statements | announcement | announcements | communication | communications | comms | outreach | disclosure | release | post | notice | comment | messaging)",
      weight: 0.85,
      negatable: false,
    },
    // "do not commit to a timeline", "avoid giving a precise number", "do not confirm a new incident", "offer no commentary"
    {
      id: "strategic-silence.do-not-give-specifics",
      pattern:
        "(do not | don't | avoid | never | not to | should not | shouldn't | must not | mustn't | will not | won't | refrain from | resist) [be drawn into] (confirm | confirming | commit to | committing to | give | giving | provide | providing | offer | offering | volunteer | volunteering | put | putting | discuss | discussing | mention | mentioning | quote | quoting | cite | citing | share | sharing | release | releasing | publish | publishing | disclose | disclosing) [reporters | journalists | the media | the press | them | customers | the public] [a | any | the | an] [precise | exact | specific | firm | detailed | further | definitive | total | final | clear | new] [_] (identity | ransom | demand | demands | attacker | attackers | perpetrator | names | timeline | timeframe | time frame | timescale | number | figure | figures | numbers | date | dates | estimate | estimates | count | commentary | specifics | cause | new incident | incident | breach | tally | total | scale | extent | size | amount)",
      weight: 0.8,
      negatable: false,
      unless: "((your | their | his | her | any) (password | passwords | pin | code | codes | card | details | number) | (passwords | pin | codes | card details | bank details | one-time | verification) | (anyone | callers | strangers | third parties) | (we | i) (do not | don't | will not | won't | never) (share | sell | release | disclose | publish))",
    },
    {
      id: "strategic-silence.offer-no-commentary",
      pattern: "(offer | offers | offering | offered | give | giving | gave | provide | providing | provided | make | making | made) no (commentary | comment | comments | details | detail | specifics | timeline | figures | numbers | estimate | explanation) (on | about | regarding | as to | concerning | beyond | for)",
      weight: 0.85,
      negatable: false,
    },
    {
      id: "strategic-silence.told-not-to-discuss",
      pattern:
        "(instructed | told | ordered | directed | warned | advised | asked | urged | reminded | barred | forbidden | forbade | banned | gagged) [_] [_] [_] not to (discuss | talk about | speak about | speak to | speak publicly | comment | mention | disclose | raise | talk to)",
      weight: 0.8,
      negatable: false,
      unless: "(password | passwords | pin | code | codes | card | bank details | personal (details | information) | links | emails | attachments | callers | scam* | suspicious)",
    },
    {
      id: "strategic-silence.as-little-as-possible",
      pattern:
        "((say | says | said | saying | comment | disclose | disclosing | share | sharing | reveal | revealing | tell | telling | communicate | communicating) as little as (possible | we can | they could | it could | necessary | we need to | it can | they can) | (keep | keeps | keeping | kept | hold | holding | play | playing) (it | things | this | the details | its cards | our cards | cards) close to (the | our | its | their) chest)",
      weight: 0.85,
      negatable: false,
    },
    // "skip the Monday statement", "held back a planned statement"
    {
      id: "strategic-silence.skip-the-statement",
      pattern:
        "(skip | skipped | skipping | scrap | scrapped | scrapping | drop | dropped | dropping | shelve | shelved | shelving | hold back | held back | holding back | withhold | withheld | withholding | pull | pulled | pulling | cancel | cancelled | canceled | cancelling | spike | spiked | spiking | sit on | sat on | sitting on | bin | binned) [the | a | our | any | its | their | that] [planned | scheduled | proposed | drafted | draft | prepared | proactive | follow-up | further | second | next | public | monday | tuesday | wednesday | thursday | friday | weekend | morning | _] (statement | statements | announcement | press release | public update | blog post | media statement | press statement | holding statement)",
      weight: 0.8,
      negatable: false,
    },
    // "let the story run its course", "don't add fuel"
    {
      id: "strategic-silence.let-story-fade",
      pattern:
        "(let | letting | allow | allowing) (the story | the coverage | the news | it | things | this | the issue | interest | the story itself | the news cycle) [to] (run its course | fade | fade away | die | die down | die out | blow over | peter out | fizzle out | subside | go away | pass | wash over | burn out | dwindle)",
      weight: 0.8,
      negatable: false,
    },
    {
      id: "strategic-silence.no-fuel",
      pattern: "(don't | do not | not | never | without | avoid | avoiding | no need to) (add | adding | pour | pouring | give | giving | provide | providing) (fuel | oxygen | more oxygen | fresh fuel | new fuel) (to | on) [the | it | this]",
      weight: 0.75,
      negatable: false,
      requires: "(story | coverage | press | media | fire | reporters | journalists | news)",
    },
    {
      id: "strategic-silence.no-fuel-end",
      pattern: "(don't | do not | not | never | without | avoid | avoiding) (add | adding | pour | pouring) (fuel | oxygen | fresh fuel)",
      weight: 0.75,
      negatable: false,
      requires: "(story | coverage | press | media | reporters | journalists | news)",
    },
    {
      id: "strategic-silence.hold-reactive-use-if",
      pattern: "(hold | holding | keep | keeping | held | kept) [the | our | a | any] (reactive | holding) (statement | line | lines | response) [and | but] [only] (use | deploy | issue | release | publish) (it | them | this) [only] (if | when | on | should)",
      weight: 0.8,
      negatable: false,
    },
    {
      id: "strategic-silence.went-unanswered",
      pattern: "(calls | emails | messages | questions | requests | inquiries | enquiries | letters | voicemails) ** (went | go | goes | have gone | has gone | had gone | remained | remain | remains | were left | was left | left) unanswered",
      weight: 0.85,
    },
    // "CEO unavailable for interviews"
    {
      id: "strategic-silence.unavailable-for",
      pattern: "(unavailable | not available | not be available | not being made available | not made available) (for | to) (comment | interview | interviews | an interview | questions | the media | media | reporters | the press | press)",
      weight: 0.8,
      negatable: false,
    },
    // "Uber concealed the 2016 breach for more than a year"
    {
      id: "strategic-silence.concealed-incident",
      pattern: "(concealed | conceal | concealing | conceals | hid | hide | hiding | covered up | cover up | covering up | kept secret | keep secret | keeping secret | hushed up | hush up | sat on | withheld | withholding | suppressed | kept quiet about | kept under wraps | keep under wraps) [news of | details of | information about | the existence of | knowledge of] (the | a | its | their | our) [_] [_] (breach | incident | hack | attack | leak | intrusion | compromise | exposure | cyberattack)",
      weight: 0.8,
    },
    // "let the news cycle move on before saying anything else"
    {
      id: "strategic-silence.before-saying-more",
      pattern: "(before | until) (saying | commenting | speaking | issuing | making | putting out | responding | we say | we comment | we speak) [publicly] (anything | any more | any further | more | further | again) [else | more | further | new | publicly]",
      weight: 0.75,
      negatable: false,
    },
    // "we'll let the facts speak for themselves"
    {
      id: "strategic-silence.let-facts-speak",
      pattern: "let (the | our) (facts | record | evidence | results | work | numbers | statement | actions | figures) speak for (itself | themselves)",
      weight: 0.75,
    },
  ],
  hits: [
    "Our chief executive will be unavailable for interviews this week.",
    "The hotel group concealed the intrusion from guests for months.",
    "We will let the record speak for itself.",
    "Let coverage die down before saying anything further.",
    { text: "The company declined to comment.", mode: "reported" },
    { text: "Acme would not say how many customers had their details taken.", mode: "reported" },
    { text: "A spokeswoman said the hospital does not comment on active police investigations.", mode: "reported" },
    { text: "The insurer did not respond to repeated requests for comment.", mode: "reported" },
    { text: "The firm refused to say whether it had paid the attackers.", mode: "reported" },
    { text: "Do not speculate about how the attackers got in.", mode: "directive" },
    { text: "Recommendation: we make no further comment on the leak while coverage dwindles.", mode: "directive" },
    { text: "If asked, say only that the investigation is ongoing.", mode: "directive" },
    { text: "Holding line only; do not get drawn into the size of the data set.", mode: "directive" },
    "We have nothing further to add at this time.",
    "We're not going to get into the specifics of our security setup.",
    "We are not planning any additional statements on this matter.",
    "It would be inappropriate to speculate while the forensic review continues.",
    "We are unable to confirm the number of affected accounts at this stage.",
    "As a matter of policy, we do not discuss operational security matters.",
    "We can neither confirm nor deny whether payment data was involved.",
    "The regulator said the operator had limited its comments to a two-line statement.",
    { text: "Our advice is to say as little as possible until the court case is over.", mode: "directive" },
    { text: "Do not give reporters a figure for the number of affected accounts.", mode: "directive" },
    { text: "Staff were told not to discuss the outage with customers, the memo shows.", mode: "reported" },
    { text: "We recommend no proactive statement at this stage.", mode: "directive" },
  ],
  misses: [
    "Do not offer compensation unless the ombudsman rules against us.",
    "The company admitted it had been wrong in not disclosing the breach earlier.",
    "We will not share your personal data with third parties without your consent.",
    "Do not engage with unsolicited emails asking for your password.",
    "We did not decline to comment: we answered every question put to us.",
    "The regulator declined to fine the company.",
    "Readers can leave a comment below the article.",
    "We will keep customers informed as the investigation continues.",
    "There has been no further unauthorised access since the fix.",
    "The company commented on its quarterly results on Tuesday.",
    "Patients were asked to keep quiet in the recovery ward.",
    "Avoid the criticism that we are not transparent about specific incidents.",
    "The watchdog has not yet said whether it will investigate.",
    "The firm paid the attackers to delete the files and keep quiet.",
    "Please do not share your password or one-time code with anyone who calls you.",
  ],
} satisfies StrategyDef;
