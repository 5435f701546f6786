import type { StrategyDef } from "../types.js";

/** Coverage and its synonyms: what a communications plan manages. */
const COVERAGE =
  "(coverage | media coverage | press coverage | news coverage | press interest | media interest | public interest | media attention | press attention | public attention | the story | this story | the news cycle | news cycle | headlines | the headlines | press volume | media volume | the noise | noise | attention | interest | the conversation | scrutiny | media scrutiny | the fuss | the furore | the furor | the outcry | the backlash | the controversy)";
/** Press and media words (gate for the weaker cues). */
const PRESS =
  "(press | media | coverage | story | stories | journalist* | reporter* | outlet* | news | headline* | newspaper* | papers | broadcaster* | narrative | pr | comms | communications | statement | statements | messaging | spokes*)";

export default {
  id: "media-management",
  label: "Media management",
  family: "manage",
  theory:
    "Not a response strategy in Benoit's or Coombs' typology but the planning around them: managing the timing, volume, channel and narrative of coverage (issues management, agenda-setting). Made visible by the 2021 Facebook memo, which tied its silence to 'press volume' and planned a 'follow-up post' to reframe the story.",
  definition:
    "The text plans or manages coverage rather than addressing the incident: when and where to publish, how to make a story fade or shift, which narrative or message to push, which words to avoid, which holding statements, reactive lines and talking points to use. Mostly found in internal memos and in reports about them.",
  questions: [
    "Was the timing of your announcement chosen to limit coverage?",
    "Which messages were spokespeople told to stress, and which to avoid?",
    "Did you plan any statement or post on this incident for after the coverage had died down?",
  ],
  cues: [
    // "as long as media coverage continues to dwindle", "until coverage dies down", "wait for interest to subside"
    {
      id: "media-management.coverage-dwindles",
      pattern:
        `${COVERAGE} ** (~dwindle | ~die down | ~died down | ~die away | ~subside | ~fade | ~taper off | ~tail off | ~drop off | ~calm down | ~cool off | ~blow over | ~peter out | ~wane | ~ebb | ~quiet down | ~quieten down | ~run its course | ~move on)`,
      weight: 0.85,
      requires: PRESS,
      unless: "((interest | mortgage | loan) (rate | rates) | symptoms | pain | swelling | floodwater* | storm | fever)",
    },
    {
      id: "media-management.press-volume",
      pattern: "((press | media | news | coverage | inbound | inquiry | enquiry) (volume | volumes | levels | pickup | pick-up) | volume of (coverage | press | media | inquiries | enquiries | stories | press inquiries | media inquiries | media enquiries))",
      weight: 0.85,
    },
    {
      id: "media-management.news-cycle",
      pattern: "(news cycle | news cycles | weekend papers | sunday papers | national outlet | national outlets | tier-one outlets | tier one outlets | friendly outlets | friendly journalists | friendly reporters | friendly media | sympathetic journalists | sympathetic outlets | trusted journalists)",
      weight: 0.75,
      requires: "(before | ahead | until | avoid | unless | if | once | miss | brief | briefing | pitch | offer | exclusive | placement | place | target | wait | hold | quiet | slow | friendly | sympathetic | trusted)",
    },
    {
      id: "media-management.picks-up-story",
      pattern:
        "(~pick up | ~run with | ~get hold of | ~catch wind of | ~latch onto | ~latch on to | ~jump on | ~seize on) (the | this | our) (story | news | leak | memo | issue | angle)",
      weight: 0.8,
      requires: "(unless | if | once | before | until | when | should | in case | risk | avoid)",
    },
    // reactive statements, holding lines, talking points, key messages, lines to take
    {
      id: "media-management.reactive-statement",
      pattern:
        "((reactive | holding) (statement | statements | line | lines | posture | response | responses | q&a | qa | q and a | comms | communications | basis | only | messaging | messages | position) | reactive (press | media | approach to (the press | the media | journalists)) | proactive (media | press) (outreach | pitching | briefing | briefings | strategy))",
      weight: 0.9,
    },
    {
      id: "media-management.talking-points",
      pattern:
        "(talking points | talking-points | key messages | key message | core messages | messaging points | message points | message house | messaging framework | messaging guidance | lines to take | line to take | press lines | media lines | agreed lines | approved lines | speaking notes | briefing notes | press briefing pack | media pack | q&a document | comms plan | communications plan | communications strategy | comms strategy | media strategy | media plan | pr plan | pr strategy | pr playbook | crisis playbook | crisis comms | crisis communications plan | communications playbook)",
      weight: 0.85,
      unless: "(political | campaign | campaign's | candidate | candidate's | republican | democrat* | labour | tory | conservative | party | party's | his | her | election | government's | minister's) talking points",
    },
    {
      id: "media-management.messaging-should",
      pattern:
        "(our | the | key | core | consistent | external | public | overall | press | media | all) (messaging | messages | message | comms | communications | story) (should | must | needs to | need to | will need to | has to | have to | is to | are to | stays | stay | remains | remain | focuses | focus | centres | centers | leans | lean) [firmly | squarely | consistently | only | strictly] (be | on | around | stay | remain | focus | centre | center | emphasise | emphasize | stress | highlight | consistent | aligned | tight | simple | clear | positive | limited | about)",
      weight: 0.8,
      unless: "(app | apps | service | services | encrypted | end-to-end | platform | text messages | sms | email messages | phishing | suspicious | (sent | addressed | directed) to)",
    },
    // the narrative, the conversation, the focus
    {
      id: "media-management.control-narrative",
      pattern:
        "(control | controlling | shape | shaping | own | owning | drive | driving | change | changing | shift | shifting | steer | steering | manage | managing | get ahead of | getting ahead of | stay ahead of | staying ahead of | set | setting | reframe | reframing | reset | resetting | move | moving | turn | turning | seize | take back | regain control of | spin | spinning | kill | killing | bury | burying | defuse | defusing | contain | containing | dampen | dampening | take the sting out of | take the heat out of | lower the temperature of) (the | this | our | that | its) [media | news | press | public | wider | overall] (narrative | story | conversation | headlines | news cycle | coverage | news agenda | noise | storyline | optics)",
      weight: 0.85,
    },
    {
      id: "media-management.narrative-should",
      pattern:
        "(narrative | story | conversation | storyline) (should | must | needs to | need to | will | would | can | could) [then | instead | gradually | naturally | quickly] (centre | center | focus | shift | move | turn | stay | remain | be about | be on | be kept | rest | pivot | settle) [away] (on | around | from | to | towards | onto | on to | about)",
      weight: 0.8,
      requires: PRESS,
    },
    {
      id: "media-management.shift-focus",
      pattern:
        "(shift | shifts | shifting | shifted | move | moves | moving | moved | redirect | redirects | redirecting | redirected | steer | steers | steering | steered | turn | turns | turning | draw | drawing | divert | diverts | diverting | diverted | deflect | deflects | deflecting | deflected | take | taking | pull | pulling) [the] (focus | attention | conversation | story | spotlight | narrative | coverage | discussion | debate | questions | interest | scrutiny | media attention | public attention) (away | elsewhere | off | from)",
      weight: 0.85,
    },
    {
      id: "media-management.conversation-shifts",
      pattern: "(so | so that | until | once) (the | this) (conversation | story | narrative | coverage | focus | attention | debate | discussion) (shifts | moves | turns | changes | is about | becomes about | centres | centers | pivots | fades | dies down)",
      weight: 0.85,
    },
    {
      id: "media-management.keep-the-focus",
      pattern:
        "(keep | keeping | kept | put | putting | place | placing | maintain | maintaining) (the | attention | all) (focus | attention | spotlight | emphasis | conversation | story | narrative) (on | squarely on | firmly on | on to | onto | away from)",
      weight: 0.8,
      requires: PRESS,
    },
    {
      id: "media-management.the-focus-must-be",
      pattern: "the (focus | emphasis | spotlight | story | narrative | headline) (must | should | needs to | has to | will need to) (be | remain | stay | fall) (on | squarely on | firmly on | with)",
      weight: 0.8,
      requires: "(press | media | coverage | story | journalist* | reporter* | outlet* | news | headline* | narrative | messaging | line to take | lines to take | talking points | key message* | spokes* | interview* | comms)",
    },
    {
      id: "media-management.become-a-story",
      pattern:
        "(become | becomes | becoming | turn into | turns into | turning into | grow into | escalate into | develop into) (a | the | another | a bigger | a wider | a broader | a national | a front-page | a major) (story | narrative | headline | news story | scandal | talking point) (about | on | that)",
      weight: 0.85,
      negatable: false,
    },
    {
      id: "media-management.keep-out-of-news",
      pattern:
        "(keep | keeping | kept | stay | staying | stayed | out | avoid | avoiding | minimise | minimize | minimising | minimizing | limit | limiting | reduce | reducing | contain | containing | dampen | dampening) [this | it | us | ourselves | them | the _ | this _ | our _ | its _ | _] [out of] (the headlines | the news | the papers | the front pages | the press | the national press | the spotlight | the public eye | the limelight | headlines | negative coverage | bad press | further coverage | more coverage | media coverage | press coverage | media attention | press attention | negative publicity | news coverage | media interest | press interest | press pickup | media pickup)",
      weight: 0.8,
      unless: "((customer | customers | member | members | patient | patients | user | users) (publicity | attention) | insurance | policy | policies)",
    },
    {
      id: "media-management.low-profile",
      pattern: "(keep | keeping | kept | maintain | maintaining | adopt | adopting) a (low | lower) (profile | public profile | media profile)",
      weight: 0.85,
    },
    // "avoid the criticism that ...", "avoid the word 'breach'"
    {
      id: "media-management.avoid-criticism",
      pattern:
        "(avoid | avoiding | pre-empt | pre-empting | preempt | preempting | head off | heading off | forestall | forestalling | deflect | deflecting | blunt | blunting | neutralise | neutralize | neutralising | neutralizing | get ahead of | avert | averting | fend off) [the | any | a | further | potential | negative] (criticism | criticisms | accusation | accusations | charge that | perception that | impression that | narrative | backlash | headline | headlines | story | questions about | outrage | bad press | negative coverage | negative press | optics | reputational damage)",
      weight: 0.85,
    },
    {
      id: "media-management.avoid-the-word",
      pattern:
        "(avoid | avoiding | don't use | do not use | never use | not use | steer clear of | stay away from | refrain from using | drop | replace | stop using | ban) [using | saying] (the word | the words | the term | the terms | the phrase | the phrases | words like | terms like | language like | phrases like | the label | the language of | any language | language that | any mention of | mentioning)",
      weight: 0.85,
    },
    {
      id: "media-management.avoid-saying",
      pattern:
        "(avoid | avoiding | don't | do not | never | stop | not | refrain from | rather than | instead of) (saying | using | mentioning | calling it | calling this | describing it as | describing this as | referring to it as | using words like | saying words like) [the words | the word | words like | terms like | the term | the phrase | a | an] (hack | hacked | hacking | breach | breached | data breach | attack | cyberattack | cyber-attack | leak | leaked | stolen | theft | compromise | compromised | ransomware | ransom | failure | fault | mistake | sorry | apologise | apologize | apology | negligence | victims | crisis | vulnerability)",
      weight: 0.85,
    },
    {
      id: "media-management.describe-consistently",
      pattern:
        "(consistently | always | only | uniformly | everywhere) (describe | refer to | characterise | characterize | present | label | frame | portray) (it | this | the incident | the event | the leak | the breach | the exposure | the issue | the matter | the attack | the hack | what happened) as",
      weight: 0.8,
    },
    {
      id: "media-management.all-external-materials",
      pattern:
        "(in | across | for) (all | every | any) (external | public | outward-facing | customer-facing | press | media) (materials | material | communications | comms | statements | channels | messaging | responses | copy | content | documents)",
      weight: 0.8,
    },
    {
      id: "media-management.every-statement-mentions",
      pattern:
        "(every | each | all) (statement | statements | press release | press releases | communication | communications | response | responses | interview | interviews | media response | media responses | public comment | public comments | external statement | spokesperson | spokespeople | briefing | briefings | post) (should | must | will | needs to | need to) [also] (mention | mentions | include | includes | reference | references | stress | stresses | highlight | highlights | emphasise | emphasize | repeat | reiterate | point | note | carry | contain | end with | open with | lead with)",
      weight: 0.85,
    },
    {
      id: "media-management.make-sure-every-statement",
      pattern:
        "(make sure | ensure | ensuring | making sure) (every | each | all | any) (statement | statements | press release | release | response | responses | interview | interviews | communication | communications | public comment | comment | comments | post) (mentions | mention | includes | include | references | reference | stresses | stress | highlights | highlight | repeats | repeat | carries | carry)",
      weight: 0.85,
    },
    // timing: Friday-night releases, after markets close, before the weekend papers
    {
      id: "media-management.timing-release",
      pattern:
        "(publish | publishing | release | releasing | post | posting | issue | issuing | announce | announcing | send | sending | put out | putting out | drop | dropping | file | filing | notify | notifying | schedule | scheduling | time | timing | push | pushing | move | moving | delay | delaying | hold | holding | wait | waiting | slip out | slipping out) ** (late on (a | _) friday | on a friday evening | on a friday night | on a friday afternoon | friday evening | friday night | late friday | after [the] markets close | after market close | after the close | before the weekend | over the weekend | during the holidays | on a bank holiday | on a public holiday | over the holiday | christmas eve | new year's eve | after the bell | after hours | when attention is elsewhere | when news is slow | on a slow news day | on a busy news day | amid other news)",
      weight: 0.8,
      requires: "(coverage | attention | press | media | story | headlines | pickup | notice | scrutiny | news | quiet | quietly | impact | noise | limit | minimise | minimize | reduce | buried | bury | unnoticed | under the radar | low-key | slip out | slips out | overlooked | reporters | journalists)",
    },
    {
      id: "media-management.gets-buried",
      pattern:
        "(so | so that | in the hope that | hoping | where) (it | the news | the story | the announcement | the notice | this | the disclosure | the update | the statement) (gets | get | is | will be | would be | can be | goes | go | slips | slip) (buried | lost | overlooked | missed | unnoticed | ignored | under the radar | largely unnoticed | drowned out)",
      weight: 0.85,
    },
    {
      id: "media-management.limit-coverage",
      pattern:
        "(limit | limits | limiting | minimise | minimize | minimising | minimizing | reduce | reducing | contain | containing | dampen | dampening | keep down | keeping down | suppress | suppressing) [the] (coverage | media coverage | press coverage | media attention | press attention | publicity | headlines | pickup | pick-up | press interest | media interest | news value | newsworthiness | story | noise | visibility of the story)",
      weight: 0.85,
    },
    {
      id: "media-management.before-the-story",
      pattern:
        "(before | ahead of) (the | a | any) (story | stories | news | coverage | press | media | leak | journalists | reporters | papers | weekend papers | news cycle) (breaks | runs | hits | lands | gets out | goes out | comes out | is published | are published | picks it up | pick it up | pick up | catches on | emerges | gets traction | gains traction)",
      weight: 0.85,
    },
    {
      id: "media-management.sting-out-of-story",
      pattern:
        "(take | taking | took | get | getting) (the | some of the) (sting | heat | wind | steam | edge | oxygen | air) (out of | from) (the | this | any | a) (story | coverage | headlines | criticism | news | narrative | reporting)",
      weight: 0.9,
    },
    {
      id: "media-management.avoid-amplifying",
      pattern:
        "(avoid | not | without | don't | never | minimise | minimize) (amplifying | amplify | drawing attention | drawing more attention | drawing further attention | draw attention | draw more attention | fuelling | fueling | feeding | oxygenating | giving oxygen | give oxygen | giving it oxygen | give it oxygen | adding fuel | add fuel | extending | prolonging | prolong | extend) [to] [the | this | that] (story | coverage | attention | it | this | the issue | the leak | the incident | the news | the narrative | the news cycle | the controversy | the criticism)",
      weight: 0.8,
      requires: PRESS,
    },
    // follow-up post, spin, briefings, redirected inquiries
    {
      id: "media-management.follow-up-post",
      pattern:
        "(follow-up | follow up | followup | broader | wider | positive | counter | counter-narrative | reframing | thought-leadership | thought leadership) (post | blog post | blog | piece | op-ed | oped | explainer) (that | about | on | which | to | in the coming | in the next | next)",
      weight: 0.75,
      unless: "(as we learn more | keep you (informed | updated) | with more (details | detail | information) | technical (details | detail))",
    },
    {
      id: "media-management.place-op-ed",
      pattern:
        "(place | placing | placed | pitch | pitching | pitched | seed | seeding | seeded | offer | offering | brief | briefing | briefed | give | giving) [an | a | the | some] [exclusive | friendly | positive | sympathetic | background | off-the-record | off the record | embargoed | select] (op-ed | opinion piece | exclusive | interview | story | stories | briefing | briefings | journalists | reporters | outlets | media | press | editors | trade press | the press | the media) [to | with | on | about] [friendly | sympathetic | trusted | selected | select | favourable | favorable | key | tier-one]",
      weight: 0.7,
      requires: "(exclusive | friendly | sympathetic | trusted | favourable | favorable | off-the-record | off the record | background | embargo* | op-ed | opinion piece | pitch* | seed* | select | selected)",
    },
    {
      id: "media-management.spin-as",
      pattern: "(~spin | spun | ~package | ~repackage | ~pitch) (it | this | the _ | future _ | these _ | such _ | the incident | the leak | the breach | the story | the news | the announcement | the issue) [to the press | to reporters | to journalists | to the media | publicly] as",
      weight: 0.8,
      requires: "(spin | spun | spinning | press | media | reporters | journalists | story | narrative | coverage | publicly)",
    },
    {
      id: "media-management.redirect-inquiries",
      pattern:
        "(refer | referring | redirect | redirecting | direct | directing | steer | steering | deflect | deflecting | divert | diverting) [all | any | every | each | further | incoming | inbound | follow-up] [media | press | journalist | journalists' | reporter | reporters'] (inquiry | inquiries | enquiry | enquiries | question | questions | calls | requests | queries | query | journalists | reporters | media | press) [about _ | on _ | regarding _ | about the _ | on the _] (to | toward | towards | back to | onto)",
      weight: 0.8,
      unless: "(helpline | hotline | call centre | call center | contact centre | contact center | faq | faqs | customer service | customer services | support team | customer support | dedicated line | phone line | our website | this website | care team | 0800 | toll-free | freephone)",
    },
    {
      id: "media-management.inbound-press",
      pattern: "(inbound | incoming | reactive) (press | media | journalist | journalists | reporter | reporters) [inquiries | enquiries | queries | calls | requests | interest]",
      weight: 0.8,
    },
    {
      id: "media-management.staff-were-told",
      pattern:
        "(staff | employees | spokespeople | spokespersons | spokesmen | spokeswomen | executives | managers | press officers | communications staff | comms staff | pr staff | the pr team | the comms team | the team) (were | was | are | have been | had been | being) (told | instructed | advised | briefed | coached | asked | directed | urged | ordered | given scripts) (to | not to | on how to | how to) (describe | say | call | tell | frame | stress | emphasise | emphasize | point out | refer | avoid | present | downplay | play down | characterise | characterize | deflect | redirect | decline | discuss | portray | stick to | talk about | comment | speak to)",
      weight: 0.85,
      unless: "(click | clicking | links | attachments | phishing | suspicious | passwords | password | devices | laptops | vpn | two-factor | mfa | ~log in | ~log out)",
    },
    {
      id: "media-management.pr-agency",
      pattern:
        "(pr | public relations | crisis communications | crisis comms | crisis management | reputation management | media relations) (agency | agencies | firm | firms | consultancy | consultancies | consultants | consultant | advisers | advisors | adviser | advisor | staff | team | teams | department | people | officers | operation | machine | strategy | playbook | push | offensive | campaign | effort | plan | response)",
      weight: 0.75,
      requires: "(drafted | draft | prepared | hired | retained | engaged | brought in | planned | planning | plans | plan | strategy | intended | advised | recommended | proposed | proposes | coached | scripted | orchestrated | managed | memo | email | leaked | wrote | crafted | versions | talking | narrative | spin | coverage)",
      unless: "(did not respond | declined to comment | could not be reached | no response | not immediately respond)",
    },
    {
      id: "media-management.versions-of-statement",
      pattern: "(versions | drafts | variants | iterations | options) of (a | the | its | their | our | this) [press | public | draft | holding | reactive] (statement | release | press release | response | announcement | apology | message)",
      weight: 0.8,
    },
    {
      id: "media-management.hold-off-until",
      pattern:
        "(hold | holding | held) off (on | with | from) [any | the | a | an | our | making | issuing | publishing | releasing] [public | formal | external] (apology | apologies | announcement | announcements | statement | statements | release | press release | post | blog post | notice | disclosure | comment | comments | publication | publishing | notification | update) (until | before | unless | while | pending)",
      weight: 0.8,
    },
    {
      id: "media-management.monitor-coverage",
      pattern:
        "(monitor | monitoring | monitored | track | tracking | watch | watching | keep an eye on | keeping an eye on | gauge | gauging | assess | assessing) [the | closely | press | media | social] (coverage | media coverage | press coverage | press interest | media interest | media sentiment | press sentiment | public sentiment | sentiment | the story | the narrative | social media | social chatter | chatter | pickup | pick-up | reaction | headlines | news coverage) [and | before | to | closely | for]",
      weight: 0.75,
      requires: PRESS,
      unless: "(accounts | account activity | transactions | suspicious | fraud | credit | dark web | scam | scams | impersonat* | fake)",
    },
  ],
  hits: [
    { text: "We will not make any further statements while press volume continues to dwindle.", mode: "directive" },
    { text: "The team proposes a follow-up post in the coming weeks about our wider anti-abuse efforts.", mode: "directive" },
    { text: "It is important to avoid the criticism that we were slow to tell people.", mode: "directive" },
    { text: "Key messages: lead with the investment figures and keep the focus on the criminals, not on our controls.", mode: "directive" },
    { text: "We recommend releasing the notice after markets close on Friday to limit pickup.", mode: "directive" },
    { text: "We recommend holding off on any public apology until the board has signed off the wording.", mode: "directive" },
    { text: "Acme told its press office to wait until coverage died down before saying anything more.", mode: "reported" },
    { text: "The insurer said its PR agency had drafted two versions of the statement.", mode: "reported" },
    { text: "Acme admitted that staff were instructed to describe the incident as a technical glitch.", mode: "reported" },
    "Our reactive statement stays in the drawer unless a national outlet picks up the story.",
    "We need to get ahead of the story before the weekend papers.",
    "Do not use the word 'hack' in any external materials.",
    "Refer all media inquiries about the outage to the group press office.",
    "Don't let this turn into a story about our security culture.",
    "Let's shift the conversation away from this incident and towards our long-term investment.",
    "Offering compensation early should take the sting out of the story.",
    "The aim is to keep this out of the headlines for as long as we can.",
  ],
  misses: [
    "The company issued a statement on Tuesday.",
    "All messages on our messaging service are protected by end-to-end encryption.",
    "Please refer any questions to our dedicated helpline on 0800 123 4567.",
    "Media coverage of the breach has been extensive since Monday.",
    "Mortgage interest rates are expected to subside next year.",
    "Frame the leak as part of a pattern affecting all social platforms.",
    "Spokespeople should stress that the data is several years old.",
    "We are not trying to control the narrative; we want customers to know exactly what happened.",
    "We are monitoring affected accounts for suspicious activity.",
    "The candidate repeated his campaign's talking points on immigration.",
  ],
} satisfies StrategyDef;
