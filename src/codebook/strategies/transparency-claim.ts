import type { StrategyDef } from "../types.js";

/** The people a transparent organisation keeps informed. */
const AUDIENCE =
  "(you | everyone | everybody | [our | all | affected] (customers | users | members | patients | clients | residents | staff | employees | colleagues | policyholders | subscribers | account holders | consumers | passengers | guests | students | parents | families | partners | stakeholders | shareholders | investors | individuals | people) | the (public | community | regulator | regulators | authorities) | our community | regulators | authorities | people | those affected | everyone affected | all affected)";
/** Sharing verbs. */
const SHARE =
  "(share* | publish* | releas* | post | posts | posted | posting | provid* | give | gives | gave | giving | issue | issues | issued | issuing | offer* | communicat* | report | reports | reported | reporting | disclos* | make public | making public | made public | make available | making available | put out | putting out | send | sending | circulat*)";
/** Product, software and finance words: updates and reports that are not about openness. */
const NOT_OPENNESS =
  "(software | firmware | patch | patches | operating system | (security | system | app | product) updates | balance* | quarterly | annual (results | report | reports) | earnings | financial* | dividend* | sustainability report | profit* | revenue | sales | weather | traffic | timetable* | deliver* | order | orders | shipping | parcel* | account activity | spending)";

export default {
  id: "transparency-claim",
  label: "Transparency claim",
  family: "bolster",
  theory:
    "SCCT: part of the base response (instructing and adjusting information), used as self-presentation: claiming openness bolsters the organisation's image as honest, whether or not the details follow. Benoit: a supporting move for bolstering. In the 2021 Facebook memo, a post providing 'more transparency' was planned to 'avoid the criticism that we are not transparent'.",
  definition:
    "The organisation claims or promises openness: to be transparent, open or honest with the people affected; to keep them informed and updated; to publish the findings, the timeline or a full account; to share what it learns. A claim counts whether or not the information is actually given; mere emphasis ('to be clear') does not.",
  questions: [
    "What exactly will you publish, and when?",
    "Will the independent review be published in full, including its criticism of the company?",
    "Why did people learn about this from the press rather than from you?",
    "Which details are you still withholding, and why?",
  ],
  cues: [
    // "provide more transparency", "be fully transparent with regulators"
    {
      id: "transparency-claim.more-transparency",
      pattern:
        "(more | greater | full | complete | total | maximum | maximal | radical | increased | additional | fullest | better | improved | real | genuine | utmost | unprecedented | further) (transparency | openness | candour | candor)",
      weight: 0.85,
      unless: "(demand* | calling for | called for | calls for | call for | urged | urges | urging | require | requires | required | requirement* | rules | law | laws | legislation | regulation* | lawmakers | critics | campaigners | advocates | push for | pushing for | pressed for | lack of | lacked)",
    },
    {
      id: "transparency-claim.be-transparent",
      pattern:
        "(be | being | been | remain | remaining | stay | staying | are | am | were | we're | have been | will be | continue to be | committed to being | strive to be | aim to be | want to be | try to be) [fully | completely | totally | entirely | as | radically | always | absolutely | 100% | utterly | wholly | open and] (transparent | open and transparent | open and honest | honest and transparent | upfront | forthcoming | candid | forthright) [with | about | in | on | throughout | as | and]",
      weight: 0.85,
      unless: "(transparent (glass | plastic | material | background | layer | pricing | fees)|(price | prices | fees | pricing) (are | is | will be) transparent)",
    },
    {
      id: "transparency-claim.open-with",
      pattern: `(be | being | been | remain | are | we're | will be | stay | want to be | continue to be | committed to being) [fully | completely | as | entirely | totally | always] ((open | honest | upfront | forthcoming | candid) (with ${AUDIENCE} | about | from the start | from the outset) | (clear | straight) with ${AUDIENCE})`,
      weight: 0.85,
      unless: "(open (with | on) (extended | reduced | normal | usual) hours | (stores | branches | offices | shops | sites | clinics | the store | the branch | the office) (will | are | remain | is) * open)",
    },
    {
      id: "transparency-claim.in-the-interest",
      pattern:
        "(in the interest of | in the interests of | in the spirit of | for the sake of | committed to | commitment to | dedication to | dedicated to | belief in | believe in | believe strongly in | value | values | culture of | principle of | priority on | prioritise | prioritize | championing | champion) [full | complete | radical] (transparency | openness | candour | candor | honesty and transparency | openness and transparency | transparency and accountability | openness and honesty)",
      weight: 0.85,
      unless: "(lack | lacks | lacking | absence) of (transparency | openness)",
    },
    {
      id: "transparency-claim.open-and-transparent",
      pattern: "(open and transparent | transparent and open | open and honest | honest and open | honest and transparent | transparent and honest | clear and transparent | transparent and timely | timely and transparent | open honest | transparent manner | transparent way | transparently | openly and honestly)",
      weight: 0.8,
      unless: "((not | never | hardly | less than | far from | anything but) (open | transparent | honest) | transparently (false | obvious | clear | self-serving | wrong))",
    },
    // "keep you informed", "keep customers updated"
    {
      id: "transparency-claim.keep-informed",
      pattern: `(keep | keeping | kept | keeps) ${AUDIENCE} [fully | regularly | closely | properly | continually | constantly] (informed | updated | posted | up to date | up-to-date | in the loop | abreast | apprised | in the picture | briefed | aware)`,
      weight: 0.9,
    },
    {
      id: "transparency-claim.keep-them-informed",
      pattern: "(keep | keeping | kept | keeps) (it | them | him | her) [fully | regularly | closely | properly | continually | constantly] (informed | in the loop | abreast | apprised | in the picture | briefed)",
      weight: 0.85,
    },
    {
      id: "transparency-claim.let-you-know",
      pattern: `(let | tell | inform | notify | update) ${AUDIENCE} [know] * (as soon as we know | as we learn | when we know | once we know | as soon as we can | as soon as we have | as more information | as information becomes | as the investigation | as things develop | as the situation develops | as we find out | when we have more | once we have more | of any (new | further | material) developments | of any developments | of developments | of our findings | of the findings | of the outcome | what we find | what we learn)`,
      weight: 0.85,
    },
    // "we will provide a further update", "updates will be posted on this page"
    {
      id: "transparency-claim.provide-updates",
      pattern: `${SHARE} [you | customers | members | users | patients | residents | them | the public] [with] [a | an | the] [further | regular | ongoing | additional | more | new | frequent | timely | another | next | weekly | daily | full | fuller | detailed | public | written | comprehensive | progress | periodic | prompt] [threat | status | incident | security | investigation | public | written | email] (update | updates | progress report | progress reports | briefing | briefings)`,
      weight: 0.85,
      requires: "(will | we'll | shall | going to | continue | continues | continuing | promise* | pledge* | commit* | vow* | regular | regularly | further | ongoing | frequent | timely | this update | as | when | once | soon | shortly | by the end | tomorrow | next | we are | we're | we have | we've | intend | plan to | plans to | aim)",
      unless: NOT_OPENNESS,
    },
    {
      id: "transparency-claim.share-more-information",
      pattern: `${SHARE} [you | customers | members | users | patients | residents | them | the public | everyone] [with] (more | further | additional | fuller | full | any new | new | any further | all relevant | relevant) (information | details | detail | facts | answers) [with _ | with our _ | to _]`,
      weight: 0.75,
      requires: "(will | we'll | shall | going to | intend | plan to | aim to | hope to | promise* | pledge* | commit* | continue to | as soon as | in due course | once | when we | as we | as it becomes | shortly | soon)",
      unless: NOT_OPENNESS,
    },
    {
      id: "transparency-claim.updates-will-be",
      pattern:
        "(update | updates | further information | more information | additional information | more details | further details | additional details | findings | results | conclusions | the findings | the results | the report | a full report | a summary | the timeline | our findings | the outcome | progress reports) (will | shall | are going to | would) [continue to] be (provided | shared | posted | published | made available | made public | given | released | issued | communicated | added | uploaded | announced | circulated | sent)",
      weight: 0.8,
      unless: NOT_OPENNESS,
    },
    {
      id: "transparency-claim.update-this-page",
      pattern:
        "(update | updating | refresh | refreshing | add to | adding to) (this | the | our) (page | post | blog post | statement | notice | article | website | site | faq | faqs | incident page | status page | dedicated page | information page) (as | when | once | regularly | frequently | daily | throughout | until | whenever | if)",
      weight: 0.85,
    },
    {
      id: "transparency-claim.updates-on-page",
      pattern:
        "(updates | update | the latest | latest updates | further updates | regular updates) (on | at | via | through) (this | our | the | a) (page | website | site | blog | dedicated page | dedicated website | incident page | status page | information page | microsite | hub)",
      weight: 0.75,
      requires: "(will | we'll | continue | continuing | post | posting | publish | publishing | share | sharing | provide | providing | regular | further | ongoing | latest | find)",
      unless: NOT_OPENNESS,
    },
    {
      id: "transparency-claim.as-we-learn-more",
      pattern:
        "(as we learn more | as we learn | as more information becomes available | as more becomes known | as more details become available | as information becomes available | as the investigation progresses | as the investigation continues | as our investigation continues | as our investigation progresses | as soon as we know more | once we know more | when we know more | as the situation develops | as things develop | as the facts become clear | as we find out more)",
      weight: 0.75,
      requires: "(share | sharing | update | updates | updating | inform | informed | tell | let you know | communicate | publish | post | provide | keep)",
    },
    {
      id: "transparency-claim.share-what-we-learn",
      pattern:
        "(~share | ~communicate | ~publish | ~pass on | ~tell you | ~tell customers | ~tell everyone) (what we learn | what we find | what we know | everything we know | all we know | what we have learned | what we've learned | our findings | the findings | our conclusions | the lessons | lessons learned | lessons learnt | the root cause | what went wrong | what happened | how it happened | how this happened | exactly what happened | the full story | the facts | all the facts | the full facts)",
      weight: 0.85,
    },
    // "publish the findings of the review in full", "publishing the full timeline"
    {
      id: "transparency-claim.publish-findings",
      pattern:
        `(~publish | ~release | ~share | ~post | ~make public | ~make available | ~disclose | ~present | ~put out | ~circulate) [publicly] ** (findings | full report | the report | its report | our report | a report | results of the | outcome of the | conclusions | timeline | full timeline | full account | detailed account | an account of | root cause | root-cause | post-mortem | postmortem | post-incident | incident report | lessons learned | lessons learnt | technical write-up | write-up | writeup | technical report | technical details | full details | independent review | audit report | auditor's report | auditors' report | independent report | investigation report | review in full | report in full | findings in full | summary of the investigation | summary of what happened | detailed report | final report | public report | comprehensive report | written report | forensic report | full findings | detailed findings | detailed account | independent audit | full audit | audit in full | audit findings | forensic summary)`,
      weight: 0.8,
      unless: `(${NOT_OPENNESS.slice(1, -1)} | (researcher | researchers | journalists | reporters | academics | the newspaper | analysts | hackers | attackers | criminals | the gang | ransomware group | the group | regulator | the regulator | watchdog | commission | committee | inspector | ombudsman) [have | has | had | then | later | also | first] (~publish | ~release | ~share | ~post | ~leak | ~dump | ~issue) | on the dark web | leak site | hacker forum | criminal forum)`,
    },
    {
      id: "transparency-claim.make-public",
      pattern: "(will | would | to | plan to | intend to | pledged to | promised to | commit to | committed to | agreed to | going to) [be] (make | making | made) (public | available to the public | publicly available) (the | its | our | all | a | any | what | how)",
      weight: 0.8,
      unless: NOT_OPENNESS,
    },
    {
      id: "transparency-claim.publishing-this",
      pattern:
        "(we are | we're | we have | we've | today we are | today we're) (publishing | sharing | posting | releasing | issuing | providing | setting out | laying out) (this | these | the following | today's | our latest | a full | the full | a detailed | an | a) [update | information | timeline | account | summary | details | notice | explanation | overview | facts] (update | information | timeline | account | summary | details | notice | explanation | overview | facts | post | statement | report | findings | what we know)",
      weight: 0.8,
      unless: NOT_OPENNESS,
    },
    // "you deserve to know", "we have nothing to hide", "what we know so far"
    {
      id: "transparency-claim.deserve-to-know",
      pattern: `(${AUDIENCE.slice(1, -1)} | they) (deserve | deserves | have a right to | has a right to | are entitled to | is entitled to) (know | understand | hear | to know | to understand | to hear | the truth | the facts | the full facts | the full story | honesty | transparency | openness | clarity | [a | an] [full | proper | clear | honest | complete | straight | better | prompt | clearer | fuller] (explanation | account | answer | answers))`,
      weight: 0.85,
    },
    {
      id: "transparency-claim.nothing-to-hide",
      pattern: "(nothing to hide | no secrets | not hiding anything | not hiding anything from | hide nothing | hiding nothing | no cover-up | not covering anything up)",
      weight: 0.8,
      negatable: false,
    },
    {
      id: "transparency-claim.what-we-know-so-far",
      pattern:
        "((explain | explaining | share | sharing | tell you | telling you | set out | setting out | outline | outlining | walk you through | update you on | summarise | summarize | be open about | be clear about | be honest about) [exactly | precisely | fully] (what we know | everything we know | all we know | what we have learned | what we've learned) | (what we know | what we have learned | what we've learned) [so far | now] [and] (what we don't | what we do not | what we are still | what we still))",
      weight: 0.8,
    },
    {
      id: "transparency-claim.full-picture",
      pattern:
        "(give | giving | provide | providing | share | sharing | offer | offering | present | presenting | paint | painting) [you | customers | the public | everyone | people] [with] (a | the) (full | complete | clear | accurate | honest | comprehensive | fuller | clearer) (picture | account | explanation | overview | understanding)",
      weight: 0.8,
    },
    {
      id: "transparency-claim.open-communication",
      pattern:
        "(open | honest | transparent | regular | ongoing | frequent | proactive | clear | timely | candid) [and] [open | honest | transparent | regular | ongoing | timely | clear] (communication | communications | dialogue | dialog | line of communication | lines of communication | channel of communication | engagement | reporting | disclosure) (with | to) [our | all | the] [affected] (you | customers | users | members | patients | clients | residents | public | community | regulators | regulator | authorities | stakeholders | staff | employees | policyholders | subscribers | people | everyone | investors | shareholders)",
      weight: 0.8,
    },
    {
      id: "transparency-claim.proactively-disclosed",
      pattern:
        "(proactively | voluntarily | openly) (disclosed | disclose | disclosing | informed | inform | informing | notified | notify | notifying | reported | report | reporting | told | tell | telling | shared | share | sharing | communicated | communicate) [this | the incident | the breach | it | all] [to | with] [the] [affected] (regulators | regulator | authorities | customers | users | members | patients | the public | everyone | clients | residents | staff | employees | you)",
      weight: 0.7,
      unless: "(by law | as required | required by | legal obligation | regulations require)",
    },
    {
      id: "transparency-claim.answer-questions",
      pattern:
        "(answer | answering | respond to | responding to | address | addressing) (every | all | any | each) [of your | of the] (question | questions | concern | concerns | query | queries | inquiry | inquiries) [openly | honestly | fully | in full | you may have | people have | that customers have]",
      weight: 0.7,
      requires: "(openly | honestly | fully | in full | transparent* | candid* | commit* | will | pledge* | promise* | happy to | welcome)",
      unless: "(dedicated | helpline | hotline | call centre | call center | support team | agents)",
    },
    // "keep this thread updated every hour", "a dedicated incident page, updated daily"
    {
      id: "transparency-claim.keep-page-updated",
      pattern:
        "(keep | keeping | kept | will be) (this | the | our | a) [dedicated | incident | status | live | public] (page | thread | post | blog post | blog | article | notice | statement | status page | site | website | feed | faq | faqs | timeline | dashboard | tracker | hub) (updated | up to date | up-to-date | current | refreshed)",
      weight: 0.85,
    },
    {
      id: "transparency-claim.updated-daily",
      pattern:
        "(page | thread | post | blog | site | website | feed | faq | timeline | dashboard | tracker | hub | microsite) [will be | is being | will continue to be | is | gets | will get] (updated | refreshed | updating) (daily | hourly | weekly | regularly | frequently | continuously | every (day | hour | week | morning | evening | few hours) | as (we learn | the investigation | new information | things))",
      weight: 0.85,
    },
    {
      id: "transparency-claim.live-status-page",
      pattern: "(live | dedicated | public | new) [incident | status | _] (status page | incident page | updates page | update page | information page | incident hub | information hub | incident microsite | status dashboard | incident tracker)",
      weight: 0.75,
      unless: NOT_OPENNESS,
    },
    // "update users every week", "we'll email every employee as soon as payments are confirmed"
    {
      id: "transparency-claim.update-audience-regularly",
      pattern: `(update | updating | brief | briefing | email | emailing | write to | writing to | contact | contacting | inform | informing | notify | notifying | message | text | tell | telling) (${AUDIENCE.slice(1, -1)} | every (customer | user | member | employee | patient | resident | client) | each (customer | user | member | employee | patient | resident | client) | them) (every | each | daily | weekly | hourly | regularly | at every stage | at each stage | as soon as | the moment | once | when | throughout | until | the same day | immediately | straight away | right away | promptly | first)`,
      weight: 0.8,
      requires: "(will | we'll | shall | going to | continue | continuing | promise* | pledge* | commit* | vow* | would | must | plan | intend)",
      unless: `(${NOT_OPENNESS.slice(1, -1)} | if (you | your) | not (update | inform | notify) | unable to (contact | reach))`,
    },
    {
      id: "transparency-claim.update-cadence",
      pattern: "((update | updates | reporting | briefing | communications) (cadence | schedule | rhythm | calendar) | (daily | weekly | monthly | fortnightly | regular | 30-day | 7-day | 14-day) (update | updates | briefing | briefings) (cadence | schedule | rhythm))",
      weight: 0.8,
      unless: NOT_OPENNESS,
    },
    // "post a full explanation here tomorrow", "promise a follow-up with more detail"
    {
      id: "transparency-claim.full-explanation",
      pattern:
        "(~post | ~publish | ~share | ~provide | ~give | ~issue | ~put out | ~write | ~offer | ~release | ~send) [you | customers | users | everyone | the public | members] [a | an | the | our] (full | fuller | complete | detailed | proper | public | clear | plain-language | plain English | thorough | honest | comprehensive | longer | general | short) (explanation | account | explainer | write-up | writeup | breakdown | explanatory post | summary | post-mortem | postmortem | report | analysis | timeline | findings)",
      weight: 0.8,
      negatable: false,
      unless: `(${NOT_OPENNESS.slice(1, -1)} | (not | never | won't | will not | don't | do not | didn't | did not | no plans to | no intention to | refused to | declined to | without) [to] [yet] (~publish | ~post | ~write | ~put out | ~release | ~share | ~issue | ~produce | ~provide | ~give | ~offer | ~send))`,
    },
    {
      id: "transparency-claim.explainer",
      pattern: "(~publish | ~post | ~write | ~put out | ~release | ~share | ~issue | ~produce) [a | an | our] [_] [_] (explainer | explainers | blog post on our | post on our | article on our | transparency report)",
      weight: 0.75,
      negatable: false,
      unless: `(${NOT_OPENNESS.slice(1, -1)} | (not | never | won't | will not | don't | do not | didn't | did not | no plans to | no intention to | refused to | declined to | without) [to] [yet] (~publish | ~post | ~write | ~put out | ~release | ~share | ~issue | ~produce | ~provide | ~give | ~offer | ~send))`,
    },
    {
      id: "transparency-claim.follow-up-with-detail",
      pattern: "(follow-up | follow up | further update | update | second statement | fuller statement | follow-up statement) (with | containing | giving | including | that gives) (more | further | fuller | additional | full) (detail | details | information | facts | explanation)",
      weight: 0.8,
      unless: NOT_OPENNESS,
    },
    // "say what happened in plain language"
    {
      id: "transparency-claim.say-what-happened",
      pattern: "(say | says | explain | explains | set out | sets out | describe | describes | spell out | lay out | acknowledge) (what happened | what went wrong | exactly what happened | how it happened | how this happened) (in | clearly | plainly | honestly | openly | simply | fully) [plain | clear | simple | everyday] [language | english | terms | words]",
      weight: 0.8,
    },
    // "it signals openness", "positions us as open", "seen to be open"
    {
      id: "transparency-claim.seen-as-open",
      pattern:
        "((signals | signal | shows | show | demonstrates | demonstrate | conveys | convey | projects | project) [our] (openness | transparency | candour | candor) | (positions | position | positioning | presents | present | portrays | portray | shows | show | paints | paint) us as (open | transparent | forthcoming | candid | honest) | (seen | perceived | viewed | regarded) (to be | as being | as) (open | transparent | forthcoming | candid))",
      weight: 0.8,
      unless: "(not | never | less) (seen | perceived | viewed) (to be | as)",
    },
    // SEC filing: "The Company will amend this Form 8-K"
    {
      id: "transparency-claim.amend-filing",
      pattern: "(~amend | ~supplement | ~update) (this | the | its | our) [current] (form 8-k | 8-k | filing | current report | disclosure | report on form)",
      weight: 0.75,
      requires: "(will | intend* | plan* | shall | undertak*)",
    },
    {
      id: "transparency-claim.transparency-matters",
      pattern: "(transparency | openness | candour | candor | honesty with (you | customers | our customers | users)) (matters | is important | is a priority | is a core value | is one of our values | is central | is at the heart | is essential | is key)",
      weight: 0.75,
      requires: "(will | we | our | us)",
    },
    {
      id: "transparency-claim.hear-from-us",
      pattern: "(hear | hearing) (from us | from me | more from us | more from me) (again | shortly | soon | as soon as | when | once | with | in the coming | within | tomorrow | regularly)",
      weight: 0.8,
    },
    // "promise regular updates", "commit to weekly updates", "host a weekly webinar"
    {
      id: "transparency-claim.regular-updates",
      pattern: "(regular | weekly | daily | monthly | fortnightly | frequent | ongoing | timely | hourly | twice-daily | twice-weekly) [public | written | video | plain-english | plain-language | privacy | security | progress | status | community | _] [and] [security | _] (update | updates | briefing | briefings | webinar | webinars | bulletin | bulletins | town hall | town halls | progress reports | q&a | q&as)",
      weight: 0.8,
      requires: "(will | we'll | promise* | pledge* | commit* | host | hosting | publish | post | provide | give | offer | suggest | should | plan | propose* | going to | continue)",
      unless: `(${NOT_OPENNESS.slice(1, -1)} | install | download | apply | device* | features | feature | product | products | invoicing | pricing | roadmap | launch | release notes | tips | tutorial* | training | onboarding | (not | no | never | stop | stopped | without) [_] [_] (regular | weekly | daily | frequent) (update | updates | briefing | briefings))`,
    },
    // "publish a plain-English update every Friday"
    {
      id: "transparency-claim.update-every-day",
      pattern: "(update | updates | summary | bulletin | briefing | statement | post) (every | each) (day | morning | evening | week | monday | tuesday | wednesday | thursday | friday | saturday | sunday | hour | few hours | few days)",
      weight: 0.8,
      requires: "(will | we'll | promise* | pledge* | commit* | publish | post | provide | give | issue | suggest | should | plan | propose* | going to | continue)",
      unless: NOT_OPENNESS,
    },
    // "said it owed customers openness about what it knew"
    {
      id: "transparency-claim.owe-openness",
      pattern: "(owe | owed | owes | owing) [it to] [_] [_] (openness | transparency | honesty | an explanation | a full explanation | the truth | answers | clarity | candour | candor | full disclosure | an honest account)",
      weight: 0.8,
    },
    // "let everyone know what happened"
    {
      id: "transparency-claim.let-know-what-happened",
      pattern: "(let | letting) (you | everyone | everybody | customers | users | members | people | the public | all of you | patients | our community | our customers | our users | our members | our patients) know (what happened | exactly what happened | what we know | what we found | everything | what is happening | what's happening | what we are doing | what we're doing | the facts)",
      weight: 0.8,
    },
    // "nothing will be swept under the carpet"
    {
      id: "transparency-claim.not-swept-under",
      pattern: "(swept | sweep | sweeping | brushed | brush | brushing | pushed) under the (carpet | rug)",
      weight: 0.8,
      negatable: false,
      requires: "(nothing | not | won't | will not | never | no)",
      unless: "(accus* | critics | critici* | alleg* | claim* that)",
    },
    // "the full audit goes online next month"
    {
      id: "transparency-claim.report-goes-online",
      pattern: "(the | our) (full | complete | entire | whole | independent | unredacted) (audit | report | review | findings | investigation | timeline | post-mortem | postmortem) (goes | will go | is going | will be | gets | will get) (online | public | published | up)",
      weight: 0.8,
      unless: NOT_OPENNESS,
    },
    // "here is everything we know as of 9am"
    {
      id: "transparency-claim.here-is-what-we-know",
      pattern: "(here is | here's | below is | below are | this is | these are) (everything | all | what | all that) we (know | have learned | have learnt | currently know | know so far | found)",
      weight: 0.8,
    },
    // "we haven't spun any of this"
    {
      id: "transparency-claim.not-spun",
      pattern: "(haven't | have not | won't | will not | not | never | didn't | did not) (spun | spin | sugar-coated | sugar-coat | sugarcoated | sugarcoat | dressed up | softened | sanitised | sanitized | massaged | varnished) (any of this | this | it | anything | the numbers | the facts | the figures)",
      weight: 0.8,
      negatable: false,
    },
  ],
  hits: [
    "We will run a weekly briefing for affected customers until the review closes.",
    "We owe our members an honest account of what went wrong.",
    "Whatever we find, we will tell customers straight away.",
    "Here is everything we know so far, and this page will be updated as the investigation continues.",
    { text: "The insurer had promised to keep them fully informed.", mode: "reported" },
    { text: "It is important that we keep affected customers informed at every stage.", mode: "directive" },
    { text: "Key messages: we will be fully transparent with regulators and will publish the findings of the review.", mode: "directive" },
    { text: "The team proposes a post that provides more transparency around our anti-abuse work.", mode: "directive" },
    { text: "The council pledged to keep residents informed and to publish the auditor's report once it is finished.", mode: "reported" },
    { text: "Acme promised to share the results of the independent investigation in full.", mode: "reported" },
    { text: "The bank said it would provide regular updates to customers as its investigation continued.", mode: "reported" },
    "We want to be completely open with you about what happened and what we are still trying to understand.",
    "We will update this page as we learn more.",
    "In the interest of transparency, we are publishing a detailed timeline of the incident today.",
    "Our customers deserve to know exactly what happened, and we will tell them.",
    "We will share what we learn with the wider security community.",
    "A further update will be provided by the end of the week.",
    "We have nothing to hide and will cooperate fully with the inquiry.",
    "We want to explain what we know so far and what we are still investigating.",
    "We are committed to open and honest communication with our patients throughout this process.",
    "We are publishing this update to give you a clear picture of the incident.",
    "We'll keep this blog post updated throughout the day.",
    { text: "The firm promised a follow-up with more details next week.", mode: "reported" },
    "We will post a detailed write-up once the investigation ends.",
    "You will hear from us again as soon as the systems are restored.",
  ],
  misses: [
    "Our regular Tuesday webinar covers new reporting features.",
    "Critics accused the firm of sweeping the breach under the carpet.",
    "To be clear, no passwords or payment details were involved.",
    "The company was criticised for a lack of transparency about the breach.",
    "The company has never been transparent about its security practices.",
    "Our app gives you regular updates on your account balance.",
    "We will publish our annual results on 14 February.",
    "Security researchers published their findings on Monday.",
    "Our stores will be open with extended hours this weekend.",
    "Acme did not say when it would provide an update.",
    "We take the privacy of our customers extremely seriously.",
    "Please install the latest software updates on your devices.",
    "We have notified the Information Commissioner's Office.",
    "We will not publish a full explanation until the review ends.",
    "Keep the app updated to get the latest security fixes.",
  ],
} satisfies StrategyDef;
